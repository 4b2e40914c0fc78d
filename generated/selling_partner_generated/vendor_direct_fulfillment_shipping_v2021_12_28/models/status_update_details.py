from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.shipment_schedule import ShipmentSchedule


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
        shipment_schedule (ShipmentSchedule | Unset):
    """

    reason_code: str
    status_code: str
    status_date_time: datetime.datetime
    status_location_address: Address
    tracking_number: str
    shipment_schedule: ShipmentSchedule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address import Address
        from ..models.shipment_schedule import ShipmentSchedule

        d = dict(src_dict)
        reason_code = d.pop("reasonCode")

        status_code = d.pop("statusCode")

        status_date_time = datetime.datetime.fromisoformat(d.pop("statusDateTime"))

        status_location_address = Address.from_dict(d.pop("statusLocationAddress"))

        tracking_number = d.pop("trackingNumber")

        _shipment_schedule = d.pop("shipmentSchedule", UNSET)
        shipment_schedule: ShipmentSchedule | Unset
        if isinstance(_shipment_schedule, Unset):
            shipment_schedule = UNSET
        else:
            shipment_schedule = ShipmentSchedule.from_dict(_shipment_schedule)

        status_update_details = cls(
            reason_code=reason_code,
            status_code=status_code,
            status_date_time=status_date_time,
            status_location_address=status_location_address,
            tracking_number=tracking_number,
            shipment_schedule=shipment_schedule,
        )

        status_update_details.additional_properties = d
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
