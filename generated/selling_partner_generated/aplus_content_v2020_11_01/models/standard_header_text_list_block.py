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
    from ..models.standard_text_list_block import StandardTextListBlock
    from ..models.text_component import TextComponent


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, StandardTextListBlock, TextComponent
    from ..models.standard_text_list_block import StandardTextListBlock
    from ..models.text_component import TextComponent

    _lazy_pending = False


T = TypeVar("T", bound="StandardHeaderTextListBlock")


@_attrs_define
class StandardHeaderTextListBlock:
    """
    Attributes:
        block (StandardTextListBlock | Unset):
        headline (TextComponent | Unset):
    """

    block: StandardTextListBlock | Unset = UNSET
    headline: TextComponent | Unset = UNSET
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
        block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.block, Unset):
            block = self.block.to_dict()

        headline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headline, Unset):
            headline = self.headline.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if block is not UNSET:
            field_dict["block"] = block
        if headline is not UNSET:
            field_dict["headline"] = headline

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.standard_text_list_block import StandardTextListBlock
        from ..models.text_component import TextComponent

        return (
            (
                ("block", "block", False, ("model", StandardTextListBlock)),
                ("headline", "headline", False, ("model", TextComponent)),
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
        _block = d.pop("block", UNSET)
        block = UNSET if _block is UNSET else StandardTextListBlock.from_dict(_block)

        _headline = d.pop("headline", UNSET)
        headline = UNSET if _headline is UNSET else TextComponent.from_dict(_headline)

        if cls is StandardHeaderTextListBlock:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.block = block
            _built.headline = headline
            _built._parse_notes = None
            standard_header_text_list_block = _built
        else:  # a subclass: its own __init__ runs
            standard_header_text_list_block = cls(
                block=block,
                headline=headline,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        standard_header_text_list_block.additional_properties = d or {}
        return standard_header_text_list_block

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
