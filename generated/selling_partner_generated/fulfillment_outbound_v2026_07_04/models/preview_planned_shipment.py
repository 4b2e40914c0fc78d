from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.preview_delivery_offer import PreviewDeliveryOffer
    from ..models.preview_planned_shipment_item import PreviewPlannedShipmentItem
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, PreviewDeliveryOffer, PreviewPlannedShipmentItem, Weight
    from ..models.preview_delivery_offer import PreviewDeliveryOffer
    from ..models.preview_planned_shipment_item import PreviewPlannedShipmentItem
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="PreviewPlannedShipment")


@_attrs_define
class PreviewPlannedShipment:
    """
    Attributes:
        items (list[PreviewPlannedShipmentItem]):
        estimated_shipping_weight (Weight | Unset):
        offers (list[PreviewDeliveryOffer] | Unset):
    """

    items: list[PreviewPlannedShipmentItem]
    estimated_shipping_weight: Weight | Unset = UNSET
    offers: list[PreviewDeliveryOffer] | Unset = UNSET
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
        if _lazy_pending:
            _load_lazy()
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        estimated_shipping_weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.estimated_shipping_weight, Unset):
            estimated_shipping_weight = self.estimated_shipping_weight.to_dict()

        offers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.offers, Unset):
            offers = []
            for offers_item_data in self.offers:
                offers_item = offers_item_data.to_dict()
                offers.append(offers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if estimated_shipping_weight is not UNSET:
            field_dict["estimatedShippingWeight"] = estimated_shipping_weight
        if offers is not UNSET:
            field_dict["offers"] = offers

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.preview_delivery_offer import PreviewDeliveryOffer
        from ..models.preview_planned_shipment_item import PreviewPlannedShipmentItem
        from ..models.weight import Weight

        return (
            (
                (
                    "items",
                    "items",
                    True,
                    ("list", ("model", PreviewPlannedShipmentItem)),
                ),
                (
                    "estimatedShippingWeight",
                    "estimated_shipping_weight",
                    False,
                    ("model", Weight),
                ),
                ("offers", "offers", False, ("list", ("model", PreviewDeliveryOffer))),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        if _lazy_pending:
            _load_lazy()
        d = dict(src_dict)
        _items = d.pop("items")
        items = [PreviewPlannedShipmentItem.from_dict(_item) for _item in _items]

        _estimated_shipping_weight = d.pop("estimatedShippingWeight", UNSET)
        estimated_shipping_weight = (
            UNSET
            if _estimated_shipping_weight is UNSET
            else Weight.from_dict(_estimated_shipping_weight)
        )

        _offers = d.pop("offers", UNSET)
        offers = (
            UNSET
            if _offers is UNSET
            else [PreviewDeliveryOffer.from_dict(_item) for _item in _offers]
        )

        if cls is PreviewPlannedShipment:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.items = items
            _built.estimated_shipping_weight = estimated_shipping_weight
            _built.offers = offers
            _built._parse_notes = None
            preview_planned_shipment = _built
        else:  # a subclass: its own __init__ runs
            preview_planned_shipment = cls(
                items=items,
                estimated_shipping_weight=estimated_shipping_weight,
                offers=offers,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        preview_planned_shipment.additional_properties = d or {}
        return preview_planned_shipment

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
