from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.standard_text_pair_block import StandardTextPairBlock
    from ..models.text_component import TextComponent


T = TypeVar("T", bound="StandardTechSpecsModule")


@_attrs_define
class StandardTechSpecsModule:
    """
    Attributes:
        specification_list (list[StandardTextPairBlock]):
        headline (TextComponent | Unset):
        table_count (int | Unset):
    """

    specification_list: list[StandardTextPairBlock]
    headline: TextComponent | Unset = UNSET
    table_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        specification_list = []
        for specification_list_item_data in self.specification_list:
            specification_list_item = specification_list_item_data.to_dict()
            specification_list.append(specification_list_item)

        headline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headline, Unset):
            headline = self.headline.to_dict()

        table_count = self.table_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "specificationList": specification_list,
            }
        )
        if headline is not UNSET:
            field_dict["headline"] = headline
        if table_count is not UNSET:
            field_dict["tableCount"] = table_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.standard_text_pair_block import StandardTextPairBlock
        from ..models.text_component import TextComponent

        d = dict(src_dict)
        specification_list = []
        _specification_list = d.pop("specificationList")
        for specification_list_item_data in _specification_list:
            specification_list_item = StandardTextPairBlock.from_dict(
                specification_list_item_data
            )

            specification_list.append(specification_list_item)

        _headline = d.pop("headline", UNSET)
        headline: TextComponent | Unset
        if isinstance(_headline, Unset):
            headline = UNSET
        else:
            headline = TextComponent.from_dict(_headline)

        table_count = d.pop("tableCount", UNSET)

        standard_tech_specs_module = cls(
            specification_list=specification_list,
            headline=headline,
            table_count=table_count,
        )

        standard_tech_specs_module.additional_properties = d
        return standard_tech_specs_module

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
