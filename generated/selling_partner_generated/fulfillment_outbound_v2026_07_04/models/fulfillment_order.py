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
    from ..models.order_destination import OrderDestination
    from ..models.order_line_item import OrderLineItem
    from ..models.order_origin import OrderOrigin
    from ..models.order_response_fulfillment_configuration import (
        OrderResponseFulfillmentConfiguration,
    )
    from ..models.payment_information import PaymentInformation
    from ..models.shipment import Shipment


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        OrderDestination, \
        OrderLineItem, \
        OrderOrigin, \
        OrderResponseFulfillmentConfiguration, \
        PaymentInformation, \
        Shipment
    from ..models.order_destination import OrderDestination
    from ..models.order_line_item import OrderLineItem
    from ..models.order_origin import OrderOrigin
    from ..models.order_response_fulfillment_configuration import (
        OrderResponseFulfillmentConfiguration,
    )
    from ..models.payment_information import PaymentInformation
    from ..models.shipment import Shipment

    _lazy_pending = False


T = TypeVar("T", bound="FulfillmentOrder")


@_attrs_define
class FulfillmentOrder:
    """
    Attributes:
        line_items (list[OrderLineItem]):
        order_id (str):
        receive_time (datetime.datetime):
        channel (str | Unset):
        destination (OrderDestination | Unset):
        fulfillment_configuration (OrderResponseFulfillmentConfiguration | Unset):
        origin (OrderOrigin | Unset):
        payment_information (PaymentInformation | Unset):
        shipments (list[Shipment] | Unset):
        status (str | Unset):
        status_update_time (datetime.datetime | Unset):
    """

    line_items: list[OrderLineItem]
    order_id: str
    receive_time: datetime.datetime
    channel: str | Unset = UNSET
    destination: OrderDestination | Unset = UNSET
    fulfillment_configuration: OrderResponseFulfillmentConfiguration | Unset = UNSET
    origin: OrderOrigin | Unset = UNSET
    payment_information: PaymentInformation | Unset = UNSET
    shipments: list[Shipment] | Unset = UNSET
    status: str | Unset = UNSET
    status_update_time: datetime.datetime | Unset = UNSET
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
        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        order_id = self.order_id

        receive_time = self.receive_time.isoformat()

        channel = self.channel

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        fulfillment_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fulfillment_configuration, Unset):
            fulfillment_configuration = self.fulfillment_configuration.to_dict()

        origin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin.to_dict()

        payment_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_information, Unset):
            payment_information = self.payment_information.to_dict()

        shipments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipments, Unset):
            shipments = []
            for shipments_item_data in self.shipments:
                shipments_item = shipments_item_data.to_dict()
                shipments.append(shipments_item)

        status = self.status

        status_update_time: str | Unset = UNSET
        if not isinstance(self.status_update_time, Unset):
            status_update_time = self.status_update_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lineItems": line_items,
                "orderId": order_id,
                "receiveTime": receive_time,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if destination is not UNSET:
            field_dict["destination"] = destination
        if fulfillment_configuration is not UNSET:
            field_dict["fulfillmentConfiguration"] = fulfillment_configuration
        if origin is not UNSET:
            field_dict["origin"] = origin
        if payment_information is not UNSET:
            field_dict["paymentInformation"] = payment_information
        if shipments is not UNSET:
            field_dict["shipments"] = shipments
        if status is not UNSET:
            field_dict["status"] = status
        if status_update_time is not UNSET:
            field_dict["statusUpdateTime"] = status_update_time

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.order_destination import OrderDestination
        from ..models.order_line_item import OrderLineItem
        from ..models.order_origin import OrderOrigin
        from ..models.order_response_fulfillment_configuration import (
            OrderResponseFulfillmentConfiguration,
        )
        from ..models.payment_information import PaymentInformation
        from ..models.shipment import Shipment

        return (
            (
                ("lineItems", "line_items", True, ("list", ("model", OrderLineItem))),
                ("orderId", "order_id", True, ("str",)),
                ("receiveTime", "receive_time", True, ("datetime",)),
                ("channel", "channel", False, ("str",)),
                ("destination", "destination", False, ("model", OrderDestination)),
                (
                    "fulfillmentConfiguration",
                    "fulfillment_configuration",
                    False,
                    ("model", OrderResponseFulfillmentConfiguration),
                ),
                ("origin", "origin", False, ("model", OrderOrigin)),
                (
                    "paymentInformation",
                    "payment_information",
                    False,
                    ("model", PaymentInformation),
                ),
                ("shipments", "shipments", False, ("list", ("model", Shipment))),
                ("status", "status", False, ("str",)),
                ("statusUpdateTime", "status_update_time", False, ("datetime",)),
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
        _line_items = d.pop("lineItems")
        line_items = [OrderLineItem.from_dict(_item) for _item in _line_items]

        order_id = d.pop("orderId")

        if _reader is not None and order_id.__class__ is not str:
            raise DeviationError("orderId")

        receive_time = datetime.datetime.fromisoformat(d.pop("receiveTime"))

        if _reader is not None and receive_time.tzinfo is None:
            raise DeviationError("receiveTime")

        channel = d.pop("channel", UNSET)

        if (
            _reader is not None
            and channel.__class__ is not str
            and channel is not UNSET
        ):
            raise DeviationError("channel")

        _destination = d.pop("destination", UNSET)
        destination = (
            UNSET if _destination is UNSET else OrderDestination.from_dict(_destination)
        )

        _fulfillment_configuration = d.pop("fulfillmentConfiguration", UNSET)
        fulfillment_configuration = (
            UNSET
            if _fulfillment_configuration is UNSET
            else OrderResponseFulfillmentConfiguration.from_dict(
                _fulfillment_configuration
            )
        )

        _origin = d.pop("origin", UNSET)
        origin = UNSET if _origin is UNSET else OrderOrigin.from_dict(_origin)

        _payment_information = d.pop("paymentInformation", UNSET)
        payment_information = (
            UNSET
            if _payment_information is UNSET
            else PaymentInformation.from_dict(_payment_information)
        )

        _shipments = d.pop("shipments", UNSET)
        shipments = (
            UNSET
            if _shipments is UNSET
            else [Shipment.from_dict(_item) for _item in _shipments]
        )

        status = d.pop("status", UNSET)

        if _reader is not None and status.__class__ is not str and status is not UNSET:
            raise DeviationError("status")

        _status_update_time = d.pop("statusUpdateTime", UNSET)
        status_update_time = (
            UNSET
            if _status_update_time is UNSET
            else datetime.datetime.fromisoformat(_status_update_time)
        )

        if (
            _reader is not None
            and not isinstance(status_update_time, Unset)
            and status_update_time.tzinfo is None
        ):
            raise DeviationError("statusUpdateTime")

        if cls is FulfillmentOrder:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.line_items = line_items
            _built.order_id = order_id
            _built.receive_time = receive_time
            _built.channel = channel
            _built.destination = destination
            _built.fulfillment_configuration = fulfillment_configuration
            _built.origin = origin
            _built.payment_information = payment_information
            _built.shipments = shipments
            _built.status = status
            _built.status_update_time = status_update_time
            _built._parse_notes = None
            fulfillment_order = _built
        else:  # a subclass: its own __init__ runs
            fulfillment_order = cls(
                line_items=line_items,
                order_id=order_id,
                receive_time=receive_time,
                channel=channel,
                destination=destination,
                fulfillment_configuration=fulfillment_configuration,
                origin=origin,
                payment_information=payment_information,
                shipments=shipments,
                status=status,
                status_update_time=status_update_time,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fulfillment_order.additional_properties = d or {}
        return fulfillment_order

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
