from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.fulfillment_preview_item import FulfillmentPreviewItem


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, FulfillmentPreviewItem
    from ..models.fulfillment_preview_item import FulfillmentPreviewItem

    _lazy_pending = False


T = TypeVar("T", bound="FulfillmentPreviewShipment")


@_attrs_define
class FulfillmentPreviewShipment:
    """
    Attributes:
        fulfillment_preview_items (list[FulfillmentPreviewItem]):
        earliest_arrival_date (datetime.datetime | Unset):
        earliest_ship_date (datetime.datetime | Unset):
        latest_arrival_date (datetime.datetime | Unset):
        latest_ship_date (datetime.datetime | Unset):
        shipping_notes (list[str] | Unset):
    """

    fulfillment_preview_items: list[FulfillmentPreviewItem]
    earliest_arrival_date: datetime.datetime | Unset = UNSET
    earliest_ship_date: datetime.datetime | Unset = UNSET
    latest_arrival_date: datetime.datetime | Unset = UNSET
    latest_ship_date: datetime.datetime | Unset = UNSET
    shipping_notes: list[str] | Unset = UNSET
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
        fulfillment_preview_items = []
        for (
            componentsschemas_fulfillment_preview_item_list_item_data
        ) in self.fulfillment_preview_items:
            componentsschemas_fulfillment_preview_item_list_item = (
                componentsschemas_fulfillment_preview_item_list_item_data.to_dict()
            )
            fulfillment_preview_items.append(
                componentsschemas_fulfillment_preview_item_list_item
            )

        earliest_arrival_date: str | Unset = UNSET
        if not isinstance(self.earliest_arrival_date, Unset):
            earliest_arrival_date = self.earliest_arrival_date.isoformat()

        earliest_ship_date: str | Unset = UNSET
        if not isinstance(self.earliest_ship_date, Unset):
            earliest_ship_date = self.earliest_ship_date.isoformat()

        latest_arrival_date: str | Unset = UNSET
        if not isinstance(self.latest_arrival_date, Unset):
            latest_arrival_date = self.latest_arrival_date.isoformat()

        latest_ship_date: str | Unset = UNSET
        if not isinstance(self.latest_ship_date, Unset):
            latest_ship_date = self.latest_ship_date.isoformat()

        shipping_notes: list[str] | Unset = UNSET
        if not isinstance(self.shipping_notes, Unset):
            shipping_notes = self.shipping_notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fulfillmentPreviewItems": fulfillment_preview_items,
            }
        )
        if earliest_arrival_date is not UNSET:
            field_dict["earliestArrivalDate"] = earliest_arrival_date
        if earliest_ship_date is not UNSET:
            field_dict["earliestShipDate"] = earliest_ship_date
        if latest_arrival_date is not UNSET:
            field_dict["latestArrivalDate"] = latest_arrival_date
        if latest_ship_date is not UNSET:
            field_dict["latestShipDate"] = latest_ship_date
        if shipping_notes is not UNSET:
            field_dict["shippingNotes"] = shipping_notes

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.fulfillment_preview_item import FulfillmentPreviewItem

        return (
            (
                (
                    "fulfillmentPreviewItems",
                    "fulfillment_preview_items",
                    True,
                    ("list", ("model", FulfillmentPreviewItem)),
                ),
                ("earliestArrivalDate", "earliest_arrival_date", False, ("datetime",)),
                ("earliestShipDate", "earliest_ship_date", False, ("datetime",)),
                ("latestArrivalDate", "latest_arrival_date", False, ("datetime",)),
                ("latestShipDate", "latest_ship_date", False, ("datetime",)),
                ("shippingNotes", "shipping_notes", False, ("list", ("str",))),
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
        _fulfillment_preview_items = d.pop("fulfillmentPreviewItems")
        fulfillment_preview_items = [
            FulfillmentPreviewItem.from_dict(_item)
            for _item in _fulfillment_preview_items
        ]

        _earliest_arrival_date = d.pop("earliestArrivalDate", UNSET)
        earliest_arrival_date = (
            UNSET
            if _earliest_arrival_date is UNSET
            else datetime.datetime.fromisoformat(_earliest_arrival_date)
        )

        if (
            _reader is not None
            and not isinstance(earliest_arrival_date, Unset)
            and earliest_arrival_date.tzinfo is None
        ):
            raise DeviationError("earliestArrivalDate")

        _earliest_ship_date = d.pop("earliestShipDate", UNSET)
        earliest_ship_date = (
            UNSET
            if _earliest_ship_date is UNSET
            else datetime.datetime.fromisoformat(_earliest_ship_date)
        )

        if (
            _reader is not None
            and not isinstance(earliest_ship_date, Unset)
            and earliest_ship_date.tzinfo is None
        ):
            raise DeviationError("earliestShipDate")

        _latest_arrival_date = d.pop("latestArrivalDate", UNSET)
        latest_arrival_date = (
            UNSET
            if _latest_arrival_date is UNSET
            else datetime.datetime.fromisoformat(_latest_arrival_date)
        )

        if (
            _reader is not None
            and not isinstance(latest_arrival_date, Unset)
            and latest_arrival_date.tzinfo is None
        ):
            raise DeviationError("latestArrivalDate")

        _latest_ship_date = d.pop("latestShipDate", UNSET)
        latest_ship_date = (
            UNSET
            if _latest_ship_date is UNSET
            else datetime.datetime.fromisoformat(_latest_ship_date)
        )

        if (
            _reader is not None
            and not isinstance(latest_ship_date, Unset)
            and latest_ship_date.tzinfo is None
        ):
            raise DeviationError("latestShipDate")

        shipping_notes = d.pop("shippingNotes", UNSET)

        if (
            _reader is not None
            and shipping_notes.__class__ is not list
            and shipping_notes is not UNSET
        ):
            raise DeviationError("shippingNotes")

        if cls is FulfillmentPreviewShipment:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.fulfillment_preview_items = fulfillment_preview_items
            _built.earliest_arrival_date = earliest_arrival_date
            _built.earliest_ship_date = earliest_ship_date
            _built.latest_arrival_date = latest_arrival_date
            _built.latest_ship_date = latest_ship_date
            _built.shipping_notes = shipping_notes
            _built._parse_notes = None
            fulfillment_preview_shipment = _built
        else:  # a subclass: its own __init__ runs
            fulfillment_preview_shipment = cls(
                fulfillment_preview_items=fulfillment_preview_items,
                earliest_arrival_date=earliest_arrival_date,
                earliest_ship_date=earliest_ship_date,
                latest_arrival_date=latest_arrival_date,
                latest_ship_date=latest_ship_date,
                shipping_notes=shipping_notes,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fulfillment_preview_shipment.additional_properties = d or {}
        return fulfillment_preview_shipment

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
