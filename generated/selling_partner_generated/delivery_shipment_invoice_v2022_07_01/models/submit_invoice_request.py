from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_type import InvoiceType
from ..models.program_type import ProgramType

T = TypeVar("T", bound="SubmitInvoiceRequest")


@_attrs_define
class SubmitInvoiceRequest:
    """
    Attributes:
        content_md5_value (str):
        invoice_content (str):
        invoice_type (InvoiceType):
        marketplace_id (str):
        program_type (ProgramType):
    """

    content_md5_value: str
    invoice_content: str
    invoice_type: InvoiceType
    marketplace_id: str
    program_type: ProgramType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_md5_value = self.content_md5_value

        invoice_content = self.invoice_content

        invoice_type = self.invoice_type.value

        marketplace_id = self.marketplace_id

        program_type = self.program_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contentMD5Value": content_md5_value,
                "invoiceContent": invoice_content,
                "invoiceType": invoice_type,
                "marketplaceId": marketplace_id,
                "programType": program_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content_md5_value = d.pop("contentMD5Value")

        invoice_content = d.pop("invoiceContent")

        invoice_type = InvoiceType(d.pop("invoiceType"))

        marketplace_id = d.pop("marketplaceId")

        program_type = ProgramType(d.pop("programType"))

        submit_invoice_request = cls(
            content_md5_value=content_md5_value,
            invoice_content=invoice_content,
            invoice_type=invoice_type,
            marketplace_id=marketplace_id,
            program_type=program_type,
        )

        submit_invoice_request.additional_properties = d
        return submit_invoice_request

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
