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
    from ..models.standard_image_text_block import StandardImageTextBlock
    from ..models.text_component import TextComponent


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, StandardImageTextBlock, TextComponent
    from ..models.standard_image_text_block import StandardImageTextBlock
    from ..models.text_component import TextComponent

    _lazy_pending = False


T = TypeVar("T", bound="StandardFourImageTextModule")


@_attrs_define
class StandardFourImageTextModule:
    """
    Attributes:
        block1 (StandardImageTextBlock | Unset):
        block2 (StandardImageTextBlock | Unset):
        block3 (StandardImageTextBlock | Unset):
        block4 (StandardImageTextBlock | Unset):
        headline (TextComponent | Unset):
    """

    block1: StandardImageTextBlock | Unset = UNSET
    block2: StandardImageTextBlock | Unset = UNSET
    block3: StandardImageTextBlock | Unset = UNSET
    block4: StandardImageTextBlock | Unset = UNSET
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
        block1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.block1, Unset):
            block1 = self.block1.to_dict()

        block2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.block2, Unset):
            block2 = self.block2.to_dict()

        block3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.block3, Unset):
            block3 = self.block3.to_dict()

        block4: dict[str, Any] | Unset = UNSET
        if not isinstance(self.block4, Unset):
            block4 = self.block4.to_dict()

        headline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headline, Unset):
            headline = self.headline.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if block1 is not UNSET:
            field_dict["block1"] = block1
        if block2 is not UNSET:
            field_dict["block2"] = block2
        if block3 is not UNSET:
            field_dict["block3"] = block3
        if block4 is not UNSET:
            field_dict["block4"] = block4
        if headline is not UNSET:
            field_dict["headline"] = headline

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.standard_image_text_block import StandardImageTextBlock
        from ..models.text_component import TextComponent

        return (
            (
                ("block1", "block1", False, ("model", StandardImageTextBlock)),
                ("block2", "block2", False, ("model", StandardImageTextBlock)),
                ("block3", "block3", False, ("model", StandardImageTextBlock)),
                ("block4", "block4", False, ("model", StandardImageTextBlock)),
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
        _block1 = d.pop("block1", UNSET)
        block1 = (
            UNSET if _block1 is UNSET else StandardImageTextBlock.from_dict(_block1)
        )

        _block2 = d.pop("block2", UNSET)
        block2 = (
            UNSET if _block2 is UNSET else StandardImageTextBlock.from_dict(_block2)
        )

        _block3 = d.pop("block3", UNSET)
        block3 = (
            UNSET if _block3 is UNSET else StandardImageTextBlock.from_dict(_block3)
        )

        _block4 = d.pop("block4", UNSET)
        block4 = (
            UNSET if _block4 is UNSET else StandardImageTextBlock.from_dict(_block4)
        )

        _headline = d.pop("headline", UNSET)
        headline = UNSET if _headline is UNSET else TextComponent.from_dict(_headline)

        if cls is StandardFourImageTextModule:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.block1 = block1
            _built.block2 = block2
            _built.block3 = block3
            _built.block4 = block4
            _built.headline = headline
            _built._parse_notes = None
            standard_four_image_text_module = _built
        else:  # a subclass: its own __init__ runs
            standard_four_image_text_module = cls(
                block1=block1,
                block2=block2,
                block3=block3,
                block4=block4,
                headline=headline,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        standard_four_image_text_module.additional_properties = d or {}
        return standard_four_image_text_module

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
