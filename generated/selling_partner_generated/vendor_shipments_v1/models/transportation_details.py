from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transportation_details_ship_mode import TransportationDetailsShipMode
from ..models.transportation_details_transportation_mode import (
    TransportationDetailsTransportationMode,
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
    from ..models.carrier_details import CarrierDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, CarrierDetails
    from ..models.carrier_details import CarrierDetails

    _lazy_pending = False


T = TypeVar("T", bound="TransportationDetails")


@_attrs_define
class TransportationDetails:
    """
    Attributes:
        bill_of_lading_number (str | Unset):
        carrier_details (CarrierDetails | Unset):
        estimated_delivery_date (datetime.datetime | Unset):
        ship_mode (TransportationDetailsShipMode | Unset):
        shipment_delivery_date (datetime.datetime | Unset):
        shipped_date (datetime.datetime | Unset):
        transportation_mode (TransportationDetailsTransportationMode | Unset):
    """

    bill_of_lading_number: str | Unset = UNSET
    carrier_details: CarrierDetails | Unset = UNSET
    estimated_delivery_date: datetime.datetime | Unset = UNSET
    ship_mode: TransportationDetailsShipMode | Unset = UNSET
    shipment_delivery_date: datetime.datetime | Unset = UNSET
    shipped_date: datetime.datetime | Unset = UNSET
    transportation_mode: TransportationDetailsTransportationMode | Unset = UNSET
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
        bill_of_lading_number = self.bill_of_lading_number

        carrier_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carrier_details, Unset):
            carrier_details = self.carrier_details.to_dict()

        estimated_delivery_date: str | Unset = UNSET
        if not isinstance(self.estimated_delivery_date, Unset):
            estimated_delivery_date = self.estimated_delivery_date.isoformat()

        ship_mode: str | Unset = UNSET
        if not isinstance(self.ship_mode, Unset):
            ship_mode = self.ship_mode.value

        shipment_delivery_date: str | Unset = UNSET
        if not isinstance(self.shipment_delivery_date, Unset):
            shipment_delivery_date = self.shipment_delivery_date.isoformat()

        shipped_date: str | Unset = UNSET
        if not isinstance(self.shipped_date, Unset):
            shipped_date = self.shipped_date.isoformat()

        transportation_mode: str | Unset = UNSET
        if not isinstance(self.transportation_mode, Unset):
            transportation_mode = self.transportation_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bill_of_lading_number is not UNSET:
            field_dict["billOfLadingNumber"] = bill_of_lading_number
        if carrier_details is not UNSET:
            field_dict["carrierDetails"] = carrier_details
        if estimated_delivery_date is not UNSET:
            field_dict["estimatedDeliveryDate"] = estimated_delivery_date
        if ship_mode is not UNSET:
            field_dict["shipMode"] = ship_mode
        if shipment_delivery_date is not UNSET:
            field_dict["shipmentDeliveryDate"] = shipment_delivery_date
        if shipped_date is not UNSET:
            field_dict["shippedDate"] = shipped_date
        if transportation_mode is not UNSET:
            field_dict["transportationMode"] = transportation_mode

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.carrier_details import CarrierDetails

        return (
            (
                ("billOfLadingNumber", "bill_of_lading_number", False, ("str",)),
                ("carrierDetails", "carrier_details", False, ("model", CarrierDetails)),
                (
                    "estimatedDeliveryDate",
                    "estimated_delivery_date",
                    False,
                    ("datetime",),
                ),
                (
                    "shipMode",
                    "ship_mode",
                    False,
                    ("enum", TransportationDetailsShipMode),
                ),
                (
                    "shipmentDeliveryDate",
                    "shipment_delivery_date",
                    False,
                    ("datetime",),
                ),
                ("shippedDate", "shipped_date", False, ("datetime",)),
                (
                    "transportationMode",
                    "transportation_mode",
                    False,
                    ("enum", TransportationDetailsTransportationMode),
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
        bill_of_lading_number = d.pop("billOfLadingNumber", UNSET)

        if (
            _reader is not None
            and bill_of_lading_number.__class__ is not str
            and bill_of_lading_number is not UNSET
        ):
            raise DeviationError("billOfLadingNumber")

        _carrier_details = d.pop("carrierDetails", UNSET)
        carrier_details = (
            UNSET
            if _carrier_details is UNSET
            else CarrierDetails.from_dict(_carrier_details)
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

        _ship_mode = d.pop("shipMode", UNSET)
        ship_mode = (
            UNSET
            if _ship_mode is UNSET
            else (
                TransportationDetailsShipMode._value2member_map_.get(_ship_mode)
                if _ship_mode.__class__ is str
                else None
            )
            or TransportationDetailsShipMode(_ship_mode)
        )

        _shipment_delivery_date = d.pop("shipmentDeliveryDate", UNSET)
        shipment_delivery_date = (
            UNSET
            if _shipment_delivery_date is UNSET
            else datetime.datetime.fromisoformat(_shipment_delivery_date)
        )

        if (
            _reader is not None
            and not isinstance(shipment_delivery_date, Unset)
            and shipment_delivery_date.tzinfo is None
        ):
            raise DeviationError("shipmentDeliveryDate")

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

        _transportation_mode = d.pop("transportationMode", UNSET)
        transportation_mode = (
            UNSET
            if _transportation_mode is UNSET
            else (
                TransportationDetailsTransportationMode._value2member_map_.get(
                    _transportation_mode
                )
                if _transportation_mode.__class__ is str
                else None
            )
            or TransportationDetailsTransportationMode(_transportation_mode)
        )

        if cls is TransportationDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.bill_of_lading_number = bill_of_lading_number
            _built.carrier_details = carrier_details
            _built.estimated_delivery_date = estimated_delivery_date
            _built.ship_mode = ship_mode
            _built.shipment_delivery_date = shipment_delivery_date
            _built.shipped_date = shipped_date
            _built.transportation_mode = transportation_mode
            _built._parse_notes = None
            transportation_details = _built
        else:  # a subclass: its own __init__ runs
            transportation_details = cls(
                bill_of_lading_number=bill_of_lading_number,
                carrier_details=carrier_details,
                estimated_delivery_date=estimated_delivery_date,
                ship_mode=ship_mode,
                shipment_delivery_date=shipment_delivery_date,
                shipped_date=shipped_date,
                transportation_mode=transportation_mode,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        transportation_details.additional_properties = d or {}
        return transportation_details

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
