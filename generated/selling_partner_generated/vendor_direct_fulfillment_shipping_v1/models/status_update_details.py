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
    from ..models.address import Address
    from ..models.status_update_details_shipment_schedule import (
        StatusUpdateDetailsShipmentSchedule,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Address, StatusUpdateDetailsShipmentSchedule
    from ..models.address import Address
    from ..models.status_update_details_shipment_schedule import (
        StatusUpdateDetailsShipmentSchedule,
    )

    _lazy_pending = False


T = TypeVar("T", bound="StatusUpdateDetails")


@_attrs_define
class StatusUpdateDetails:
    """
    Attributes:
        reason_code (str):
        status_code (str):
        status_date_time (datetime.datetime):
        status_location_address (Address):
        tracking_number (str):
        shipment_schedule (StatusUpdateDetailsShipmentSchedule | Unset):
    """

    reason_code: str
    status_code: str
    status_date_time: datetime.datetime
    status_location_address: Address
    tracking_number: str
    shipment_schedule: StatusUpdateDetailsShipmentSchedule | Unset = UNSET
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
        reason_code = self.reason_code

        status_code = self.status_code

        status_date_time = self.status_date_time.isoformat()

        status_location_address = self.status_location_address.to_dict()

        tracking_number = self.tracking_number

        shipment_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipment_schedule, Unset):
            shipment_schedule = self.shipment_schedule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reasonCode": reason_code,
                "statusCode": status_code,
                "statusDateTime": status_date_time,
                "statusLocationAddress": status_location_address,
                "trackingNumber": tracking_number,
            }
        )
        if shipment_schedule is not UNSET:
            field_dict["shipmentSchedule"] = shipment_schedule

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address
        from ..models.status_update_details_shipment_schedule import (
            StatusUpdateDetailsShipmentSchedule,
        )

        return (
            (
                ("reasonCode", "reason_code", True, ("str",)),
                ("statusCode", "status_code", True, ("str",)),
                ("statusDateTime", "status_date_time", True, ("datetime",)),
                (
                    "statusLocationAddress",
                    "status_location_address",
                    True,
                    ("model", Address),
                ),
                ("trackingNumber", "tracking_number", True, ("str",)),
                (
                    "shipmentSchedule",
                    "shipment_schedule",
                    False,
                    ("model", StatusUpdateDetailsShipmentSchedule),
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
        reason_code = d.pop("reasonCode")

        if _reader is not None and reason_code.__class__ is not str:
            raise DeviationError("reasonCode")

        status_code = d.pop("statusCode")

        if _reader is not None and status_code.__class__ is not str:
            raise DeviationError("statusCode")

        status_date_time = datetime.datetime.fromisoformat(d.pop("statusDateTime"))

        if _reader is not None and status_date_time.tzinfo is None:
            raise DeviationError("statusDateTime")

        status_location_address = Address.from_dict(d.pop("statusLocationAddress"))

        tracking_number = d.pop("trackingNumber")

        if _reader is not None and tracking_number.__class__ is not str:
            raise DeviationError("trackingNumber")

        _shipment_schedule = d.pop("shipmentSchedule", UNSET)
        shipment_schedule = (
            UNSET
            if _shipment_schedule is UNSET
            else StatusUpdateDetailsShipmentSchedule.from_dict(_shipment_schedule)
        )

        if cls is StatusUpdateDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.reason_code = reason_code
            _built.status_code = status_code
            _built.status_date_time = status_date_time
            _built.status_location_address = status_location_address
            _built.tracking_number = tracking_number
            _built.shipment_schedule = shipment_schedule
            _built._parse_notes = None
            status_update_details = _built
        else:  # a subclass: its own __init__ runs
            status_update_details = cls(
                reason_code=reason_code,
                status_code=status_code,
                status_date_time=status_date_time,
                status_location_address=status_location_address,
                tracking_number=tracking_number,
                shipment_schedule=shipment_schedule,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        status_update_details.additional_properties = d or {}
        return status_update_details

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
