from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemIdentifiersByMarketplace")


@_attrs_define
class ItemIdentifiersByMarketplace:
    """
    Attributes:
        asin (str | Unset):
        marketplace_id (str | Unset):
    """

    asin: str | Unset = UNSET
    marketplace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asin = self.asin

        marketplace_id = self.marketplace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["asin"] = asin
        if marketplace_id is not UNSET:
            field_dict["marketplaceId"] = marketplace_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asin = d.pop("asin", UNSET)

        marketplace_id = d.pop("marketplaceId", UNSET)

        item_identifiers_by_marketplace = cls(
            asin=asin,
            marketplace_id=marketplace_id,
        )

        item_identifiers_by_marketplace.additional_properties = d
        return item_identifiers_by_marketplace

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
