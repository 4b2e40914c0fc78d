from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoices_attributes import InvoicesAttributes


T = TypeVar("T", bound="GetInvoicesAttributesResponse")


@_attrs_define
class GetInvoicesAttributesResponse:
    """
    Attributes:
        invoices_attributes (InvoicesAttributes | Unset):
    """

    invoices_attributes: InvoicesAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoices_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoices_attributes, Unset):
            invoices_attributes = self.invoices_attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoices_attributes is not UNSET:
            field_dict["invoicesAttributes"] = invoices_attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoices_attributes import InvoicesAttributes

        d = dict(src_dict)
        _invoices_attributes = d.pop("invoicesAttributes", UNSET)
        invoices_attributes: InvoicesAttributes | Unset
        if isinstance(_invoices_attributes, Unset):
            invoices_attributes = UNSET
        else:
            invoices_attributes = InvoicesAttributes.from_dict(_invoices_attributes)

        get_invoices_attributes_response = cls(
            invoices_attributes=invoices_attributes,
        )

        get_invoices_attributes_response.additional_properties = d
        return get_invoices_attributes_response

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
