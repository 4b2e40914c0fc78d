from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_component_charge_type import ChargeComponentChargeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="ChargeComponent")


@_attrs_define
class ChargeComponent:
    """
    Attributes:
        amount (Currency | Unset):
        charge_type (ChargeComponentChargeType | Unset):
    """

    amount: Currency | Unset = UNSET
    charge_type: ChargeComponentChargeType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        charge_type: str | Unset = UNSET
        if not isinstance(self.charge_type, Unset):
            charge_type = self.charge_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if charge_type is not UNSET:
            field_dict["chargeType"] = charge_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency import Currency

        d = dict(src_dict)
        _amount = d.pop("amount", UNSET)
        amount: Currency | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Currency.from_dict(_amount)

        _charge_type = d.pop("chargeType", UNSET)
        charge_type: ChargeComponentChargeType | Unset
        if isinstance(_charge_type, Unset):
            charge_type = UNSET
        else:
            charge_type = ChargeComponentChargeType(_charge_type)

        charge_component = cls(
            amount=amount,
            charge_type=charge_type,
        )

        charge_component.additional_properties = d
        return charge_component

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
