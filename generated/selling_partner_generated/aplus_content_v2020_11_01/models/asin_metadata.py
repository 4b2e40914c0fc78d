from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asin_badge import AsinBadge
from ..types import (
    FAST,
    READER,
    UNSET,
    DeviationError,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

T = TypeVar("T", bound="AsinMetadata")


@_attrs_define
class AsinMetadata:
    """
    Attributes:
        asin (str):
        badge_set (list[AsinBadge] | Unset):
        content_reference_key_set (list[str] | Unset):
        image_url (str | Unset):
        parent (str | Unset):
        title (str | Unset):
    """

    asin: str
    badge_set: list[AsinBadge] | Unset = UNSET
    content_reference_key_set: list[str] | Unset = UNSET
    image_url: str | Unset = UNSET
    parent: str | Unset = UNSET
    title: str | Unset = UNSET
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
        asin = self.asin

        badge_set: list[str] | Unset = UNSET
        if not isinstance(self.badge_set, Unset):
            badge_set = []
            for componentsschemas_asin_badge_set_item_data in self.badge_set:
                componentsschemas_asin_badge_set_item = (
                    componentsschemas_asin_badge_set_item_data.value
                )
                badge_set.append(componentsschemas_asin_badge_set_item)

        content_reference_key_set: list[str] | Unset = UNSET
        if not isinstance(self.content_reference_key_set, Unset):
            content_reference_key_set = self.content_reference_key_set

        image_url = self.image_url

        parent = self.parent

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asin": asin,
            }
        )
        if badge_set is not UNSET:
            field_dict["badgeSet"] = badge_set
        if content_reference_key_set is not UNSET:
            field_dict["contentReferenceKeySet"] = content_reference_key_set
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if parent is not UNSET:
            field_dict["parent"] = parent
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("asin", "asin", True, ("str",)),
                ("badgeSet", "badge_set", False, ("list", ("enum", AsinBadge))),
                (
                    "contentReferenceKeySet",
                    "content_reference_key_set",
                    False,
                    ("list", ("str",)),
                ),
                ("imageUrl", "image_url", False, ("str",)),
                ("parent", "parent", False, ("str",)),
                ("title", "title", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        asin = d.pop("asin")

        if _reader is not None and asin.__class__ is not str:
            raise DeviationError("asin")

        _badge_set = d.pop("badgeSet", UNSET)
        badge_set = (
            UNSET
            if _badge_set is UNSET
            else [
                (
                    AsinBadge._value2member_map_.get(_item)
                    if _item.__class__ is str
                    else None
                )
                or AsinBadge(_item)
                for _item in _badge_set
            ]
        )

        content_reference_key_set = d.pop("contentReferenceKeySet", UNSET)

        if (
            _reader is not None
            and content_reference_key_set.__class__ is not list
            and content_reference_key_set is not UNSET
        ):
            raise DeviationError("contentReferenceKeySet")

        image_url = d.pop("imageUrl", UNSET)

        if (
            _reader is not None
            and image_url.__class__ is not str
            and image_url is not UNSET
        ):
            raise DeviationError("imageUrl")

        parent = d.pop("parent", UNSET)

        if _reader is not None and parent.__class__ is not str and parent is not UNSET:
            raise DeviationError("parent")

        title = d.pop("title", UNSET)

        if _reader is not None and title.__class__ is not str and title is not UNSET:
            raise DeviationError("title")

        if cls is AsinMetadata:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.badge_set = badge_set
            _built.content_reference_key_set = content_reference_key_set
            _built.image_url = image_url
            _built.parent = parent
            _built.title = title
            _built._parse_notes = None
            asin_metadata = _built
        else:  # a subclass: its own __init__ runs
            asin_metadata = cls(
                asin=asin,
                badge_set=badge_set,
                content_reference_key_set=content_reference_key_set,
                image_url=image_url,
                parent=parent,
                title=title,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        asin_metadata.additional_properties = d or {}
        return asin_metadata

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
