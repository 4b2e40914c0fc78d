from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_image_variant import ItemImageVariant

T = TypeVar("T", bound="ItemImage")


@_attrs_define
class ItemImage:
    """
    Attributes:
        height (int):
        link (str):
        variant (ItemImageVariant):
        width (int):
    """

    height: int
    link: str
    variant: ItemImageVariant
    width: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        link = self.link

        variant = self.variant.value

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "height": height,
                "link": link,
                "variant": variant,
                "width": width,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        height = d.pop("height")

        link = d.pop("link")

        variant = ItemImageVariant(d.pop("variant"))

        width = d.pop("width")

        item_image = cls(
            height=height,
            link=link,
            variant=variant,
            width=width,
        )

        item_image.additional_properties = d
        return item_image

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
