from __future__ import annotations

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
    from ..models.tracking_info import TrackingInfo


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, TrackingInfo
    from ..models.tracking_info import TrackingInfo

    _lazy_pending = False


T = TypeVar("T", bound="ReturnShippingInfo")


@_attrs_define
class ReturnShippingInfo:
    """
    Attributes:
        delivery_date_time (str | Unset):
        forward_tracking_info (TrackingInfo | Unset):
        pickup_date_time (str | Unset):
        reverse_tracking_info (TrackingInfo | Unset):
    """

    delivery_date_time: str | Unset = UNSET
    forward_tracking_info: TrackingInfo | Unset = UNSET
    pickup_date_time: str | Unset = UNSET
    reverse_tracking_info: TrackingInfo | Unset = UNSET
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
        delivery_date_time = self.delivery_date_time

        forward_tracking_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.forward_tracking_info, Unset):
            forward_tracking_info = self.forward_tracking_info.to_dict()

        pickup_date_time = self.pickup_date_time

        reverse_tracking_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reverse_tracking_info, Unset):
            reverse_tracking_info = self.reverse_tracking_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery_date_time is not UNSET:
            field_dict["deliveryDateTime"] = delivery_date_time
        if forward_tracking_info is not UNSET:
            field_dict["forwardTrackingInfo"] = forward_tracking_info
        if pickup_date_time is not UNSET:
            field_dict["pickupDateTime"] = pickup_date_time
        if reverse_tracking_info is not UNSET:
            field_dict["reverseTrackingInfo"] = reverse_tracking_info

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.tracking_info import TrackingInfo

        return (
            (
                ("deliveryDateTime", "delivery_date_time", False, ("str",)),
                (
                    "forwardTrackingInfo",
                    "forward_tracking_info",
                    False,
                    ("model", TrackingInfo),
                ),
                ("pickupDateTime", "pickup_date_time", False, ("str",)),
                (
                    "reverseTrackingInfo",
                    "reverse_tracking_info",
                    False,
                    ("model", TrackingInfo),
                ),
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
        delivery_date_time = d.pop("deliveryDateTime", UNSET)

        if (
            _reader is not None
            and delivery_date_time.__class__ is not str
            and delivery_date_time is not UNSET
        ):
            raise DeviationError("deliveryDateTime")

        _forward_tracking_info = d.pop("forwardTrackingInfo", UNSET)
        forward_tracking_info = (
            UNSET
            if _forward_tracking_info is UNSET
            else TrackingInfo.from_dict(_forward_tracking_info)
        )

        pickup_date_time = d.pop("pickupDateTime", UNSET)

        if (
            _reader is not None
            and pickup_date_time.__class__ is not str
            and pickup_date_time is not UNSET
        ):
            raise DeviationError("pickupDateTime")

        _reverse_tracking_info = d.pop("reverseTrackingInfo", UNSET)
        reverse_tracking_info = (
            UNSET
            if _reverse_tracking_info is UNSET
            else TrackingInfo.from_dict(_reverse_tracking_info)
        )

        if cls is ReturnShippingInfo:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.delivery_date_time = delivery_date_time
            _built.forward_tracking_info = forward_tracking_info
            _built.pickup_date_time = pickup_date_time
            _built.reverse_tracking_info = reverse_tracking_info
            _built._parse_notes = None
            return_shipping_info = _built
        else:  # a subclass: its own __init__ runs
            return_shipping_info = cls(
                delivery_date_time=delivery_date_time,
                forward_tracking_info=forward_tracking_info,
                pickup_date_time=pickup_date_time,
                reverse_tracking_info=reverse_tracking_info,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        return_shipping_info.additional_properties = d or {}
        return return_shipping_info

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
