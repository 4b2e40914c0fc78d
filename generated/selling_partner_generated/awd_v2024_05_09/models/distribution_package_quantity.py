from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.distribution_package import DistributionPackage


T = TypeVar("T", bound="DistributionPackageQuantity")


@_attrs_define
class DistributionPackageQuantity:
    """
    Attributes:
        count (int):
        distribution_package (DistributionPackage):
    """

    count: int
    distribution_package: DistributionPackage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        distribution_package = self.distribution_package.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "distributionPackage": distribution_package,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.distribution_package import DistributionPackage

        d = dict(src_dict)
        count = d.pop("count")

        distribution_package = DistributionPackage.from_dict(
            d.pop("distributionPackage")
        )

        distribution_package_quantity = cls(
            count=count,
            distribution_package=distribution_package,
        )

        distribution_package_quantity.additional_properties = d
        return distribution_package_quantity

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
