from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="FeeComponent")


@_attrs_define
class FeeComponent:
    """
    Attributes:
        fee_amount (Currency | Unset):
        fee_type (str | Unset):
    """

    fee_amount: Currency | Unset = UNSET
    fee_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fee_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee_amount, Unset):
            fee_amount = self.fee_amount.to_dict()

        fee_type = self.fee_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fee_amount is not UNSET:
            field_dict["FeeAmount"] = fee_amount
        if fee_type is not UNSET:
            field_dict["FeeType"] = fee_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency import Currency

        d = dict(src_dict)
        _fee_amount = d.pop("FeeAmount", UNSET)
        fee_amount: Currency | Unset
        if isinstance(_fee_amount, Unset):
            fee_amount = UNSET
        else:
            fee_amount = Currency.from_dict(_fee_amount)

        fee_type = d.pop("FeeType", UNSET)

        fee_component = cls(
            fee_amount=fee_amount,
            fee_type=fee_type,
        )

        fee_component.additional_properties = d
        return fee_component

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
