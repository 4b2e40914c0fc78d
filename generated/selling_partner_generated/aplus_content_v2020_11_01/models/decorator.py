from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.decorator_type import DecoratorType
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

T = TypeVar("T", bound="Decorator")


@_attrs_define
class Decorator:
    """
    Attributes:
        depth (int | Unset):
        length (int | Unset):
        offset (int | Unset):
        type_ (DecoratorType | Unset):
    """

    depth: int | Unset = UNSET
    length: int | Unset = UNSET
    offset: int | Unset = UNSET
    type_: DecoratorType | Unset = UNSET
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
        depth = self.depth

        length = self.length

        offset = self.offset

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if depth is not UNSET:
            field_dict["depth"] = depth
        if length is not UNSET:
            field_dict["length"] = length
        if offset is not UNSET:
            field_dict["offset"] = offset
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("depth", "depth", False, ("int",)),
                ("length", "length", False, ("int",)),
                ("offset", "offset", False, ("int",)),
                ("type", "type_", False, ("enum", DecoratorType)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        depth = d.pop("depth", UNSET)

        if _reader is not None and depth.__class__ is not int and depth is not UNSET:
            raise DeviationError("depth")

        length = d.pop("length", UNSET)

        if _reader is not None and length.__class__ is not int and length is not UNSET:
            raise DeviationError("length")

        offset = d.pop("offset", UNSET)

        if _reader is not None and offset.__class__ is not int and offset is not UNSET:
            raise DeviationError("offset")

        _type_ = d.pop("type", UNSET)
        type_ = (
            UNSET
            if _type_ is UNSET
            else (
                DecoratorType._value2member_map_.get(_type_)
                if _type_.__class__ is str
                else None
            )
            or DecoratorType(_type_)
        )

        if cls is Decorator:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.depth = depth
            _built.length = length
            _built.offset = offset
            _built.type_ = type_
            _built._parse_notes = None
            decorator = _built
        else:  # a subclass: its own __init__ runs
            decorator = cls(
                depth=depth,
                length=length,
                offset=offset,
                type_=type_,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        decorator.additional_properties = d or {}
        return decorator

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
