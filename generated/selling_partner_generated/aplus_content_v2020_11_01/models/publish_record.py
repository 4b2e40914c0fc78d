from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_type import ContentType
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

T = TypeVar("T", bound="PublishRecord")


@_attrs_define
class PublishRecord:
    """
    Attributes:
        asin (str):
        content_reference_key (str):
        content_type (ContentType):
        locale (str):
        marketplace_id (str):
        content_sub_type (str | Unset):
    """

    asin: str
    content_reference_key: str
    content_type: ContentType
    locale: str
    marketplace_id: str
    content_sub_type: str | Unset = UNSET
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

        content_reference_key = self.content_reference_key

        content_type = self.content_type.value

        locale = self.locale

        marketplace_id = self.marketplace_id

        content_sub_type = self.content_sub_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asin": asin,
                "contentReferenceKey": content_reference_key,
                "contentType": content_type,
                "locale": locale,
                "marketplaceId": marketplace_id,
            }
        )
        if content_sub_type is not UNSET:
            field_dict["contentSubType"] = content_sub_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("asin", "asin", True, ("str",)),
                ("contentReferenceKey", "content_reference_key", True, ("str",)),
                ("contentType", "content_type", True, ("enum", ContentType)),
                ("locale", "locale", True, ("str",)),
                ("marketplaceId", "marketplace_id", True, ("str",)),
                ("contentSubType", "content_sub_type", False, ("str",)),
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

        content_reference_key = d.pop("contentReferenceKey")

        if _reader is not None and content_reference_key.__class__ is not str:
            raise DeviationError("contentReferenceKey")

        _content_type = d.pop("contentType")
        content_type = (
            ContentType._value2member_map_.get(_content_type)
            if _content_type.__class__ is str
            else None
        ) or ContentType(_content_type)

        locale = d.pop("locale")

        if _reader is not None and locale.__class__ is not str:
            raise DeviationError("locale")

        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        content_sub_type = d.pop("contentSubType", UNSET)

        if (
            _reader is not None
            and content_sub_type.__class__ is not str
            and content_sub_type is not UNSET
        ):
            raise DeviationError("contentSubType")

        if cls is PublishRecord:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.content_reference_key = content_reference_key
            _built.content_type = content_type
            _built.locale = locale
            _built.marketplace_id = marketplace_id
            _built.content_sub_type = content_sub_type
            _built._parse_notes = None
            publish_record = _built
        else:  # a subclass: its own __init__ runs
            publish_record = cls(
                asin=asin,
                content_reference_key=content_reference_key,
                content_type=content_type,
                locale=locale,
                marketplace_id=marketplace_id,
                content_sub_type=content_sub_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        publish_record.additional_properties = d or {}
        return publish_record

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
