from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="ChargeRefundTransaction")


@_attrs_define
class ChargeRefundTransaction:
    """
    Attributes:
        charge_amount (Currency | Unset):
        charge_type (str | Unset):
    """

    charge_amount: Currency | Unset = UNSET
    charge_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charge_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge_amount, Unset):
            charge_amount = self.charge_amount.to_dict()

        charge_type = self.charge_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_amount is not UNSET:
            field_dict["ChargeAmount"] = charge_amount
        if charge_type is not UNSET:
            field_dict["ChargeType"] = charge_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency import Currency

        d = dict(src_dict)
        _charge_amount = d.pop("ChargeAmount", UNSET)
        charge_amount: Currency | Unset
        if isinstance(_charge_amount, Unset):
            charge_amount = UNSET
        else:
            charge_amount = Currency.from_dict(_charge_amount)

        charge_type = d.pop("ChargeType", UNSET)

        charge_refund_transaction = cls(
            charge_amount=charge_amount,
            charge_type=charge_type,
        )

        charge_refund_transaction.additional_properties = d
        return charge_refund_transaction

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
