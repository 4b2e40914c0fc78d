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
    from ..models.standard_image_caption_block import StandardImageCaptionBlock
    from ..models.standard_image_text_block import StandardImageTextBlock
    from ..models.standard_text_block import StandardTextBlock
    from ..models.standard_text_list_block import StandardTextListBlock
    from ..models.text_component import TextComponent


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        StandardImageCaptionBlock, \
        StandardImageTextBlock, \
        StandardTextBlock, \
        StandardTextListBlock, \
        TextComponent
    from ..models.standard_image_caption_block import StandardImageCaptionBlock
    from ..models.standard_image_text_block import StandardImageTextBlock
    from ..models.standard_text_block import StandardTextBlock
    from ..models.standard_text_list_block import StandardTextListBlock
    from ..models.text_component import TextComponent

    _lazy_pending = False


T = TypeVar("T", bound="StandardImageSidebarModule")


@_attrs_define
class StandardImageSidebarModule:
    """
    Attributes:
        description_list_block (StandardTextListBlock | Unset):
        description_text_block (StandardTextBlock | Unset):
        headline (TextComponent | Unset):
        image_caption_block (StandardImageCaptionBlock | Unset):
        sidebar_image_text_block (StandardImageTextBlock | Unset):
        sidebar_list_block (StandardTextListBlock | Unset):
    """

    description_list_block: StandardTextListBlock | Unset = UNSET
    description_text_block: StandardTextBlock | Unset = UNSET
    headline: TextComponent | Unset = UNSET
    image_caption_block: StandardImageCaptionBlock | Unset = UNSET
    sidebar_image_text_block: StandardImageTextBlock | Unset = UNSET
    sidebar_list_block: StandardTextListBlock | Unset = UNSET
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
        description_list_block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description_list_block, Unset):
            description_list_block = self.description_list_block.to_dict()

        description_text_block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description_text_block, Unset):
            description_text_block = self.description_text_block.to_dict()

        headline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headline, Unset):
            headline = self.headline.to_dict()

        image_caption_block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_caption_block, Unset):
            image_caption_block = self.image_caption_block.to_dict()

        sidebar_image_text_block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sidebar_image_text_block, Unset):
            sidebar_image_text_block = self.sidebar_image_text_block.to_dict()

        sidebar_list_block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sidebar_list_block, Unset):
            sidebar_list_block = self.sidebar_list_block.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description_list_block is not UNSET:
            field_dict["descriptionListBlock"] = description_list_block
        if description_text_block is not UNSET:
            field_dict["descriptionTextBlock"] = description_text_block
        if headline is not UNSET:
            field_dict["headline"] = headline
        if image_caption_block is not UNSET:
            field_dict["imageCaptionBlock"] = image_caption_block
        if sidebar_image_text_block is not UNSET:
            field_dict["sidebarImageTextBlock"] = sidebar_image_text_block
        if sidebar_list_block is not UNSET:
            field_dict["sidebarListBlock"] = sidebar_list_block

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.standard_image_caption_block import StandardImageCaptionBlock
        from ..models.standard_image_text_block import StandardImageTextBlock
        from ..models.standard_text_block import StandardTextBlock
        from ..models.standard_text_list_block import StandardTextListBlock
        from ..models.text_component import TextComponent

        return (
            (
                (
                    "descriptionListBlock",
                    "description_list_block",
                    False,
                    ("model", StandardTextListBlock),
                ),
                (
                    "descriptionTextBlock",
                    "description_text_block",
                    False,
                    ("model", StandardTextBlock),
                ),
                ("headline", "headline", False, ("model", TextComponent)),
                (
                    "imageCaptionBlock",
                    "image_caption_block",
                    False,
                    ("model", StandardImageCaptionBlock),
                ),
                (
                    "sidebarImageTextBlock",
                    "sidebar_image_text_block",
                    False,
                    ("model", StandardImageTextBlock),
                ),
                (
                    "sidebarListBlock",
                    "sidebar_list_block",
                    False,
                    ("model", StandardTextListBlock),
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
        _description_list_block = d.pop("descriptionListBlock", UNSET)
        description_list_block = (
            UNSET
            if _description_list_block is UNSET
            else StandardTextListBlock.from_dict(_description_list_block)
        )

        _description_text_block = d.pop("descriptionTextBlock", UNSET)
        description_text_block = (
            UNSET
            if _description_text_block is UNSET
            else StandardTextBlock.from_dict(_description_text_block)
        )

        _headline = d.pop("headline", UNSET)
        headline = UNSET if _headline is UNSET else TextComponent.from_dict(_headline)

        _image_caption_block = d.pop("imageCaptionBlock", UNSET)
        image_caption_block = (
            UNSET
            if _image_caption_block is UNSET
            else StandardImageCaptionBlock.from_dict(_image_caption_block)
        )

        _sidebar_image_text_block = d.pop("sidebarImageTextBlock", UNSET)
        sidebar_image_text_block = (
            UNSET
            if _sidebar_image_text_block is UNSET
            else StandardImageTextBlock.from_dict(_sidebar_image_text_block)
        )

        _sidebar_list_block = d.pop("sidebarListBlock", UNSET)
        sidebar_list_block = (
            UNSET
            if _sidebar_list_block is UNSET
            else StandardTextListBlock.from_dict(_sidebar_list_block)
        )

        if cls is StandardImageSidebarModule:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.description_list_block = description_list_block
            _built.description_text_block = description_text_block
            _built.headline = headline
            _built.image_caption_block = image_caption_block
            _built.sidebar_image_text_block = sidebar_image_text_block
            _built.sidebar_list_block = sidebar_list_block
            _built._parse_notes = None
            standard_image_sidebar_module = _built
        else:  # a subclass: its own __init__ runs
            standard_image_sidebar_module = cls(
                description_list_block=description_list_block,
                description_text_block=description_text_block,
                headline=headline,
                image_caption_block=image_caption_block,
                sidebar_image_text_block=sidebar_image_text_block,
                sidebar_list_block=sidebar_list_block,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        standard_image_sidebar_module.additional_properties = d or {}
        return standard_image_sidebar_module

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
