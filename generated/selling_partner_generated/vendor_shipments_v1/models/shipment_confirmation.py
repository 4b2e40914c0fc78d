from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipment_confirmation_shipment_confirmation_type import (
    ShipmentConfirmationShipmentConfirmationType,
)
from ..models.shipment_confirmation_shipment_structure import (
    ShipmentConfirmationShipmentStructure,
)
from ..models.shipment_confirmation_shipment_type import (
    ShipmentConfirmationShipmentType,
)
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
    from ..models.carton import Carton
    from ..models.import_details import ImportDetails
    from ..models.item import Item
    from ..models.pallet import Pallet
    from ..models.party_identification import PartyIdentification
    from ..models.shipment_measurements import ShipmentMeasurements
    from ..models.transportation_details_for_shipment_confirmation import (
        TransportationDetailsForShipmentConfirmation,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        Carton, \
        ImportDetails, \
        Item, \
        Pallet, \
        PartyIdentification, \
        ShipmentMeasurements, \
        TransportationDetailsForShipmentConfirmation
    from ..models.carton import Carton
    from ..models.import_details import ImportDetails
    from ..models.item import Item
    from ..models.pallet import Pallet
    from ..models.party_identification import PartyIdentification
    from ..models.shipment_measurements import ShipmentMeasurements
    from ..models.transportation_details_for_shipment_confirmation import (
        TransportationDetailsForShipmentConfirmation,
    )

    _lazy_pending = False


T = TypeVar("T", bound="ShipmentConfirmation")


@_attrs_define
class ShipmentConfirmation:
    """
    Attributes:
        selling_party (PartyIdentification):
        ship_from_party (PartyIdentification):
        ship_to_party (PartyIdentification):
        shipment_confirmation_date (datetime.datetime):
        shipment_confirmation_type (ShipmentConfirmationShipmentConfirmationType):
        shipment_identifier (str):
        shipped_items (list[Item]):
        amazon_reference_number (str | Unset):
        cartons (list[Carton] | Unset):
        estimated_delivery_date (datetime.datetime | Unset):
        import_details (ImportDetails | Unset):
        pallets (list[Pallet] | Unset):
        shipment_measurements (ShipmentMeasurements | Unset):
        shipment_structure (ShipmentConfirmationShipmentStructure | Unset):
        shipment_type (ShipmentConfirmationShipmentType | Unset):
        shipped_date (datetime.datetime | Unset):
        transportation_details (TransportationDetailsForShipmentConfirmation | Unset):
    """

    selling_party: PartyIdentification
    ship_from_party: PartyIdentification
    ship_to_party: PartyIdentification
    shipment_confirmation_date: datetime.datetime
    shipment_confirmation_type: ShipmentConfirmationShipmentConfirmationType
    shipment_identifier: str
    shipped_items: list[Item]
    amazon_reference_number: str | Unset = UNSET
    cartons: list[Carton] | Unset = UNSET
    estimated_delivery_date: datetime.datetime | Unset = UNSET
    import_details: ImportDetails | Unset = UNSET
    pallets: list[Pallet] | Unset = UNSET
    shipment_measurements: ShipmentMeasurements | Unset = UNSET
    shipment_structure: ShipmentConfirmationShipmentStructure | Unset = UNSET
    shipment_type: ShipmentConfirmationShipmentType | Unset = UNSET
    shipped_date: datetime.datetime | Unset = UNSET
    transportation_details: TransportationDetailsForShipmentConfirmation | Unset = UNSET
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

        shipment_confirmation_date = self.shipment_confirmation_date.isoformat()

        shipment_confirmation_type = self.shipment_confirmation_type.value

        shipment_identifier = self.shipment_identifier

        shipped_items = []
        for shipped_items_item_data in self.shipped_items:
            shipped_items_item = shipped_items_item_data.to_dict()
            shipped_items.append(shipped_items_item)

        amazon_reference_number = self.amazon_reference_number

        cartons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cartons, Unset):
            cartons = []
            for cartons_item_data in self.cartons:
                cartons_item = cartons_item_data.to_dict()
                cartons.append(cartons_item)

        estimated_delivery_date: str | Unset = UNSET
        if not isinstance(self.estimated_delivery_date, Unset):
            estimated_delivery_date = self.estimated_delivery_date.isoformat()

        import_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.import_details, Unset):
            import_details = self.import_details.to_dict()

        pallets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pallets, Unset):
            pallets = []
            for pallets_item_data in self.pallets:
                pallets_item = pallets_item_data.to_dict()
                pallets.append(pallets_item)

        shipment_measurements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipment_measurements, Unset):
            shipment_measurements = self.shipment_measurements.to_dict()

        shipment_structure: str | Unset = UNSET
        if not isinstance(self.shipment_structure, Unset):
            shipment_structure = self.shipment_structure.value

        shipment_type: str | Unset = UNSET
        if not isinstance(self.shipment_type, Unset):
            shipment_type = self.shipment_type.value

        shipped_date: str | Unset = UNSET
        if not isinstance(self.shipped_date, Unset):
            shipped_date = self.shipped_date.isoformat()

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
                "shipmentConfirmationDate": shipment_confirmation_date,
                "shipmentConfirmationType": shipment_confirmation_type,
                "shipmentIdentifier": shipment_identifier,
                "shippedItems": shipped_items,
            }
        )
        if amazon_reference_number is not UNSET:
            field_dict["amazonReferenceNumber"] = amazon_reference_number
        if cartons is not UNSET:
            field_dict["cartons"] = cartons
        if estimated_delivery_date is not UNSET:
            field_dict["estimatedDeliveryDate"] = estimated_delivery_date
        if import_details is not UNSET:
            field_dict["importDetails"] = import_details
        if pallets is not UNSET:
            field_dict["pallets"] = pallets
        if shipment_measurements is not UNSET:
            field_dict["shipmentMeasurements"] = shipment_measurements
        if shipment_structure is not UNSET:
            field_dict["shipmentStructure"] = shipment_structure
        if shipment_type is not UNSET:
            field_dict["shipmentType"] = shipment_type
        if shipped_date is not UNSET:
            field_dict["shippedDate"] = shipped_date
        if transportation_details is not UNSET:
            field_dict["transportationDetails"] = transportation_details

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.carton import Carton
        from ..models.import_details import ImportDetails
        from ..models.item import Item
        from ..models.pallet import Pallet
        from ..models.party_identification import PartyIdentification
        from ..models.shipment_measurements import ShipmentMeasurements
        from ..models.transportation_details_for_shipment_confirmation import (
            TransportationDetailsForShipmentConfirmation,
        )

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
                (
                    "shipmentConfirmationDate",
                    "shipment_confirmation_date",
                    True,
                    ("datetime",),
                ),
                (
                    "shipmentConfirmationType",
                    "shipment_confirmation_type",
                    True,
                    ("enum", ShipmentConfirmationShipmentConfirmationType),
                ),
                ("shipmentIdentifier", "shipment_identifier", True, ("str",)),
                ("shippedItems", "shipped_items", True, ("list", ("model", Item))),
                ("amazonReferenceNumber", "amazon_reference_number", False, ("str",)),
                ("cartons", "cartons", False, ("list", ("model", Carton))),
                (
                    "estimatedDeliveryDate",
                    "estimated_delivery_date",
                    False,
                    ("datetime",),
                ),
                ("importDetails", "import_details", False, ("model", ImportDetails)),
                ("pallets", "pallets", False, ("list", ("model", Pallet))),
                (
                    "shipmentMeasurements",
                    "shipment_measurements",
                    False,
                    ("model", ShipmentMeasurements),
                ),
                (
                    "shipmentStructure",
                    "shipment_structure",
                    False,
                    ("enum", ShipmentConfirmationShipmentStructure),
                ),
                (
                    "shipmentType",
                    "shipment_type",
                    False,
                    ("enum", ShipmentConfirmationShipmentType),
                ),
                ("shippedDate", "shipped_date", False, ("datetime",)),
                (
                    "transportationDetails",
                    "transportation_details",
                    False,
                    ("model", TransportationDetailsForShipmentConfirmation),
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

        shipment_confirmation_date = datetime.datetime.fromisoformat(
            d.pop("shipmentConfirmationDate")
        )

        if _reader is not None and shipment_confirmation_date.tzinfo is None:
            raise DeviationError("shipmentConfirmationDate")

        _shipment_confirmation_type = d.pop("shipmentConfirmationType")
        shipment_confirmation_type = (
            ShipmentConfirmationShipmentConfirmationType._value2member_map_.get(
                _shipment_confirmation_type
            )
            if _shipment_confirmation_type.__class__ is str
            else None
        ) or ShipmentConfirmationShipmentConfirmationType(_shipment_confirmation_type)

        shipment_identifier = d.pop("shipmentIdentifier")

        if _reader is not None and shipment_identifier.__class__ is not str:
            raise DeviationError("shipmentIdentifier")

        _shipped_items = d.pop("shippedItems")
        shipped_items = [Item.from_dict(_item) for _item in _shipped_items]

        amazon_reference_number = d.pop("amazonReferenceNumber", UNSET)

        if (
            _reader is not None
            and amazon_reference_number.__class__ is not str
            and amazon_reference_number is not UNSET
        ):
            raise DeviationError("amazonReferenceNumber")

        _cartons = d.pop("cartons", UNSET)
        cartons = (
            UNSET
            if _cartons is UNSET
            else [Carton.from_dict(_item) for _item in _cartons]
        )

        _estimated_delivery_date = d.pop("estimatedDeliveryDate", UNSET)
        estimated_delivery_date = (
            UNSET
            if _estimated_delivery_date is UNSET
            else datetime.datetime.fromisoformat(_estimated_delivery_date)
        )

        if (
            _reader is not None
            and not isinstance(estimated_delivery_date, Unset)
            and estimated_delivery_date.tzinfo is None
        ):
            raise DeviationError("estimatedDeliveryDate")

        _import_details = d.pop("importDetails", UNSET)
        import_details = (
            UNSET
            if _import_details is UNSET
            else ImportDetails.from_dict(_import_details)
        )

        _pallets = d.pop("pallets", UNSET)
        pallets = (
            UNSET
            if _pallets is UNSET
            else [Pallet.from_dict(_item) for _item in _pallets]
        )

        _shipment_measurements = d.pop("shipmentMeasurements", UNSET)
        shipment_measurements = (
            UNSET
            if _shipment_measurements is UNSET
            else ShipmentMeasurements.from_dict(_shipment_measurements)
        )

        _shipment_structure = d.pop("shipmentStructure", UNSET)
        shipment_structure = (
            UNSET
            if _shipment_structure is UNSET
            else (
                ShipmentConfirmationShipmentStructure._value2member_map_.get(
                    _shipment_structure
                )
                if _shipment_structure.__class__ is str
                else None
            )
            or ShipmentConfirmationShipmentStructure(_shipment_structure)
        )

        _shipment_type = d.pop("shipmentType", UNSET)
        shipment_type = (
            UNSET
            if _shipment_type is UNSET
            else (
                ShipmentConfirmationShipmentType._value2member_map_.get(_shipment_type)
                if _shipment_type.__class__ is str
                else None
            )
            or ShipmentConfirmationShipmentType(_shipment_type)
        )

        _shipped_date = d.pop("shippedDate", UNSET)
        shipped_date = (
            UNSET
            if _shipped_date is UNSET
            else datetime.datetime.fromisoformat(_shipped_date)
        )

        if (
            _reader is not None
            and not isinstance(shipped_date, Unset)
            and shipped_date.tzinfo is None
        ):
            raise DeviationError("shippedDate")

        _transportation_details = d.pop("transportationDetails", UNSET)
        transportation_details = (
            UNSET
            if _transportation_details is UNSET
            else TransportationDetailsForShipmentConfirmation.from_dict(
                _transportation_details
            )
        )

        if cls is ShipmentConfirmation:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.selling_party = selling_party
            _built.ship_from_party = ship_from_party
            _built.ship_to_party = ship_to_party
            _built.shipment_confirmation_date = shipment_confirmation_date
            _built.shipment_confirmation_type = shipment_confirmation_type
            _built.shipment_identifier = shipment_identifier
            _built.shipped_items = shipped_items
            _built.amazon_reference_number = amazon_reference_number
            _built.cartons = cartons
            _built.estimated_delivery_date = estimated_delivery_date
            _built.import_details = import_details
            _built.pallets = pallets
            _built.shipment_measurements = shipment_measurements
            _built.shipment_structure = shipment_structure
            _built.shipment_type = shipment_type
            _built.shipped_date = shipped_date
            _built.transportation_details = transportation_details
            _built._parse_notes = None
            shipment_confirmation = _built
        else:  # a subclass: its own __init__ runs
            shipment_confirmation = cls(
                selling_party=selling_party,
                ship_from_party=ship_from_party,
                ship_to_party=ship_to_party,
                shipment_confirmation_date=shipment_confirmation_date,
                shipment_confirmation_type=shipment_confirmation_type,
                shipment_identifier=shipment_identifier,
                shipped_items=shipped_items,
                amazon_reference_number=amazon_reference_number,
                cartons=cartons,
                estimated_delivery_date=estimated_delivery_date,
                import_details=import_details,
                pallets=pallets,
                shipment_measurements=shipment_measurements,
                shipment_structure=shipment_structure,
                shipment_type=shipment_type,
                shipped_date=shipped_date,
                transportation_details=transportation_details,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment_confirmation.additional_properties = d or {}
        return shipment_confirmation

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
