from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

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

T = TypeVar("T", bound="PropertyGroup")


@_attrs_define
class PropertyGroup:
    """
    Attributes:
        description (str | Unset):
        property_names (list[str] | Unset):
        title (str | Unset):
    """

    description: str | Unset = UNSET
    property_names: list[str] | Unset = UNSET
    title: str | Unset = UNSET
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
        description = self.description

        property_names: list[str] | Unset = UNSET
        if not isinstance(self.property_names, Unset):
            property_names = self.property_names

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if property_names is not UNSET:
            field_dict["propertyNames"] = property_names
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("description", "description", False, ("str",)),
                ("propertyNames", "property_names", False, ("list", ("str",))),
                ("title", "title", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        if (
            _reader is not None
            and description.__class__ is not str
            and description is not UNSET
        ):
            raise DeviationError("description")

        property_names = d.pop("propertyNames", UNSET)

        if (
            _reader is not None
            and property_names.__class__ is not list
            and property_names is not UNSET
        ):
            raise DeviationError("propertyNames")

        title = d.pop("title", UNSET)

        if _reader is not None and title.__class__ is not str and title is not UNSET:
            raise DeviationError("title")

        if cls is PropertyGroup:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.description = description
            _built.property_names = property_names
            _built.title = title
            _built._parse_notes = None
            property_group = _built
        else:  # a subclass: its own __init__ runs
            property_group = cls(
                description=description,
                property_names=property_names,
                title=title,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        property_group.additional_properties = d or {}
        return property_group

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
