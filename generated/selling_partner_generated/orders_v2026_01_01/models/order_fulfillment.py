from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fulfillment_status import FulfillmentStatus
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
    from ..models.date_time_range import DateTimeRange


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, DateTimeRange
    from ..models.date_time_range import DateTimeRange

    _lazy_pending = False


T = TypeVar("T", bound="OrderFulfillment")


@_attrs_define
class OrderFulfillment:
    """
    Attributes:
        fulfillment_status (FulfillmentStatus):
        deliver_by_window (DateTimeRange | Unset):
        fulfilled_by (str | Unset):
        fulfillment_service_level (str | Unset):
        label_printing_window (DateTimeRange | Unset):
        ship_by_window (DateTimeRange | Unset):
    """

    fulfillment_status: FulfillmentStatus
    deliver_by_window: DateTimeRange | Unset = UNSET
    fulfilled_by: str | Unset = UNSET
    fulfillment_service_level: str | Unset = UNSET
    label_printing_window: DateTimeRange | Unset = UNSET
    ship_by_window: DateTimeRange | Unset = UNSET
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
        fulfillment_status = self.fulfillment_status.value

        deliver_by_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deliver_by_window, Unset):
            deliver_by_window = self.deliver_by_window.to_dict()

        fulfilled_by = self.fulfilled_by

        fulfillment_service_level = self.fulfillment_service_level

        label_printing_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_printing_window, Unset):
            label_printing_window = self.label_printing_window.to_dict()

        ship_by_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_by_window, Unset):
            ship_by_window = self.ship_by_window.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fulfillmentStatus": fulfillment_status,
            }
        )
        if deliver_by_window is not UNSET:
            field_dict["deliverByWindow"] = deliver_by_window
        if fulfilled_by is not UNSET:
            field_dict["fulfilledBy"] = fulfilled_by
        if fulfillment_service_level is not UNSET:
            field_dict["fulfillmentServiceLevel"] = fulfillment_service_level
        if label_printing_window is not UNSET:
            field_dict["labelPrintingWindow"] = label_printing_window
        if ship_by_window is not UNSET:
            field_dict["shipByWindow"] = ship_by_window

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.date_time_range import DateTimeRange

        return (
            (
                (
                    "fulfillmentStatus",
                    "fulfillment_status",
                    True,
                    ("enum", FulfillmentStatus),
                ),
                (
                    "deliverByWindow",
                    "deliver_by_window",
                    False,
                    ("model", DateTimeRange),
                ),
                ("fulfilledBy", "fulfilled_by", False, ("str",)),
                (
                    "fulfillmentServiceLevel",
                    "fulfillment_service_level",
                    False,
                    ("str",),
                ),
                (
                    "labelPrintingWindow",
                    "label_printing_window",
                    False,
                    ("model", DateTimeRange),
                ),
                ("shipByWindow", "ship_by_window", False, ("model", DateTimeRange)),
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
        _fulfillment_status = d.pop("fulfillmentStatus")
        fulfillment_status = (
            FulfillmentStatus._value2member_map_.get(_fulfillment_status)
            if _fulfillment_status.__class__ is str
            else None
        ) or FulfillmentStatus(_fulfillment_status)

        _deliver_by_window = d.pop("deliverByWindow", UNSET)
        deliver_by_window = (
            UNSET
            if _deliver_by_window is UNSET
            else DateTimeRange.from_dict(_deliver_by_window)
        )

        fulfilled_by = d.pop("fulfilledBy", UNSET)

        if (
            _reader is not None
            and fulfilled_by.__class__ is not str
            and fulfilled_by is not UNSET
        ):
            raise DeviationError("fulfilledBy")

        fulfillment_service_level = d.pop("fulfillmentServiceLevel", UNSET)

        if (
            _reader is not None
            and fulfillment_service_level.__class__ is not str
            and fulfillment_service_level is not UNSET
        ):
            raise DeviationError("fulfillmentServiceLevel")

        _label_printing_window = d.pop("labelPrintingWindow", UNSET)
        label_printing_window = (
            UNSET
            if _label_printing_window is UNSET
            else DateTimeRange.from_dict(_label_printing_window)
        )

        _ship_by_window = d.pop("shipByWindow", UNSET)
        ship_by_window = (
            UNSET
            if _ship_by_window is UNSET
            else DateTimeRange.from_dict(_ship_by_window)
        )

        if cls is OrderFulfillment:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.fulfillment_status = fulfillment_status
            _built.deliver_by_window = deliver_by_window
            _built.fulfilled_by = fulfilled_by
            _built.fulfillment_service_level = fulfillment_service_level
            _built.label_printing_window = label_printing_window
            _built.ship_by_window = ship_by_window
            _built._parse_notes = None
            order_fulfillment = _built
        else:  # a subclass: its own __init__ runs
            order_fulfillment = cls(
                fulfillment_status=fulfillment_status,
                deliver_by_window=deliver_by_window,
                fulfilled_by=fulfilled_by,
                fulfillment_service_level=fulfillment_service_level,
                label_printing_window=label_printing_window,
                ship_by_window=ship_by_window,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_fulfillment.additional_properties = d or {}
        return order_fulfillment

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
