from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_identifier import ProductIdentifier


T = TypeVar("T", bound="OfferItem")


@_attrs_define
class OfferItem:
    """
    Attributes:
        product_identifier (ProductIdentifier | Unset):
    """

    product_identifier: ProductIdentifier | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_identifier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_identifier, Unset):
            product_identifier = self.product_identifier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_identifier is not UNSET:
            field_dict["productIdentifier"] = product_identifier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.product_identifier import ProductIdentifier

        d = dict(src_dict)
        _product_identifier = d.pop("productIdentifier", UNSET)
        product_identifier: ProductIdentifier | Unset
        if isinstance(_product_identifier, Unset):
            product_identifier = UNSET
        else:
            product_identifier = ProductIdentifier.from_dict(_product_identifier)

        offer_item = cls(
            product_identifier=product_identifier,
        )

        offer_item.additional_properties = d
        return offer_item

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
