from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
    from ..models.order_change_notification_payload_order_change_notification_summary_order_items_item import (
        OrderChangeNotificationPayloadOrderChangeNotificationSummaryOrderItemsItem,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        OrderChangeNotificationPayloadOrderChangeNotificationSummaryOrderItemsItem
    from ..models.order_change_notification_payload_order_change_notification_summary_order_items_item import (
        OrderChangeNotificationPayloadOrderChangeNotificationSummaryOrderItemsItem,
    )

    _lazy_pending = False


T = TypeVar("T", bound="OrderChangeNotificationPayloadOrderChangeNotificationSummary")


@_attrs_define
class OrderChangeNotificationPayloadOrderChangeNotificationSummary:
    """
    Attributes:
        marketplace_id (str):
        order_status (str):
        purchase_date (None | str):
        destination_postal_code (None | str):
        fulfillment_type (str):
        order_type (str):
        order_items (list[OrderChangeNotificationPayloadOrderChangeNotificationSummaryOrderItemsItem]):
        number_of_items_shipped (int | Unset):
        number_of_items_unshipped (int | Unset):
        earliest_delivery_date (str | Unset):
        latest_delivery_date (str | Unset):
        earliest_ship_date (str | Unset):
        latest_ship_date (str | Unset):
        cancel_notify_date (str | Unset):
        order_programs (list[str] | Unset):
        shipping_programs (list[str] | Unset):
        easy_ship_shipment_status (str | Unset):
        electronic_invoice_status (str | Unset):
    """

    marketplace_id: str
    order_status: str
    purchase_date: None | str
    destination_postal_code: None | str
    fulfillment_type: str
    order_type: str
    order_items: list[
        OrderChangeNotificationPayloadOrderChangeNotificationSummaryOrderItemsItem
    ]
    number_of_items_shipped: int | Unset = UNSET
    number_of_items_unshipped: int | Unset = UNSET
    earliest_delivery_date: str | Unset = UNSET
    latest_delivery_date: str | Unset = UNSET
    earliest_ship_date: str | Unset = UNSET
    latest_ship_date: str | Unset = UNSET
    cancel_notify_date: str | Unset = UNSET
    order_programs: list[str] | Unset = UNSET
    shipping_programs: list[str] | Unset = UNSET
    easy_ship_shipment_status: str | Unset = UNSET
    electronic_invoice_status: str | Unset = UNSET
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
        marketplace_id = self.marketplace_id

        order_status = self.order_status

        purchase_date: None | str
        purchase_date = self.purchase_date

        destination_postal_code: None | str
        destination_postal_code = self.destination_postal_code

        fulfillment_type = self.fulfillment_type

        order_type = self.order_type

        order_items = []
        for order_items_item_data in self.order_items:
            order_items_item = order_items_item_data.to_dict()
            order_items.append(order_items_item)

        number_of_items_shipped = self.number_of_items_shipped

        number_of_items_unshipped = self.number_of_items_unshipped

        earliest_delivery_date = self.earliest_delivery_date

        latest_delivery_date = self.latest_delivery_date

        earliest_ship_date = self.earliest_ship_date

        latest_ship_date = self.latest_ship_date

        cancel_notify_date = self.cancel_notify_date

        order_programs: list[str] | Unset = UNSET
        if not isinstance(self.order_programs, Unset):
            order_programs = self.order_programs

        shipping_programs: list[str] | Unset = UNSET
        if not isinstance(self.shipping_programs, Unset):
            shipping_programs = self.shipping_programs

        easy_ship_shipment_status = self.easy_ship_shipment_status

        electronic_invoice_status = self.electronic_invoice_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MarketplaceId": marketplace_id,
                "OrderStatus": order_status,
                "PurchaseDate": purchase_date,
                "DestinationPostalCode": destination_postal_code,
                "FulfillmentType": fulfillment_type,
                "OrderType": order_type,
                "OrderItems": order_items,
            }
        )
        if number_of_items_shipped is not UNSET:
            field_dict["NumberOfItemsShipped"] = number_of_items_shipped
        if number_of_items_unshipped is not UNSET:
            field_dict["NumberOfItemsUnshipped"] = number_of_items_unshipped
        if earliest_delivery_date is not UNSET:
            field_dict["EarliestDeliveryDate"] = earliest_delivery_date
        if latest_delivery_date is not UNSET:
            field_dict["LatestDeliveryDate"] = latest_delivery_date
        if earliest_ship_date is not UNSET:
            field_dict["EarliestShipDate"] = earliest_ship_date
        if latest_ship_date is not UNSET:
            field_dict["LatestShipDate"] = latest_ship_date
        if cancel_notify_date is not UNSET:
            field_dict["CancelNotifyDate"] = cancel_notify_date
        if order_programs is not UNSET:
            field_dict["OrderPrograms"] = order_programs
        if shipping_programs is not UNSET:
            field_dict["ShippingPrograms"] = shipping_programs
        if easy_ship_shipment_status is not UNSET:
            field_dict["EasyShipShipmentStatus"] = easy_ship_shipment_status
        if electronic_invoice_status is not UNSET:
            field_dict["ElectronicInvoiceStatus"] = electronic_invoice_status

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.order_change_notification_payload_order_change_notification_summary_order_items_item import (
            OrderChangeNotificationPayloadOrderChangeNotificationSummaryOrderItemsItem,
        )

        return (
            (
                ("MarketplaceId", "marketplace_id", True, ("str",)),
                ("OrderStatus", "order_status", True, ("str",)),
                ("PurchaseDate", "purchase_date", True, ("any",)),
                ("DestinationPostalCode", "destination_postal_code", True, ("any",)),
                ("FulfillmentType", "fulfillment_type", True, ("str",)),
                ("OrderType", "order_type", True, ("str",)),
                (
                    "OrderItems",
                    "order_items",
                    True,
                    (
                        "list",
                        (
                            "model",
                            OrderChangeNotificationPayloadOrderChangeNotificationSummaryOrderItemsItem,
                        ),
                    ),
                ),
                ("NumberOfItemsShipped", "number_of_items_shipped", False, ("int",)),
                (
                    "NumberOfItemsUnshipped",
                    "number_of_items_unshipped",
                    False,
                    ("int",),
                ),
                ("EarliestDeliveryDate", "earliest_delivery_date", False, ("str",)),
                ("LatestDeliveryDate", "latest_delivery_date", False, ("str",)),
                ("EarliestShipDate", "earliest_ship_date", False, ("str",)),
                ("LatestShipDate", "latest_ship_date", False, ("str",)),
                ("CancelNotifyDate", "cancel_notify_date", False, ("str",)),
                ("OrderPrograms", "order_programs", False, ("list", ("str",))),
                ("ShippingPrograms", "shipping_programs", False, ("list", ("str",))),
                (
                    "EasyShipShipmentStatus",
                    "easy_ship_shipment_status",
                    False,
                    ("str",),
                ),
                (
                    "ElectronicInvoiceStatus",
                    "electronic_invoice_status",
                    False,
                    ("str",),
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
        marketplace_id = d.pop("MarketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("MarketplaceId")

        order_status = d.pop("OrderStatus")

        if _reader is not None and order_status.__class__ is not str:
            raise DeviationError("OrderStatus")

        def _parse_purchase_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        purchase_date = _parse_purchase_date(d.pop("PurchaseDate"))

        def _parse_destination_postal_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        destination_postal_code = _parse_destination_postal_code(
            d.pop("DestinationPostalCode")
        )

        fulfillment_type = d.pop("FulfillmentType")

        if _reader is not None and fulfillment_type.__class__ is not str:
            raise DeviationError("FulfillmentType")

        order_type = d.pop("OrderType")

        if _reader is not None and order_type.__class__ is not str:
            raise DeviationError("OrderType")

        _order_items = d.pop("OrderItems")
        order_items = [
            OrderChangeNotificationPayloadOrderChangeNotificationSummaryOrderItemsItem.from_dict(
                _item
            )
            for _item in _order_items
        ]

        number_of_items_shipped = d.pop("NumberOfItemsShipped", UNSET)

        if (
            _reader is not None
            and number_of_items_shipped.__class__ is not int
            and number_of_items_shipped is not UNSET
        ):
            raise DeviationError("NumberOfItemsShipped")

        number_of_items_unshipped = d.pop("NumberOfItemsUnshipped", UNSET)

        if (
            _reader is not None
            and number_of_items_unshipped.__class__ is not int
            and number_of_items_unshipped is not UNSET
        ):
            raise DeviationError("NumberOfItemsUnshipped")

        earliest_delivery_date = d.pop("EarliestDeliveryDate", UNSET)

        if (
            _reader is not None
            and earliest_delivery_date.__class__ is not str
            and earliest_delivery_date is not UNSET
        ):
            raise DeviationError("EarliestDeliveryDate")

        latest_delivery_date = d.pop("LatestDeliveryDate", UNSET)

        if (
            _reader is not None
            and latest_delivery_date.__class__ is not str
            and latest_delivery_date is not UNSET
        ):
            raise DeviationError("LatestDeliveryDate")

        earliest_ship_date = d.pop("EarliestShipDate", UNSET)

        if (
            _reader is not None
            and earliest_ship_date.__class__ is not str
            and earliest_ship_date is not UNSET
        ):
            raise DeviationError("EarliestShipDate")

        latest_ship_date = d.pop("LatestShipDate", UNSET)

        if (
            _reader is not None
            and latest_ship_date.__class__ is not str
            and latest_ship_date is not UNSET
        ):
            raise DeviationError("LatestShipDate")

        cancel_notify_date = d.pop("CancelNotifyDate", UNSET)

        if (
            _reader is not None
            and cancel_notify_date.__class__ is not str
            and cancel_notify_date is not UNSET
        ):
            raise DeviationError("CancelNotifyDate")

        order_programs = d.pop("OrderPrograms", UNSET)

        if (
            _reader is not None
            and order_programs.__class__ is not list
            and order_programs is not UNSET
        ):
            raise DeviationError("OrderPrograms")

        shipping_programs = d.pop("ShippingPrograms", UNSET)

        if (
            _reader is not None
            and shipping_programs.__class__ is not list
            and shipping_programs is not UNSET
        ):
            raise DeviationError("ShippingPrograms")

        easy_ship_shipment_status = d.pop("EasyShipShipmentStatus", UNSET)

        if (
            _reader is not None
            and easy_ship_shipment_status.__class__ is not str
            and easy_ship_shipment_status is not UNSET
        ):
            raise DeviationError("EasyShipShipmentStatus")

        electronic_invoice_status = d.pop("ElectronicInvoiceStatus", UNSET)

        if (
            _reader is not None
            and electronic_invoice_status.__class__ is not str
            and electronic_invoice_status is not UNSET
        ):
            raise DeviationError("ElectronicInvoiceStatus")

        if cls is OrderChangeNotificationPayloadOrderChangeNotificationSummary:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.marketplace_id = marketplace_id
            _built.order_status = order_status
            _built.purchase_date = purchase_date
            _built.destination_postal_code = destination_postal_code
            _built.fulfillment_type = fulfillment_type
            _built.order_type = order_type
            _built.order_items = order_items
            _built.number_of_items_shipped = number_of_items_shipped
            _built.number_of_items_unshipped = number_of_items_unshipped
            _built.earliest_delivery_date = earliest_delivery_date
            _built.latest_delivery_date = latest_delivery_date
            _built.earliest_ship_date = earliest_ship_date
            _built.latest_ship_date = latest_ship_date
            _built.cancel_notify_date = cancel_notify_date
            _built.order_programs = order_programs
            _built.shipping_programs = shipping_programs
            _built.easy_ship_shipment_status = easy_ship_shipment_status
            _built.electronic_invoice_status = electronic_invoice_status
            _built._parse_notes = None
            order_change_notification_payload_order_change_notification_summary = _built
        else:  # a subclass: its own __init__ runs
            order_change_notification_payload_order_change_notification_summary = cls(
                marketplace_id=marketplace_id,
                order_status=order_status,
                purchase_date=purchase_date,
                destination_postal_code=destination_postal_code,
                fulfillment_type=fulfillment_type,
                order_type=order_type,
                order_items=order_items,
                number_of_items_shipped=number_of_items_shipped,
                number_of_items_unshipped=number_of_items_unshipped,
                earliest_delivery_date=earliest_delivery_date,
                latest_delivery_date=latest_delivery_date,
                earliest_ship_date=earliest_ship_date,
                latest_ship_date=latest_ship_date,
                cancel_notify_date=cancel_notify_date,
                order_programs=order_programs,
                shipping_programs=shipping_programs,
                easy_ship_shipment_status=easy_ship_shipment_status,
                electronic_invoice_status=electronic_invoice_status,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_change_notification_payload_order_change_notification_summary.additional_properties = (
            d or {}
        )
        return order_change_notification_payload_order_change_notification_summary

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
