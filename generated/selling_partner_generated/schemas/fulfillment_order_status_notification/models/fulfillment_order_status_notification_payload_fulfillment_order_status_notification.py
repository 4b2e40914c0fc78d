from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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

if TYPE_CHECKING:
    from ..models.fulfillment_order_status_notification_payload_fulfillment_order_status_notification_fulfillment_return_item import (
        FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentReturnItem,
    )
    from ..models.fulfillment_order_status_notification_payload_fulfillment_order_status_notification_fulfillment_shipment import (
        FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipment,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentReturnItem, \
        FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipment
    from ..models.fulfillment_order_status_notification_payload_fulfillment_order_status_notification_fulfillment_return_item import (
        FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentReturnItem,
    )
    from ..models.fulfillment_order_status_notification_payload_fulfillment_order_status_notification_fulfillment_shipment import (
        FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipment,
    )

    _lazy_pending = False


T = TypeVar(
    "T",
    bound="FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotification",
)


@_attrs_define
class FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotification:
    """
    Attributes:
        seller_id (str):
        event_type (str):
        status_updated_date_time (str):
        seller_fulfillment_order_id (str):
        fulfillment_order_status (str):
        fulfillment_shipment
            (FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipment):
        fulfillment_return_item
            (FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentReturnItem):
    """

    seller_id: str
    event_type: str
    status_updated_date_time: str
    seller_fulfillment_order_id: str
    fulfillment_order_status: str
    fulfillment_shipment: FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipment
    fulfillment_return_item: FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentReturnItem
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
        seller_id = self.seller_id

        event_type = self.event_type

        status_updated_date_time = self.status_updated_date_time

        seller_fulfillment_order_id = self.seller_fulfillment_order_id

        fulfillment_order_status = self.fulfillment_order_status

        fulfillment_shipment = self.fulfillment_shipment.to_dict()

        fulfillment_return_item = self.fulfillment_return_item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SellerId": seller_id,
                "EventType": event_type,
                "StatusUpdatedDateTime": status_updated_date_time,
                "SellerFulfillmentOrderId": seller_fulfillment_order_id,
                "FulfillmentOrderStatus": fulfillment_order_status,
                "FulfillmentShipment": fulfillment_shipment,
                "FulfillmentReturnItem": fulfillment_return_item,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.fulfillment_order_status_notification_payload_fulfillment_order_status_notification_fulfillment_return_item import (
            FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentReturnItem,
        )
        from ..models.fulfillment_order_status_notification_payload_fulfillment_order_status_notification_fulfillment_shipment import (
            FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipment,
        )

        return (
            (
                ("SellerId", "seller_id", True, ("str",)),
                ("EventType", "event_type", True, ("str",)),
                ("StatusUpdatedDateTime", "status_updated_date_time", True, ("str",)),
                (
                    "SellerFulfillmentOrderId",
                    "seller_fulfillment_order_id",
                    True,
                    ("str",),
                ),
                ("FulfillmentOrderStatus", "fulfillment_order_status", True, ("str",)),
                (
                    "FulfillmentShipment",
                    "fulfillment_shipment",
                    True,
                    (
                        "model",
                        FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipment,
                    ),
                ),
                (
                    "FulfillmentReturnItem",
                    "fulfillment_return_item",
                    True,
                    (
                        "model",
                        FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentReturnItem,
                    ),
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
        seller_id = d.pop("SellerId")

        if _reader is not None and seller_id.__class__ is not str:
            raise DeviationError("SellerId")

        event_type = d.pop("EventType")

        if _reader is not None and event_type.__class__ is not str:
            raise DeviationError("EventType")

        status_updated_date_time = d.pop("StatusUpdatedDateTime")

        if _reader is not None and status_updated_date_time.__class__ is not str:
            raise DeviationError("StatusUpdatedDateTime")

        seller_fulfillment_order_id = d.pop("SellerFulfillmentOrderId")

        if _reader is not None and seller_fulfillment_order_id.__class__ is not str:
            raise DeviationError("SellerFulfillmentOrderId")

        fulfillment_order_status = d.pop("FulfillmentOrderStatus")

        if _reader is not None and fulfillment_order_status.__class__ is not str:
            raise DeviationError("FulfillmentOrderStatus")

        fulfillment_shipment = FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipment.from_dict(
            d.pop("FulfillmentShipment")
        )

        fulfillment_return_item = FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentReturnItem.from_dict(
            d.pop("FulfillmentReturnItem")
        )

        if (
            cls
            is FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotification
        ):
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.seller_id = seller_id
            _built.event_type = event_type
            _built.status_updated_date_time = status_updated_date_time
            _built.seller_fulfillment_order_id = seller_fulfillment_order_id
            _built.fulfillment_order_status = fulfillment_order_status
            _built.fulfillment_shipment = fulfillment_shipment
            _built.fulfillment_return_item = fulfillment_return_item
            _built._parse_notes = None
            fulfillment_order_status_notification_payload_fulfillment_order_status_notification = _built
        else:  # a subclass: its own __init__ runs
            fulfillment_order_status_notification_payload_fulfillment_order_status_notification = cls(
                seller_id=seller_id,
                event_type=event_type,
                status_updated_date_time=status_updated_date_time,
                seller_fulfillment_order_id=seller_fulfillment_order_id,
                fulfillment_order_status=fulfillment_order_status,
                fulfillment_shipment=fulfillment_shipment,
                fulfillment_return_item=fulfillment_return_item,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fulfillment_order_status_notification_payload_fulfillment_order_status_notification.additional_properties = (
            d or {}
        )
        return fulfillment_order_status_notification_payload_fulfillment_order_status_notification

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
