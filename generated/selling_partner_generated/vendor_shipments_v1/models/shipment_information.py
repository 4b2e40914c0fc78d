from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipment_information_ship_mode import ShipmentInformationShipMode
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
    from ..models.party_identification import PartyIdentification
    from ..models.vendor_details import VendorDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, PartyIdentification, VendorDetails
    from ..models.party_identification import PartyIdentification
    from ..models.vendor_details import VendorDetails

    _lazy_pending = False


T = TypeVar("T", bound="ShipmentInformation")


@_attrs_define
class ShipmentInformation:
    """
    Attributes:
        buyer_reference_number (str | Unset):
        master_tracking_id (str | Unset):
        ship_from_party (PartyIdentification | Unset):
        ship_mode (ShipmentInformationShipMode | Unset):
        ship_to_party (PartyIdentification | Unset):
        total_label_count (int | Unset):
        vendor_details (VendorDetails | Unset):
        warehouse_id (str | Unset):
    """

    buyer_reference_number: str | Unset = UNSET
    master_tracking_id: str | Unset = UNSET
    ship_from_party: PartyIdentification | Unset = UNSET
    ship_mode: ShipmentInformationShipMode | Unset = UNSET
    ship_to_party: PartyIdentification | Unset = UNSET
    total_label_count: int | Unset = UNSET
    vendor_details: VendorDetails | Unset = UNSET
    warehouse_id: str | Unset = UNSET
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
        buyer_reference_number = self.buyer_reference_number

        master_tracking_id = self.master_tracking_id

        ship_from_party: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_from_party, Unset):
            ship_from_party = self.ship_from_party.to_dict()

        ship_mode: str | Unset = UNSET
        if not isinstance(self.ship_mode, Unset):
            ship_mode = self.ship_mode.value

        ship_to_party: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to_party, Unset):
            ship_to_party = self.ship_to_party.to_dict()

        total_label_count = self.total_label_count

        vendor_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor_details, Unset):
            vendor_details = self.vendor_details.to_dict()

        warehouse_id = self.warehouse_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if buyer_reference_number is not UNSET:
            field_dict["buyerReferenceNumber"] = buyer_reference_number
        if master_tracking_id is not UNSET:
            field_dict["masterTrackingId"] = master_tracking_id
        if ship_from_party is not UNSET:
            field_dict["shipFromParty"] = ship_from_party
        if ship_mode is not UNSET:
            field_dict["shipMode"] = ship_mode
        if ship_to_party is not UNSET:
            field_dict["shipToParty"] = ship_to_party
        if total_label_count is not UNSET:
            field_dict["totalLabelCount"] = total_label_count
        if vendor_details is not UNSET:
            field_dict["vendorDetails"] = vendor_details
        if warehouse_id is not UNSET:
            field_dict["warehouseId"] = warehouse_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.party_identification import PartyIdentification
        from ..models.vendor_details import VendorDetails

        return (
            (
                ("buyerReferenceNumber", "buyer_reference_number", False, ("str",)),
                ("masterTrackingId", "master_tracking_id", False, ("str",)),
                (
                    "shipFromParty",
                    "ship_from_party",
                    False,
                    ("model", PartyIdentification),
                ),
                ("shipMode", "ship_mode", False, ("enum", ShipmentInformationShipMode)),
                ("shipToParty", "ship_to_party", False, ("model", PartyIdentification)),
                ("totalLabelCount", "total_label_count", False, ("int",)),
                ("vendorDetails", "vendor_details", False, ("model", VendorDetails)),
                ("warehouseId", "warehouse_id", False, ("str",)),
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
        buyer_reference_number = d.pop("buyerReferenceNumber", UNSET)

        if (
            _reader is not None
            and buyer_reference_number.__class__ is not str
            and buyer_reference_number is not UNSET
        ):
            raise DeviationError("buyerReferenceNumber")

        master_tracking_id = d.pop("masterTrackingId", UNSET)

        if (
            _reader is not None
            and master_tracking_id.__class__ is not str
            and master_tracking_id is not UNSET
        ):
            raise DeviationError("masterTrackingId")

        _ship_from_party = d.pop("shipFromParty", UNSET)
        ship_from_party = (
            UNSET
            if _ship_from_party is UNSET
            else PartyIdentification.from_dict(_ship_from_party)
        )

        _ship_mode = d.pop("shipMode", UNSET)
        ship_mode = (
            UNSET
            if _ship_mode is UNSET
            else (
                ShipmentInformationShipMode._value2member_map_.get(_ship_mode)
                if _ship_mode.__class__ is str
                else None
            )
            or ShipmentInformationShipMode(_ship_mode)
        )

        _ship_to_party = d.pop("shipToParty", UNSET)
        ship_to_party = (
            UNSET
            if _ship_to_party is UNSET
            else PartyIdentification.from_dict(_ship_to_party)
        )

        total_label_count = d.pop("totalLabelCount", UNSET)

        if (
            _reader is not None
            and total_label_count.__class__ is not int
            and total_label_count is not UNSET
        ):
            raise DeviationError("totalLabelCount")

        _vendor_details = d.pop("vendorDetails", UNSET)
        vendor_details = (
            UNSET
            if _vendor_details is UNSET
            else VendorDetails.from_dict(_vendor_details)
        )

        warehouse_id = d.pop("warehouseId", UNSET)

        if (
            _reader is not None
            and warehouse_id.__class__ is not str
            and warehouse_id is not UNSET
        ):
            raise DeviationError("warehouseId")

        if cls is ShipmentInformation:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.buyer_reference_number = buyer_reference_number
            _built.master_tracking_id = master_tracking_id
            _built.ship_from_party = ship_from_party
            _built.ship_mode = ship_mode
            _built.ship_to_party = ship_to_party
            _built.total_label_count = total_label_count
            _built.vendor_details = vendor_details
            _built.warehouse_id = warehouse_id
            _built._parse_notes = None
            shipment_information = _built
        else:  # a subclass: its own __init__ runs
            shipment_information = cls(
                buyer_reference_number=buyer_reference_number,
                master_tracking_id=master_tracking_id,
                ship_from_party=ship_from_party,
                ship_mode=ship_mode,
                ship_to_party=ship_to_party,
                total_label_count=total_label_count,
                vendor_details=vendor_details,
                warehouse_id=warehouse_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment_information.additional_properties = d or {}
        return shipment_information

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
