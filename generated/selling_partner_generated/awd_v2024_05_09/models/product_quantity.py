from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prep_details import PrepDetails
    from ..models.product_attribute import ProductAttribute


T = TypeVar("T", bound="ProductQuantity")


@_attrs_define
class ProductQuantity:
    """
    Attributes:
        quantity (int):
        sku (str):
        attributes (list[ProductAttribute] | Unset):
        expiration (datetime.datetime | Unset):
        prep_details (PrepDetails | Unset):
    """

    quantity: int
    sku: str
    attributes: list[ProductAttribute] | Unset = UNSET
    expiration: datetime.datetime | Unset = UNSET
    prep_details: PrepDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        sku = self.sku

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        expiration: str | Unset = UNSET
        if not isinstance(self.expiration, Unset):
            expiration = self.expiration.isoformat()

        prep_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prep_details, Unset):
            prep_details = self.prep_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
                "sku": sku,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if prep_details is not UNSET:
            field_dict["prepDetails"] = prep_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.prep_details import PrepDetails
        from ..models.product_attribute import ProductAttribute

        d = dict(src_dict)
        quantity = d.pop("quantity")

        sku = d.pop("sku")

        _attributes = d.pop("attributes", UNSET)
        attributes: list[ProductAttribute] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = ProductAttribute.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        _expiration = d.pop("expiration", UNSET)
        expiration: datetime.datetime | Unset
        if isinstance(_expiration, Unset):
            expiration = UNSET
        else:
            expiration = datetime.datetime.fromisoformat(_expiration)

        _prep_details = d.pop("prepDetails", UNSET)
        prep_details: PrepDetails | Unset
        if isinstance(_prep_details, Unset):
            prep_details = UNSET
        else:
            prep_details = PrepDetails.from_dict(_prep_details)

        product_quantity = cls(
            quantity=quantity,
            sku=sku,
            attributes=attributes,
            expiration=expiration,
            prep_details=prep_details,
        )

        product_quantity.additional_properties = d
        return product_quantity

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
