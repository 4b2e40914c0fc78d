from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipping_options_ship_by import ShippingOptionsShipBy
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
    from ..models.handover_location import HandoverLocation
    from ..models.time_window import TimeWindow


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, HandoverLocation, TimeWindow
    from ..models.handover_location import HandoverLocation
    from ..models.time_window import TimeWindow

    _lazy_pending = False


T = TypeVar("T", bound="ShippingOptions")


@_attrs_define
class ShippingOptions:
    """
    Attributes:
        ship_by (ShippingOptionsShipBy):
        shipping_option_id (str):
        carrier_name (str | Unset):
        handover_location (HandoverLocation | Unset):
        pickup_window (TimeWindow | Unset):
        time_slot (TimeWindow | Unset):
    """

    ship_by: ShippingOptionsShipBy
    shipping_option_id: str
    carrier_name: str | Unset = UNSET
    handover_location: HandoverLocation | Unset = UNSET
    pickup_window: TimeWindow | Unset = UNSET
    time_slot: TimeWindow | Unset = UNSET
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
        ship_by = self.ship_by.value

        shipping_option_id = self.shipping_option_id

        carrier_name = self.carrier_name

        handover_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.handover_location, Unset):
            handover_location = self.handover_location.to_dict()

        pickup_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pickup_window, Unset):
            pickup_window = self.pickup_window.to_dict()

        time_slot: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_slot, Unset):
            time_slot = self.time_slot.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shipBy": ship_by,
                "shippingOptionId": shipping_option_id,
            }
        )
        if carrier_name is not UNSET:
            field_dict["carrierName"] = carrier_name
        if handover_location is not UNSET:
            field_dict["handoverLocation"] = handover_location
        if pickup_window is not UNSET:
            field_dict["pickupWindow"] = pickup_window
        if time_slot is not UNSET:
            field_dict["timeSlot"] = time_slot

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.handover_location import HandoverLocation
        from ..models.time_window import TimeWindow

        return (
            (
                ("shipBy", "ship_by", True, ("enum", ShippingOptionsShipBy)),
                ("shippingOptionId", "shipping_option_id", True, ("str",)),
                ("carrierName", "carrier_name", False, ("str",)),
                (
                    "handoverLocation",
                    "handover_location",
                    False,
                    ("model", HandoverLocation),
                ),
                ("pickupWindow", "pickup_window", False, ("model", TimeWindow)),
                ("timeSlot", "time_slot", False, ("model", TimeWindow)),
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
        _ship_by = d.pop("shipBy")
        ship_by = (
            ShippingOptionsShipBy._value2member_map_.get(_ship_by)
            if _ship_by.__class__ is str
            else None
        ) or ShippingOptionsShipBy(_ship_by)

        shipping_option_id = d.pop("shippingOptionId")

        if _reader is not None and shipping_option_id.__class__ is not str:
            raise DeviationError("shippingOptionId")

        carrier_name = d.pop("carrierName", UNSET)

        if (
            _reader is not None
            and carrier_name.__class__ is not str
            and carrier_name is not UNSET
        ):
            raise DeviationError("carrierName")

        _handover_location = d.pop("handoverLocation", UNSET)
        handover_location = (
            UNSET
            if _handover_location is UNSET
            else HandoverLocation.from_dict(_handover_location)
        )

        _pickup_window = d.pop("pickupWindow", UNSET)
        pickup_window = (
            UNSET if _pickup_window is UNSET else TimeWindow.from_dict(_pickup_window)
        )

        _time_slot = d.pop("timeSlot", UNSET)
        time_slot = UNSET if _time_slot is UNSET else TimeWindow.from_dict(_time_slot)

        if cls is ShippingOptions:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.ship_by = ship_by
            _built.shipping_option_id = shipping_option_id
            _built.carrier_name = carrier_name
            _built.handover_location = handover_location
            _built.pickup_window = pickup_window
            _built.time_slot = time_slot
            _built._parse_notes = None
            shipping_options = _built
        else:  # a subclass: its own __init__ runs
            shipping_options = cls(
                ship_by=ship_by,
                shipping_option_id=shipping_option_id,
                carrier_name=carrier_name,
                handover_location=handover_location,
                pickup_window=pickup_window,
                time_slot=time_slot,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipping_options.additional_properties = d or {}
        return shipping_options

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
