from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.package_details import PackageDetails


T = TypeVar("T", bound="CreateScheduledPackageRequest")


@_attrs_define
class CreateScheduledPackageRequest:
    """
    Attributes:
        amazon_order_id (str):
        marketplace_id (str):
        package_details (PackageDetails):
    """

    amazon_order_id: str
    marketplace_id: str
    package_details: PackageDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amazon_order_id = self.amazon_order_id

        marketplace_id = self.marketplace_id

        package_details = self.package_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amazonOrderId": amazon_order_id,
                "marketplaceId": marketplace_id,
                "packageDetails": package_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.package_details import PackageDetails

        d = dict(src_dict)
        amazon_order_id = d.pop("amazonOrderId")

        marketplace_id = d.pop("marketplaceId")

        package_details = PackageDetails.from_dict(d.pop("packageDetails"))

        create_scheduled_package_request = cls(
            amazon_order_id=amazon_order_id,
            marketplace_id=marketplace_id,
            package_details=package_details,
        )

        create_scheduled_package_request.additional_properties = d
        return create_scheduled_package_request

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
