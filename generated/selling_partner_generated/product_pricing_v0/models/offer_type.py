from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offer_customer_type import OfferCustomerType
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
    from ..models.money_type import MoneyType
    from ..models.price_type import PriceType
    from ..models.quantity_discount_price_type import QuantityDiscountPriceType


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, MoneyType, PriceType, QuantityDiscountPriceType
    from ..models.money_type import MoneyType
    from ..models.price_type import PriceType
    from ..models.quantity_discount_price_type import QuantityDiscountPriceType

    _lazy_pending = False


T = TypeVar("T", bound="OfferType")


@_attrs_define
class OfferType:
    """
    Attributes:
        buying_price (PriceType):
        fulfillment_channel (str):
        item_condition (str):
        item_sub_condition (str):
        regular_price (MoneyType):
        seller_sku (str):
        business_price (MoneyType | Unset):
        offer_type (OfferCustomerType | Unset):
        quantity_discount_prices (list[QuantityDiscountPriceType] | Unset):
    """

    buying_price: PriceType
    fulfillment_channel: str
    item_condition: str
    item_sub_condition: str
    regular_price: MoneyType
    seller_sku: str
    business_price: MoneyType | Unset = UNSET
    offer_type: OfferCustomerType | Unset = UNSET
    quantity_discount_prices: list[QuantityDiscountPriceType] | Unset = UNSET
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
        buying_price = self.buying_price.to_dict()

        fulfillment_channel = self.fulfillment_channel

        item_condition = self.item_condition

        item_sub_condition = self.item_sub_condition

        regular_price = self.regular_price.to_dict()

        seller_sku = self.seller_sku

        business_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_price, Unset):
            business_price = self.business_price.to_dict()

        offer_type: str | Unset = UNSET
        if not isinstance(self.offer_type, Unset):
            offer_type = self.offer_type.value

        quantity_discount_prices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quantity_discount_prices, Unset):
            quantity_discount_prices = []
            for quantity_discount_prices_item_data in self.quantity_discount_prices:
                quantity_discount_prices_item = (
                    quantity_discount_prices_item_data.to_dict()
                )
                quantity_discount_prices.append(quantity_discount_prices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "BuyingPrice": buying_price,
                "FulfillmentChannel": fulfillment_channel,
                "ItemCondition": item_condition,
                "ItemSubCondition": item_sub_condition,
                "RegularPrice": regular_price,
                "SellerSKU": seller_sku,
            }
        )
        if business_price is not UNSET:
            field_dict["businessPrice"] = business_price
        if offer_type is not UNSET:
            field_dict["offerType"] = offer_type
        if quantity_discount_prices is not UNSET:
            field_dict["quantityDiscountPrices"] = quantity_discount_prices

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.money_type import MoneyType
        from ..models.price_type import PriceType
        from ..models.quantity_discount_price_type import QuantityDiscountPriceType

        return (
            (
                ("BuyingPrice", "buying_price", True, ("model", PriceType)),
                ("FulfillmentChannel", "fulfillment_channel", True, ("str",)),
                ("ItemCondition", "item_condition", True, ("str",)),
                ("ItemSubCondition", "item_sub_condition", True, ("str",)),
                ("RegularPrice", "regular_price", True, ("model", MoneyType)),
                ("SellerSKU", "seller_sku", True, ("str",)),
                ("businessPrice", "business_price", False, ("model", MoneyType)),
                ("offerType", "offer_type", False, ("enum", OfferCustomerType)),
                (
                    "quantityDiscountPrices",
                    "quantity_discount_prices",
                    False,
                    ("list", ("model", QuantityDiscountPriceType)),
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
        buying_price = PriceType.from_dict(d.pop("BuyingPrice"))

        fulfillment_channel = d.pop("FulfillmentChannel")

        if _reader is not None and fulfillment_channel.__class__ is not str:
            raise DeviationError("FulfillmentChannel")

        item_condition = d.pop("ItemCondition")

        if _reader is not None and item_condition.__class__ is not str:
            raise DeviationError("ItemCondition")

        item_sub_condition = d.pop("ItemSubCondition")

        if _reader is not None and item_sub_condition.__class__ is not str:
            raise DeviationError("ItemSubCondition")

        regular_price = MoneyType.from_dict(d.pop("RegularPrice"))

        seller_sku = d.pop("SellerSKU")

        if _reader is not None and seller_sku.__class__ is not str:
            raise DeviationError("SellerSKU")

        _business_price = d.pop("businessPrice", UNSET)
        business_price = (
            UNSET if _business_price is UNSET else MoneyType.from_dict(_business_price)
        )

        _offer_type = d.pop("offerType", UNSET)
        offer_type = (
            UNSET
            if _offer_type is UNSET
            else (
                OfferCustomerType._value2member_map_.get(_offer_type)
                if _offer_type.__class__ is str
                else None
            )
            or OfferCustomerType(_offer_type)
        )

        _quantity_discount_prices = d.pop("quantityDiscountPrices", UNSET)
        quantity_discount_prices = (
            UNSET
            if _quantity_discount_prices is UNSET
            else [
                QuantityDiscountPriceType.from_dict(_item)
                for _item in _quantity_discount_prices
            ]
        )

        if cls is OfferType:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.buying_price = buying_price
            _built.fulfillment_channel = fulfillment_channel
            _built.item_condition = item_condition
            _built.item_sub_condition = item_sub_condition
            _built.regular_price = regular_price
            _built.seller_sku = seller_sku
            _built.business_price = business_price
            _built.offer_type = offer_type
            _built.quantity_discount_prices = quantity_discount_prices
            _built._parse_notes = None
            offer_type = _built
        else:  # a subclass: its own __init__ runs
            offer_type = cls(
                buying_price=buying_price,
                fulfillment_channel=fulfillment_channel,
                item_condition=item_condition,
                item_sub_condition=item_sub_condition,
                regular_price=regular_price,
                seller_sku=seller_sku,
                business_price=business_price,
                offer_type=offer_type,
                quantity_discount_prices=quantity_discount_prices,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        offer_type.additional_properties = d or {}
        return offer_type

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
