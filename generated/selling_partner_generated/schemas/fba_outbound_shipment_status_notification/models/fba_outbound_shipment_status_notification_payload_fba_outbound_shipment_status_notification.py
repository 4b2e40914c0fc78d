from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    DeviationError,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

T = TypeVar(
    "T",
    bound="FbaOutboundShipmentStatusNotificationPayloadFBAOutboundShipmentStatusNotification",
)


@_attrs_define
class FbaOutboundShipmentStatusNotificationPayloadFBAOutboundShipmentStatusNotification:
    """
    Attributes:
        seller_id (str):
        amazon_order_id (str):
        amazon_shipment_id (str):
        shipment_status (str):
    """

    seller_id: str
    amazon_order_id: str
    amazon_shipment_id: str
    shipment_status: str
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
        seller_id = self.seller_id

        amazon_order_id = self.amazon_order_id

        amazon_shipment_id = self.amazon_shipment_id

        shipment_status = self.shipment_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SellerId": seller_id,
                "AmazonOrderId": amazon_order_id,
                "AmazonShipmentId": amazon_shipment_id,
                "ShipmentStatus": shipment_status,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("SellerId", "seller_id", True, ("str",)),
                ("AmazonOrderId", "amazon_order_id", True, ("str",)),
                ("AmazonShipmentId", "amazon_shipment_id", True, ("str",)),
                ("ShipmentStatus", "shipment_status", True, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        seller_id = d.pop("SellerId")

        if _reader is not None and seller_id.__class__ is not str:
            raise DeviationError("SellerId")

        amazon_order_id = d.pop("AmazonOrderId")

        if _reader is not None and amazon_order_id.__class__ is not str:
            raise DeviationError("AmazonOrderId")

        amazon_shipment_id = d.pop("AmazonShipmentId")

        if _reader is not None and amazon_shipment_id.__class__ is not str:
            raise DeviationError("AmazonShipmentId")

        shipment_status = d.pop("ShipmentStatus")

        if _reader is not None and shipment_status.__class__ is not str:
            raise DeviationError("ShipmentStatus")

        if (
            cls
            is FbaOutboundShipmentStatusNotificationPayloadFBAOutboundShipmentStatusNotification
        ):
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.seller_id = seller_id
            _built.amazon_order_id = amazon_order_id
            _built.amazon_shipment_id = amazon_shipment_id
            _built.shipment_status = shipment_status
            _built._parse_notes = None
            fba_outbound_shipment_status_notification_payload_fba_outbound_shipment_status_notification = _built
        else:  # a subclass: its own __init__ runs
            fba_outbound_shipment_status_notification_payload_fba_outbound_shipment_status_notification = cls(
                seller_id=seller_id,
                amazon_order_id=amazon_order_id,
                amazon_shipment_id=amazon_shipment_id,
                shipment_status=shipment_status,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fba_outbound_shipment_status_notification_payload_fba_outbound_shipment_status_notification.additional_properties = (
            d or {}
        )
        return fba_outbound_shipment_status_notification_payload_fba_outbound_shipment_status_notification

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
