from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="GetAdditionalSellerInputsRequest")


@_attrs_define
class GetAdditionalSellerInputsRequest:
    """
    Attributes:
        order_id (str):
        ship_from_address (Address):
        shipping_service_id (str):
    """

    order_id: str
    ship_from_address: Address
    shipping_service_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        ship_from_address = self.ship_from_address.to_dict()

        shipping_service_id = self.shipping_service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "OrderId": order_id,
                "ShipFromAddress": ship_from_address,
                "ShippingServiceId": shipping_service_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address import Address

        d = dict(src_dict)
        order_id = d.pop("OrderId")

        ship_from_address = Address.from_dict(d.pop("ShipFromAddress"))

        shipping_service_id = d.pop("ShippingServiceId")

        get_additional_seller_inputs_request = cls(
            order_id=order_id,
            ship_from_address=ship_from_address,
            shipping_service_id=shipping_service_id,
        )

        get_additional_seller_inputs_request.additional_properties = d
        return get_additional_seller_inputs_request

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
