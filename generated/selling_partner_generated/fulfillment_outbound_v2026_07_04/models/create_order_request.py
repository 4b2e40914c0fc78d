from __future__ import annotations

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
    from ..models.create_order_line_item import CreateOrderLineItem
    from ..models.order_destination import OrderDestination
    from ..models.order_fulfillment_configuration import OrderFulfillmentConfiguration
    from ..models.order_origin import OrderOrigin
    from ..models.payment_information import PaymentInformation


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        CreateOrderLineItem, \
        OrderDestination, \
        OrderFulfillmentConfiguration, \
        OrderOrigin, \
        PaymentInformation
    from ..models.create_order_line_item import CreateOrderLineItem
    from ..models.order_destination import OrderDestination
    from ..models.order_fulfillment_configuration import OrderFulfillmentConfiguration
    from ..models.order_origin import OrderOrigin
    from ..models.payment_information import PaymentInformation

    _lazy_pending = False


T = TypeVar("T", bound="CreateOrderRequest")


@_attrs_define
class CreateOrderRequest:
    """
    Attributes:
        destination (OrderDestination):
        line_items (list[CreateOrderLineItem]):
        order_id (str):
        channel (str | Unset):
        fulfillment_configuration (OrderFulfillmentConfiguration | Unset):
        origin (OrderOrigin | Unset):
        payment_information (PaymentInformation | Unset):
    """

    destination: OrderDestination
    line_items: list[CreateOrderLineItem]
    order_id: str
    channel: str | Unset = UNSET
    fulfillment_configuration: OrderFulfillmentConfiguration | Unset = UNSET
    origin: OrderOrigin | Unset = UNSET
    payment_information: PaymentInformation | Unset = UNSET
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
        destination = self.destination.to_dict()

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        order_id = self.order_id

        channel = self.channel

        fulfillment_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fulfillment_configuration, Unset):
            fulfillment_configuration = self.fulfillment_configuration.to_dict()

        origin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin.to_dict()

        payment_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_information, Unset):
            payment_information = self.payment_information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination": destination,
                "lineItems": line_items,
                "orderId": order_id,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if fulfillment_configuration is not UNSET:
            field_dict["fulfillmentConfiguration"] = fulfillment_configuration
        if origin is not UNSET:
            field_dict["origin"] = origin
        if payment_information is not UNSET:
            field_dict["paymentInformation"] = payment_information

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.create_order_line_item import CreateOrderLineItem
        from ..models.order_destination import OrderDestination
        from ..models.order_fulfillment_configuration import (
            OrderFulfillmentConfiguration,
        )
        from ..models.order_origin import OrderOrigin
        from ..models.payment_information import PaymentInformation

        return (
            (
                ("destination", "destination", True, ("model", OrderDestination)),
                (
                    "lineItems",
                    "line_items",
                    True,
                    ("list", ("model", CreateOrderLineItem)),
                ),
                ("orderId", "order_id", True, ("str",)),
                ("channel", "channel", False, ("str",)),
                (
                    "fulfillmentConfiguration",
                    "fulfillment_configuration",
                    False,
                    ("model", OrderFulfillmentConfiguration),
                ),
                ("origin", "origin", False, ("model", OrderOrigin)),
                (
                    "paymentInformation",
                    "payment_information",
                    False,
                    ("model", PaymentInformation),
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
        destination = OrderDestination.from_dict(d.pop("destination"))

        _line_items = d.pop("lineItems")
        line_items = [CreateOrderLineItem.from_dict(_item) for _item in _line_items]

        order_id = d.pop("orderId")

        if _reader is not None and order_id.__class__ is not str:
            raise DeviationError("orderId")

        channel = d.pop("channel", UNSET)

        if (
            _reader is not None
            and channel.__class__ is not str
            and channel is not UNSET
        ):
            raise DeviationError("channel")

        _fulfillment_configuration = d.pop("fulfillmentConfiguration", UNSET)
        fulfillment_configuration = (
            UNSET
            if _fulfillment_configuration is UNSET
            else OrderFulfillmentConfiguration.from_dict(_fulfillment_configuration)
        )

        _origin = d.pop("origin", UNSET)
        origin = UNSET if _origin is UNSET else OrderOrigin.from_dict(_origin)

        _payment_information = d.pop("paymentInformation", UNSET)
        payment_information = (
            UNSET
            if _payment_information is UNSET
            else PaymentInformation.from_dict(_payment_information)
        )

        if cls is CreateOrderRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.destination = destination
            _built.line_items = line_items
            _built.order_id = order_id
            _built.channel = channel
            _built.fulfillment_configuration = fulfillment_configuration
            _built.origin = origin
            _built.payment_information = payment_information
            _built._parse_notes = None
            create_order_request = _built
        else:  # a subclass: its own __init__ runs
            create_order_request = cls(
                destination=destination,
                line_items=line_items,
                order_id=order_id,
                channel=channel,
                fulfillment_configuration=fulfillment_configuration,
                origin=origin,
                payment_information=payment_information,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        create_order_request.additional_properties = d or {}
        return create_order_request

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
