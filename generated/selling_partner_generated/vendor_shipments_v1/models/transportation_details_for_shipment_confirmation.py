from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transportation_details_for_shipment_confirmation_transportation_mode import (
    TransportationDetailsForShipmentConfirmationTransportationMode,
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

T = TypeVar("T", bound="TransportationDetailsForShipmentConfirmation")


@_attrs_define
class TransportationDetailsForShipmentConfirmation:
    """
    Attributes:
        bill_of_lading_number (str | Unset):
        carrier_scac (str | Unset):
        carrier_shipment_reference_number (str | Unset):
        transportation_mode (TransportationDetailsForShipmentConfirmationTransportationMode | Unset):
    """

    bill_of_lading_number: str | Unset = UNSET
    carrier_scac: str | Unset = UNSET
    carrier_shipment_reference_number: str | Unset = UNSET
    transportation_mode: (
        TransportationDetailsForShipmentConfirmationTransportationMode | Unset
    ) = UNSET
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
        bill_of_lading_number = self.bill_of_lading_number

        carrier_scac = self.carrier_scac

        carrier_shipment_reference_number = self.carrier_shipment_reference_number

        transportation_mode: str | Unset = UNSET
        if not isinstance(self.transportation_mode, Unset):
            transportation_mode = self.transportation_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bill_of_lading_number is not UNSET:
            field_dict["billOfLadingNumber"] = bill_of_lading_number
        if carrier_scac is not UNSET:
            field_dict["carrierScac"] = carrier_scac
        if carrier_shipment_reference_number is not UNSET:
            field_dict["carrierShipmentReferenceNumber"] = (
                carrier_shipment_reference_number
            )
        if transportation_mode is not UNSET:
            field_dict["transportationMode"] = transportation_mode

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("billOfLadingNumber", "bill_of_lading_number", False, ("str",)),
                ("carrierScac", "carrier_scac", False, ("str",)),
                (
                    "carrierShipmentReferenceNumber",
                    "carrier_shipment_reference_number",
                    False,
                    ("str",),
                ),
                (
                    "transportationMode",
                    "transportation_mode",
                    False,
                    (
                        "enum",
                        TransportationDetailsForShipmentConfirmationTransportationMode,
                    ),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        bill_of_lading_number = d.pop("billOfLadingNumber", UNSET)

        if (
            _reader is not None
            and bill_of_lading_number.__class__ is not str
            and bill_of_lading_number is not UNSET
        ):
            raise DeviationError("billOfLadingNumber")

        carrier_scac = d.pop("carrierScac", UNSET)

        if (
            _reader is not None
            and carrier_scac.__class__ is not str
            and carrier_scac is not UNSET
        ):
            raise DeviationError("carrierScac")

        carrier_shipment_reference_number = d.pop(
            "carrierShipmentReferenceNumber", UNSET
        )

        if (
            _reader is not None
            and carrier_shipment_reference_number.__class__ is not str
            and carrier_shipment_reference_number is not UNSET
        ):
            raise DeviationError("carrierShipmentReferenceNumber")

        _transportation_mode = d.pop("transportationMode", UNSET)
        transportation_mode = (
            UNSET
            if _transportation_mode is UNSET
            else (
                TransportationDetailsForShipmentConfirmationTransportationMode._value2member_map_.get(
                    _transportation_mode
                )
                if _transportation_mode.__class__ is str
                else None
            )
            or TransportationDetailsForShipmentConfirmationTransportationMode(
                _transportation_mode
            )
        )

        if cls is TransportationDetailsForShipmentConfirmation:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.bill_of_lading_number = bill_of_lading_number
            _built.carrier_scac = carrier_scac
            _built.carrier_shipment_reference_number = carrier_shipment_reference_number
            _built.transportation_mode = transportation_mode
            _built._parse_notes = None
            transportation_details_for_shipment_confirmation = _built
        else:  # a subclass: its own __init__ runs
            transportation_details_for_shipment_confirmation = cls(
                bill_of_lading_number=bill_of_lading_number,
                carrier_scac=carrier_scac,
                carrier_shipment_reference_number=carrier_shipment_reference_number,
                transportation_mode=transportation_mode,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        transportation_details_for_shipment_confirmation.additional_properties = d or {}
        return transportation_details_for_shipment_confirmation

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
