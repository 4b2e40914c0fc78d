from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_owner import LabelOwner
from ..models.prep_category import PrepCategory
from ..models.prep_owner import PrepOwner
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
    from ..models.prep_instruction import PrepInstruction


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, PrepInstruction
    from ..models.prep_instruction import PrepInstruction

    _lazy_pending = False


T = TypeVar("T", bound="PrepDetails")


@_attrs_define
class PrepDetails:
    """
    Attributes:
        label_owner (LabelOwner | Unset):
        prep_category (PrepCategory | Unset):
        prep_instructions (list[PrepInstruction] | Unset):
        prep_owner (PrepOwner | Unset):
    """

    label_owner: LabelOwner | Unset = UNSET
    prep_category: PrepCategory | Unset = UNSET
    prep_instructions: list[PrepInstruction] | Unset = UNSET
    prep_owner: PrepOwner | Unset = UNSET
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
        label_owner: str | Unset = UNSET
        if not isinstance(self.label_owner, Unset):
            label_owner = self.label_owner.value

        prep_category: str | Unset = UNSET
        if not isinstance(self.prep_category, Unset):
            prep_category = self.prep_category.value

        prep_instructions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prep_instructions, Unset):
            prep_instructions = []
            for prep_instructions_item_data in self.prep_instructions:
                prep_instructions_item = prep_instructions_item_data.to_dict()
                prep_instructions.append(prep_instructions_item)

        prep_owner: str | Unset = UNSET
        if not isinstance(self.prep_owner, Unset):
            prep_owner = self.prep_owner.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label_owner is not UNSET:
            field_dict["labelOwner"] = label_owner
        if prep_category is not UNSET:
            field_dict["prepCategory"] = prep_category
        if prep_instructions is not UNSET:
            field_dict["prepInstructions"] = prep_instructions
        if prep_owner is not UNSET:
            field_dict["prepOwner"] = prep_owner

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.prep_instruction import PrepInstruction

        return (
            (
                ("labelOwner", "label_owner", False, ("enum", LabelOwner)),
                ("prepCategory", "prep_category", False, ("enum", PrepCategory)),
                (
                    "prepInstructions",
                    "prep_instructions",
                    False,
                    ("list", ("model", PrepInstruction)),
                ),
                ("prepOwner", "prep_owner", False, ("enum", PrepOwner)),
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
        _label_owner = d.pop("labelOwner", UNSET)
        label_owner = (
            UNSET
            if _label_owner is UNSET
            else (
                LabelOwner._value2member_map_.get(_label_owner)
                if _label_owner.__class__ is str
                else None
            )
            or LabelOwner(_label_owner)
        )

        _prep_category = d.pop("prepCategory", UNSET)
        prep_category = (
            UNSET
            if _prep_category is UNSET
            else (
                PrepCategory._value2member_map_.get(_prep_category)
                if _prep_category.__class__ is str
                else None
            )
            or PrepCategory(_prep_category)
        )

        _prep_instructions = d.pop("prepInstructions", UNSET)
        prep_instructions = (
            UNSET
            if _prep_instructions is UNSET
            else [PrepInstruction.from_dict(_item) for _item in _prep_instructions]
        )

        _prep_owner = d.pop("prepOwner", UNSET)
        prep_owner = (
            UNSET
            if _prep_owner is UNSET
            else (
                PrepOwner._value2member_map_.get(_prep_owner)
                if _prep_owner.__class__ is str
                else None
            )
            or PrepOwner(_prep_owner)
        )

        if cls is PrepDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.label_owner = label_owner
            _built.prep_category = prep_category
            _built.prep_instructions = prep_instructions
            _built.prep_owner = prep_owner
            _built._parse_notes = None
            prep_details = _built
        else:  # a subclass: its own __init__ runs
            prep_details = cls(
                label_owner=label_owner,
                prep_category=prep_category,
                prep_instructions=prep_instructions,
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
