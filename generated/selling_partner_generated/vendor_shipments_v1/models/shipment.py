from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipment_current_shipment_status import ShipmentCurrentShipmentStatus
from ..models.shipment_shipment_freight_term import ShipmentShipmentFreightTerm
from ..models.shipment_transaction_type import ShipmentTransactionType
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
    from ..models.collect_freight_pickup_details import CollectFreightPickupDetails
    from ..models.containers import Containers
    from ..models.import_details import ImportDetails
    from ..models.party_identification import PartyIdentification
    from ..models.purchase_orders import PurchaseOrders
    from ..models.shipment_status_details import ShipmentStatusDetails
    from ..models.transport_shipment_measurements import TransportShipmentMeasurements
    from ..models.transportation_details import TransportationDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        CollectFreightPickupDetails, \
        Containers, \
        ImportDetails, \
        PartyIdentification, \
        PurchaseOrders, \
        ShipmentStatusDetails, \
        TransportShipmentMeasurements, \
        TransportationDetails
    from ..models.collect_freight_pickup_details import CollectFreightPickupDetails
    from ..models.containers import Containers
    from ..models.import_details import ImportDetails
    from ..models.party_identification import PartyIdentification
    from ..models.purchase_orders import PurchaseOrders
    from ..models.shipment_status_details import ShipmentStatusDetails
    from ..models.transport_shipment_measurements import TransportShipmentMeasurements
    from ..models.transportation_details import TransportationDetails

    _lazy_pending = False


T = TypeVar("T", bound="Shipment")


@_attrs_define
class Shipment:
    """
    Attributes:
        selling_party (PartyIdentification):
        ship_from_party (PartyIdentification):
        ship_to_party (PartyIdentification):
        transaction_date (datetime.datetime):
        transaction_type (ShipmentTransactionType):
        vendor_shipment_identifier (str):
        buyer_reference_number (str | Unset):
        collect_freight_pickup_details (CollectFreightPickupDetails | Unset):
        containers (list[Containers] | Unset):
        current_shipment_status (ShipmentCurrentShipmentStatus | Unset):
        currentshipment_status_date (datetime.datetime | Unset):
        import_details (ImportDetails | Unset):
        package_label_create_date (datetime.datetime | Unset):
        purchase_orders (list[PurchaseOrders] | Unset):
        shipment_confirm_date (datetime.datetime | Unset):
        shipment_create_date (datetime.datetime | Unset):
        shipment_freight_term (ShipmentShipmentFreightTerm | Unset):
        shipment_measurements (TransportShipmentMeasurements | Unset):
        shipment_status_details (list[ShipmentStatusDetails] | Unset):
        transportation_details (TransportationDetails | Unset):
    """

    selling_party: PartyIdentification
    ship_from_party: PartyIdentification
    ship_to_party: PartyIdentification
    transaction_date: datetime.datetime
    transaction_type: ShipmentTransactionType
    vendor_shipment_identifier: str
    buyer_reference_number: str | Unset = UNSET
    collect_freight_pickup_details: CollectFreightPickupDetails | Unset = UNSET
    containers: list[Containers] | Unset = UNSET
    current_shipment_status: ShipmentCurrentShipmentStatus | Unset = UNSET
    currentshipment_status_date: datetime.datetime | Unset = UNSET
    import_details: ImportDetails | Unset = UNSET
    package_label_create_date: datetime.datetime | Unset = UNSET
    purchase_orders: list[PurchaseOrders] | Unset = UNSET
    shipment_confirm_date: datetime.datetime | Unset = UNSET
    shipment_create_date: datetime.datetime | Unset = UNSET
    shipment_freight_term: ShipmentShipmentFreightTerm | Unset = UNSET
    shipment_measurements: TransportShipmentMeasurements | Unset = UNSET
    shipment_status_details: list[ShipmentStatusDetails] | Unset = UNSET
    transportation_details: TransportationDetails | Unset = UNSET
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
        selling_party = self.selling_party.to_dict()

        ship_from_party = self.ship_from_party.to_dict()

        ship_to_party = self.ship_to_party.to_dict()

        transaction_date = self.transaction_date.isoformat()

        transaction_type = self.transaction_type.value

        vendor_shipment_identifier = self.vendor_shipment_identifier

        buyer_reference_number = self.buyer_reference_number

        collect_freight_pickup_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collect_freight_pickup_details, Unset):
            collect_freight_pickup_details = (
                self.collect_freight_pickup_details.to_dict()
            )

        containers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.containers, Unset):
            containers = []
            for containers_item_data in self.containers:
                containers_item = containers_item_data.to_dict()
                containers.append(containers_item)

        current_shipment_status: str | Unset = UNSET
        if not isinstance(self.current_shipment_status, Unset):
            current_shipment_status = self.current_shipment_status.value

        currentshipment_status_date: str | Unset = UNSET
        if not isinstance(self.currentshipment_status_date, Unset):
            currentshipment_status_date = self.currentshipment_status_date.isoformat()

        import_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.import_details, Unset):
            import_details = self.import_details.to_dict()

        package_label_create_date: str | Unset = UNSET
        if not isinstance(self.package_label_create_date, Unset):
            package_label_create_date = self.package_label_create_date.isoformat()

        purchase_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.purchase_orders, Unset):
            purchase_orders = []
            for purchase_orders_item_data in self.purchase_orders:
                purchase_orders_item = purchase_orders_item_data.to_dict()
                purchase_orders.append(purchase_orders_item)

        shipment_confirm_date: str | Unset = UNSET
        if not isinstance(self.shipment_confirm_date, Unset):
            shipment_confirm_date = self.shipment_confirm_date.isoformat()

        shipment_create_date: str | Unset = UNSET
        if not isinstance(self.shipment_create_date, Unset):
            shipment_create_date = self.shipment_create_date.isoformat()

        shipment_freight_term: str | Unset = UNSET
        if not isinstance(self.shipment_freight_term, Unset):
            shipment_freight_term = self.shipment_freight_term.value

        shipment_measurements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipment_measurements, Unset):
            shipment_measurements = self.shipment_measurements.to_dict()

        shipment_status_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipment_status_details, Unset):
            shipment_status_details = []
            for shipment_status_details_item_data in self.shipment_status_details:
                shipment_status_details_item = (
                    shipment_status_details_item_data.to_dict()
                )
                shipment_status_details.append(shipment_status_details_item)

        transportation_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transportation_details, Unset):
            transportation_details = self.transportation_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sellingParty": selling_party,
                "shipFromParty": ship_from_party,
                "shipToParty": ship_to_party,
                "transactionDate": transaction_date,
                "transactionType": transaction_type,
                "vendorShipmentIdentifier": vendor_shipment_identifier,
            }
        )
        if buyer_reference_number is not UNSET:
            field_dict["buyerReferenceNumber"] = buyer_reference_number
        if collect_freight_pickup_details is not UNSET:
            field_dict["collectFreightPickupDetails"] = collect_freight_pickup_details
        if containers is not UNSET:
            field_dict["containers"] = containers
        if current_shipment_status is not UNSET:
            field_dict["currentShipmentStatus"] = current_shipment_status
        if currentshipment_status_date is not UNSET:
            field_dict["currentshipmentStatusDate"] = currentshipment_status_date
        if import_details is not UNSET:
            field_dict["importDetails"] = import_details
        if package_label_create_date is not UNSET:
            field_dict["packageLabelCreateDate"] = package_label_create_date
        if purchase_orders is not UNSET:
            field_dict["purchaseOrders"] = purchase_orders
        if shipment_confirm_date is not UNSET:
            field_dict["shipmentConfirmDate"] = shipment_confirm_date
        if shipment_create_date is not UNSET:
            field_dict["shipmentCreateDate"] = shipment_create_date
        if shipment_freight_term is not UNSET:
            field_dict["shipmentFreightTerm"] = shipment_freight_term
        if shipment_measurements is not UNSET:
            field_dict["shipmentMeasurements"] = shipment_measurements
        if shipment_status_details is not UNSET:
            field_dict["shipmentStatusDetails"] = shipment_status_details
        if transportation_details is not UNSET:
            field_dict["transportationDetails"] = transportation_details

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.collect_freight_pickup_details import CollectFreightPickupDetails
        from ..models.containers import Containers
        from ..models.import_details import ImportDetails
        from ..models.party_identification import PartyIdentification
        from ..models.purchase_orders import PurchaseOrders
        from ..models.shipment_status_details import ShipmentStatusDetails
        from ..models.transport_shipment_measurements import (
            TransportShipmentMeasurements,
        )
        from ..models.transportation_details import TransportationDetails

        return (
            (
                ("sellingParty", "selling_party", True, ("model", PartyIdentification)),
                (
                    "shipFromParty",
                    "ship_from_party",
                    True,
                    ("model", PartyIdentification),
                ),
                ("shipToParty", "ship_to_party", True, ("model", PartyIdentification)),
                ("transactionDate", "transaction_date", True, ("datetime",)),
                (
                    "transactionType",
                    "transaction_type",
                    True,
                    ("enum", ShipmentTransactionType),
                ),
                (
                    "vendorShipmentIdentifier",
                    "vendor_shipment_identifier",
                    True,
                    ("str",),
                ),
                ("buyerReferenceNumber", "buyer_reference_number", False, ("str",)),
                (
                    "collectFreightPickupDetails",
                    "collect_freight_pickup_details",
                    False,
                    ("model", CollectFreightPickupDetails),
                ),
                ("containers", "containers", False, ("list", ("model", Containers))),
                (
                    "currentShipmentStatus",
                    "current_shipment_status",
                    False,
                    ("enum", ShipmentCurrentShipmentStatus),
                ),
                (
                    "currentshipmentStatusDate",
                    "currentshipment_status_date",
                    False,
                    ("datetime",),
                ),
                ("importDetails", "import_details", False, ("model", ImportDetails)),
                (
                    "packageLabelCreateDate",
                    "package_label_create_date",
                    False,
                    ("datetime",),
                ),
                (
                    "purchaseOrders",
                    "purchase_orders",
                    False,
                    ("list", ("model", PurchaseOrders)),
                ),
                ("shipmentConfirmDate", "shipment_confirm_date", False, ("datetime",)),
                ("shipmentCreateDate", "shipment_create_date", False, ("datetime",)),
                (
                    "shipmentFreightTerm",
                    "shipment_freight_term",
                    False,
                    ("enum", ShipmentShipmentFreightTerm),
                ),
                (
                    "shipmentMeasurements",
                    "shipment_measurements",
                    False,
                    ("model", TransportShipmentMeasurements),
                ),
                (
                    "shipmentStatusDetails",
                    "shipment_status_details",
                    False,
                    ("list", ("model", ShipmentStatusDetails)),
                ),
                (
                    "transportationDetails",
                    "transportation_details",
                    False,
                    ("model", TransportationDetails),
                ),
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
        selling_party = PartyIdentification.from_dict(d.pop("sellingParty"))

        ship_from_party = PartyIdentification.from_dict(d.pop("shipFromParty"))

        ship_to_party = PartyIdentification.from_dict(d.pop("shipToParty"))

        transaction_date = datetime.datetime.fromisoformat(d.pop("transactionDate"))

        if _reader is not None and transaction_date.tzinfo is None:
            raise DeviationError("transactionDate")

        _transaction_type = d.pop("transactionType")
        transaction_type = (
            ShipmentTransactionType._value2member_map_.get(_transaction_type)
            if _transaction_type.__class__ is str
            else None
        ) or ShipmentTransactionType(_transaction_type)

        vendor_shipment_identifier = d.pop("vendorShipmentIdentifier")

        if _reader is not None and vendor_shipment_identifier.__class__ is not str:
            raise DeviationError("vendorShipmentIdentifier")

        buyer_reference_number = d.pop("buyerReferenceNumber", UNSET)

        if (
            _reader is not None
            and buyer_reference_number.__class__ is not str
            and buyer_reference_number is not UNSET
        ):
            raise DeviationError("buyerReferenceNumber")

        _collect_freight_pickup_details = d.pop("collectFreightPickupDetails", UNSET)
        collect_freight_pickup_details = (
            UNSET
            if _collect_freight_pickup_details is UNSET
            else CollectFreightPickupDetails.from_dict(_collect_freight_pickup_details)
        )

        _containers = d.pop("containers", UNSET)
        containers = (
            UNSET
            if _containers is UNSET
            else [Containers.from_dict(_item) for _item in _containers]
        )

        _current_shipment_status = d.pop("currentShipmentStatus", UNSET)
        current_shipment_status = (
            UNSET
            if _current_shipment_status is UNSET
            else (
                ShipmentCurrentShipmentStatus._value2member_map_.get(
                    _current_shipment_status
                )
                if _current_shipment_status.__class__ is str
                else None
            )
            or ShipmentCurrentShipmentStatus(_current_shipment_status)
        )

        _currentshipment_status_date = d.pop("currentshipmentStatusDate", UNSET)
        currentshipment_status_date = (
            UNSET
            if _currentshipment_status_date is UNSET
            else datetime.datetime.fromisoformat(_currentshipment_status_date)
        )

        if (
            _reader is not None
            and not isinstance(currentshipment_status_date, Unset)
            and currentshipment_status_date.tzinfo is None
        ):
            raise DeviationError("currentshipmentStatusDate")

        _import_details = d.pop("importDetails", UNSET)
        import_details = (
            UNSET
            if _import_details is UNSET
            else ImportDetails.from_dict(_import_details)
        )

        _package_label_create_date = d.pop("packageLabelCreateDate", UNSET)
        package_label_create_date = (
            UNSET
            if _package_label_create_date is UNSET
            else datetime.datetime.fromisoformat(_package_label_create_date)
        )

        if (
            _reader is not None
            and not isinstance(package_label_create_date, Unset)
            and package_label_create_date.tzinfo is None
        ):
            raise DeviationError("packageLabelCreateDate")

        _purchase_orders = d.pop("purchaseOrders", UNSET)
        purchase_orders = (
            UNSET
            if _purchase_orders is UNSET
            else [PurchaseOrders.from_dict(_item) for _item in _purchase_orders]
        )

        _shipment_confirm_date = d.pop("shipmentConfirmDate", UNSET)
        shipment_confirm_date = (
            UNSET
            if _shipment_confirm_date is UNSET
            else datetime.datetime.fromisoformat(_shipment_confirm_date)
        )

        if (
            _reader is not None
            and not isinstance(shipment_confirm_date, Unset)
            and shipment_confirm_date.tzinfo is None
        ):
            raise DeviationError("shipmentConfirmDate")

        _shipment_create_date = d.pop("shipmentCreateDate", UNSET)
        shipment_create_date = (
            UNSET
            if _shipment_create_date is UNSET
            else datetime.datetime.fromisoformat(_shipment_create_date)
        )

        if (
            _reader is not None
            and not isinstance(shipment_create_date, Unset)
            and shipment_create_date.tzinfo is None
        ):
            raise DeviationError("shipmentCreateDate")

        _shipment_freight_term = d.pop("shipmentFreightTerm", UNSET)
        shipment_freight_term = (
            UNSET
            if _shipment_freight_term is UNSET
            else (
                ShipmentShipmentFreightTerm._value2member_map_.get(
                    _shipment_freight_term
                )
                if _shipment_freight_term.__class__ is str
                else None
            )
            or ShipmentShipmentFreightTerm(_shipment_freight_term)
        )

        _shipment_measurements = d.pop("shipmentMeasurements", UNSET)
        shipment_measurements = (
            UNSET
            if _shipment_measurements is UNSET
            else TransportShipmentMeasurements.from_dict(_shipment_measurements)
        )

        _shipment_status_details = d.pop("shipmentStatusDetails", UNSET)
        shipment_status_details = (
            UNSET
            if _shipment_status_details is UNSET
            else [
                ShipmentStatusDetails.from_dict(_item)
                for _item in _shipment_status_details
            ]
        )

        _transportation_details = d.pop("transportationDetails", UNSET)
        transportation_details = (
            UNSET
            if _transportation_details is UNSET
            else TransportationDetails.from_dict(_transportation_details)
        )

        if cls is Shipment:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.selling_party = selling_party
            _built.ship_from_party = ship_from_party
            _built.ship_to_party = ship_to_party
            _built.transaction_date = transaction_date
            _built.transaction_type = transaction_type
            _built.vendor_shipment_identifier = vendor_shipment_identifier
            _built.buyer_reference_number = buyer_reference_number
            _built.collect_freight_pickup_details = collect_freight_pickup_details
            _built.containers = containers
            _built.current_shipment_status = current_shipment_status
            _built.currentshipment_status_date = currentshipment_status_date
            _built.import_details = import_details
            _built.package_label_create_date = package_label_create_date
            _built.purchase_orders = purchase_orders
            _built.shipment_confirm_date = shipment_confirm_date
            _built.shipment_create_date = shipment_create_date
            _built.shipment_freight_term = shipment_freight_term
            _built.shipment_measurements = shipment_measurements
            _built.shipment_status_details = shipment_status_details
            _built.transportation_details = transportation_details
            _built._parse_notes = None
            shipment = _built
        else:  # a subclass: its own __init__ runs
            shipment = cls(
                selling_party=selling_party,
                ship_from_party=ship_from_party,
                ship_to_party=ship_to_party,
                transaction_date=transaction_date,
                transaction_type=transaction_type,
                vendor_shipment_identifier=vendor_shipment_identifier,
                buyer_reference_number=buyer_reference_number,
                collect_freight_pickup_details=collect_freight_pickup_details,
                containers=containers,
                current_shipment_status=current_shipment_status,
                currentshipment_status_date=currentshipment_status_date,
                import_details=import_details,
                package_label_create_date=package_label_create_date,
                purchase_orders=purchase_orders,
                shipment_confirm_date=shipment_confirm_date,
                shipment_create_date=shipment_create_date,
                shipment_freight_term=shipment_freight_term,
                shipment_measurements=shipment_measurements,
                shipment_status_details=shipment_status_details,
                transportation_details=transportation_details,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment.additional_properties = d or {}
        return shipment

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
