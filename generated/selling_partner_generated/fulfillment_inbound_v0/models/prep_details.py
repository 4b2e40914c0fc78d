from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prep_instruction import PrepInstruction
from ..models.prep_owner import PrepOwner
from ..types import (
    FAST,
    READER,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

T = TypeVar("T", bound="PrepDetails")


@_attrs_define
class PrepDetails:
    """
    Attributes:
        prep_instruction (PrepInstruction):
        prep_owner (PrepOwner):
    """

    prep_instruction: PrepInstruction
    prep_owner: PrepOwner
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
        prep_instruction = self.prep_instruction.value

        prep_owner = self.prep_owner.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PrepInstruction": prep_instruction,
                "PrepOwner": prep_owner,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "PrepInstruction",
                    "prep_instruction",
                    True,
                    ("enum", PrepInstruction),
                ),
                ("PrepOwner", "prep_owner", True, ("enum", PrepOwner)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _prep_instruction = d.pop("PrepInstruction")
        prep_instruction = (
            PrepInstruction._value2member_map_.get(_prep_instruction)
            if _prep_instruction.__class__ is str
            else None
        ) or PrepInstruction(_prep_instruction)

        _prep_owner = d.pop("PrepOwner")
        prep_owner = (
            PrepOwner._value2member_map_.get(_prep_owner)
            if _prep_owner.__class__ is str
            else None
        ) or PrepOwner(_prep_owner)

        if cls is PrepDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.prep_instruction = prep_instruction
            _built.prep_owner = prep_owner
            _built._parse_notes = None
            prep_details = _built
        else:  # a subclass: its own __init__ runs
            prep_details = cls(
                prep_instruction=prep_instruction,
                prep_owner=prep_owner,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        prep_details.additional_properties = d or {}
        return prep_details

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
