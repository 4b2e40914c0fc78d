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
    from ..models.gift_option import GiftOption
    from ..models.serial_number_requirement import SerialNumberRequirement


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, GiftOption, SerialNumberRequirement
    from ..models.gift_option import GiftOption
    from ..models.serial_number_requirement import SerialNumberRequirement

    _lazy_pending = False


T = TypeVar("T", bound="ItemPacking")


@_attrs_define
class ItemPacking:
    """
    Attributes:
        gift_option (GiftOption | Unset):
        serial_number_requirement (SerialNumberRequirement | Unset):
    """

    gift_option: GiftOption | Unset = UNSET
    serial_number_requirement: SerialNumberRequirement | Unset = UNSET
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
        gift_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gift_option, Unset):
            gift_option = self.gift_option.to_dict()

        serial_number_requirement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.serial_number_requirement, Unset):
            serial_number_requirement = self.serial_number_requirement.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gift_option is not UNSET:
            field_dict["giftOption"] = gift_option
        if serial_number_requirement is not UNSET:
            field_dict["serialNumberRequirement"] = serial_number_requirement

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.gift_option import GiftOption
        from ..models.serial_number_requirement import SerialNumberRequirement

        return (
            (
                ("giftOption", "gift_option", False, ("model", GiftOption)),
                (
                    "serialNumberRequirement",
                    "serial_number_requirement",
                    False,
                    ("model", SerialNumberRequirement),
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
        _gift_option = d.pop("giftOption", UNSET)
        gift_option = (
            UNSET if _gift_option is UNSET else GiftOption.from_dict(_gift_option)
        )

        _serial_number_requirement = d.pop("serialNumberRequirement", UNSET)
        serial_number_requirement = (
            UNSET
            if _serial_number_requirement is UNSET
            else SerialNumberRequirement.from_dict(_serial_number_requirement)
        )

        if cls is ItemPacking:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.gift_option = gift_option
            _built.serial_number_requirement = serial_number_requirement
            _built._parse_notes = None
            item_packing = _built
        else:  # a subclass: its own __init__ runs
            item_packing = cls(
                gift_option=gift_option,
                serial_number_requirement=serial_number_requirement,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_packing.additional_properties = d or {}
        return item_packing

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
