from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.categories_parent import CategoriesParent


T = TypeVar("T", bound="Categories")


@_attrs_define
class Categories:
    """
    Attributes:
        product_category_id (str | Unset):
        product_category_name (str | Unset):
        parent (CategoriesParent | Unset):
    """

    product_category_id: str | Unset = UNSET
    product_category_name: str | Unset = UNSET
    parent: CategoriesParent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_category_id = self.product_category_id

        product_category_name = self.product_category_name

        parent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent, Unset):
            parent = self.parent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_category_id is not UNSET:
            field_dict["ProductCategoryId"] = product_category_id
        if product_category_name is not UNSET:
            field_dict["ProductCategoryName"] = product_category_name
        if parent is not UNSET:
            field_dict["parent"] = parent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.categories_parent import CategoriesParent

        d = dict(src_dict)
        product_category_id = d.pop("ProductCategoryId", UNSET)

        product_category_name = d.pop("ProductCategoryName", UNSET)

        _parent = d.pop("parent", UNSET)
        parent: CategoriesParent | Unset
        if isinstance(_parent, Unset):
            parent = UNSET
        else:
            parent = CategoriesParent.from_dict(_parent)

        categories = cls(
            product_category_id=product_category_id,
            product_category_name=product_category_name,
            parent=parent,
        )

        categories.additional_properties = d
        return categories

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
