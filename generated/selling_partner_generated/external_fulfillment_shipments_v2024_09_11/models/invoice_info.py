from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvoiceInfo")


@_attrs_define
class InvoiceInfo:
    """
    Attributes:
        creation_date_time (str):
        invoice_id (str):
    """

    creation_date_time: str
    invoice_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creation_date_time = self.creation_date_time

        invoice_id = self.invoice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creationDateTime": creation_date_time,
                "invoiceId": invoice_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        creation_date_time = d.pop("creationDateTime")

        invoice_id = d.pop("invoiceId")

        invoice_info = cls(
            creation_date_time=creation_date_time,
            invoice_id=invoice_id,
        )

        invoice_info.additional_properties = d
        return invoice_info

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
