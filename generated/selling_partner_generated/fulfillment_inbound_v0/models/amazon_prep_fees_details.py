from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prep_instruction import PrepInstruction
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
    from ..models.amount import Amount


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Amount
    from ..models.amount import Amount

    _lazy_pending = False


T = TypeVar("T", bound="AmazonPrepFeesDetails")


@_attrs_define
class AmazonPrepFeesDetails:
    """
    Attributes:
        fee_per_unit (Amount | Unset):
        prep_instruction (PrepInstruction | Unset):
    """

    fee_per_unit: Amount | Unset = UNSET
    prep_instruction: PrepInstruction | Unset = UNSET
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
        fee_per_unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee_per_unit, Unset):
            fee_per_unit = self.fee_per_unit.to_dict()

        prep_instruction: str | Unset = UNSET
        if not isinstance(self.prep_instruction, Unset):
            prep_instruction = self.prep_instruction.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fee_per_unit is not UNSET:
            field_dict["FeePerUnit"] = fee_per_unit
        if prep_instruction is not UNSET:
            field_dict["PrepInstruction"] = prep_instruction

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.amount import Amount

        return (
            (
                ("FeePerUnit", "fee_per_unit", False, ("model", Amount)),
                (
                    "PrepInstruction",
                    "prep_instruction",
                    False,
                    ("enum", PrepInstruction),
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
        _fee_per_unit = d.pop("FeePerUnit", UNSET)
        fee_per_unit = (
            UNSET if _fee_per_unit is UNSET else Amount.from_dict(_fee_per_unit)
        )

        _prep_instruction = d.pop("PrepInstruction", UNSET)
        prep_instruction = (
            UNSET
            if _prep_instruction is UNSET
            else (
                PrepInstruction._value2member_map_.get(_prep_instruction)
                if _prep_instruction.__class__ is str
                else None
            )
            or PrepInstruction(_prep_instruction)
        )

        if cls is AmazonPrepFeesDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.fee_per_unit = fee_per_unit
            _built.prep_instruction = prep_instruction
            _built._parse_notes = None
            amazon_prep_fees_details = _built
        else:  # a subclass: its own __init__ runs
            amazon_prep_fees_details = cls(
                fee_per_unit=fee_per_unit,
                prep_instruction=prep_instruction,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        amazon_prep_fees_details.additional_properties = d or {}
        return amazon_prep_fees_details

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
