from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.distribution_package_type import DistributionPackageType
from ..types import (
    FAST,
    READER,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.distribution_package_contents import DistributionPackageContents
    from ..models.measurement_data import MeasurementData


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, DistributionPackageContents, MeasurementData
    from ..models.distribution_package_contents import DistributionPackageContents
    from ..models.measurement_data import MeasurementData

    _lazy_pending = False


T = TypeVar("T", bound="DistributionPackage")


@_attrs_define
class DistributionPackage:
    """
    Attributes:
        contents (DistributionPackageContents):
        measurements (MeasurementData):
        type_ (DistributionPackageType):
    """

    contents: DistributionPackageContents
    measurements: MeasurementData
    type_: DistributionPackageType
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
        contents = self.contents.to_dict()

        measurements = self.measurements.to_dict()

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contents": contents,
                "measurements": measurements,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.distribution_package_contents import DistributionPackageContents
        from ..models.measurement_data import MeasurementData

        return (
            (
                ("contents", "contents", True, ("model", DistributionPackageContents)),
                ("measurements", "measurements", True, ("model", MeasurementData)),
                ("type", "type_", True, ("enum", DistributionPackageType)),
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
        contents = DistributionPackageContents.from_dict(d.pop("contents"))

        measurements = MeasurementData.from_dict(d.pop("measurements"))

        _type_ = d.pop("type")
        type_ = (
            DistributionPackageType._value2member_map_.get(_type_)
            if _type_.__class__ is str
            else None
        ) or DistributionPackageType(_type_)

        if cls is DistributionPackage:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.contents = contents
            _built.measurements = measurements
            _built.type_ = type_
            _built._parse_notes = None
            distribution_package = _built
        else:  # a subclass: its own __init__ runs
            distribution_package = cls(
                contents=contents,
                measurements=measurements,
                type_=type_,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        distribution_package.additional_properties = d or {}
        return distribution_package

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
