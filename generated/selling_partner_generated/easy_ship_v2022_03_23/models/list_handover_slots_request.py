from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dimensions import Dimensions
    from ..models.weight import Weight


T = TypeVar("T", bound="ListHandoverSlotsRequest")


@_attrs_define
class ListHandoverSlotsRequest:
    """
    Attributes:
        amazon_order_id (str):
        marketplace_id (str):
        package_dimensions (Dimensions):
        package_weight (Weight):
    """

    amazon_order_id: str
    marketplace_id: str
    package_dimensions: Dimensions
    package_weight: Weight
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amazon_order_id = self.amazon_order_id

        marketplace_id = self.marketplace_id

        package_dimensions = self.package_dimensions.to_dict()

        package_weight = self.package_weight.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amazonOrderId": amazon_order_id,
                "marketplaceId": marketplace_id,
                "packageDimensions": package_dimensions,
                "packageWeight": package_weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dimensions import Dimensions
        from ..models.weight import Weight

        d = dict(src_dict)
        amazon_order_id = d.pop("amazonOrderId")

        marketplace_id = d.pop("marketplaceId")

        package_dimensions = Dimensions.from_dict(d.pop("packageDimensions"))

        package_weight = Weight.from_dict(d.pop("packageWeight"))

        list_handover_slots_request = cls(
            amazon_order_id=amazon_order_id,
            marketplace_id=marketplace_id,
            package_dimensions=package_dimensions,
            package_weight=package_weight,
        )

        list_handover_slots_request.additional_properties = d
        return list_handover_slots_request

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
