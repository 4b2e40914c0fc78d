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
    from ..models.paragraph_component import ParagraphComponent
    from ..models.text_component import TextComponent


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ImageComponent, ParagraphComponent, TextComponent
    from ..models.image_component import ImageComponent
    from ..models.paragraph_component import ParagraphComponent
    from ..models.text_component import TextComponent

    _lazy_pending = False


T = TypeVar("T", bound="StandardImageTextBlock")


@_attrs_define
class StandardImageTextBlock:
    """
    Attributes:
        body (ParagraphComponent | Unset):
        headline (TextComponent | Unset):
        image (ImageComponent | Unset):
    """

    body: ParagraphComponent | Unset = UNSET
    headline: TextComponent | Unset = UNSET
    image: ImageComponent | Unset = UNSET
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
        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        headline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headline, Unset):
            headline = self.headline.to_dict()

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if headline is not UNSET:
            field_dict["headline"] = headline
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.image_component import ImageComponent
        from ..models.paragraph_component import ParagraphComponent
        from ..models.text_component import TextComponent

        return (
            (
                ("body", "body", False, ("model", ParagraphComponent)),
                ("headline", "headline", False, ("model", TextComponent)),
                ("image", "image", False, ("model", ImageComponent)),
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
        _body = d.pop("body", UNSET)
        body = UNSET if _body is UNSET else ParagraphComponent.from_dict(_body)

        _headline = d.pop("headline", UNSET)
        headline = UNSET if _headline is UNSET else TextComponent.from_dict(_headline)

        _image = d.pop("image", UNSET)
        image = UNSET if _image is UNSET else ImageComponent.from_dict(_image)

        if cls is StandardImageTextBlock:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.body = body
            _built.headline = headline
            _built.image = image
            _built._parse_notes = None
            standard_image_text_block = _built
        else:  # a subclass: its own __init__ runs
            standard_image_text_block = cls(
                body=body,
                headline=headline,
                image=image,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        standard_image_text_block.additional_properties = d or {}
        return standard_image_text_block

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
