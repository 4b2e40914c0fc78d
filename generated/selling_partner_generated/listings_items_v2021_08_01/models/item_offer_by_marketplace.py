from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_offer_by_marketplace_offer_type import (
    ItemOfferByMarketplaceOfferType,
)
from ..types import (
    FAST,
    READER,
    UNSET,
    DeviationError,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.audience import Audience
    from ..models.money import Money
    from ..models.points import Points


T = TypeVar("T", bound="ItemOfferByMarketplace")


@_attrs_define
class ItemOfferByMarketplace:
    """
    Attributes:
        marketplace_id (str):
        offer_type (ItemOfferByMarketplaceOfferType):
        price (Money):
        audience (Audience | Unset):
        points (Points | Unset):
    """

    marketplace_id: str
    offer_type: ItemOfferByMarketplaceOfferType
    price: Money
    audience: Audience | Unset = UNSET
    points: Points | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _parse_notes: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def __repr__(self) -> str:
        return model_repr(self)

    def __getattr__(self, name: str) -> Any:
        return absent(self, name)

    def __eq__(self, other: object) -> bool:
        return model_eq(self, other)

    def __getstate__(self) -> dict[str, Any]:
        return model_getstate(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        model_setstate(self, state)

    def to_dict(self) -> dict[str, Any]:
        if self._parse_notes is not None:
            return self._parse_notes.to_dict(self)
        marketplace_id = self.marketplace_id

        offer_type = self.offer_type.value

        price = self.price.to_dict()

        audience: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audience, Unset):
            audience = self.audience.to_dict()

        points: dict[str, Any] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = self.points.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketplaceId": marketplace_id,
                "offerType": offer_type,
                "price": price,
            }
        )
        if audience is not UNSET:
            field_dict["audience"] = audience
        if points is not UNSET:
            field_dict["points"] = points

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.audience import Audience
        from ..models.money import Money
        from ..models.points import Points

        return (
            (
                ("marketplaceId", "marketplace_id", True, ("str",)),
                (
                    "offerType",
                    "offer_type",
                    True,
                    ("enum", ItemOfferByMarketplaceOfferType),
                ),
                ("price", "price", True, ("model", Money)),
                ("audience", "audience", False, ("model", Audience)),
                ("points", "points", False, ("model", Points)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        from ..models.audience import Audience
        from ..models.money import Money
        from ..models.points import Points

        d = dict(src_dict)
        marketplace_id = d.pop("marketplaceId")
        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        offer_type = ItemOfferByMarketplaceOfferType(d.pop("offerType"))

        price = Money.from_dict(d.pop("price"))

        _audience = d.pop("audience", UNSET)
        audience: Audience | Unset
        if isinstance(_audience, Unset):
            audience = UNSET
        else:
            audience = Audience.from_dict(_audience)

        _points = d.pop("points", UNSET)
        points: Points | Unset
        if isinstance(_points, Unset):
            points = UNSET
        else:
            points = Points.from_dict(_points)

        item_offer_by_marketplace = cls(
            marketplace_id=marketplace_id,
            offer_type=offer_type,
            price=price,
            audience=audience,
            points=points,
        )

        item_offer_by_marketplace.additional_properties = d
        return item_offer_by_marketplace

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
