from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.contact_information import ContactInformation
    from ..models.dates import Dates
    from ..models.freight_information import FreightInformation
    from ..models.selected_delivery_window import SelectedDeliveryWindow
    from ..models.self_ship_appointment_details import SelfShipAppointmentDetails
    from ..models.shipment_destination import ShipmentDestination
    from ..models.shipment_source import ShipmentSource
    from ..models.tracking_details import TrackingDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        ContactInformation, \
        Dates, \
        FreightInformation, \
        SelectedDeliveryWindow, \
        SelfShipAppointmentDetails, \
        ShipmentDestination, \
        ShipmentSource, \
        TrackingDetails
    from ..models.contact_information import ContactInformation
    from ..models.dates import Dates
    from ..models.freight_information import FreightInformation
    from ..models.selected_delivery_window import SelectedDeliveryWindow
    from ..models.self_ship_appointment_details import SelfShipAppointmentDetails
    from ..models.shipment_destination import ShipmentDestination
    from ..models.shipment_source import ShipmentSource
    from ..models.tracking_details import TrackingDetails

    _lazy_pending = False


T = TypeVar("T", bound="Shipment")


@_attrs_define
class Shipment:
    """
    Attributes:
        destination (ShipmentDestination):
        placement_option_id (str):
        shipment_id (str):
        source (ShipmentSource):
        amazon_reference_id (str | Unset):
        contact_information (ContactInformation | Unset):
        dates (Dates | Unset):
        freight_information (FreightInformation | Unset):
        name (str | Unset):
        selected_delivery_window (SelectedDeliveryWindow | Unset):
        selected_transportation_option_id (str | Unset):
        self_ship_appointment_details (list[SelfShipAppointmentDetails] | Unset):
        shipment_confirmation_id (str | Unset):
        status (str | Unset):
        tracking_details (TrackingDetails | Unset):
    """

    destination: ShipmentDestination
    placement_option_id: str
    shipment_id: str
    source: ShipmentSource
    amazon_reference_id: str | Unset = UNSET
    contact_information: ContactInformation | Unset = UNSET
    dates: Dates | Unset = UNSET
    freight_information: FreightInformation | Unset = UNSET
    name: str | Unset = UNSET
    selected_delivery_window: SelectedDeliveryWindow | Unset = UNSET
    selected_transportation_option_id: str | Unset = UNSET
    self_ship_appointment_details: list[SelfShipAppointmentDetails] | Unset = UNSET
    shipment_confirmation_id: str | Unset = UNSET
    status: str | Unset = UNSET
    tracking_details: TrackingDetails | Unset = UNSET
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
        destination = self.destination.to_dict()

        placement_option_id = self.placement_option_id

        shipment_id = self.shipment_id

        source = self.source.to_dict()

        amazon_reference_id = self.amazon_reference_id

        contact_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_information, Unset):
            contact_information = self.contact_information.to_dict()

        dates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = self.dates.to_dict()

        freight_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freight_information, Unset):
            freight_information = self.freight_information.to_dict()

        name = self.name

        selected_delivery_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selected_delivery_window, Unset):
            selected_delivery_window = self.selected_delivery_window.to_dict()

        selected_transportation_option_id = self.selected_transportation_option_id

        self_ship_appointment_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.self_ship_appointment_details, Unset):
            self_ship_appointment_details = []
            for (
                self_ship_appointment_details_item_data
            ) in self.self_ship_appointment_details:
                self_ship_appointment_details_item = (
                    self_ship_appointment_details_item_data.to_dict()
                )
                self_ship_appointment_details.append(self_ship_appointment_details_item)

        shipment_confirmation_id = self.shipment_confirmation_id

        status = self.status

        tracking_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracking_details, Unset):
            tracking_details = self.tracking_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination": destination,
                "placementOptionId": placement_option_id,
                "shipmentId": shipment_id,
                "source": source,
            }
        )
        if amazon_reference_id is not UNSET:
            field_dict["amazonReferenceId"] = amazon_reference_id
        if contact_information is not UNSET:
            field_dict["contactInformation"] = contact_information
        if dates is not UNSET:
            field_dict["dates"] = dates
        if freight_information is not UNSET:
            field_dict["freightInformation"] = freight_information
        if name is not UNSET:
            field_dict["name"] = name
        if selected_delivery_window is not UNSET:
            field_dict["selectedDeliveryWindow"] = selected_delivery_window
        if selected_transportation_option_id is not UNSET:
            field_dict["selectedTransportationOptionId"] = (
                selected_transportation_option_id
            )
        if self_ship_appointment_details is not UNSET:
            field_dict["selfShipAppointmentDetails"] = self_ship_appointment_details
        if shipment_confirmation_id is not UNSET:
            field_dict["shipmentConfirmationId"] = shipment_confirmation_id
        if status is not UNSET:
            field_dict["status"] = status
        if tracking_details is not UNSET:
            field_dict["trackingDetails"] = tracking_details

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.contact_information import ContactInformation
        from ..models.dates import Dates
        from ..models.freight_information import FreightInformation
        from ..models.selected_delivery_window import SelectedDeliveryWindow
        from ..models.self_ship_appointment_details import SelfShipAppointmentDetails
        from ..models.shipment_destination import ShipmentDestination
        from ..models.shipment_source import ShipmentSource
        from ..models.tracking_details import TrackingDetails

        return (
            (
                ("destination", "destination", True, ("model", ShipmentDestination)),
                ("placementOptionId", "placement_option_id", True, ("str",)),
                ("shipmentId", "shipment_id", True, ("str",)),
                ("source", "source", True, ("model", ShipmentSource)),
                ("amazonReferenceId", "amazon_reference_id", False, ("str",)),
                (
                    "contactInformation",
                    "contact_information",
                    False,
                    ("model", ContactInformation),
                ),
                ("dates", "dates", False, ("model", Dates)),
                (
                    "freightInformation",
                    "freight_information",
                    False,
                    ("model", FreightInformation),
                ),
                ("name", "name", False, ("str",)),
                (
                    "selectedDeliveryWindow",
                    "selected_delivery_window",
                    False,
                    ("model", SelectedDeliveryWindow),
                ),
                (
                    "selectedTransportationOptionId",
                    "selected_transportation_option_id",
                    False,
                    ("str",),
                ),
                (
                    "selfShipAppointmentDetails",
                    "self_ship_appointment_details",
                    False,
                    ("list", ("model", SelfShipAppointmentDetails)),
                ),
                ("shipmentConfirmationId", "shipment_confirmation_id", False, ("str",)),
                ("status", "status", False, ("str",)),
                (
                    "trackingDetails",
                    "tracking_details",
                    False,
                    ("model", TrackingDetails),
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
        destination = ShipmentDestination.from_dict(d.pop("destination"))

        placement_option_id = d.pop("placementOptionId")

        if _reader is not None and placement_option_id.__class__ is not str:
            raise DeviationError("placementOptionId")

        shipment_id = d.pop("shipmentId")

        if _reader is not None and shipment_id.__class__ is not str:
            raise DeviationError("shipmentId")

        source = ShipmentSource.from_dict(d.pop("source"))

        amazon_reference_id = d.pop("amazonReferenceId", UNSET)

        if (
            _reader is not None
            and amazon_reference_id.__class__ is not str
            and amazon_reference_id is not UNSET
        ):
            raise DeviationError("amazonReferenceId")

        _contact_information = d.pop("contactInformation", UNSET)
        contact_information = (
            UNSET
            if _contact_information is UNSET
            else ContactInformation.from_dict(_contact_information)
        )

        _dates = d.pop("dates", UNSET)
        dates = UNSET if _dates is UNSET else Dates.from_dict(_dates)

        _freight_information = d.pop("freightInformation", UNSET)
        freight_information = (
            UNSET
            if _freight_information is UNSET
            else FreightInformation.from_dict(_freight_information)
        )

        name = d.pop("name", UNSET)

        if _reader is not None and name.__class__ is not str and name is not UNSET:
            raise DeviationError("name")

        _selected_delivery_window = d.pop("selectedDeliveryWindow", UNSET)
        selected_delivery_window = (
            UNSET
            if _selected_delivery_window is UNSET
            else SelectedDeliveryWindow.from_dict(_selected_delivery_window)
        )

        selected_transportation_option_id = d.pop(
            "selectedTransportationOptionId", UNSET
        )

        if (
            _reader is not None
            and selected_transportation_option_id.__class__ is not str
            and selected_transportation_option_id is not UNSET
        ):
            raise DeviationError("selectedTransportationOptionId")

        _self_ship_appointment_details = d.pop("selfShipAppointmentDetails", UNSET)
        self_ship_appointment_details = (
            UNSET
            if _self_ship_appointment_details is UNSET
            else [
                SelfShipAppointmentDetails.from_dict(_item)
                for _item in _self_ship_appointment_details
            ]
        )

        shipment_confirmation_id = d.pop("shipmentConfirmationId", UNSET)

        if (
            _reader is not None
            and shipment_confirmation_id.__class__ is not str
            and shipment_confirmation_id is not UNSET
        ):
            raise DeviationError("shipmentConfirmationId")

        status = d.pop("status", UNSET)

        if _reader is not None and status.__class__ is not str and status is not UNSET:
            raise DeviationError("status")

        _tracking_details = d.pop("trackingDetails", UNSET)
        tracking_details = (
            UNSET
            if _tracking_details is UNSET
            else TrackingDetails.from_dict(_tracking_details)
        )

        if cls is Shipment:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.destination = destination
            _built.placement_option_id = placement_option_id
            _built.shipment_id = shipment_id
            _built.source = source
            _built.amazon_reference_id = amazon_reference_id
            _built.contact_information = contact_information
            _built.dates = dates
            _built.freight_information = freight_information
            _built.name = name
            _built.selected_delivery_window = selected_delivery_window
            _built.selected_transportation_option_id = selected_transportation_option_id
            _built.self_ship_appointment_details = self_ship_appointment_details
            _built.shipment_confirmation_id = shipment_confirmation_id
            _built.status = status
            _built.tracking_details = tracking_details
            _built._parse_notes = None
            shipment = _built
        else:  # a subclass: its own __init__ runs
            shipment = cls(
                destination=destination,
                placement_option_id=placement_option_id,
                shipment_id=shipment_id,
                source=source,
                amazon_reference_id=amazon_reference_id,
                contact_information=contact_information,
                dates=dates,
                freight_information=freight_information,
                name=name,
                selected_delivery_window=selected_delivery_window,
                selected_transportation_option_id=selected_transportation_option_id,
                self_ship_appointment_details=self_ship_appointment_details,
                shipment_confirmation_id=shipment_confirmation_id,
                status=status,
                tracking_details=tracking_details,
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
