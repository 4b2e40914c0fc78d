from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipment_details_shipment_status import ShipmentDetailsShipmentStatus
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

T = TypeVar("T", bound="ShipmentDetails")


@_attrs_define
class ShipmentDetails:
    """
    Attributes:
        shipment_status (ShipmentDetailsShipmentStatus):
        shipped_date (datetime.datetime):
        estimated_delivery_date (datetime.datetime | Unset):
        is_priority_shipment (bool | Unset):
        vendor_order_number (str | Unset):
    """

    shipment_status: ShipmentDetailsShipmentStatus
    shipped_date: datetime.datetime
    estimated_delivery_date: datetime.datetime | Unset = UNSET
    is_priority_shipment: bool | Unset = UNSET
    vendor_order_number: str | Unset = UNSET
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
        shipment_status = self.shipment_status.value

        shipped_date = self.shipped_date.isoformat()

        estimated_delivery_date: str | Unset = UNSET
        if not isinstance(self.estimated_delivery_date, Unset):
            estimated_delivery_date = self.estimated_delivery_date.isoformat()

        is_priority_shipment = self.is_priority_shipment

        vendor_order_number = self.vendor_order_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shipmentStatus": shipment_status,
                "shippedDate": shipped_date,
            }
        )
        if estimated_delivery_date is not UNSET:
            field_dict["estimatedDeliveryDate"] = estimated_delivery_date
        if is_priority_shipment is not UNSET:
            field_dict["isPriorityShipment"] = is_priority_shipment
        if vendor_order_number is not UNSET:
            field_dict["vendorOrderNumber"] = vendor_order_number

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "shipmentStatus",
                    "shipment_status",
                    True,
                    ("enum", ShipmentDetailsShipmentStatus),
                ),
                ("shippedDate", "shipped_date", True, ("datetime",)),
                (
                    "estimatedDeliveryDate",
                    "estimated_delivery_date",
                    False,
                    ("datetime",),
                ),
                ("isPriorityShipment", "is_priority_shipment", False, ("bool",)),
                ("vendorOrderNumber", "vendor_order_number", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _shipment_status = d.pop("shipmentStatus")
        shipment_status = (
            ShipmentDetailsShipmentStatus._value2member_map_.get(_shipment_status)
            if _shipment_status.__class__ is str
            else None
        ) or ShipmentDetailsShipmentStatus(_shipment_status)

        shipped_date = datetime.datetime.fromisoformat(d.pop("shippedDate"))

        if _reader is not None and shipped_date.tzinfo is None:
            raise DeviationError("shippedDate")

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

        is_priority_shipment = d.pop("isPriorityShipment", UNSET)

        if (
            _reader is not None
            and is_priority_shipment.__class__ is not bool
            and is_priority_shipment is not UNSET
        ):
            raise DeviationError("isPriorityShipment")

        vendor_order_number = d.pop("vendorOrderNumber", UNSET)

        if (
            _reader is not None
            and vendor_order_number.__class__ is not str
            and vendor_order_number is not UNSET
        ):
            raise DeviationError("vendorOrderNumber")

        if cls is ShipmentDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.shipment_status = shipment_status
            _built.shipped_date = shipped_date
            _built.estimated_delivery_date = estimated_delivery_date
            _built.is_priority_shipment = is_priority_shipment
            _built.vendor_order_number = vendor_order_number
            _built._parse_notes = None
            shipment_details = _built
        else:  # a subclass: its own __init__ runs
            shipment_details = cls(
                shipment_status=shipment_status,
                shipped_date=shipped_date,
                estimated_delivery_date=estimated_delivery_date,
                is_priority_shipment=is_priority_shipment,
                vendor_order_number=vendor_order_number,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment_details.additional_properties = d or {}
        return shipment_details

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
