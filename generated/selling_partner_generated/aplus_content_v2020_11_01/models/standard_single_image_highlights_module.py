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
    from ..models.image_component import ImageComponent
    from ..models.standard_header_text_list_block import StandardHeaderTextListBlock
    from ..models.standard_text_block import StandardTextBlock
    from ..models.text_component import TextComponent


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        ImageComponent, \
        StandardHeaderTextListBlock, \
        StandardTextBlock, \
        TextComponent
    from ..models.image_component import ImageComponent
    from ..models.standard_header_text_list_block import StandardHeaderTextListBlock
    from ..models.standard_text_block import StandardTextBlock
    from ..models.text_component import TextComponent

    _lazy_pending = False


T = TypeVar("T", bound="StandardSingleImageHighlightsModule")


@_attrs_define
class StandardSingleImageHighlightsModule:
    """
    Attributes:
        bulleted_list_block (StandardHeaderTextListBlock | Unset):
        headline (TextComponent | Unset):
        image (ImageComponent | Unset):
        text_block_1 (StandardTextBlock | Unset):
        text_block_2 (StandardTextBlock | Unset):
        text_block_3 (StandardTextBlock | Unset):
    """

    bulleted_list_block: StandardHeaderTextListBlock | Unset = UNSET
    headline: TextComponent | Unset = UNSET
    image: ImageComponent | Unset = UNSET
    text_block_1: StandardTextBlock | Unset = UNSET
    text_block_2: StandardTextBlock | Unset = UNSET
    text_block_3: StandardTextBlock | Unset = UNSET
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
        bulleted_list_block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bulleted_list_block, Unset):
            bulleted_list_block = self.bulleted_list_block.to_dict()

        headline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headline, Unset):
            headline = self.headline.to_dict()

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        text_block_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_block_1, Unset):
            text_block_1 = self.text_block_1.to_dict()

        text_block_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_block_2, Unset):
            text_block_2 = self.text_block_2.to_dict()

        text_block_3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_block_3, Unset):
            text_block_3 = self.text_block_3.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bulleted_list_block is not UNSET:
            field_dict["bulletedListBlock"] = bulleted_list_block
        if headline is not UNSET:
            field_dict["headline"] = headline
        if image is not UNSET:
            field_dict["image"] = image
        if text_block_1 is not UNSET:
            field_dict["textBlock1"] = text_block_1
        if text_block_2 is not UNSET:
            field_dict["textBlock2"] = text_block_2
        if text_block_3 is not UNSET:
            field_dict["textBlock3"] = text_block_3

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.image_component import ImageComponent
        from ..models.standard_header_text_list_block import StandardHeaderTextListBlock
        from ..models.standard_text_block import StandardTextBlock
        from ..models.text_component import TextComponent

        return (
            (
                (
                    "bulletedListBlock",
                    "bulleted_list_block",
                    False,
                    ("model", StandardHeaderTextListBlock),
                ),
                ("headline", "headline", False, ("model", TextComponent)),
                ("image", "image", False, ("model", ImageComponent)),
                ("textBlock1", "text_block_1", False, ("model", StandardTextBlock)),
                ("textBlock2", "text_block_2", False, ("model", StandardTextBlock)),
                ("textBlock3", "text_block_3", False, ("model", StandardTextBlock)),
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
        _bulleted_list_block = d.pop("bulletedListBlock", UNSET)
        bulleted_list_block = (
            UNSET
            if _bulleted_list_block is UNSET
            else StandardHeaderTextListBlock.from_dict(_bulleted_list_block)
        )

        _headline = d.pop("headline", UNSET)
        headline = UNSET if _headline is UNSET else TextComponent.from_dict(_headline)

        _image = d.pop("image", UNSET)
        image = UNSET if _image is UNSET else ImageComponent.from_dict(_image)

        _text_block_1 = d.pop("textBlock1", UNSET)
        text_block_1 = (
            UNSET
            if _text_block_1 is UNSET
            else StandardTextBlock.from_dict(_text_block_1)
        )

        _text_block_2 = d.pop("textBlock2", UNSET)
        text_block_2 = (
            UNSET
            if _text_block_2 is UNSET
            else StandardTextBlock.from_dict(_text_block_2)
        )

        _text_block_3 = d.pop("textBlock3", UNSET)
        text_block_3 = (
            UNSET
            if _text_block_3 is UNSET
            else StandardTextBlock.from_dict(_text_block_3)
        )

        if cls is StandardSingleImageHighlightsModule:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.bulleted_list_block = bulleted_list_block
            _built.headline = headline
            _built.image = image
            _built.text_block_1 = text_block_1
            _built.text_block_2 = text_block_2
            _built.text_block_3 = text_block_3
            _built._parse_notes = None
            standard_single_image_highlights_module = _built
        else:  # a subclass: its own __init__ runs
            standard_single_image_highlights_module = cls(
                bulleted_list_block=bulleted_list_block,
                headline=headline,
                image=image,
                text_block_1=text_block_1,
                text_block_2=text_block_2,
                text_block_3=text_block_3,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        standard_single_image_highlights_module.additional_properties = d or {}
        return standard_single_image_highlights_module

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
