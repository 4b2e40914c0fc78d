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
    from ..models.sample_location import SampleLocation


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, SampleLocation
    from ..models.sample_location import SampleLocation

    _lazy_pending = False


T = TypeVar("T", bound="SegmentDetails")


@_attrs_define
class SegmentDetails:
    """
    Attributes:
        glance_view_weight_percentage (float | Unset):
        sample_location (SampleLocation | Unset):
    """

    glance_view_weight_percentage: float | Unset = UNSET
    sample_location: SampleLocation | Unset = UNSET
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
        glance_view_weight_percentage = self.glance_view_weight_percentage

        sample_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sample_location, Unset):
            sample_location = self.sample_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if glance_view_weight_percentage is not UNSET:
            field_dict["glanceViewWeightPercentage"] = glance_view_weight_percentage
        if sample_location is not UNSET:
            field_dict["sampleLocation"] = sample_location

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.sample_location import SampleLocation

        return (
            (
                (
                    "glanceViewWeightPercentage",
                    "glance_view_weight_percentage",
                    False,
                    ("float",),
                ),
                ("sampleLocation", "sample_location", False, ("model", SampleLocation)),
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
        glance_view_weight_percentage = d.pop("glanceViewWeightPercentage", UNSET)

        if (
            _reader is not None
            and glance_view_weight_percentage.__class__ is not float
            and glance_view_weight_percentage.__class__ is not int
            and glance_view_weight_percentage is not UNSET
        ):
            raise DeviationError("glanceViewWeightPercentage")

        _sample_location = d.pop("sampleLocation", UNSET)
        sample_location = (
            UNSET
            if _sample_location is UNSET
            else SampleLocation.from_dict(_sample_location)
        )

        if cls is SegmentDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.glance_view_weight_percentage = glance_view_weight_percentage
            _built.sample_location = sample_location
            _built._parse_notes = None
            segment_details = _built
        else:  # a subclass: its own __init__ runs
            segment_details = cls(
                glance_view_weight_percentage=glance_view_weight_percentage,
                sample_location=sample_location,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        segment_details.additional_properties = d or {}
        return segment_details

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
