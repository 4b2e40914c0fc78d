from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.text_component import TextComponent


T = TypeVar("T", bound="ParagraphComponent")


@_attrs_define
class ParagraphComponent:
    """
    Attributes:
        text_list (list[TextComponent]):
    """

    text_list: list[TextComponent]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_list = []
        for text_list_item_data in self.text_list:
            text_list_item = text_list_item_data.to_dict()
            text_list.append(text_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "textList": text_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.text_component import TextComponent

        d = dict(src_dict)
        text_list = []
        _text_list = d.pop("textList")
        for text_list_item_data in _text_list:
            text_list_item = TextComponent.from_dict(text_list_item_data)

            text_list.append(text_list_item)

        paragraph_component = cls(
            text_list=text_list,
        )

        paragraph_component.additional_properties = d
        return paragraph_component

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
