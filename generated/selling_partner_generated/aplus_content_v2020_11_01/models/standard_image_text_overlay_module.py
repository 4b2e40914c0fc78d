from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.color_type import ColorType
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


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, StandardImageTextBlock
    from ..models.standard_image_text_block import StandardImageTextBlock

    _lazy_pending = False


T = TypeVar("T", bound="StandardImageTextOverlayModule")


@_attrs_define
class StandardImageTextOverlayModule:
    """
    Attributes:
        overlay_color_type (ColorType):
        block (StandardImageTextBlock | Unset):
    """

    overlay_color_type: ColorType
    block: StandardImageTextBlock | Unset = UNSET
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
        overlay_color_type = self.overlay_color_type.value

        block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.block, Unset):
            block = self.block.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "overlayColorType": overlay_color_type,
            }
        )
        if block is not UNSET:
            field_dict["block"] = block

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.standard_image_text_block import StandardImageTextBlock

        return (
            (
                ("overlayColorType", "overlay_color_type", True, ("enum", ColorType)),
                ("block", "block", False, ("model", StandardImageTextBlock)),
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
        _overlay_color_type = d.pop("overlayColorType")
        overlay_color_type = (
            ColorType._value2member_map_.get(_overlay_color_type)
            if _overlay_color_type.__class__ is str
            else None
        ) or ColorType(_overlay_color_type)

        _block = d.pop("block", UNSET)
        block = UNSET if _block is UNSET else StandardImageTextBlock.from_dict(_block)

        if cls is StandardImageTextOverlayModule:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.overlay_color_type = overlay_color_type
            _built.block = block
            _built._parse_notes = None
            standard_image_text_overlay_module = _built
        else:  # a subclass: its own __init__ runs
            standard_image_text_overlay_module = cls(
                overlay_color_type=overlay_color_type,
                block=block,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        standard_image_text_overlay_module.additional_properties = d or {}
        return standard_image_text_overlay_module

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
