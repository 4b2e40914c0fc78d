from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outbound_shipment_status import OutboundShipmentStatus
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

T = TypeVar("T", bound="OutboundShipmentSummary")


@_attrs_define
class OutboundShipmentSummary:
    """
    Attributes:
        order_id (str):
        shipment_id (str):
        shipment_status (OutboundShipmentStatus):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    order_id: str
    shipment_id: str
    shipment_status: OutboundShipmentStatus
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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
        order_id = self.order_id

        shipment_id = self.shipment_id

        shipment_status = self.shipment_status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "shipmentId": shipment_id,
                "shipmentStatus": shipment_status,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("orderId", "order_id", True, ("str",)),
                ("shipmentId", "shipment_id", True, ("str",)),
                (
                    "shipmentStatus",
                    "shipment_status",
                    True,
                    ("enum", OutboundShipmentStatus),
                ),
                ("createdAt", "created_at", False, ("datetime",)),
                ("updatedAt", "updated_at", False, ("datetime",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        order_id = d.pop("orderId")

        if _reader is not None and order_id.__class__ is not str:
            raise DeviationError("orderId")

        shipment_id = d.pop("shipmentId")

        if _reader is not None and shipment_id.__class__ is not str:
            raise DeviationError("shipmentId")

        _shipment_status = d.pop("shipmentStatus")
        shipment_status = (
            OutboundShipmentStatus._value2member_map_.get(_shipment_status)
            if _shipment_status.__class__ is str
            else None
        ) or OutboundShipmentStatus(_shipment_status)

        _created_at = d.pop("createdAt", UNSET)
        created_at = (
            UNSET
            if _created_at is UNSET
            else datetime.datetime.fromisoformat(_created_at)
        )

        if (
            _reader is not None
            and not isinstance(created_at, Unset)
            and created_at.tzinfo is None
        ):
            raise DeviationError("createdAt")

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at = (
            UNSET
            if _updated_at is UNSET
            else datetime.datetime.fromisoformat(_updated_at)
        )

        if (
            _reader is not None
            and not isinstance(updated_at, Unset)
            and updated_at.tzinfo is None
        ):
            raise DeviationError("updatedAt")

        if cls is OutboundShipmentSummary:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.order_id = order_id
            _built.shipment_id = shipment_id
            _built.shipment_status = shipment_status
            _built.created_at = created_at
            _built.updated_at = updated_at
            _built._parse_notes = None
            outbound_shipment_summary = _built
        else:  # a subclass: its own __init__ runs
            outbound_shipment_summary = cls(
                order_id=order_id,
                shipment_id=shipment_id,
                shipment_status=shipment_status,
                created_at=created_at,
                updated_at=updated_at,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        outbound_shipment_summary.additional_properties = d or {}
        return outbound_shipment_summary

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
