from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.standard_image_text_block import StandardImageTextBlock


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, StandardImageTextBlock
    from ..models.standard_image_text_block import StandardImageTextBlock

    _lazy_pending = False


T = TypeVar("T", bound="StandardFourImageTextQuadrantModule")


@_attrs_define
class StandardFourImageTextQuadrantModule:
    """
    Attributes:
        block1 (StandardImageTextBlock):
        block2 (StandardImageTextBlock):
        block3 (StandardImageTextBlock):
        block4 (StandardImageTextBlock):
    """

    block1: StandardImageTextBlock
    block2: StandardImageTextBlock
    block3: StandardImageTextBlock
    block4: StandardImageTextBlock
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
        block1 = self.block1.to_dict()

        block2 = self.block2.to_dict()

        block3 = self.block3.to_dict()

        block4 = self.block4.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "block1": block1,
                "block2": block2,
                "block3": block3,
                "block4": block4,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.standard_image_text_block import StandardImageTextBlock

        return (
            (
                ("block1", "block1", True, ("model", StandardImageTextBlock)),
                ("block2", "block2", True, ("model", StandardImageTextBlock)),
                ("block3", "block3", True, ("model", StandardImageTextBlock)),
                ("block4", "block4", True, ("model", StandardImageTextBlock)),
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
        block1 = StandardImageTextBlock.from_dict(d.pop("block1"))

        block2 = StandardImageTextBlock.from_dict(d.pop("block2"))

        block3 = StandardImageTextBlock.from_dict(d.pop("block3"))

        block4 = StandardImageTextBlock.from_dict(d.pop("block4"))

        if cls is StandardFourImageTextQuadrantModule:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.block1 = block1
            _built.block2 = block2
            _built.block3 = block3
            _built.block4 = block4
            _built._parse_notes = None
            standard_four_image_text_quadrant_module = _built
        else:  # a subclass: its own __init__ runs
            standard_four_image_text_quadrant_module = cls(
                block1=block1,
                block2=block2,
                block3=block3,
                block4=block4,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        standard_four_image_text_quadrant_module.additional_properties = d or {}
        return standard_four_image_text_quadrant_module

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
