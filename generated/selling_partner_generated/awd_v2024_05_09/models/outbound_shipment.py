from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outbound_shipment_status import OutboundShipmentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.distribution_package_quantity import DistributionPackageQuantity
    from ..models.product_quantity import ProductQuantity


T = TypeVar("T", bound="OutboundShipment")


@_attrs_define
class OutboundShipment:
    """
    Attributes:
        destination_address (Address):
        order_id (str):
        origin_address (Address):
        shipment_id (str):
        shipment_status (OutboundShipmentStatus):
        created_at (datetime.datetime | Unset):
        shipment_package_quantities (list[DistributionPackageQuantity] | Unset):
        shipment_product_quantities (list[ProductQuantity] | Unset):
        updated_at (datetime.datetime | Unset):
    """

    destination_address: Address
    order_id: str
    origin_address: Address
    shipment_id: str
    shipment_status: OutboundShipmentStatus
    created_at: datetime.datetime | Unset = UNSET
    shipment_package_quantities: list[DistributionPackageQuantity] | Unset = UNSET
    shipment_product_quantities: list[ProductQuantity] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_address = self.destination_address.to_dict()

        order_id = self.order_id

        origin_address = self.origin_address.to_dict()

        shipment_id = self.shipment_id

        shipment_status = self.shipment_status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        shipment_package_quantities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipment_package_quantities, Unset):
            shipment_package_quantities = []
            for (
                shipment_package_quantities_item_data
            ) in self.shipment_package_quantities:
                shipment_package_quantities_item = (
                    shipment_package_quantities_item_data.to_dict()
                )
                shipment_package_quantities.append(shipment_package_quantities_item)

        shipment_product_quantities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipment_product_quantities, Unset):
            shipment_product_quantities = []
            for (
                shipment_product_quantities_item_data
            ) in self.shipment_product_quantities:
                shipment_product_quantities_item = (
                    shipment_product_quantities_item_data.to_dict()
                )
                shipment_product_quantities.append(shipment_product_quantities_item)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destinationAddress": destination_address,
                "orderId": order_id,
                "originAddress": origin_address,
                "shipmentId": shipment_id,
                "shipmentStatus": shipment_status,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if shipment_package_quantities is not UNSET:
            field_dict["shipmentPackageQuantities"] = shipment_package_quantities
        if shipment_product_quantities is not UNSET:
            field_dict["shipmentProductQuantities"] = shipment_product_quantities
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address import Address
        from ..models.distribution_package_quantity import DistributionPackageQuantity
        from ..models.product_quantity import ProductQuantity

        d = dict(src_dict)
        destination_address = Address.from_dict(d.pop("destinationAddress"))

        order_id = d.pop("orderId")

        origin_address = Address.from_dict(d.pop("originAddress"))

        shipment_id = d.pop("shipmentId")

        shipment_status = OutboundShipmentStatus(d.pop("shipmentStatus"))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _shipment_package_quantities = d.pop("shipmentPackageQuantities", UNSET)
        shipment_package_quantities: list[DistributionPackageQuantity] | Unset = UNSET
        if _shipment_package_quantities is not UNSET:
            shipment_package_quantities = []
            for shipment_package_quantities_item_data in _shipment_package_quantities:
                shipment_package_quantities_item = (
                    DistributionPackageQuantity.from_dict(
                        shipment_package_quantities_item_data
                    )
                )

                shipment_package_quantities.append(shipment_package_quantities_item)

        _shipment_product_quantities = d.pop("shipmentProductQuantities", UNSET)
        shipment_product_quantities: list[ProductQuantity] | Unset = UNSET
        if _shipment_product_quantities is not UNSET:
            shipment_product_quantities = []
            for shipment_product_quantities_item_data in _shipment_product_quantities:
                shipment_product_quantities_item = ProductQuantity.from_dict(
                    shipment_product_quantities_item_data
                )

                shipment_product_quantities.append(shipment_product_quantities_item)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        outbound_shipment = cls(
            destination_address=destination_address,
            order_id=order_id,
            origin_address=origin_address,
            shipment_id=shipment_id,
            shipment_status=shipment_status,
            created_at=created_at,
            shipment_package_quantities=shipment_package_quantities,
            shipment_product_quantities=shipment_product_quantities,
            updated_at=updated_at,
        )

        outbound_shipment.additional_properties = d
        return outbound_shipment

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
