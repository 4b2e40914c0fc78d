from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inbound_shipment_status import InboundShipmentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.carrier_code import CarrierCode
    from ..models.distribution_package_quantity import DistributionPackageQuantity
    from ..models.inventory_quantity import InventoryQuantity
    from ..models.sku_quantity import SkuQuantity


T = TypeVar("T", bound="InboundShipment")


@_attrs_define
class InboundShipment:
    """
    Attributes:
        destination_address (Address):
        order_id (str):
        origin_address (Address):
        shipment_container_quantities (list[DistributionPackageQuantity]):
        shipment_id (str):
        shipment_status (InboundShipmentStatus):
        carrier_code (CarrierCode | Unset):
        created_at (datetime.datetime | Unset):
        destination_region (str | Unset):
        external_reference_id (str | Unset):
        received_quantity (list[InventoryQuantity] | Unset):
        ship_by (datetime.datetime | Unset):
        shipment_sku_quantities (list[SkuQuantity] | Unset):
        tracking_id (str | Unset):
        updated_at (datetime.datetime | Unset):
        warehouse_reference_id (str | Unset):
    """

    destination_address: Address
    order_id: str
    origin_address: Address
    shipment_container_quantities: list[DistributionPackageQuantity]
    shipment_id: str
    shipment_status: InboundShipmentStatus
    carrier_code: CarrierCode | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    destination_region: str | Unset = UNSET
    external_reference_id: str | Unset = UNSET
    received_quantity: list[InventoryQuantity] | Unset = UNSET
    ship_by: datetime.datetime | Unset = UNSET
    shipment_sku_quantities: list[SkuQuantity] | Unset = UNSET
    tracking_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    warehouse_reference_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_address = self.destination_address.to_dict()

        order_id = self.order_id

        origin_address = self.origin_address.to_dict()

        shipment_container_quantities = []
        for (
            shipment_container_quantities_item_data
        ) in self.shipment_container_quantities:
            shipment_container_quantities_item = (
                shipment_container_quantities_item_data.to_dict()
            )
            shipment_container_quantities.append(shipment_container_quantities_item)

        shipment_id = self.shipment_id

        shipment_status = self.shipment_status.value

        carrier_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carrier_code, Unset):
            carrier_code = self.carrier_code.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        destination_region = self.destination_region

        external_reference_id = self.external_reference_id

        received_quantity: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.received_quantity, Unset):
            received_quantity = []
            for received_quantity_item_data in self.received_quantity:
                received_quantity_item = received_quantity_item_data.to_dict()
                received_quantity.append(received_quantity_item)

        ship_by: str | Unset = UNSET
        if not isinstance(self.ship_by, Unset):
            ship_by = self.ship_by.isoformat()

        shipment_sku_quantities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipment_sku_quantities, Unset):
            shipment_sku_quantities = []
            for shipment_sku_quantities_item_data in self.shipment_sku_quantities:
                shipment_sku_quantities_item = (
                    shipment_sku_quantities_item_data.to_dict()
                )
                shipment_sku_quantities.append(shipment_sku_quantities_item)

        tracking_id = self.tracking_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        warehouse_reference_id = self.warehouse_reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destinationAddress": destination_address,
                "orderId": order_id,
                "originAddress": origin_address,
                "shipmentContainerQuantities": shipment_container_quantities,
                "shipmentId": shipment_id,
                "shipmentStatus": shipment_status,
            }
        )
        if carrier_code is not UNSET:
            field_dict["carrierCode"] = carrier_code
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if destination_region is not UNSET:
            field_dict["destinationRegion"] = destination_region
        if external_reference_id is not UNSET:
            field_dict["externalReferenceId"] = external_reference_id
        if received_quantity is not UNSET:
            field_dict["receivedQuantity"] = received_quantity
        if ship_by is not UNSET:
            field_dict["shipBy"] = ship_by
        if shipment_sku_quantities is not UNSET:
            field_dict["shipmentSkuQuantities"] = shipment_sku_quantities
        if tracking_id is not UNSET:
            field_dict["trackingId"] = tracking_id
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if warehouse_reference_id is not UNSET:
            field_dict["warehouseReferenceId"] = warehouse_reference_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address import Address
        from ..models.carrier_code import CarrierCode
        from ..models.distribution_package_quantity import DistributionPackageQuantity
        from ..models.inventory_quantity import InventoryQuantity
        from ..models.sku_quantity import SkuQuantity

        d = dict(src_dict)
        destination_address = Address.from_dict(d.pop("destinationAddress"))

        order_id = d.pop("orderId")

        origin_address = Address.from_dict(d.pop("originAddress"))

        shipment_container_quantities = []
        _shipment_container_quantities = d.pop("shipmentContainerQuantities")
        for shipment_container_quantities_item_data in _shipment_container_quantities:
            shipment_container_quantities_item = DistributionPackageQuantity.from_dict(
                shipment_container_quantities_item_data
            )

            shipment_container_quantities.append(shipment_container_quantities_item)

        shipment_id = d.pop("shipmentId")

        shipment_status = InboundShipmentStatus(d.pop("shipmentStatus"))

        _carrier_code = d.pop("carrierCode", UNSET)
        carrier_code: CarrierCode | Unset
        if isinstance(_carrier_code, Unset):
            carrier_code = UNSET
        else:
            carrier_code = CarrierCode.from_dict(_carrier_code)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        destination_region = d.pop("destinationRegion", UNSET)

        external_reference_id = d.pop("externalReferenceId", UNSET)

        _received_quantity = d.pop("receivedQuantity", UNSET)
        received_quantity: list[InventoryQuantity] | Unset = UNSET
        if _received_quantity is not UNSET:
            received_quantity = []
            for received_quantity_item_data in _received_quantity:
                received_quantity_item = InventoryQuantity.from_dict(
                    received_quantity_item_data
                )

                received_quantity.append(received_quantity_item)

        _ship_by = d.pop("shipBy", UNSET)
        ship_by: datetime.datetime | Unset
        if isinstance(_ship_by, Unset):
            ship_by = UNSET
        else:
            ship_by = datetime.datetime.fromisoformat(_ship_by)

        _shipment_sku_quantities = d.pop("shipmentSkuQuantities", UNSET)
        shipment_sku_quantities: list[SkuQuantity] | Unset = UNSET
        if _shipment_sku_quantities is not UNSET:
            shipment_sku_quantities = []
            for shipment_sku_quantities_item_data in _shipment_sku_quantities:
                shipment_sku_quantities_item = SkuQuantity.from_dict(
                    shipment_sku_quantities_item_data
                )

                shipment_sku_quantities.append(shipment_sku_quantities_item)

        tracking_id = d.pop("trackingId", UNSET)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        warehouse_reference_id = d.pop("warehouseReferenceId", UNSET)

        inbound_shipment = cls(
            destination_address=destination_address,
            order_id=order_id,
            origin_address=origin_address,
            shipment_container_quantities=shipment_container_quantities,
            shipment_id=shipment_id,
            shipment_status=shipment_status,
            carrier_code=carrier_code,
            created_at=created_at,
            destination_region=destination_region,
            external_reference_id=external_reference_id,
            received_quantity=received_quantity,
            ship_by=ship_by,
            shipment_sku_quantities=shipment_sku_quantities,
            tracking_id=tracking_id,
            updated_at=updated_at,
            warehouse_reference_id=warehouse_reference_id,
        )

        inbound_shipment.additional_properties = d
        return inbound_shipment

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
