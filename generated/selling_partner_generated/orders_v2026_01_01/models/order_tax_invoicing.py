from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderTaxInvoicing")


@_attrs_define
class OrderTaxInvoicing:
    """
    Attributes:
        buyer_invoice_preference (str | Unset):
        invoice_status (str | Unset):
    """

    buyer_invoice_preference: str | Unset = UNSET
    invoice_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buyer_invoice_preference = self.buyer_invoice_preference

        invoice_status = self.invoice_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if buyer_invoice_preference is not UNSET:
            field_dict["buyerInvoicePreference"] = buyer_invoice_preference
        if invoice_status is not UNSET:
            field_dict["invoiceStatus"] = invoice_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        buyer_invoice_preference = d.pop("buyerInvoicePreference", UNSET)

        invoice_status = d.pop("invoiceStatus", UNSET)

        order_tax_invoicing = cls(
            buyer_invoice_preference=buyer_invoice_preference,
            invoice_status=invoice_status,
        )

        order_tax_invoicing.additional_properties = d
        return order_tax_invoicing

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
