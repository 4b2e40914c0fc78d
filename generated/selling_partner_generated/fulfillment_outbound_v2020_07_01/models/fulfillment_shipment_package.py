from __future__ import annotations

import datetime
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
    from ..models.delivery_information import DeliveryInformation
    from ..models.locker_details import LockerDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, DeliveryInformation, LockerDetails
    from ..models.delivery_information import DeliveryInformation
    from ..models.locker_details import LockerDetails

    _lazy_pending = False


T = TypeVar("T", bound="FulfillmentShipmentPackage")


@_attrs_define
class FulfillmentShipmentPackage:
    """
    Attributes:
        carrier_code (str):
        package_number (int):
        amazon_fulfillment_tracking_number (str | Unset):
        delivery_information (DeliveryInformation | Unset):
        estimated_arrival_date (datetime.datetime | Unset):
        locker_details (LockerDetails | Unset):
        tracking_number (str | Unset):
    """

    carrier_code: str
    package_number: int
    amazon_fulfillment_tracking_number: str | Unset = UNSET
    delivery_information: DeliveryInformation | Unset = UNSET
    estimated_arrival_date: datetime.datetime | Unset = UNSET
    locker_details: LockerDetails | Unset = UNSET
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
        carrier_code = self.carrier_code

        package_number = self.package_number

        amazon_fulfillment_tracking_number = self.amazon_fulfillment_tracking_number

        delivery_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_information, Unset):
            delivery_information = self.delivery_information.to_dict()

        estimated_arrival_date: str | Unset = UNSET
        if not isinstance(self.estimated_arrival_date, Unset):
            estimated_arrival_date = self.estimated_arrival_date.isoformat()

        locker_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.locker_details, Unset):
            locker_details = self.locker_details.to_dict()

        tracking_number = self.tracking_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrierCode": carrier_code,
                "packageNumber": package_number,
            }
        )
        if amazon_fulfillment_tracking_number is not UNSET:
            field_dict["amazonFulfillmentTrackingNumber"] = (
                amazon_fulfillment_tracking_number
            )
        if delivery_information is not UNSET:
            field_dict["deliveryInformation"] = delivery_information
        if estimated_arrival_date is not UNSET:
            field_dict["estimatedArrivalDate"] = estimated_arrival_date
        if locker_details is not UNSET:
            field_dict["lockerDetails"] = locker_details
        if tracking_number is not UNSET:
            field_dict["trackingNumber"] = tracking_number

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.delivery_information import DeliveryInformation
        from ..models.locker_details import LockerDetails

        return (
            (
                ("carrierCode", "carrier_code", True, ("str",)),
                ("packageNumber", "package_number", True, ("int",)),
                (
                    "amazonFulfillmentTrackingNumber",
                    "amazon_fulfillment_tracking_number",
                    False,
                    ("str",),
                ),
                (
                    "deliveryInformation",
                    "delivery_information",
                    False,
                    ("model", DeliveryInformation),
                ),
                (
                    "estimatedArrivalDate",
                    "estimated_arrival_date",
                    False,
                    ("datetime",),
                ),
                ("lockerDetails", "locker_details", False, ("model", LockerDetails)),
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
        carrier_code = d.pop("carrierCode")

        if _reader is not None and carrier_code.__class__ is not str:
            raise DeviationError("carrierCode")

        package_number = d.pop("packageNumber")

        if _reader is not None and package_number.__class__ is not int:
            raise DeviationError("packageNumber")

        amazon_fulfillment_tracking_number = d.pop(
            "amazonFulfillmentTrackingNumber", UNSET
        )

        if (
            _reader is not None
            and amazon_fulfillment_tracking_number.__class__ is not str
            and amazon_fulfillment_tracking_number is not UNSET
        ):
            raise DeviationError("amazonFulfillmentTrackingNumber")

        _delivery_information = d.pop("deliveryInformation", UNSET)
        delivery_information = (
            UNSET
            if _delivery_information is UNSET
            else DeliveryInformation.from_dict(_delivery_information)
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

        _locker_details = d.pop("lockerDetails", UNSET)
        locker_details = (
            UNSET
            if _locker_details is UNSET
            else LockerDetails.from_dict(_locker_details)
        )

        tracking_number = d.pop("trackingNumber", UNSET)

        if (
            _reader is not None
            and tracking_number.__class__ is not str
            and tracking_number is not UNSET
        ):
            raise DeviationError("trackingNumber")

        if cls is FulfillmentShipmentPackage:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.carrier_code = carrier_code
            _built.package_number = package_number
            _built.amazon_fulfillment_tracking_number = (
                amazon_fulfillment_tracking_number
            )
            _built.delivery_information = delivery_information
            _built.estimated_arrival_date = estimated_arrival_date
            _built.locker_details = locker_details
            _built.tracking_number = tracking_number
            _built._parse_notes = None
            fulfillment_shipment_package = _built
        else:  # a subclass: its own __init__ runs
            fulfillment_shipment_package = cls(
                carrier_code=carrier_code,
                package_number=package_number,
                amazon_fulfillment_tracking_number=amazon_fulfillment_tracking_number,
                delivery_information=delivery_information,
                estimated_arrival_date=estimated_arrival_date,
                locker_details=locker_details,
                tracking_number=tracking_number,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fulfillment_shipment_package.additional_properties = d or {}
        return fulfillment_shipment_package

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
