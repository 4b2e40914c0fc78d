from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_type import ContentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_module import ContentModule


T = TypeVar("T", bound="ContentDocument")


@_attrs_define
class ContentDocument:
    """
    Attributes:
        content_module_list (list[ContentModule]):
        content_type (ContentType):
        locale (str):
        name (str):
        content_sub_type (str | Unset):
    """

    content_module_list: list[ContentModule]
    content_type: ContentType
    locale: str
    name: str
    content_sub_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_module_list = []
        for componentsschemas_content_module_list_item_data in self.content_module_list:
            componentsschemas_content_module_list_item = (
                componentsschemas_content_module_list_item_data.to_dict()
            )
            content_module_list.append(componentsschemas_content_module_list_item)

        content_type = self.content_type.value

        locale = self.locale

        name = self.name

        content_sub_type = self.content_sub_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contentModuleList": content_module_list,
                "contentType": content_type,
                "locale": locale,
                "name": name,
            }
        )
        if content_sub_type is not UNSET:
            field_dict["contentSubType"] = content_sub_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.content_module import ContentModule

        d = dict(src_dict)
        content_module_list = []
        _content_module_list = d.pop("contentModuleList")
        for componentsschemas_content_module_list_item_data in _content_module_list:
            componentsschemas_content_module_list_item = ContentModule.from_dict(
                componentsschemas_content_module_list_item_data
            )

            content_module_list.append(componentsschemas_content_module_list_item)

        content_type = ContentType(d.pop("contentType"))

        locale = d.pop("locale")

        name = d.pop("name")

        content_sub_type = d.pop("contentSubType", UNSET)

        content_document = cls(
            content_module_list=content_module_list,
            content_type=content_type,
            locale=locale,
            name=name,
            content_sub_type=content_sub_type,
        )

        content_document.additional_properties = d
        return content_document

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
