from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemBrowseClassification")


@_attrs_define
class ItemBrowseClassification:
    """
    Attributes:
        classification_id (str):
        display_name (str):
        parent (ItemBrowseClassification | Unset):
    """

    classification_id: str
    display_name: str
    parent: ItemBrowseClassification | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        classification_id = self.classification_id

        display_name = self.display_name

        parent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent, Unset):
            parent = self.parent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "classificationId": classification_id,
                "displayName": display_name,
            }
        )
        if parent is not UNSET:
            field_dict["parent"] = parent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        classification_id = d.pop("classificationId")

        display_name = d.pop("displayName")

        _parent = d.pop("parent", UNSET)
        parent: ItemBrowseClassification | Unset
        if isinstance(_parent, Unset):
            parent = UNSET
        else:
            parent = ItemBrowseClassification.from_dict(_parent)

        item_browse_classification = cls(
            classification_id=classification_id,
            display_name=display_name,
            parent=parent,
        )

        item_browse_classification.additional_properties = d
        return item_browse_classification

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
