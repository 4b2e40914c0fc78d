from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.package_package_handling_requirements import (
    PackagePackageHandlingRequirements,
)
from ..models.package_status_enum import PackageStatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_dimensions import PackageDimensions
    from ..models.package_line_item import PackageLineItem
    from ..models.weight import Weight


T = TypeVar("T", bound="Package")


@_attrs_define
class Package:
    """
    Attributes:
        dimensions (PackageDimensions):
        id (str):
        package_line_items (list[PackageLineItem]):
        weight (Weight):
        hazmat_labels (list[str] | Unset):
        package_handling_requirements (PackagePackageHandlingRequirements | Unset):
        status (PackageStatusEnum | Unset):
    """

    dimensions: PackageDimensions
    id: str
    package_line_items: list[PackageLineItem]
    weight: Weight
    hazmat_labels: list[str] | Unset = UNSET
    package_handling_requirements: PackagePackageHandlingRequirements | Unset = UNSET
    status: PackageStatusEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimensions = self.dimensions.to_dict()

        id = self.id

        package_line_items = []
        for componentsschemas_package_line_items_item_data in self.package_line_items:
            componentsschemas_package_line_items_item = (
                componentsschemas_package_line_items_item_data.to_dict()
            )
            package_line_items.append(componentsschemas_package_line_items_item)

        weight = self.weight.to_dict()

        hazmat_labels: list[str] | Unset = UNSET
        if not isinstance(self.hazmat_labels, Unset):
            hazmat_labels = self.hazmat_labels

        package_handling_requirements: str | Unset = UNSET
        if not isinstance(self.package_handling_requirements, Unset):
            package_handling_requirements = self.package_handling_requirements.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dimensions": dimensions,
                "id": id,
                "packageLineItems": package_line_items,
                "weight": weight,
            }
        )
        if hazmat_labels is not UNSET:
            field_dict["hazmatLabels"] = hazmat_labels
        if package_handling_requirements is not UNSET:
            field_dict["packageHandlingRequirements"] = package_handling_requirements
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.package_dimensions import PackageDimensions
        from ..models.package_line_item import PackageLineItem
        from ..models.weight import Weight

        d = dict(src_dict)
        dimensions = PackageDimensions.from_dict(d.pop("dimensions"))

        id = d.pop("id")

        package_line_items = []
        _package_line_items = d.pop("packageLineItems")
        for componentsschemas_package_line_items_item_data in _package_line_items:
            componentsschemas_package_line_items_item = PackageLineItem.from_dict(
                componentsschemas_package_line_items_item_data
            )

            package_line_items.append(componentsschemas_package_line_items_item)

        weight = Weight.from_dict(d.pop("weight"))

        hazmat_labels = cast(list[str], d.pop("hazmatLabels", UNSET))

        _package_handling_requirements = d.pop("packageHandlingRequirements", UNSET)
        package_handling_requirements: PackagePackageHandlingRequirements | Unset
        if isinstance(_package_handling_requirements, Unset):
            package_handling_requirements = UNSET
        else:
            package_handling_requirements = PackagePackageHandlingRequirements(
                _package_handling_requirements
            )

        _status = d.pop("status", UNSET)
        status: PackageStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PackageStatusEnum(_status)

        package = cls(
            dimensions=dimensions,
            id=id,
            package_line_items=package_line_items,
            weight=weight,
            hazmat_labels=hazmat_labels,
            package_handling_requirements=package_handling_requirements,
            status=status,
        )

        package.additional_properties = d
        return package

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
