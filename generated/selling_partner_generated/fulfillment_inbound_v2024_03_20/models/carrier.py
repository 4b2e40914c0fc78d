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

T = TypeVar("T", bound="Carrier")


@_attrs_define
class Carrier:
    """
    Attributes:
        alpha_code (str | Unset):
        name (str | Unset):
    """

    alpha_code: str | Unset = UNSET
    name: str | Unset = UNSET
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
        alpha_code = self.alpha_code

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alpha_code is not UNSET:
            field_dict["alphaCode"] = alpha_code
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("alphaCode", "alpha_code", False, ("str",)),
                ("name", "name", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        alpha_code = d.pop("alphaCode", UNSET)

        if (
            _reader is not None
            and alpha_code.__class__ is not str
            and alpha_code is not UNSET
        ):
            raise DeviationError("alphaCode")

        name = d.pop("name", UNSET)

        if _reader is not None and name.__class__ is not str and name is not UNSET:
            raise DeviationError("name")

        if cls is Carrier:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.alpha_code = alpha_code
            _built.name = name
            _built._parse_notes = None
            carrier = _built
        else:  # a subclass: its own __init__ runs
            carrier = cls(
                alpha_code=alpha_code,
                name=name,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        carrier.additional_properties = d or {}
        return carrier

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
