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
    from ..models.tracking import Tracking


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Tracking
    from ..models.tracking import Tracking

    _lazy_pending = False


T = TypeVar("T", bound="UpdatePackageRequest")


@_attrs_define
class UpdatePackageRequest:
    """
    Attributes:
        status (str):
        delivery_time (datetime.datetime | Unset):
        tracking (Tracking | Unset):
    """

    status: str
    delivery_time: datetime.datetime | Unset = UNSET
    tracking: Tracking | Unset = UNSET
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
        status = self.status

        delivery_time: str | Unset = UNSET
        if not isinstance(self.delivery_time, Unset):
            delivery_time = self.delivery_time.isoformat()

        tracking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracking, Unset):
            tracking = self.tracking.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if delivery_time is not UNSET:
            field_dict["deliveryTime"] = delivery_time
        if tracking is not UNSET:
            field_dict["tracking"] = tracking

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.tracking import Tracking

        return (
            (
                ("status", "status", True, ("str",)),
                ("deliveryTime", "delivery_time", False, ("datetime",)),
                ("tracking", "tracking", False, ("model", Tracking)),
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
        status = d.pop("status")

        if _reader is not None and status.__class__ is not str:
            raise DeviationError("status")

        _delivery_time = d.pop("deliveryTime", UNSET)
        delivery_time = (
            UNSET
            if _delivery_time is UNSET
            else datetime.datetime.fromisoformat(_delivery_time)
        )

        if (
            _reader is not None
            and not isinstance(delivery_time, Unset)
            and delivery_time.tzinfo is None
        ):
            raise DeviationError("deliveryTime")

        _tracking = d.pop("tracking", UNSET)
        tracking = UNSET if _tracking is UNSET else Tracking.from_dict(_tracking)

        if cls is UpdatePackageRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.status = status
            _built.delivery_time = delivery_time
            _built.tracking = tracking
            _built._parse_notes = None
            update_package_request = _built
        else:  # a subclass: its own __init__ runs
            update_package_request = cls(
                status=status,
                delivery_time=delivery_time,
                tracking=tracking,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        update_package_request.additional_properties = d or {}
        return update_package_request

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
