from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShipmentDates")


@_attrs_define
class ShipmentDates:
    """
    Attributes:
        required_ship_date (datetime.datetime):
        promised_delivery_date (datetime.datetime | Unset):
    """

    required_ship_date: datetime.datetime
    promised_delivery_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        required_ship_date = self.required_ship_date.isoformat()

        promised_delivery_date: str | Unset = UNSET
        if not isinstance(self.promised_delivery_date, Unset):
            promised_delivery_date = self.promised_delivery_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requiredShipDate": required_ship_date,
            }
        )
        if promised_delivery_date is not UNSET:
            field_dict["promisedDeliveryDate"] = promised_delivery_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        required_ship_date = datetime.datetime.fromisoformat(d.pop("requiredShipDate"))

        _promised_delivery_date = d.pop("promisedDeliveryDate", UNSET)
        promised_delivery_date: datetime.datetime | Unset
        if isinstance(_promised_delivery_date, Unset):
            promised_delivery_date = UNSET
        else:
            promised_delivery_date = datetime.datetime.fromisoformat(
                _promised_delivery_date
            )

        shipment_dates = cls(
            required_ship_date=required_ship_date,
            promised_delivery_date=promised_delivery_date,
        )

        shipment_dates.additional_properties = d
        return shipment_dates

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
