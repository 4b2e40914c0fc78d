from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduledDeliveryShipment")


@_attrs_define
class ScheduledDeliveryShipment:
    """
    Attributes:
        earliest_nominated_delivery_date (datetime.datetime | Unset):
        latest_nominated_delivery_date (datetime.datetime | Unset):
        scheduled_delivery_service_type (str | Unset):
    """

    earliest_nominated_delivery_date: datetime.datetime | Unset = UNSET
    latest_nominated_delivery_date: datetime.datetime | Unset = UNSET
    scheduled_delivery_service_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        earliest_nominated_delivery_date: str | Unset = UNSET
        if not isinstance(self.earliest_nominated_delivery_date, Unset):
            earliest_nominated_delivery_date = (
                self.earliest_nominated_delivery_date.isoformat()
            )

        latest_nominated_delivery_date: str | Unset = UNSET
        if not isinstance(self.latest_nominated_delivery_date, Unset):
            latest_nominated_delivery_date = (
                self.latest_nominated_delivery_date.isoformat()
            )

        scheduled_delivery_service_type = self.scheduled_delivery_service_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if earliest_nominated_delivery_date is not UNSET:
            field_dict["earliestNominatedDeliveryDate"] = (
                earliest_nominated_delivery_date
            )
        if latest_nominated_delivery_date is not UNSET:
            field_dict["latestNominatedDeliveryDate"] = latest_nominated_delivery_date
        if scheduled_delivery_service_type is not UNSET:
            field_dict["scheduledDeliveryServiceType"] = scheduled_delivery_service_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _earliest_nominated_delivery_date = d.pop(
            "earliestNominatedDeliveryDate", UNSET
        )
        earliest_nominated_delivery_date: datetime.datetime | Unset
        if isinstance(_earliest_nominated_delivery_date, Unset):
            earliest_nominated_delivery_date = UNSET
        else:
            earliest_nominated_delivery_date = datetime.datetime.fromisoformat(
                _earliest_nominated_delivery_date
            )

        _latest_nominated_delivery_date = d.pop("latestNominatedDeliveryDate", UNSET)
        latest_nominated_delivery_date: datetime.datetime | Unset
        if isinstance(_latest_nominated_delivery_date, Unset):
            latest_nominated_delivery_date = UNSET
        else:
            latest_nominated_delivery_date = datetime.datetime.fromisoformat(
                _latest_nominated_delivery_date
            )

        scheduled_delivery_service_type = d.pop("scheduledDeliveryServiceType", UNSET)

        scheduled_delivery_shipment = cls(
            earliest_nominated_delivery_date=earliest_nominated_delivery_date,
            latest_nominated_delivery_date=latest_nominated_delivery_date,
            scheduled_delivery_service_type=scheduled_delivery_service_type,
        )

        scheduled_delivery_shipment.additional_properties = d
        return scheduled_delivery_shipment

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
