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
    from ..models.money import Money


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Money
    from ..models.money import Money

    _lazy_pending = False


T = TypeVar("T", bound="ShipmentItem")


@_attrs_define
class ShipmentItem:
    """
    Attributes:
        asin (str | Unset):
        gift_wrap_price (Money | Unset):
        item_price (Money | Unset):
        order_item_id (str | Unset):
        promotion_discount (Money | Unset):
        quantity_ordered (float | Unset):
        seller_sku (str | Unset):
        serial_numbers (list[str] | Unset):
        shipping_discount (Money | Unset):
        shipping_price (Money | Unset):
        title (str | Unset):
    """

    asin: str | Unset = UNSET
    gift_wrap_price: Money | Unset = UNSET
    item_price: Money | Unset = UNSET
    order_item_id: str | Unset = UNSET
    promotion_discount: Money | Unset = UNSET
    quantity_ordered: float | Unset = UNSET
    seller_sku: str | Unset = UNSET
    serial_numbers: list[str] | Unset = UNSET
    shipping_discount: Money | Unset = UNSET
    shipping_price: Money | Unset = UNSET
    title: str | Unset = UNSET
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
        asin = self.asin

        gift_wrap_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gift_wrap_price, Unset):
            gift_wrap_price = self.gift_wrap_price.to_dict()

        item_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_price, Unset):
            item_price = self.item_price.to_dict()

        order_item_id = self.order_item_id

        promotion_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promotion_discount, Unset):
            promotion_discount = self.promotion_discount.to_dict()

        quantity_ordered = self.quantity_ordered

        seller_sku = self.seller_sku

        serial_numbers: list[str] | Unset = UNSET
        if not isinstance(self.serial_numbers, Unset):
            serial_numbers = self.serial_numbers

        shipping_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_discount, Unset):
            shipping_discount = self.shipping_discount.to_dict()

        shipping_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_price, Unset):
            shipping_price = self.shipping_price.to_dict()

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["ASIN"] = asin
        if gift_wrap_price is not UNSET:
            field_dict["GiftWrapPrice"] = gift_wrap_price
        if item_price is not UNSET:
            field_dict["ItemPrice"] = item_price
        if order_item_id is not UNSET:
            field_dict["OrderItemId"] = order_item_id
        if promotion_discount is not UNSET:
            field_dict["PromotionDiscount"] = promotion_discount
        if quantity_ordered is not UNSET:
            field_dict["QuantityOrdered"] = quantity_ordered
        if seller_sku is not UNSET:
            field_dict["SellerSKU"] = seller_sku
        if serial_numbers is not UNSET:
            field_dict["SerialNumbers"] = serial_numbers
        if shipping_discount is not UNSET:
            field_dict["ShippingDiscount"] = shipping_discount
        if shipping_price is not UNSET:
            field_dict["ShippingPrice"] = shipping_price
        if title is not UNSET:
            field_dict["Title"] = title

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.money import Money

        return (
            (
                ("ASIN", "asin", False, ("str",)),
                ("GiftWrapPrice", "gift_wrap_price", False, ("model", Money)),
                ("ItemPrice", "item_price", False, ("model", Money)),
                ("OrderItemId", "order_item_id", False, ("str",)),
                ("PromotionDiscount", "promotion_discount", False, ("model", Money)),
                ("QuantityOrdered", "quantity_ordered", False, ("float",)),
                ("SellerSKU", "seller_sku", False, ("str",)),
                ("SerialNumbers", "serial_numbers", False, ("list", ("str",))),
                ("ShippingDiscount", "shipping_discount", False, ("model", Money)),
                ("ShippingPrice", "shipping_price", False, ("model", Money)),
                ("Title", "title", False, ("str",)),
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
        asin = d.pop("ASIN", UNSET)

        if _reader is not None and asin.__class__ is not str and asin is not UNSET:
            raise DeviationError("ASIN")

        _gift_wrap_price = d.pop("GiftWrapPrice", UNSET)
        gift_wrap_price = (
            UNSET if _gift_wrap_price is UNSET else Money.from_dict(_gift_wrap_price)
        )

        _item_price = d.pop("ItemPrice", UNSET)
        item_price = UNSET if _item_price is UNSET else Money.from_dict(_item_price)

        order_item_id = d.pop("OrderItemId", UNSET)

        if (
            _reader is not None
            and order_item_id.__class__ is not str
            and order_item_id is not UNSET
        ):
            raise DeviationError("OrderItemId")

        _promotion_discount = d.pop("PromotionDiscount", UNSET)
        promotion_discount = (
            UNSET
            if _promotion_discount is UNSET
            else Money.from_dict(_promotion_discount)
        )

        quantity_ordered = d.pop("QuantityOrdered", UNSET)

        if (
            _reader is not None
            and quantity_ordered.__class__ is not float
            and quantity_ordered.__class__ is not int
            and quantity_ordered is not UNSET
        ):
            raise DeviationError("QuantityOrdered")

        seller_sku = d.pop("SellerSKU", UNSET)

        if (
            _reader is not None
            and seller_sku.__class__ is not str
            and seller_sku is not UNSET
        ):
            raise DeviationError("SellerSKU")

        serial_numbers = d.pop("SerialNumbers", UNSET)

        if (
            _reader is not None
            and serial_numbers.__class__ is not list
            and serial_numbers is not UNSET
        ):
            raise DeviationError("SerialNumbers")

        _shipping_discount = d.pop("ShippingDiscount", UNSET)
        shipping_discount = (
            UNSET
            if _shipping_discount is UNSET
            else Money.from_dict(_shipping_discount)
        )

        _shipping_price = d.pop("ShippingPrice", UNSET)
        shipping_price = (
            UNSET if _shipping_price is UNSET else Money.from_dict(_shipping_price)
        )

        title = d.pop("Title", UNSET)

        if _reader is not None and title.__class__ is not str and title is not UNSET:
            raise DeviationError("Title")

        if cls is ShipmentItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.gift_wrap_price = gift_wrap_price
            _built.item_price = item_price
            _built.order_item_id = order_item_id
            _built.promotion_discount = promotion_discount
            _built.quantity_ordered = quantity_ordered
            _built.seller_sku = seller_sku
            _built.serial_numbers = serial_numbers
            _built.shipping_discount = shipping_discount
            _built.shipping_price = shipping_price
            _built.title = title
            _built._parse_notes = None
            shipment_item = _built
        else:  # a subclass: its own __init__ runs
            shipment_item = cls(
                asin=asin,
                gift_wrap_price=gift_wrap_price,
                item_price=item_price,
                order_item_id=order_item_id,
                promotion_discount=promotion_discount,
                quantity_ordered=quantity_ordered,
                seller_sku=seller_sku,
                serial_numbers=serial_numbers,
                shipping_discount=shipping_discount,
                shipping_price=shipping_price,
                title=title,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment_item.additional_properties = d or {}
        return shipment_item

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
