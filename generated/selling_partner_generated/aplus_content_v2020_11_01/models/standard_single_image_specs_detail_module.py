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


T = TypeVar("T", bound="StandardSingleImageSpecsDetailModule")


@_attrs_define
class StandardSingleImageSpecsDetailModule:
    """
    Attributes:
        description_block_1 (StandardTextBlock | Unset):
        description_block_2 (StandardTextBlock | Unset):
        description_headline (TextComponent | Unset):
        headline (TextComponent | Unset):
        image (ImageComponent | Unset):
        specification_headline (TextComponent | Unset):
        specification_list_block (StandardHeaderTextListBlock | Unset):
        specification_text_block (StandardTextBlock | Unset):
    """

    description_block_1: StandardTextBlock | Unset = UNSET
    description_block_2: StandardTextBlock | Unset = UNSET
    description_headline: TextComponent | Unset = UNSET
    headline: TextComponent | Unset = UNSET
    image: ImageComponent | Unset = UNSET
    specification_headline: TextComponent | Unset = UNSET
    specification_list_block: StandardHeaderTextListBlock | Unset = UNSET
    specification_text_block: StandardTextBlock | Unset = UNSET
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
        description_block_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description_block_1, Unset):
            description_block_1 = self.description_block_1.to_dict()

        description_block_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description_block_2, Unset):
            description_block_2 = self.description_block_2.to_dict()

        description_headline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description_headline, Unset):
            description_headline = self.description_headline.to_dict()

        headline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headline, Unset):
            headline = self.headline.to_dict()

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        specification_headline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.specification_headline, Unset):
            specification_headline = self.specification_headline.to_dict()

        specification_list_block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.specification_list_block, Unset):
            specification_list_block = self.specification_list_block.to_dict()

        specification_text_block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.specification_text_block, Unset):
            specification_text_block = self.specification_text_block.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description_block_1 is not UNSET:
            field_dict["descriptionBlock1"] = description_block_1
        if description_block_2 is not UNSET:
            field_dict["descriptionBlock2"] = description_block_2
        if description_headline is not UNSET:
            field_dict["descriptionHeadline"] = description_headline
        if headline is not UNSET:
            field_dict["headline"] = headline
        if image is not UNSET:
            field_dict["image"] = image
        if specification_headline is not UNSET:
            field_dict["specificationHeadline"] = specification_headline
        if specification_list_block is not UNSET:
            field_dict["specificationListBlock"] = specification_list_block
        if specification_text_block is not UNSET:
            field_dict["specificationTextBlock"] = specification_text_block

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
                    "descriptionBlock1",
                    "description_block_1",
                    False,
                    ("model", StandardTextBlock),
                ),
                (
                    "descriptionBlock2",
                    "description_block_2",
                    False,
                    ("model", StandardTextBlock),
                ),
                (
                    "descriptionHeadline",
                    "description_headline",
                    False,
                    ("model", TextComponent),
                ),
                ("headline", "headline", False, ("model", TextComponent)),
                ("image", "image", False, ("model", ImageComponent)),
                (
                    "specificationHeadline",
                    "specification_headline",
                    False,
                    ("model", TextComponent),
                ),
                (
                    "specificationListBlock",
                    "specification_list_block",
                    False,
                    ("model", StandardHeaderTextListBlock),
                ),
                (
                    "specificationTextBlock",
                    "specification_text_block",
                    False,
                    ("model", StandardTextBlock),
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
        _description_block_1 = d.pop("descriptionBlock1", UNSET)
        description_block_1 = (
            UNSET
            if _description_block_1 is UNSET
            else StandardTextBlock.from_dict(_description_block_1)
        )

        _description_block_2 = d.pop("descriptionBlock2", UNSET)
        description_block_2 = (
            UNSET
            if _description_block_2 is UNSET
            else StandardTextBlock.from_dict(_description_block_2)
        )

        _description_headline = d.pop("descriptionHeadline", UNSET)
        description_headline = (
            UNSET
            if _description_headline is UNSET
            else TextComponent.from_dict(_description_headline)
        )

        _headline = d.pop("headline", UNSET)
        headline = UNSET if _headline is UNSET else TextComponent.from_dict(_headline)

        _image = d.pop("image", UNSET)
        image = UNSET if _image is UNSET else ImageComponent.from_dict(_image)

        _specification_headline = d.pop("specificationHeadline", UNSET)
        specification_headline = (
            UNSET
            if _specification_headline is UNSET
            else TextComponent.from_dict(_specification_headline)
        )

        _specification_list_block = d.pop("specificationListBlock", UNSET)
        specification_list_block = (
            UNSET
            if _specification_list_block is UNSET
            else StandardHeaderTextListBlock.from_dict(_specification_list_block)
        )

        _specification_text_block = d.pop("specificationTextBlock", UNSET)
        specification_text_block = (
            UNSET
            if _specification_text_block is UNSET
            else StandardTextBlock.from_dict(_specification_text_block)
        )

        if cls is StandardSingleImageSpecsDetailModule:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.description_block_1 = description_block_1
            _built.description_block_2 = description_block_2
            _built.description_headline = description_headline
            _built.headline = headline
            _built.image = image
            _built.specification_headline = specification_headline
            _built.specification_list_block = specification_list_block
            _built.specification_text_block = specification_text_block
            _built._parse_notes = None
            standard_single_image_specs_detail_module = _built
        else:  # a subclass: its own __init__ runs
            standard_single_image_specs_detail_module = cls(
                description_block_1=description_block_1,
                description_block_2=description_block_2,
                description_headline=description_headline,
                headline=headline,
                image=image,
                specification_headline=specification_headline,
                specification_list_block=specification_list_block,
                specification_text_block=specification_text_block,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        standard_single_image_specs_detail_module.additional_properties = d or {}
        return standard_single_image_specs_detail_module

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
