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
    from ..models.alias import Alias
    from ..models.associated_order import AssociatedOrder
    from ..models.buyer import Buyer
    from ..models.fulfillment_order import FulfillmentOrder
    from ..models.order_fulfillment import OrderFulfillment
    from ..models.order_item import OrderItem
    from ..models.order_package import OrderPackage
    from ..models.order_payment import OrderPayment
    from ..models.order_proceeds import OrderProceeds
    from ..models.order_tax import OrderTax
    from ..models.recipient import Recipient
    from ..models.sales_channel import SalesChannel


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        Alias, \
        AssociatedOrder, \
        Buyer, \
        FulfillmentOrder, \
        OrderFulfillment, \
        OrderItem, \
        OrderPackage, \
        OrderPayment, \
        OrderProceeds, \
        OrderTax, \
        Recipient, \
        SalesChannel
    from ..models.alias import Alias
    from ..models.associated_order import AssociatedOrder
    from ..models.buyer import Buyer
    from ..models.fulfillment_order import FulfillmentOrder
    from ..models.order_fulfillment import OrderFulfillment
    from ..models.order_item import OrderItem
    from ..models.order_package import OrderPackage
    from ..models.order_payment import OrderPayment
    from ..models.order_proceeds import OrderProceeds
    from ..models.order_tax import OrderTax
    from ..models.recipient import Recipient
    from ..models.sales_channel import SalesChannel

    _lazy_pending = False


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """
    Attributes:
        created_time (datetime.datetime):
        last_updated_time (datetime.datetime):
        order_id (str):
        order_items (list[OrderItem]):
        sales_channel (SalesChannel):
        associated_orders (list[AssociatedOrder] | Unset):
        buyer (Buyer | Unset):
        fulfillment (OrderFulfillment | Unset):
        fulfillment_orders (list[FulfillmentOrder] | Unset):
        order_aliases (list[Alias] | Unset):
        packages (list[OrderPackage] | Unset):
        payment (OrderPayment | Unset):
        proceeds (OrderProceeds | Unset):
        programs (list[str] | Unset):
        recipient (Recipient | Unset):
        tax (OrderTax | Unset):
    """

    created_time: datetime.datetime
    last_updated_time: datetime.datetime
    order_id: str
    order_items: list[OrderItem]
    sales_channel: SalesChannel
    associated_orders: list[AssociatedOrder] | Unset = UNSET
    buyer: Buyer | Unset = UNSET
    fulfillment: OrderFulfillment | Unset = UNSET
    fulfillment_orders: list[FulfillmentOrder] | Unset = UNSET
    order_aliases: list[Alias] | Unset = UNSET
    packages: list[OrderPackage] | Unset = UNSET
    payment: OrderPayment | Unset = UNSET
    proceeds: OrderProceeds | Unset = UNSET
    programs: list[str] | Unset = UNSET
    recipient: Recipient | Unset = UNSET
    tax: OrderTax | Unset = UNSET
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
        created_time = self.created_time.isoformat()

        last_updated_time = self.last_updated_time.isoformat()

        order_id = self.order_id

        order_items = []
        for order_items_item_data in self.order_items:
            order_items_item = order_items_item_data.to_dict()
            order_items.append(order_items_item)

        sales_channel = self.sales_channel.to_dict()

        associated_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.associated_orders, Unset):
            associated_orders = []
            for associated_orders_item_data in self.associated_orders:
                associated_orders_item = associated_orders_item_data.to_dict()
                associated_orders.append(associated_orders_item)

        buyer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer, Unset):
            buyer = self.buyer.to_dict()

        fulfillment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fulfillment, Unset):
            fulfillment = self.fulfillment.to_dict()

        fulfillment_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fulfillment_orders, Unset):
            fulfillment_orders = []
            for fulfillment_orders_item_data in self.fulfillment_orders:
                fulfillment_orders_item = fulfillment_orders_item_data.to_dict()
                fulfillment_orders.append(fulfillment_orders_item)

        order_aliases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_aliases, Unset):
            order_aliases = []
            for order_aliases_item_data in self.order_aliases:
                order_aliases_item = order_aliases_item_data.to_dict()
                order_aliases.append(order_aliases_item)

        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        proceeds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proceeds, Unset):
            proceeds = self.proceeds.to_dict()

        programs: list[str] | Unset = UNSET
        if not isinstance(self.programs, Unset):
            programs = self.programs

        recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipient, Unset):
            recipient = self.recipient.to_dict()

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
                "orderId": order_id,
                "orderItems": order_items,
                "salesChannel": sales_channel,
            }
        )
        if associated_orders is not UNSET:
            field_dict["associatedOrders"] = associated_orders
        if buyer is not UNSET:
            field_dict["buyer"] = buyer
        if fulfillment is not UNSET:
            field_dict["fulfillment"] = fulfillment
        if fulfillment_orders is not UNSET:
            field_dict["fulfillmentOrders"] = fulfillment_orders
        if order_aliases is not UNSET:
            field_dict["orderAliases"] = order_aliases
        if packages is not UNSET:
            field_dict["packages"] = packages
        if payment is not UNSET:
            field_dict["payment"] = payment
        if proceeds is not UNSET:
            field_dict["proceeds"] = proceeds
        if programs is not UNSET:
            field_dict["programs"] = programs
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if tax is not UNSET:
            field_dict["tax"] = tax

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.alias import Alias
        from ..models.associated_order import AssociatedOrder
        from ..models.buyer import Buyer
        from ..models.fulfillment_order import FulfillmentOrder
        from ..models.order_fulfillment import OrderFulfillment
        from ..models.order_item import OrderItem
        from ..models.order_package import OrderPackage
        from ..models.order_payment import OrderPayment
        from ..models.order_proceeds import OrderProceeds
        from ..models.order_tax import OrderTax
        from ..models.recipient import Recipient
        from ..models.sales_channel import SalesChannel

        return (
            (
                ("createdTime", "created_time", True, ("datetime",)),
                ("lastUpdatedTime", "last_updated_time", True, ("datetime",)),
                ("orderId", "order_id", True, ("str",)),
                ("orderItems", "order_items", True, ("list", ("model", OrderItem))),
                ("salesChannel", "sales_channel", True, ("model", SalesChannel)),
                (
                    "associatedOrders",
                    "associated_orders",
                    False,
                    ("list", ("model", AssociatedOrder)),
                ),
                ("buyer", "buyer", False, ("model", Buyer)),
                ("fulfillment", "fulfillment", False, ("model", OrderFulfillment)),
                (
                    "fulfillmentOrders",
                    "fulfillment_orders",
                    False,
                    ("list", ("model", FulfillmentOrder)),
                ),
                ("orderAliases", "order_aliases", False, ("list", ("model", Alias))),
                ("packages", "packages", False, ("list", ("model", OrderPackage))),
                ("payment", "payment", False, ("model", OrderPayment)),
                ("proceeds", "proceeds", False, ("model", OrderProceeds)),
                ("programs", "programs", False, ("list", ("str",))),
                ("recipient", "recipient", False, ("model", Recipient)),
                ("tax", "tax", False, ("model", OrderTax)),
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
        created_time = datetime.datetime.fromisoformat(d.pop("createdTime"))

        if _reader is not None and created_time.tzinfo is None:
            raise DeviationError("createdTime")

        last_updated_time = datetime.datetime.fromisoformat(d.pop("lastUpdatedTime"))

        if _reader is not None and last_updated_time.tzinfo is None:
            raise DeviationError("lastUpdatedTime")

        order_id = d.pop("orderId")

        if _reader is not None and order_id.__class__ is not str:
            raise DeviationError("orderId")

        _order_items = d.pop("orderItems")
        order_items = [OrderItem.from_dict(_item) for _item in _order_items]

        sales_channel = SalesChannel.from_dict(d.pop("salesChannel"))

        _associated_orders = d.pop("associatedOrders", UNSET)
        associated_orders = (
            UNSET
            if _associated_orders is UNSET
            else [AssociatedOrder.from_dict(_item) for _item in _associated_orders]
        )

        _buyer = d.pop("buyer", UNSET)
        buyer = UNSET if _buyer is UNSET else Buyer.from_dict(_buyer)

        _fulfillment = d.pop("fulfillment", UNSET)
        fulfillment = (
            UNSET if _fulfillment is UNSET else OrderFulfillment.from_dict(_fulfillment)
        )

        _fulfillment_orders = d.pop("fulfillmentOrders", UNSET)
        fulfillment_orders = (
            UNSET
            if _fulfillment_orders is UNSET
            else [FulfillmentOrder.from_dict(_item) for _item in _fulfillment_orders]
        )

        _order_aliases = d.pop("orderAliases", UNSET)
        order_aliases = (
            UNSET
            if _order_aliases is UNSET
            else [Alias.from_dict(_item) for _item in _order_aliases]
        )

        _packages = d.pop("packages", UNSET)
        packages = (
            UNSET
            if _packages is UNSET
            else [OrderPackage.from_dict(_item) for _item in _packages]
        )

        _payment = d.pop("payment", UNSET)
        payment = UNSET if _payment is UNSET else OrderPayment.from_dict(_payment)

        _proceeds = d.pop("proceeds", UNSET)
        proceeds = UNSET if _proceeds is UNSET else OrderProceeds.from_dict(_proceeds)

        programs = d.pop("programs", UNSET)

        if (
            _reader is not None
            and programs.__class__ is not list
            and programs is not UNSET
        ):
            raise DeviationError("programs")

        _recipient = d.pop("recipient", UNSET)
        recipient = UNSET if _recipient is UNSET else Recipient.from_dict(_recipient)

        _tax = d.pop("tax", UNSET)
        tax = UNSET if _tax is UNSET else OrderTax.from_dict(_tax)

        if cls is Order:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.created_time = created_time
            _built.last_updated_time = last_updated_time
            _built.order_id = order_id
            _built.order_items = order_items
            _built.sales_channel = sales_channel
            _built.associated_orders = associated_orders
            _built.buyer = buyer
            _built.fulfillment = fulfillment
            _built.fulfillment_orders = fulfillment_orders
            _built.order_aliases = order_aliases
            _built.packages = packages
            _built.payment = payment
            _built.proceeds = proceeds
            _built.programs = programs
            _built.recipient = recipient
            _built.tax = tax
            _built._parse_notes = None
            order = _built
        else:  # a subclass: its own __init__ runs
            order = cls(
                created_time=created_time,
                last_updated_time=last_updated_time,
                order_id=order_id,
                order_items=order_items,
                sales_channel=sales_channel,
                associated_orders=associated_orders,
                buyer=buyer,
                fulfillment=fulfillment,
                fulfillment_orders=fulfillment_orders,
                order_aliases=order_aliases,
                packages=packages,
                payment=payment,
                proceeds=proceeds,
                programs=programs,
                recipient=recipient,
                tax=tax,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order.additional_properties = d or {}
        return order

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
