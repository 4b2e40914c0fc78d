from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.landed_price import LandedPrice
    from ..models.listing_price import ListingPrice
    from ..models.points import Points
    from ..models.shipping import Shipping


T = TypeVar("T", bound="MerchantOffer")


@_attrs_define
class MerchantOffer:
    """
    Attributes:
        condition (str):
        fulfillment_type (str):
        landed_price (LandedPrice):
        listing_price (ListingPrice):
        shipping (Shipping):
        points (Points | Unset):
    """

    condition: str
    fulfillment_type: str
    landed_price: LandedPrice
    listing_price: ListingPrice
    shipping: Shipping
    points: Points | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition = self.condition

        fulfillment_type = self.fulfillment_type

        landed_price = self.landed_price.to_dict()

        listing_price = self.listing_price.to_dict()

        shipping = self.shipping.to_dict()

        points: dict[str, Any] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = self.points.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "condition": condition,
                "fulfillmentType": fulfillment_type,
                "landedPrice": landed_price,
                "listingPrice": listing_price,
                "shipping": shipping,
            }
        )
        if points is not UNSET:
            field_dict["points"] = points

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.landed_price import LandedPrice
        from ..models.listing_price import ListingPrice
        from ..models.points import Points
        from ..models.shipping import Shipping

        d = dict(src_dict)
        condition = d.pop("condition")

        fulfillment_type = d.pop("fulfillmentType")

        landed_price = LandedPrice.from_dict(d.pop("landedPrice"))

        listing_price = ListingPrice.from_dict(d.pop("listingPrice"))

        shipping = Shipping.from_dict(d.pop("shipping"))

        _points = d.pop("points", UNSET)
        points: Points | Unset
        if isinstance(_points, Unset):
            points = UNSET
        else:
            points = Points.from_dict(_points)

        merchant_offer = cls(
            condition=condition,
            fulfillment_type=fulfillment_type,
            landed_price=landed_price,
            listing_price=listing_price,
            shipping=shipping,
            points=points,
        )

        merchant_offer.additional_properties = d
        return merchant_offer

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
