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

T = TypeVar("T", bound="ItemCondition")


@_attrs_define
class ItemCondition:
    """
    Attributes:
        condition_note (str | Unset):
        condition_subtype (str | Unset):
        condition_type (str | Unset):
    """

    condition_note: str | Unset = UNSET
    condition_subtype: str | Unset = UNSET
    condition_type: str | Unset = UNSET
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
        condition_note = self.condition_note

        condition_subtype = self.condition_subtype

        condition_type = self.condition_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if condition_note is not UNSET:
            field_dict["conditionNote"] = condition_note
        if condition_subtype is not UNSET:
            field_dict["conditionSubtype"] = condition_subtype
        if condition_type is not UNSET:
            field_dict["conditionType"] = condition_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("conditionNote", "condition_note", False, ("str",)),
                ("conditionSubtype", "condition_subtype", False, ("str",)),
                ("conditionType", "condition_type", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        condition_note = d.pop("conditionNote", UNSET)

        if (
            _reader is not None
            and condition_note.__class__ is not str
            and condition_note is not UNSET
        ):
            raise DeviationError("conditionNote")

        condition_subtype = d.pop("conditionSubtype", UNSET)

        if (
            _reader is not None
            and condition_subtype.__class__ is not str
            and condition_subtype is not UNSET
        ):
            raise DeviationError("conditionSubtype")

        condition_type = d.pop("conditionType", UNSET)

        if (
            _reader is not None
            and condition_type.__class__ is not str
            and condition_type is not UNSET
        ):
            raise DeviationError("conditionType")

        if cls is ItemCondition:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.condition_note = condition_note
            _built.condition_subtype = condition_subtype
            _built.condition_type = condition_type
            _built._parse_notes = None
            item_condition = _built
        else:  # a subclass: its own __init__ runs
            item_condition = cls(
                condition_note=condition_note,
                condition_subtype=condition_subtype,
                condition_type=condition_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_condition.additional_properties = d or {}
        return item_condition

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
