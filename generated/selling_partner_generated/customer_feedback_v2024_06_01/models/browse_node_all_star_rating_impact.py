from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BrowseNodeAllStarRatingImpact")


@_attrs_define
class BrowseNodeAllStarRatingImpact:
    """
    Attributes:
        all_products (float):
        top_twenty_five_percent_products (float):
    """

    all_products: float
    top_twenty_five_percent_products: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_products = self.all_products

        top_twenty_five_percent_products = self.top_twenty_five_percent_products

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allProducts": all_products,
                "topTwentyFivePercentProducts": top_twenty_five_percent_products,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        all_products = d.pop("allProducts")

        top_twenty_five_percent_products = d.pop("topTwentyFivePercentProducts")

        browse_node_all_star_rating_impact = cls(
            all_products=all_products,
            top_twenty_five_percent_products=top_twenty_five_percent_products,
        )

        browse_node_all_star_rating_impact.additional_properties = d
        return browse_node_all_star_rating_impact

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
