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
    from ..models.package_dimensions import PackageDimensions
    from ..models.package_volume import PackageVolume
    from ..models.package_weight import PackageWeight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, PackageDimensions, PackageVolume, PackageWeight
    from ..models.package_dimensions import PackageDimensions
    from ..models.package_volume import PackageVolume
    from ..models.package_weight import PackageWeight

    _lazy_pending = False


T = TypeVar("T", bound="MeasurementData")


@_attrs_define
class MeasurementData:
    """
    Attributes:
        weight (PackageWeight):
        dimensions (PackageDimensions | Unset):
        volume (PackageVolume | Unset):
    """

    weight: PackageWeight
    dimensions: PackageDimensions | Unset = UNSET
    volume: PackageVolume | Unset = UNSET
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
        weight = self.weight.to_dict()

        dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions.to_dict()

        volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume, Unset):
            volume = self.volume.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "weight": weight,
            }
        )
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.package_dimensions import PackageDimensions
        from ..models.package_volume import PackageVolume
        from ..models.package_weight import PackageWeight

        return (
            (
                ("weight", "weight", True, ("model", PackageWeight)),
                ("dimensions", "dimensions", False, ("model", PackageDimensions)),
                ("volume", "volume", False, ("model", PackageVolume)),
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
        weight = PackageWeight.from_dict(d.pop("weight"))

        _dimensions = d.pop("dimensions", UNSET)
        dimensions = (
            UNSET if _dimensions is UNSET else PackageDimensions.from_dict(_dimensions)
        )

        _volume = d.pop("volume", UNSET)
        volume = UNSET if _volume is UNSET else PackageVolume.from_dict(_volume)

        if cls is MeasurementData:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.weight = weight
            _built.dimensions = dimensions
            _built.volume = volume
            _built._parse_notes = None
            measurement_data = _built
        else:  # a subclass: its own __init__ runs
            measurement_data = cls(
                weight=weight,
                dimensions=dimensions,
                volume=volume,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        measurement_data.additional_properties = d or {}
        return measurement_data

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
