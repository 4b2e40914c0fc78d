from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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

T = TypeVar(
    "T",
    bound="OrderChangeNotificationPayloadOrderChangeNotificationSummaryOrderItemsItem",
)


@_attrs_define
class OrderChangeNotificationPayloadOrderChangeNotificationSummaryOrderItemsItem:
    """
    Attributes:
        order_item_id (str):
        seller_sku (str):
        supply_source_id (None | str):
        quantity (int):
        order_item_status (str | Unset):
        quantity_shipped (int | Unset):
        is_buyer_requested_cancel (bool | Unset):
        item_earliest_delivery_date (str | Unset):
        item_latest_delivery_date (str | Unset):
    """

    order_item_id: str
    seller_sku: str
    supply_source_id: None | str
    quantity: int
    order_item_status: str | Unset = UNSET
    quantity_shipped: int | Unset = UNSET
    is_buyer_requested_cancel: bool | Unset = UNSET
    item_earliest_delivery_date: str | Unset = UNSET
    item_latest_delivery_date: str | Unset = UNSET
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
        order_item_id = self.order_item_id

        seller_sku = self.seller_sku

        supply_source_id: None | str
        supply_source_id = self.supply_source_id

        quantity = self.quantity

        order_item_status = self.order_item_status

        quantity_shipped = self.quantity_shipped

        is_buyer_requested_cancel = self.is_buyer_requested_cancel

        item_earliest_delivery_date = self.item_earliest_delivery_date

        item_latest_delivery_date = self.item_latest_delivery_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "OrderItemId": order_item_id,
                "SellerSKU": seller_sku,
                "SupplySourceId": supply_source_id,
                "Quantity": quantity,
            }
        )
        if order_item_status is not UNSET:
            field_dict["OrderItemStatus"] = order_item_status
        if quantity_shipped is not UNSET:
            field_dict["QuantityShipped"] = quantity_shipped
        if is_buyer_requested_cancel is not UNSET:
            field_dict["IsBuyerRequestedCancel"] = is_buyer_requested_cancel
        if item_earliest_delivery_date is not UNSET:
            field_dict["ItemEarliestDeliveryDate"] = item_earliest_delivery_date
        if item_latest_delivery_date is not UNSET:
            field_dict["ItemLatestDeliveryDate"] = item_latest_delivery_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("OrderItemId", "order_item_id", True, ("str",)),
                ("SellerSKU", "seller_sku", True, ("str",)),
                ("SupplySourceId", "supply_source_id", True, ("any",)),
                ("Quantity", "quantity", True, ("int",)),
                ("OrderItemStatus", "order_item_status", False, ("str",)),
                ("QuantityShipped", "quantity_shipped", False, ("int",)),
                (
                    "IsBuyerRequestedCancel",
                    "is_buyer_requested_cancel",
                    False,
                    ("bool",),
                ),
                (
                    "ItemEarliestDeliveryDate",
                    "item_earliest_delivery_date",
                    False,
                    ("str",),
                ),
                (
                    "ItemLatestDeliveryDate",
                    "item_latest_delivery_date",
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
        d = dict(src_dict)
        order_item_id = d.pop("OrderItemId")

        if _reader is not None and order_item_id.__class__ is not str:
            raise DeviationError("OrderItemId")

        seller_sku = d.pop("SellerSKU")

        if _reader is not None and seller_sku.__class__ is not str:
            raise DeviationError("SellerSKU")

        def _parse_supply_source_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        supply_source_id = _parse_supply_source_id(d.pop("SupplySourceId"))

        quantity = d.pop("Quantity")

        if _reader is not None and quantity.__class__ is not int:
            raise DeviationError("Quantity")

        order_item_status = d.pop("OrderItemStatus", UNSET)

        if (
            _reader is not None
            and order_item_status.__class__ is not str
            and order_item_status is not UNSET
        ):
            raise DeviationError("OrderItemStatus")

        quantity_shipped = d.pop("QuantityShipped", UNSET)

        if (
            _reader is not None
            and quantity_shipped.__class__ is not int
            and quantity_shipped is not UNSET
        ):
            raise DeviationError("QuantityShipped")

        is_buyer_requested_cancel = d.pop("IsBuyerRequestedCancel", UNSET)

        if (
            _reader is not None
            and is_buyer_requested_cancel.__class__ is not bool
            and is_buyer_requested_cancel is not UNSET
        ):
            raise DeviationError("IsBuyerRequestedCancel")

        item_earliest_delivery_date = d.pop("ItemEarliestDeliveryDate", UNSET)

        if (
            _reader is not None
            and item_earliest_delivery_date.__class__ is not str
            and item_earliest_delivery_date is not UNSET
        ):
            raise DeviationError("ItemEarliestDeliveryDate")

        item_latest_delivery_date = d.pop("ItemLatestDeliveryDate", UNSET)

        if (
            _reader is not None
            and item_latest_delivery_date.__class__ is not str
            and item_latest_delivery_date is not UNSET
        ):
            raise DeviationError("ItemLatestDeliveryDate")

        if (
            cls
            is OrderChangeNotificationPayloadOrderChangeNotificationSummaryOrderItemsItem
        ):
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.order_item_id = order_item_id
            _built.seller_sku = seller_sku
            _built.supply_source_id = supply_source_id
            _built.quantity = quantity
            _built.order_item_status = order_item_status
            _built.quantity_shipped = quantity_shipped
            _built.is_buyer_requested_cancel = is_buyer_requested_cancel
            _built.item_earliest_delivery_date = item_earliest_delivery_date
            _built.item_latest_delivery_date = item_latest_delivery_date
            _built._parse_notes = None
            order_change_notification_payload_order_change_notification_summary_order_items_item = _built
        else:  # a subclass: its own __init__ runs
            order_change_notification_payload_order_change_notification_summary_order_items_item = cls(
                order_item_id=order_item_id,
                seller_sku=seller_sku,
                supply_source_id=supply_source_id,
                quantity=quantity,
                order_item_status=order_item_status,
                quantity_shipped=quantity_shipped,
                is_buyer_requested_cancel=is_buyer_requested_cancel,
                item_earliest_delivery_date=item_earliest_delivery_date,
                item_latest_delivery_date=item_latest_delivery_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_change_notification_payload_order_change_notification_summary_order_items_item.additional_properties = (
            d or {}
        )
        return order_change_notification_payload_order_change_notification_summary_order_items_item

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
