from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status
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
    from ..models.tracking_detail_codes import TrackingDetailCodes


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, TrackingDetailCodes
    from ..models.tracking_detail_codes import TrackingDetailCodes

    _lazy_pending = False


T = TypeVar("T", bound="TrackingSummary")


@_attrs_define
class TrackingSummary:
    """
    Attributes:
        status (Status | Unset):
        tracking_detail_codes (TrackingDetailCodes | Unset):
    """

    status: Status | Unset = UNSET
    tracking_detail_codes: TrackingDetailCodes | Unset = UNSET
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
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        tracking_detail_codes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracking_detail_codes, Unset):
            tracking_detail_codes = self.tracking_detail_codes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if tracking_detail_codes is not UNSET:
            field_dict["trackingDetailCodes"] = tracking_detail_codes

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.tracking_detail_codes import TrackingDetailCodes

        return (
            (
                ("status", "status", False, ("enum", Status)),
                (
                    "trackingDetailCodes",
                    "tracking_detail_codes",
                    False,
                    ("model", TrackingDetailCodes),
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
        _status = d.pop("status", UNSET)
        status = (
            UNSET
            if _status is UNSET
            else (
                Status._value2member_map_.get(_status)
                if _status.__class__ is str
                else None
            )
            or Status(_status)
        )

        _tracking_detail_codes = d.pop("trackingDetailCodes", UNSET)
        tracking_detail_codes = (
            UNSET
            if _tracking_detail_codes is UNSET
            else TrackingDetailCodes.from_dict(_tracking_detail_codes)
        )

        if cls is TrackingSummary:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.status = status
            _built.tracking_detail_codes = tracking_detail_codes
            _built._parse_notes = None
            tracking_summary = _built
        else:  # a subclass: its own __init__ runs
            tracking_summary = cls(
                status=status,
                tracking_detail_codes=tracking_detail_codes,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        tracking_summary.additional_properties = d or {}
        return tracking_summary

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
