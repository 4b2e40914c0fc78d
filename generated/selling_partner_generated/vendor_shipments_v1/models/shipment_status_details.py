from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipment_status_details_shipment_status import (
    ShipmentStatusDetailsShipmentStatus,
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

T = TypeVar("T", bound="ShipmentStatusDetails")


@_attrs_define
class ShipmentStatusDetails:
    """
    Attributes:
        shipment_status (ShipmentStatusDetailsShipmentStatus | Unset):
        shipment_status_date (datetime.datetime | Unset):
    """

    shipment_status: ShipmentStatusDetailsShipmentStatus | Unset = UNSET
    shipment_status_date: datetime.datetime | Unset = UNSET
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
        shipment_status: str | Unset = UNSET
        if not isinstance(self.shipment_status, Unset):
            shipment_status = self.shipment_status.value

        shipment_status_date: str | Unset = UNSET
        if not isinstance(self.shipment_status_date, Unset):
            shipment_status_date = self.shipment_status_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shipment_status is not UNSET:
            field_dict["shipmentStatus"] = shipment_status
        if shipment_status_date is not UNSET:
            field_dict["shipmentStatusDate"] = shipment_status_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "shipmentStatus",
                    "shipment_status",
                    False,
                    ("enum", ShipmentStatusDetailsShipmentStatus),
                ),
                ("shipmentStatusDate", "shipment_status_date", False, ("datetime",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _shipment_status = d.pop("shipmentStatus", UNSET)
        shipment_status = (
            UNSET
            if _shipment_status is UNSET
            else (
                ShipmentStatusDetailsShipmentStatus._value2member_map_.get(
                    _shipment_status
                )
                if _shipment_status.__class__ is str
                else None
            )
            or ShipmentStatusDetailsShipmentStatus(_shipment_status)
        )

        _shipment_status_date = d.pop("shipmentStatusDate", UNSET)
        shipment_status_date = (
            UNSET
            if _shipment_status_date is UNSET
            else datetime.datetime.fromisoformat(_shipment_status_date)
        )

        if (
            _reader is not None
            and not isinstance(shipment_status_date, Unset)
            and shipment_status_date.tzinfo is None
        ):
            raise DeviationError("shipmentStatusDate")

        if cls is ShipmentStatusDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.shipment_status = shipment_status
            _built.shipment_status_date = shipment_status_date
            _built._parse_notes = None
            shipment_status_details = _built
        else:  # a subclass: its own __init__ runs
            shipment_status_details = cls(
                shipment_status=shipment_status,
                shipment_status_date=shipment_status_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment_status_details.additional_properties = d or {}
        return shipment_status_details

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
