from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    DeviationError,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.delivery_window import DeliveryWindow


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, DeliveryWindow
    from ..models.delivery_window import DeliveryWindow

    _lazy_pending = False


T = TypeVar("T", bound="ScheduledDeliveryInfo")


@_attrs_define
class ScheduledDeliveryInfo:
    """
    Attributes:
        delivery_time_zone (str):
        delivery_windows (list[DeliveryWindow]):
    """

    delivery_time_zone: str
    delivery_windows: list[DeliveryWindow]
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
        delivery_time_zone = self.delivery_time_zone

        delivery_windows = []
        for componentsschemas_delivery_window_list_item_data in self.delivery_windows:
            componentsschemas_delivery_window_list_item = (
                componentsschemas_delivery_window_list_item_data.to_dict()
            )
            delivery_windows.append(componentsschemas_delivery_window_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deliveryTimeZone": delivery_time_zone,
                "deliveryWindows": delivery_windows,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.delivery_window import DeliveryWindow

        return (
            (
                ("deliveryTimeZone", "delivery_time_zone", True, ("str",)),
                (
                    "deliveryWindows",
                    "delivery_windows",
                    True,
                    ("list", ("model", DeliveryWindow)),
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
        delivery_time_zone = d.pop("deliveryTimeZone")

        if _reader is not None and delivery_time_zone.__class__ is not str:
            raise DeviationError("deliveryTimeZone")

        _delivery_windows = d.pop("deliveryWindows")
        delivery_windows = [
            DeliveryWindow.from_dict(_item) for _item in _delivery_windows
        ]

        if cls is ScheduledDeliveryInfo:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.delivery_time_zone = delivery_time_zone
            _built.delivery_windows = delivery_windows
            _built._parse_notes = None
            scheduled_delivery_info = _built
        else:  # a subclass: its own __init__ runs
            scheduled_delivery_info = cls(
                delivery_time_zone=delivery_time_zone,
                delivery_windows=delivery_windows,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        scheduled_delivery_info.additional_properties = d or {}
        return scheduled_delivery_info

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
