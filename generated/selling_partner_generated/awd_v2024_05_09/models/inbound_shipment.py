from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inbound_shipment_status import InboundShipmentStatus
from ..types import (
    FAST,
    READER,
    UNSET,
    DeviationError,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.carrier_code import CarrierCode
    from ..models.distribution_package_quantity import DistributionPackageQuantity
    from ..models.inventory_quantity import InventoryQuantity
    from ..models.sku_quantity import SkuQuantity


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        Address, \
        CarrierCode, \
        DistributionPackageQuantity, \
        InventoryQuantity, \
        SkuQuantity
    from ..models.address import Address
    from ..models.carrier_code import CarrierCode
    from ..models.distribution_package_quantity import DistributionPackageQuantity
    from ..models.inventory_quantity import InventoryQuantity
    from ..models.sku_quantity import SkuQuantity

    _lazy_pending = False


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
    _parse_notes: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def __repr__(self) -> str:
        return model_repr(self)

    def __getattr__(self, name: str) -> Any:
        return absent(self, name)

    def __eq__(self, other: object) -> bool:
        return model_eq(self, other)

    def __getstate__(self) -> dict[str, Any]:
        return model_getstate(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        model_setstate(self, state)

    def to_dict(self) -> dict[str, Any]:
        if self._parse_notes is not None:
            return self._parse_notes.to_dict(self)
        if _lazy_pending:
            _load_lazy()
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
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address
        from ..models.carrier_code import CarrierCode
        from ..models.distribution_package_quantity import DistributionPackageQuantity
        from ..models.inventory_quantity import InventoryQuantity
        from ..models.sku_quantity import SkuQuantity

        return (
            (
                ("destinationAddress", "destination_address", True, ("model", Address)),
                ("orderId", "order_id", True, ("str",)),
                ("originAddress", "origin_address", True, ("model", Address)),
                (
                    "shipmentContainerQuantities",
                    "shipment_container_quantities",
                    True,
                    ("list", ("model", DistributionPackageQuantity)),
                ),
                ("shipmentId", "shipment_id", True, ("str",)),
                (
                    "shipmentStatus",
                    "shipment_status",
                    True,
                    ("enum", InboundShipmentStatus),
                ),
                ("carrierCode", "carrier_code", False, ("model", CarrierCode)),
                ("createdAt", "created_at", False, ("datetime",)),
                ("destinationRegion", "destination_region", False, ("str",)),
                ("externalReferenceId", "external_reference_id", False, ("str",)),
                (
                    "receivedQuantity",
                    "received_quantity",
                    False,
                    ("list", ("model", InventoryQuantity)),
                ),
                ("shipBy", "ship_by", False, ("datetime",)),
                (
                    "shipmentSkuQuantities",
                    "shipment_sku_quantities",
                    False,
                    ("list", ("model", SkuQuantity)),
                ),
                ("trackingId", "tracking_id", False, ("str",)),
                ("updatedAt", "updated_at", False, ("datetime",)),
                ("warehouseReferenceId", "warehouse_reference_id", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        if _lazy_pending:
            _load_lazy()
        d = dict(src_dict)
        destination_address = Address.from_dict(d.pop("destinationAddress"))

        order_id = d.pop("orderId")

        if _reader is not None and order_id.__class__ is not str:
            raise DeviationError("orderId")

        origin_address = Address.from_dict(d.pop("originAddress"))

        _shipment_container_quantities = d.pop("shipmentContainerQuantities")
        shipment_container_quantities = [
            DistributionPackageQuantity.from_dict(_item)
            for _item in _shipment_container_quantities
        ]

        shipment_id = d.pop("shipmentId")

        if _reader is not None and shipment_id.__class__ is not str:
            raise DeviationError("shipmentId")

        _shipment_status = d.pop("shipmentStatus")
        shipment_status = (
            InboundShipmentStatus._value2member_map_.get(_shipment_status)
            if _shipment_status.__class__ is str
            else None
        ) or InboundShipmentStatus(_shipment_status)

        _carrier_code = d.pop("carrierCode", UNSET)
        carrier_code = (
            UNSET if _carrier_code is UNSET else CarrierCode.from_dict(_carrier_code)
        )

        _created_at = d.pop("createdAt", UNSET)
        created_at = (
            UNSET
            if _created_at is UNSET
            else datetime.datetime.fromisoformat(_created_at)
        )

        if (
            _reader is not None
            and not isinstance(created_at, Unset)
            and created_at.tzinfo is None
        ):
            raise DeviationError("createdAt")

        destination_region = d.pop("destinationRegion", UNSET)

        if (
            _reader is not None
            and destination_region.__class__ is not str
            and destination_region is not UNSET
        ):
            raise DeviationError("destinationRegion")

        external_reference_id = d.pop("externalReferenceId", UNSET)

        if (
            _reader is not None
            and external_reference_id.__class__ is not str
            and external_reference_id is not UNSET
        ):
            raise DeviationError("externalReferenceId")

        _received_quantity = d.pop("receivedQuantity", UNSET)
        received_quantity = (
            UNSET
            if _received_quantity is UNSET
            else [InventoryQuantity.from_dict(_item) for _item in _received_quantity]
        )

        _ship_by = d.pop("shipBy", UNSET)
        ship_by = (
            UNSET if _ship_by is UNSET else datetime.datetime.fromisoformat(_ship_by)
        )

        if (
            _reader is not None
            and not isinstance(ship_by, Unset)
            and ship_by.tzinfo is None
        ):
            raise DeviationError("shipBy")

        _shipment_sku_quantities = d.pop("shipmentSkuQuantities", UNSET)
        shipment_sku_quantities = (
            UNSET
            if _shipment_sku_quantities is UNSET
            else [SkuQuantity.from_dict(_item) for _item in _shipment_sku_quantities]
        )

        tracking_id = d.pop("trackingId", UNSET)

        if (
            _reader is not None
            and tracking_id.__class__ is not str
            and tracking_id is not UNSET
        ):
            raise DeviationError("trackingId")

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at = (
            UNSET
            if _updated_at is UNSET
            else datetime.datetime.fromisoformat(_updated_at)
        )

        if (
            _reader is not None
            and not isinstance(updated_at, Unset)
            and updated_at.tzinfo is None
        ):
            raise DeviationError("updatedAt")

        warehouse_reference_id = d.pop("warehouseReferenceId", UNSET)

        if (
            _reader is not None
            and warehouse_reference_id.__class__ is not str
            and warehouse_reference_id is not UNSET
        ):
            raise DeviationError("warehouseReferenceId")

        if cls is InboundShipment:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.destination_address = destination_address
            _built.order_id = order_id
            _built.origin_address = origin_address
            _built.shipment_container_quantities = shipment_container_quantities
            _built.shipment_id = shipment_id
            _built.shipment_status = shipment_status
            _built.carrier_code = carrier_code
            _built.created_at = created_at
            _built.destination_region = destination_region
            _built.external_reference_id = external_reference_id
            _built.received_quantity = received_quantity
            _built.ship_by = ship_by
            _built.shipment_sku_quantities = shipment_sku_quantities
            _built.tracking_id = tracking_id
            _built.updated_at = updated_at
            _built.warehouse_reference_id = warehouse_reference_id
            _built._parse_notes = None
            inbound_shipment = _built
        else:  # a subclass: its own __init__ runs
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

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        inbound_shipment.additional_properties = d or {}
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
