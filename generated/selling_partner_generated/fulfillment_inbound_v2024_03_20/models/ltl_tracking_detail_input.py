from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LtlTrackingDetailInput")


@_attrs_define
class LtlTrackingDetailInput:
    """
    Attributes:
        freight_bill_number (list[str]):
        bill_of_lading_number (str | Unset):
    """

    freight_bill_number: list[str]
    bill_of_lading_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        freight_bill_number = self.freight_bill_number

        bill_of_lading_number = self.bill_of_lading_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "freightBillNumber": freight_bill_number,
            }
        )
        if bill_of_lading_number is not UNSET:
            field_dict["billOfLadingNumber"] = bill_of_lading_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        freight_bill_number = cast(list[str], d.pop("freightBillNumber"))

        bill_of_lading_number = d.pop("billOfLadingNumber", UNSET)

        ltl_tracking_detail_input = cls(
            freight_bill_number=freight_bill_number,
            bill_of_lading_number=bill_of_lading_number,
        )

        ltl_tracking_detail_input.additional_properties = d
        return ltl_tracking_detail_input

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
