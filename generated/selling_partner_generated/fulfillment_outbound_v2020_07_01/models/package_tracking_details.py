from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.additional_location_info import AdditionalLocationInfo
from ..models.current_status import CurrentStatus
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
    from ..models.date_range import DateRange
    from ..models.tracking_address import TrackingAddress
    from ..models.tracking_event import TrackingEvent


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, DateRange, TrackingAddress, TrackingEvent
    from ..models.date_range import DateRange
    from ..models.tracking_address import TrackingAddress
    from ..models.tracking_event import TrackingEvent

    _lazy_pending = False


T = TypeVar("T", bound="PackageTrackingDetails")


@_attrs_define
class PackageTrackingDetails:
    """
    Attributes:
        package_number (int):
        additional_location_info (AdditionalLocationInfo | Unset):
        carrier_code (str | Unset):
        carrier_phone_number (str | Unset):
        carrier_url (str | Unset):
        current_status (CurrentStatus | Unset):
        current_status_description (str | Unset):
        customer_tracking_link (str | Unset):
        delivery_window (DateRange | Unset):
        estimated_arrival_date (datetime.datetime | Unset):
        ship_date (datetime.datetime | Unset):
        ship_to_address (TrackingAddress | Unset):
        signed_for_by (str | Unset):
        tracking_events (list[TrackingEvent] | Unset):
        tracking_number (str | Unset):
    """

    package_number: int
    additional_location_info: AdditionalLocationInfo | Unset = UNSET
    carrier_code: str | Unset = UNSET
    carrier_phone_number: str | Unset = UNSET
    carrier_url: str | Unset = UNSET
    current_status: CurrentStatus | Unset = UNSET
    current_status_description: str | Unset = UNSET
    customer_tracking_link: str | Unset = UNSET
    delivery_window: DateRange | Unset = UNSET
    estimated_arrival_date: datetime.datetime | Unset = UNSET
    ship_date: datetime.datetime | Unset = UNSET
    ship_to_address: TrackingAddress | Unset = UNSET
    signed_for_by: str | Unset = UNSET
    tracking_events: list[TrackingEvent] | Unset = UNSET
    tracking_number: str | Unset = UNSET
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
        package_number = self.package_number

        additional_location_info: str | Unset = UNSET
        if not isinstance(self.additional_location_info, Unset):
            additional_location_info = self.additional_location_info.value

        carrier_code = self.carrier_code

        carrier_phone_number = self.carrier_phone_number

        carrier_url = self.carrier_url

        current_status: str | Unset = UNSET
        if not isinstance(self.current_status, Unset):
            current_status = self.current_status.value

        current_status_description = self.current_status_description

        customer_tracking_link = self.customer_tracking_link

        delivery_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_window, Unset):
            delivery_window = self.delivery_window.to_dict()

        estimated_arrival_date: str | Unset = UNSET
        if not isinstance(self.estimated_arrival_date, Unset):
            estimated_arrival_date = self.estimated_arrival_date.isoformat()

        ship_date: str | Unset = UNSET
        if not isinstance(self.ship_date, Unset):
            ship_date = self.ship_date.isoformat()

        ship_to_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to_address, Unset):
            ship_to_address = self.ship_to_address.to_dict()

        signed_for_by = self.signed_for_by

        tracking_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tracking_events, Unset):
            tracking_events = []
            for componentsschemas_tracking_event_list_item_data in self.tracking_events:
                componentsschemas_tracking_event_list_item = (
                    componentsschemas_tracking_event_list_item_data.to_dict()
                )
                tracking_events.append(componentsschemas_tracking_event_list_item)

        tracking_number = self.tracking_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "packageNumber": package_number,
            }
        )
        if additional_location_info is not UNSET:
            field_dict["additionalLocationInfo"] = additional_location_info
        if carrier_code is not UNSET:
            field_dict["carrierCode"] = carrier_code
        if carrier_phone_number is not UNSET:
            field_dict["carrierPhoneNumber"] = carrier_phone_number
        if carrier_url is not UNSET:
            field_dict["carrierURL"] = carrier_url
        if current_status is not UNSET:
            field_dict["currentStatus"] = current_status
        if current_status_description is not UNSET:
            field_dict["currentStatusDescription"] = current_status_description
        if customer_tracking_link is not UNSET:
            field_dict["customerTrackingLink"] = customer_tracking_link
        if delivery_window is not UNSET:
            field_dict["deliveryWindow"] = delivery_window
        if estimated_arrival_date is not UNSET:
            field_dict["estimatedArrivalDate"] = estimated_arrival_date
        if ship_date is not UNSET:
            field_dict["shipDate"] = ship_date
        if ship_to_address is not UNSET:
            field_dict["shipToAddress"] = ship_to_address
        if signed_for_by is not UNSET:
            field_dict["signedForBy"] = signed_for_by
        if tracking_events is not UNSET:
            field_dict["trackingEvents"] = tracking_events
        if tracking_number is not UNSET:
            field_dict["trackingNumber"] = tracking_number

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.date_range import DateRange
        from ..models.tracking_address import TrackingAddress
        from ..models.tracking_event import TrackingEvent

        return (
            (
                ("packageNumber", "package_number", True, ("int",)),
                (
                    "additionalLocationInfo",
                    "additional_location_info",
                    False,
                    ("enum", AdditionalLocationInfo),
                ),
                ("carrierCode", "carrier_code", False, ("str",)),
                ("carrierPhoneNumber", "carrier_phone_number", False, ("str",)),
                ("carrierURL", "carrier_url", False, ("str",)),
                ("currentStatus", "current_status", False, ("enum", CurrentStatus)),
                (
                    "currentStatusDescription",
                    "current_status_description",
                    False,
                    ("str",),
                ),
                ("customerTrackingLink", "customer_tracking_link", False, ("str",)),
                ("deliveryWindow", "delivery_window", False, ("model", DateRange)),
                (
                    "estimatedArrivalDate",
                    "estimated_arrival_date",
                    False,
                    ("datetime",),
                ),
                ("shipDate", "ship_date", False, ("datetime",)),
                ("shipToAddress", "ship_to_address", False, ("model", TrackingAddress)),
                ("signedForBy", "signed_for_by", False, ("str",)),
                (
                    "trackingEvents",
                    "tracking_events",
                    False,
                    ("list", ("model", TrackingEvent)),
                ),
                ("trackingNumber", "tracking_number", False, ("str",)),
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
        package_number = d.pop("packageNumber")

        if _reader is not None and package_number.__class__ is not int:
            raise DeviationError("packageNumber")

        _additional_location_info = d.pop("additionalLocationInfo", UNSET)
        additional_location_info = (
            UNSET
            if _additional_location_info is UNSET
            else (
                AdditionalLocationInfo._value2member_map_.get(_additional_location_info)
                if _additional_location_info.__class__ is str
                else None
            )
            or AdditionalLocationInfo(_additional_location_info)
        )

        carrier_code = d.pop("carrierCode", UNSET)

        if (
            _reader is not None
            and carrier_code.__class__ is not str
            and carrier_code is not UNSET
        ):
            raise DeviationError("carrierCode")

        carrier_phone_number = d.pop("carrierPhoneNumber", UNSET)

        if (
            _reader is not None
            and carrier_phone_number.__class__ is not str
            and carrier_phone_number is not UNSET
        ):
            raise DeviationError("carrierPhoneNumber")

        carrier_url = d.pop("carrierURL", UNSET)

        if (
            _reader is not None
            and carrier_url.__class__ is not str
            and carrier_url is not UNSET
        ):
            raise DeviationError("carrierURL")

        _current_status = d.pop("currentStatus", UNSET)
        current_status = (
            UNSET
            if _current_status is UNSET
            else (
                CurrentStatus._value2member_map_.get(_current_status)
                if _current_status.__class__ is str
                else None
            )
            or CurrentStatus(_current_status)
        )

        current_status_description = d.pop("currentStatusDescription", UNSET)

        if (
            _reader is not None
            and current_status_description.__class__ is not str
            and current_status_description is not UNSET
        ):
            raise DeviationError("currentStatusDescription")

        customer_tracking_link = d.pop("customerTrackingLink", UNSET)

        if (
            _reader is not None
            and customer_tracking_link.__class__ is not str
            and customer_tracking_link is not UNSET
        ):
            raise DeviationError("customerTrackingLink")

        _delivery_window = d.pop("deliveryWindow", UNSET)
        delivery_window = (
            UNSET
            if _delivery_window is UNSET
            else DateRange.from_dict(_delivery_window)
        )

        _estimated_arrival_date = d.pop("estimatedArrivalDate", UNSET)
        estimated_arrival_date = (
            UNSET
            if _estimated_arrival_date is UNSET
            else datetime.datetime.fromisoformat(_estimated_arrival_date)
        )

        if (
            _reader is not None
            and not isinstance(estimated_arrival_date, Unset)
            and estimated_arrival_date.tzinfo is None
        ):
            raise DeviationError("estimatedArrivalDate")

        _ship_date = d.pop("shipDate", UNSET)
        ship_date = (
            UNSET
            if _ship_date is UNSET
            else datetime.datetime.fromisoformat(_ship_date)
        )

        if (
            _reader is not None
            and not isinstance(ship_date, Unset)
            and ship_date.tzinfo is None
        ):
            raise DeviationError("shipDate")

        _ship_to_address = d.pop("shipToAddress", UNSET)
        ship_to_address = (
            UNSET
            if _ship_to_address is UNSET
            else TrackingAddress.from_dict(_ship_to_address)
        )

        signed_for_by = d.pop("signedForBy", UNSET)

        if (
            _reader is not None
            and signed_for_by.__class__ is not str
            and signed_for_by is not UNSET
        ):
            raise DeviationError("signedForBy")

        _tracking_events = d.pop("trackingEvents", UNSET)
        tracking_events = (
            UNSET
            if _tracking_events is UNSET
            else [TrackingEvent.from_dict(_item) for _item in _tracking_events]
        )

        tracking_number = d.pop("trackingNumber", UNSET)

        if (
            _reader is not None
            and tracking_number.__class__ is not str
            and tracking_number is not UNSET
        ):
            raise DeviationError("trackingNumber")

        if cls is PackageTrackingDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.package_number = package_number
            _built.additional_location_info = additional_location_info
            _built.carrier_code = carrier_code
            _built.carrier_phone_number = carrier_phone_number
            _built.carrier_url = carrier_url
            _built.current_status = current_status
            _built.current_status_description = current_status_description
            _built.customer_tracking_link = customer_tracking_link
            _built.delivery_window = delivery_window
            _built.estimated_arrival_date = estimated_arrival_date
            _built.ship_date = ship_date
            _built.ship_to_address = ship_to_address
            _built.signed_for_by = signed_for_by
            _built.tracking_events = tracking_events
            _built.tracking_number = tracking_number
            _built._parse_notes = None
            package_tracking_details = _built
        else:  # a subclass: its own __init__ runs
            package_tracking_details = cls(
                package_number=package_number,
                additional_location_info=additional_location_info,
                carrier_code=carrier_code,
                carrier_phone_number=carrier_phone_number,
                carrier_url=carrier_url,
                current_status=current_status,
                current_status_description=current_status_description,
                customer_tracking_link=customer_tracking_link,
                delivery_window=delivery_window,
                estimated_arrival_date=estimated_arrival_date,
                ship_date=ship_date,
                ship_to_address=ship_to_address,
                signed_for_by=signed_for_by,
                tracking_events=tracking_events,
                tracking_number=tracking_number,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        package_tracking_details.additional_properties = d or {}
        return package_tracking_details

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
