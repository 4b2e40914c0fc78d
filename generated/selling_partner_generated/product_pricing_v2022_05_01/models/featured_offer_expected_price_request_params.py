from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.segment import Segment


T = TypeVar("T", bound="FeaturedOfferExpectedPriceRequestParams")


@_attrs_define
class FeaturedOfferExpectedPriceRequestParams:
    """
    Attributes:
        marketplace_id (str):
        sku (str):
        segment (Segment | Unset):
    """

    marketplace_id: str
    sku: str
    segment: Segment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        marketplace_id = self.marketplace_id

        sku = self.sku

        segment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segment, Unset):
            segment = self.segment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketplaceId": marketplace_id,
                "sku": sku,
            }
        )
        if segment is not UNSET:
            field_dict["segment"] = segment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.segment import Segment

        d = dict(src_dict)
        marketplace_id = d.pop("marketplaceId")

        sku = d.pop("sku")

        _segment = d.pop("segment", UNSET)
        segment: Segment | Unset
        if isinstance(_segment, Unset):
            segment = UNSET
        else:
            segment = Segment.from_dict(_segment)

        featured_offer_expected_price_request_params = cls(
            marketplace_id=marketplace_id,
            sku=sku,
            segment=segment,
        )

        featured_offer_expected_price_request_params.additional_properties = d
        return featured_offer_expected_price_request_params

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
