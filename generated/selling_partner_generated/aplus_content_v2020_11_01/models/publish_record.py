from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_type import ContentType
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asin = d.pop("asin")

        content_reference_key = d.pop("contentReferenceKey")

        content_type = ContentType(d.pop("contentType"))

        locale = d.pop("locale")

        marketplace_id = d.pop("marketplaceId")

        content_sub_type = d.pop("contentSubType", UNSET)

        publish_record = cls(
            asin=asin,
            content_reference_key=content_reference_key,
            content_type=content_type,
            locale=locale,
            marketplace_id=marketplace_id,
            content_sub_type=content_sub_type,
        )

        publish_record.additional_properties = d
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
