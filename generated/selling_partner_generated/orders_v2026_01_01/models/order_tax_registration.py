from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_address import CustomerAddress
    from ..models.tax_registration_attribute import TaxRegistrationAttribute


T = TypeVar("T", bound="OrderTaxRegistration")


@_attrs_define
class OrderTaxRegistration:
    """
    Attributes:
        entity_type (str | Unset):
        legal_name (str | Unset):
        tax_registration_address (CustomerAddress | Unset):
        tax_registration_attributes (list[TaxRegistrationAttribute] | Unset):
        tax_registration_number (str | Unset):
        tax_registration_type (str | Unset):
    """

    entity_type: str | Unset = UNSET
    legal_name: str | Unset = UNSET
    tax_registration_address: CustomerAddress | Unset = UNSET
    tax_registration_attributes: list[TaxRegistrationAttribute] | Unset = UNSET
    tax_registration_number: str | Unset = UNSET
    tax_registration_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_type = self.entity_type

        legal_name = self.legal_name

        tax_registration_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_registration_address, Unset):
            tax_registration_address = self.tax_registration_address.to_dict()

        tax_registration_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_registration_attributes, Unset):
            tax_registration_attributes = []
            for (
                tax_registration_attributes_item_data
            ) in self.tax_registration_attributes:
                tax_registration_attributes_item = (
                    tax_registration_attributes_item_data.to_dict()
                )
                tax_registration_attributes.append(tax_registration_attributes_item)

        tax_registration_number = self.tax_registration_number

        tax_registration_type = self.tax_registration_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity_type is not UNSET:
            field_dict["entityType"] = entity_type
        if legal_name is not UNSET:
            field_dict["legalName"] = legal_name
        if tax_registration_address is not UNSET:
            field_dict["taxRegistrationAddress"] = tax_registration_address
        if tax_registration_attributes is not UNSET:
            field_dict["taxRegistrationAttributes"] = tax_registration_attributes
        if tax_registration_number is not UNSET:
            field_dict["taxRegistrationNumber"] = tax_registration_number
        if tax_registration_type is not UNSET:
            field_dict["taxRegistrationType"] = tax_registration_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_address import CustomerAddress
        from ..models.tax_registration_attribute import TaxRegistrationAttribute

        d = dict(src_dict)
        entity_type = d.pop("entityType", UNSET)

        legal_name = d.pop("legalName", UNSET)

        _tax_registration_address = d.pop("taxRegistrationAddress", UNSET)
        tax_registration_address: CustomerAddress | Unset
        if isinstance(_tax_registration_address, Unset):
            tax_registration_address = UNSET
        else:
            tax_registration_address = CustomerAddress.from_dict(
                _tax_registration_address
            )

        _tax_registration_attributes = d.pop("taxRegistrationAttributes", UNSET)
        tax_registration_attributes: list[TaxRegistrationAttribute] | Unset = UNSET
        if _tax_registration_attributes is not UNSET:
            tax_registration_attributes = []
            for tax_registration_attributes_item_data in _tax_registration_attributes:
                tax_registration_attributes_item = TaxRegistrationAttribute.from_dict(
                    tax_registration_attributes_item_data
                )

                tax_registration_attributes.append(tax_registration_attributes_item)

        tax_registration_number = d.pop("taxRegistrationNumber", UNSET)

        tax_registration_type = d.pop("taxRegistrationType", UNSET)

        order_tax_registration = cls(
            entity_type=entity_type,
            legal_name=legal_name,
            tax_registration_address=tax_registration_address,
            tax_registration_attributes=tax_registration_attributes,
            tax_registration_number=tax_registration_number,
            tax_registration_type=tax_registration_type,
        )

        order_tax_registration.additional_properties = d
        return order_tax_registration

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
