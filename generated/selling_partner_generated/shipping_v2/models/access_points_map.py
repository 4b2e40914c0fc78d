from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.access_point import AccessPoint


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, AccessPoint
    from ..models.access_point import AccessPoint

    _lazy_pending = False


T = TypeVar("T", bound="AccessPointsMap")


@_attrs_define
class AccessPointsMap:
    additional_properties: dict[str, list[AccessPoint]] = _attrs_field(
        init=False, factory=dict
    )
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

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for componentsschemas_access_point_list_item_data in prop:
                componentsschemas_access_point_list_item = (
                    componentsschemas_access_point_list_item_data.to_dict()
                )
                field_dict[prop_name].append(componentsschemas_access_point_list_item)

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.access_point import AccessPoint

        return (
            (),
            ("list", ("model", AccessPoint)),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        if _lazy_pending:
            _load_lazy()
        d = dict(src_dict)
        if cls is AccessPointsMap:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built._parse_notes = None
            access_points_map = _built
        else:  # a subclass: its own __init__ runs
            access_points_map = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            for componentsschemas_access_point_list_item_data in _additional_property:
                componentsschemas_access_point_list_item = AccessPoint.from_dict(
                    componentsschemas_access_point_list_item_data
                )

                additional_property.append(componentsschemas_access_point_list_item)

            additional_properties[prop_name] = additional_property

        access_points_map.additional_properties = additional_properties
        return access_points_map

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[AccessPoint]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[AccessPoint]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
