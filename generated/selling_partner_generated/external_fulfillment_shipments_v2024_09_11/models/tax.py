from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_type import TaxType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.charge_breakup import ChargeBreakup


T = TypeVar("T", bound="Tax")


@_attrs_define
class Tax:
    """
    Attributes:
        charge (ChargeBreakup):
        rate (str | Unset):
        type_ (TaxType | Unset):
    """

    charge: ChargeBreakup
    rate: str | Unset = UNSET
    type_: TaxType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charge = self.charge.to_dict()

        rate = self.rate

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "charge": charge,
            }
        )
        if rate is not UNSET:
            field_dict["rate"] = rate
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.charge_breakup import ChargeBreakup

        d = dict(src_dict)
        charge = ChargeBreakup.from_dict(d.pop("charge"))

        rate = d.pop("rate", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: TaxType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TaxType(_type_)

        tax = cls(
            charge=charge,
            rate=rate,
            type_=type_,
        )

        tax.additional_properties = d
        return tax

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
