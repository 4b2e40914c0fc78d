from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_item_deemed_reseller_category import OrderItemDeemedResellerCategory
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
    from ..models.amazon_programs import AmazonPrograms
    from ..models.associated_item import AssociatedItem
    from ..models.buyer_requested_cancel import BuyerRequestedCancel
    from ..models.item_buyer_info import ItemBuyerInfo
    from ..models.measurement import Measurement
    from ..models.money import Money
    from ..models.points_granted_detail import PointsGrantedDetail
    from ..models.product_info_detail import ProductInfoDetail
    from ..models.shipping_constraints import ShippingConstraints
    from ..models.substitution_preferences import SubstitutionPreferences
    from ..models.tax_collection import TaxCollection


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AmazonPrograms, \
        AssociatedItem, \
        BuyerRequestedCancel, \
        ItemBuyerInfo, \
        Measurement, \
        Money, \
        PointsGrantedDetail, \
        ProductInfoDetail, \
        ShippingConstraints, \
        SubstitutionPreferences, \
        TaxCollection
    from ..models.amazon_programs import AmazonPrograms
    from ..models.associated_item import AssociatedItem
    from ..models.buyer_requested_cancel import BuyerRequestedCancel
    from ..models.item_buyer_info import ItemBuyerInfo
    from ..models.measurement import Measurement
    from ..models.money import Money
    from ..models.points_granted_detail import PointsGrantedDetail
    from ..models.product_info_detail import ProductInfoDetail
    from ..models.shipping_constraints import ShippingConstraints
    from ..models.substitution_preferences import SubstitutionPreferences
    from ..models.tax_collection import TaxCollection

    _lazy_pending = False


T = TypeVar("T", bound="OrderItem")


@_attrs_define
class OrderItem:
    """
    Attributes:
        asin (str):
        order_item_id (str):
        quantity_ordered (int):
        amazon_programs (AmazonPrograms | Unset):
        associated_items (list[AssociatedItem] | Unset):
        buyer_info (ItemBuyerInfo | Unset):
        buyer_requested_cancel (BuyerRequestedCancel | Unset):
        cod_fee (Money | Unset):
        cod_fee_discount (Money | Unset):
        condition_id (str | Unset):
        condition_note (str | Unset):
        condition_subtype_id (str | Unset):
        deemed_reseller_category (OrderItemDeemedResellerCategory | Unset):
        ioss_number (str | Unset):
        is_gift (str | Unset):
        is_transparency (bool | Unset):
        item_price (Money | Unset):
        item_tax (Money | Unset):
        measurement (Measurement | Unset):
        points_granted (PointsGrantedDetail | Unset):
        price_designation (str | Unset):
        product_info (ProductInfoDetail | Unset):
        promotion_discount (Money | Unset):
        promotion_discount_tax (Money | Unset):
        promotion_ids (list[str] | Unset):
        quantity_shipped (int | Unset):
        scheduled_delivery_end_date (str | Unset):
        scheduled_delivery_start_date (str | Unset):
        seller_sku (str | Unset):
        serial_number_required (bool | Unset):
        serial_numbers (list[str] | Unset):
        shipping_constraints (ShippingConstraints | Unset):
        shipping_discount (Money | Unset):
        shipping_discount_tax (Money | Unset):
        shipping_price (Money | Unset):
        shipping_tax (Money | Unset):
        store_chain_store_id (str | Unset):
        substitution_preferences (SubstitutionPreferences | Unset):
        tax_collection (TaxCollection | Unset):
        title (str | Unset):
    """

    asin: str
    order_item_id: str
    quantity_ordered: int
    amazon_programs: AmazonPrograms | Unset = UNSET
    associated_items: list[AssociatedItem] | Unset = UNSET
    buyer_info: ItemBuyerInfo | Unset = UNSET
    buyer_requested_cancel: BuyerRequestedCancel | Unset = UNSET
    cod_fee: Money | Unset = UNSET
    cod_fee_discount: Money | Unset = UNSET
    condition_id: str | Unset = UNSET
    condition_note: str | Unset = UNSET
    condition_subtype_id: str | Unset = UNSET
    deemed_reseller_category: OrderItemDeemedResellerCategory | Unset = UNSET
    ioss_number: str | Unset = UNSET
    is_gift: str | Unset = UNSET
    is_transparency: bool | Unset = UNSET
    item_price: Money | Unset = UNSET
    item_tax: Money | Unset = UNSET
    measurement: Measurement | Unset = UNSET
    points_granted: PointsGrantedDetail | Unset = UNSET
    price_designation: str | Unset = UNSET
    product_info: ProductInfoDetail | Unset = UNSET
    promotion_discount: Money | Unset = UNSET
    promotion_discount_tax: Money | Unset = UNSET
    promotion_ids: list[str] | Unset = UNSET
    quantity_shipped: int | Unset = UNSET
    scheduled_delivery_end_date: str | Unset = UNSET
    scheduled_delivery_start_date: str | Unset = UNSET
    seller_sku: str | Unset = UNSET
    serial_number_required: bool | Unset = UNSET
    serial_numbers: list[str] | Unset = UNSET
    shipping_constraints: ShippingConstraints | Unset = UNSET
    shipping_discount: Money | Unset = UNSET
    shipping_discount_tax: Money | Unset = UNSET
    shipping_price: Money | Unset = UNSET
    shipping_tax: Money | Unset = UNSET
    store_chain_store_id: str | Unset = UNSET
    substitution_preferences: SubstitutionPreferences | Unset = UNSET
    tax_collection: TaxCollection | Unset = UNSET
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

        order_item_id = self.order_item_id

        quantity_ordered = self.quantity_ordered

        amazon_programs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amazon_programs, Unset):
            amazon_programs = self.amazon_programs.to_dict()

        associated_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.associated_items, Unset):
            associated_items = []
            for associated_items_item_data in self.associated_items:
                associated_items_item = associated_items_item_data.to_dict()
                associated_items.append(associated_items_item)

        buyer_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer_info, Unset):
            buyer_info = self.buyer_info.to_dict()

        buyer_requested_cancel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer_requested_cancel, Unset):
            buyer_requested_cancel = self.buyer_requested_cancel.to_dict()

        cod_fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cod_fee, Unset):
            cod_fee = self.cod_fee.to_dict()

        cod_fee_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cod_fee_discount, Unset):
            cod_fee_discount = self.cod_fee_discount.to_dict()

        condition_id = self.condition_id

        condition_note = self.condition_note

        condition_subtype_id = self.condition_subtype_id

        deemed_reseller_category: str | Unset = UNSET
        if not isinstance(self.deemed_reseller_category, Unset):
            deemed_reseller_category = self.deemed_reseller_category.value

        ioss_number = self.ioss_number

        is_gift = self.is_gift

        is_transparency = self.is_transparency

        item_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_price, Unset):
            item_price = self.item_price.to_dict()

        item_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_tax, Unset):
            item_tax = self.item_tax.to_dict()

        measurement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.measurement, Unset):
            measurement = self.measurement.to_dict()

        points_granted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.points_granted, Unset):
            points_granted = self.points_granted.to_dict()

        price_designation = self.price_designation

        product_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_info, Unset):
            product_info = self.product_info.to_dict()

        promotion_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promotion_discount, Unset):
            promotion_discount = self.promotion_discount.to_dict()

        promotion_discount_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promotion_discount_tax, Unset):
            promotion_discount_tax = self.promotion_discount_tax.to_dict()

        promotion_ids: list[str] | Unset = UNSET
        if not isinstance(self.promotion_ids, Unset):
            promotion_ids = self.promotion_ids

        quantity_shipped = self.quantity_shipped

        scheduled_delivery_end_date = self.scheduled_delivery_end_date

        scheduled_delivery_start_date = self.scheduled_delivery_start_date

        seller_sku = self.seller_sku

        serial_number_required = self.serial_number_required

        serial_numbers: list[str] | Unset = UNSET
        if not isinstance(self.serial_numbers, Unset):
            serial_numbers = self.serial_numbers

        shipping_constraints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_constraints, Unset):
            shipping_constraints = self.shipping_constraints.to_dict()

        shipping_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_discount, Unset):
            shipping_discount = self.shipping_discount.to_dict()

        shipping_discount_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_discount_tax, Unset):
            shipping_discount_tax = self.shipping_discount_tax.to_dict()

        shipping_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_price, Unset):
            shipping_price = self.shipping_price.to_dict()

        shipping_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_tax, Unset):
            shipping_tax = self.shipping_tax.to_dict()

        store_chain_store_id = self.store_chain_store_id

        substitution_preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.substitution_preferences, Unset):
            substitution_preferences = self.substitution_preferences.to_dict()

        tax_collection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_collection, Unset):
            tax_collection = self.tax_collection.to_dict()

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ASIN": asin,
                "OrderItemId": order_item_id,
                "QuantityOrdered": quantity_ordered,
            }
        )
        if amazon_programs is not UNSET:
            field_dict["AmazonPrograms"] = amazon_programs
        if associated_items is not UNSET:
            field_dict["AssociatedItems"] = associated_items
        if buyer_info is not UNSET:
            field_dict["BuyerInfo"] = buyer_info
        if buyer_requested_cancel is not UNSET:
            field_dict["BuyerRequestedCancel"] = buyer_requested_cancel
        if cod_fee is not UNSET:
            field_dict["CODFee"] = cod_fee
        if cod_fee_discount is not UNSET:
            field_dict["CODFeeDiscount"] = cod_fee_discount
        if condition_id is not UNSET:
            field_dict["ConditionId"] = condition_id
        if condition_note is not UNSET:
            field_dict["ConditionNote"] = condition_note
        if condition_subtype_id is not UNSET:
            field_dict["ConditionSubtypeId"] = condition_subtype_id
        if deemed_reseller_category is not UNSET:
            field_dict["DeemedResellerCategory"] = deemed_reseller_category
        if ioss_number is not UNSET:
            field_dict["IossNumber"] = ioss_number
        if is_gift is not UNSET:
            field_dict["IsGift"] = is_gift
        if is_transparency is not UNSET:
            field_dict["IsTransparency"] = is_transparency
        if item_price is not UNSET:
            field_dict["ItemPrice"] = item_price
        if item_tax is not UNSET:
            field_dict["ItemTax"] = item_tax
        if measurement is not UNSET:
            field_dict["Measurement"] = measurement
        if points_granted is not UNSET:
            field_dict["PointsGranted"] = points_granted
        if price_designation is not UNSET:
            field_dict["PriceDesignation"] = price_designation
        if product_info is not UNSET:
            field_dict["ProductInfo"] = product_info
        if promotion_discount is not UNSET:
            field_dict["PromotionDiscount"] = promotion_discount
        if promotion_discount_tax is not UNSET:
            field_dict["PromotionDiscountTax"] = promotion_discount_tax
        if promotion_ids is not UNSET:
            field_dict["PromotionIds"] = promotion_ids
        if quantity_shipped is not UNSET:
            field_dict["QuantityShipped"] = quantity_shipped
        if scheduled_delivery_end_date is not UNSET:
            field_dict["ScheduledDeliveryEndDate"] = scheduled_delivery_end_date
        if scheduled_delivery_start_date is not UNSET:
            field_dict["ScheduledDeliveryStartDate"] = scheduled_delivery_start_date
        if seller_sku is not UNSET:
            field_dict["SellerSKU"] = seller_sku
        if serial_number_required is not UNSET:
            field_dict["SerialNumberRequired"] = serial_number_required
        if serial_numbers is not UNSET:
            field_dict["SerialNumbers"] = serial_numbers
        if shipping_constraints is not UNSET:
            field_dict["ShippingConstraints"] = shipping_constraints
        if shipping_discount is not UNSET:
            field_dict["ShippingDiscount"] = shipping_discount
        if shipping_discount_tax is not UNSET:
            field_dict["ShippingDiscountTax"] = shipping_discount_tax
        if shipping_price is not UNSET:
            field_dict["ShippingPrice"] = shipping_price
        if shipping_tax is not UNSET:
            field_dict["ShippingTax"] = shipping_tax
        if store_chain_store_id is not UNSET:
            field_dict["StoreChainStoreId"] = store_chain_store_id
        if substitution_preferences is not UNSET:
            field_dict["SubstitutionPreferences"] = substitution_preferences
        if tax_collection is not UNSET:
            field_dict["TaxCollection"] = tax_collection
        if title is not UNSET:
            field_dict["Title"] = title

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.amazon_programs import AmazonPrograms
        from ..models.associated_item import AssociatedItem
        from ..models.buyer_requested_cancel import BuyerRequestedCancel
        from ..models.item_buyer_info import ItemBuyerInfo
        from ..models.measurement import Measurement
        from ..models.money import Money
        from ..models.points_granted_detail import PointsGrantedDetail
        from ..models.product_info_detail import ProductInfoDetail
        from ..models.shipping_constraints import ShippingConstraints
        from ..models.substitution_preferences import SubstitutionPreferences
        from ..models.tax_collection import TaxCollection

        return (
            (
                ("ASIN", "asin", True, ("str",)),
                ("OrderItemId", "order_item_id", True, ("str",)),
                ("QuantityOrdered", "quantity_ordered", True, ("int",)),
                ("AmazonPrograms", "amazon_programs", False, ("model", AmazonPrograms)),
                (
                    "AssociatedItems",
                    "associated_items",
                    False,
                    ("list", ("model", AssociatedItem)),
                ),
                ("BuyerInfo", "buyer_info", False, ("model", ItemBuyerInfo)),
                (
                    "BuyerRequestedCancel",
                    "buyer_requested_cancel",
                    False,
                    ("model", BuyerRequestedCancel),
                ),
                ("CODFee", "cod_fee", False, ("model", Money)),
                ("CODFeeDiscount", "cod_fee_discount", False, ("model", Money)),
                ("ConditionId", "condition_id", False, ("str",)),
                ("ConditionNote", "condition_note", False, ("str",)),
                ("ConditionSubtypeId", "condition_subtype_id", False, ("str",)),
                (
                    "DeemedResellerCategory",
                    "deemed_reseller_category",
                    False,
                    ("enum", OrderItemDeemedResellerCategory),
                ),
                ("IossNumber", "ioss_number", False, ("str",)),
                ("IsGift", "is_gift", False, ("str",)),
                ("IsTransparency", "is_transparency", False, ("bool",)),
                ("ItemPrice", "item_price", False, ("model", Money)),
                ("ItemTax", "item_tax", False, ("model", Money)),
                ("Measurement", "measurement", False, ("model", Measurement)),
                (
                    "PointsGranted",
                    "points_granted",
                    False,
                    ("model", PointsGrantedDetail),
                ),
                ("PriceDesignation", "price_designation", False, ("str",)),
                ("ProductInfo", "product_info", False, ("model", ProductInfoDetail)),
                ("PromotionDiscount", "promotion_discount", False, ("model", Money)),
                (
                    "PromotionDiscountTax",
                    "promotion_discount_tax",
                    False,
                    ("model", Money),
                ),
                ("PromotionIds", "promotion_ids", False, ("list", ("str",))),
                ("QuantityShipped", "quantity_shipped", False, ("int",)),
                (
                    "ScheduledDeliveryEndDate",
                    "scheduled_delivery_end_date",
                    False,
                    ("str",),
                ),
                (
                    "ScheduledDeliveryStartDate",
                    "scheduled_delivery_start_date",
                    False,
                    ("str",),
                ),
                ("SellerSKU", "seller_sku", False, ("str",)),
                ("SerialNumberRequired", "serial_number_required", False, ("bool",)),
                ("SerialNumbers", "serial_numbers", False, ("list", ("str",))),
                (
                    "ShippingConstraints",
                    "shipping_constraints",
                    False,
                    ("model", ShippingConstraints),
                ),
                ("ShippingDiscount", "shipping_discount", False, ("model", Money)),
                (
                    "ShippingDiscountTax",
                    "shipping_discount_tax",
                    False,
                    ("model", Money),
                ),
                ("ShippingPrice", "shipping_price", False, ("model", Money)),
                ("ShippingTax", "shipping_tax", False, ("model", Money)),
                ("StoreChainStoreId", "store_chain_store_id", False, ("str",)),
                (
                    "SubstitutionPreferences",
                    "substitution_preferences",
                    False,
                    ("model", SubstitutionPreferences),
                ),
                ("TaxCollection", "tax_collection", False, ("model", TaxCollection)),
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
        asin = d.pop("ASIN")

        if _reader is not None and asin.__class__ is not str:
            raise DeviationError("ASIN")

        order_item_id = d.pop("OrderItemId")

        if _reader is not None and order_item_id.__class__ is not str:
            raise DeviationError("OrderItemId")

        quantity_ordered = d.pop("QuantityOrdered")

        if _reader is not None and quantity_ordered.__class__ is not int:
            raise DeviationError("QuantityOrdered")

        _amazon_programs = d.pop("AmazonPrograms", UNSET)
        amazon_programs = (
            UNSET
            if _amazon_programs is UNSET
            else AmazonPrograms.from_dict(_amazon_programs)
        )

        _associated_items = d.pop("AssociatedItems", UNSET)
        associated_items = (
            UNSET
            if _associated_items is UNSET
            else [AssociatedItem.from_dict(_item) for _item in _associated_items]
        )

        _buyer_info = d.pop("BuyerInfo", UNSET)
        buyer_info = (
            UNSET if _buyer_info is UNSET else ItemBuyerInfo.from_dict(_buyer_info)
        )

        _buyer_requested_cancel = d.pop("BuyerRequestedCancel", UNSET)
        buyer_requested_cancel = (
            UNSET
            if _buyer_requested_cancel is UNSET
            else BuyerRequestedCancel.from_dict(_buyer_requested_cancel)
        )

        _cod_fee = d.pop("CODFee", UNSET)
        cod_fee = UNSET if _cod_fee is UNSET else Money.from_dict(_cod_fee)

        _cod_fee_discount = d.pop("CODFeeDiscount", UNSET)
        cod_fee_discount = (
            UNSET if _cod_fee_discount is UNSET else Money.from_dict(_cod_fee_discount)
        )

        condition_id = d.pop("ConditionId", UNSET)

        if (
            _reader is not None
            and condition_id.__class__ is not str
            and condition_id is not UNSET
        ):
            raise DeviationError("ConditionId")

        condition_note = d.pop("ConditionNote", UNSET)

        if (
            _reader is not None
            and condition_note.__class__ is not str
            and condition_note is not UNSET
        ):
            raise DeviationError("ConditionNote")

        condition_subtype_id = d.pop("ConditionSubtypeId", UNSET)

        if (
            _reader is not None
            and condition_subtype_id.__class__ is not str
            and condition_subtype_id is not UNSET
        ):
            raise DeviationError("ConditionSubtypeId")

        _deemed_reseller_category = d.pop("DeemedResellerCategory", UNSET)
        deemed_reseller_category = (
            UNSET
            if _deemed_reseller_category is UNSET
            else (
                OrderItemDeemedResellerCategory._value2member_map_.get(
                    _deemed_reseller_category
                )
                if _deemed_reseller_category.__class__ is str
                else None
            )
            or OrderItemDeemedResellerCategory(_deemed_reseller_category)
        )

        ioss_number = d.pop("IossNumber", UNSET)

        if (
            _reader is not None
            and ioss_number.__class__ is not str
            and ioss_number is not UNSET
        ):
            raise DeviationError("IossNumber")

        is_gift = d.pop("IsGift", UNSET)

        if (
            _reader is not None
            and is_gift.__class__ is not str
            and is_gift is not UNSET
        ):
            raise DeviationError("IsGift")

        is_transparency = d.pop("IsTransparency", UNSET)

        if (
            _reader is not None
            and is_transparency.__class__ is not bool
            and is_transparency is not UNSET
        ):
            raise DeviationError("IsTransparency")

        _item_price = d.pop("ItemPrice", UNSET)
        item_price = UNSET if _item_price is UNSET else Money.from_dict(_item_price)

        _item_tax = d.pop("ItemTax", UNSET)
        item_tax = UNSET if _item_tax is UNSET else Money.from_dict(_item_tax)

        _measurement = d.pop("Measurement", UNSET)
        measurement = (
            UNSET if _measurement is UNSET else Measurement.from_dict(_measurement)
        )

        _points_granted = d.pop("PointsGranted", UNSET)
        points_granted = (
            UNSET
            if _points_granted is UNSET
            else PointsGrantedDetail.from_dict(_points_granted)
        )

        price_designation = d.pop("PriceDesignation", UNSET)

        if (
            _reader is not None
            and price_designation.__class__ is not str
            and price_designation is not UNSET
        ):
            raise DeviationError("PriceDesignation")

        _product_info = d.pop("ProductInfo", UNSET)
        product_info = (
            UNSET
            if _product_info is UNSET
            else ProductInfoDetail.from_dict(_product_info)
        )

        _promotion_discount = d.pop("PromotionDiscount", UNSET)
        promotion_discount = (
            UNSET
            if _promotion_discount is UNSET
            else Money.from_dict(_promotion_discount)
        )

        _promotion_discount_tax = d.pop("PromotionDiscountTax", UNSET)
        promotion_discount_tax = (
            UNSET
            if _promotion_discount_tax is UNSET
            else Money.from_dict(_promotion_discount_tax)
        )

        promotion_ids = d.pop("PromotionIds", UNSET)

        if (
            _reader is not None
            and promotion_ids.__class__ is not list
            and promotion_ids is not UNSET
        ):
            raise DeviationError("PromotionIds")

        quantity_shipped = d.pop("QuantityShipped", UNSET)

        if (
            _reader is not None
            and quantity_shipped.__class__ is not int
            and quantity_shipped is not UNSET
        ):
            raise DeviationError("QuantityShipped")

        scheduled_delivery_end_date = d.pop("ScheduledDeliveryEndDate", UNSET)

        if (
            _reader is not None
            and scheduled_delivery_end_date.__class__ is not str
            and scheduled_delivery_end_date is not UNSET
        ):
            raise DeviationError("ScheduledDeliveryEndDate")

        scheduled_delivery_start_date = d.pop("ScheduledDeliveryStartDate", UNSET)

        if (
            _reader is not None
            and scheduled_delivery_start_date.__class__ is not str
            and scheduled_delivery_start_date is not UNSET
        ):
            raise DeviationError("ScheduledDeliveryStartDate")

        seller_sku = d.pop("SellerSKU", UNSET)

        if (
            _reader is not None
            and seller_sku.__class__ is not str
            and seller_sku is not UNSET
        ):
            raise DeviationError("SellerSKU")

        serial_number_required = d.pop("SerialNumberRequired", UNSET)

        if (
            _reader is not None
            and serial_number_required.__class__ is not bool
            and serial_number_required is not UNSET
        ):
            raise DeviationError("SerialNumberRequired")

        serial_numbers = d.pop("SerialNumbers", UNSET)

        if (
            _reader is not None
            and serial_numbers.__class__ is not list
            and serial_numbers is not UNSET
        ):
            raise DeviationError("SerialNumbers")

        _shipping_constraints = d.pop("ShippingConstraints", UNSET)
        shipping_constraints = (
            UNSET
            if _shipping_constraints is UNSET
            else ShippingConstraints.from_dict(_shipping_constraints)
        )

        _shipping_discount = d.pop("ShippingDiscount", UNSET)
        shipping_discount = (
            UNSET
            if _shipping_discount is UNSET
            else Money.from_dict(_shipping_discount)
        )

        _shipping_discount_tax = d.pop("ShippingDiscountTax", UNSET)
        shipping_discount_tax = (
            UNSET
            if _shipping_discount_tax is UNSET
            else Money.from_dict(_shipping_discount_tax)
        )

        _shipping_price = d.pop("ShippingPrice", UNSET)
        shipping_price = (
            UNSET if _shipping_price is UNSET else Money.from_dict(_shipping_price)
        )

        _shipping_tax = d.pop("ShippingTax", UNSET)
        shipping_tax = (
            UNSET if _shipping_tax is UNSET else Money.from_dict(_shipping_tax)
        )

        store_chain_store_id = d.pop("StoreChainStoreId", UNSET)

        if (
            _reader is not None
            and store_chain_store_id.__class__ is not str
            and store_chain_store_id is not UNSET
        ):
            raise DeviationError("StoreChainStoreId")

        _substitution_preferences = d.pop("SubstitutionPreferences", UNSET)
        substitution_preferences = (
            UNSET
            if _substitution_preferences is UNSET
            else SubstitutionPreferences.from_dict(_substitution_preferences)
        )

        _tax_collection = d.pop("TaxCollection", UNSET)
        tax_collection = (
            UNSET
            if _tax_collection is UNSET
            else TaxCollection.from_dict(_tax_collection)
        )

        title = d.pop("Title", UNSET)

        if _reader is not None and title.__class__ is not str and title is not UNSET:
            raise DeviationError("Title")

        if cls is OrderItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.order_item_id = order_item_id
            _built.quantity_ordered = quantity_ordered
            _built.amazon_programs = amazon_programs
            _built.associated_items = associated_items
            _built.buyer_info = buyer_info
            _built.buyer_requested_cancel = buyer_requested_cancel
            _built.cod_fee = cod_fee
            _built.cod_fee_discount = cod_fee_discount
            _built.condition_id = condition_id
            _built.condition_note = condition_note
            _built.condition_subtype_id = condition_subtype_id
            _built.deemed_reseller_category = deemed_reseller_category
            _built.ioss_number = ioss_number
            _built.is_gift = is_gift
            _built.is_transparency = is_transparency
            _built.item_price = item_price
            _built.item_tax = item_tax
            _built.measurement = measurement
            _built.points_granted = points_granted
            _built.price_designation = price_designation
            _built.product_info = product_info
            _built.promotion_discount = promotion_discount
            _built.promotion_discount_tax = promotion_discount_tax
            _built.promotion_ids = promotion_ids
            _built.quantity_shipped = quantity_shipped
            _built.scheduled_delivery_end_date = scheduled_delivery_end_date
            _built.scheduled_delivery_start_date = scheduled_delivery_start_date
            _built.seller_sku = seller_sku
            _built.serial_number_required = serial_number_required
            _built.serial_numbers = serial_numbers
            _built.shipping_constraints = shipping_constraints
            _built.shipping_discount = shipping_discount
            _built.shipping_discount_tax = shipping_discount_tax
            _built.shipping_price = shipping_price
            _built.shipping_tax = shipping_tax
            _built.store_chain_store_id = store_chain_store_id
            _built.substitution_preferences = substitution_preferences
            _built.tax_collection = tax_collection
            _built.title = title
            _built._parse_notes = None
            order_item = _built
        else:  # a subclass: its own __init__ runs
            order_item = cls(
                asin=asin,
                order_item_id=order_item_id,
                quantity_ordered=quantity_ordered,
                amazon_programs=amazon_programs,
                associated_items=associated_items,
                buyer_info=buyer_info,
                buyer_requested_cancel=buyer_requested_cancel,
                cod_fee=cod_fee,
                cod_fee_discount=cod_fee_discount,
                condition_id=condition_id,
                condition_note=condition_note,
                condition_subtype_id=condition_subtype_id,
                deemed_reseller_category=deemed_reseller_category,
                ioss_number=ioss_number,
                is_gift=is_gift,
                is_transparency=is_transparency,
                item_price=item_price,
                item_tax=item_tax,
                measurement=measurement,
                points_granted=points_granted,
                price_designation=price_designation,
                product_info=product_info,
                promotion_discount=promotion_discount,
                promotion_discount_tax=promotion_discount_tax,
                promotion_ids=promotion_ids,
                quantity_shipped=quantity_shipped,
                scheduled_delivery_end_date=scheduled_delivery_end_date,
                scheduled_delivery_start_date=scheduled_delivery_start_date,
                seller_sku=seller_sku,
                serial_number_required=serial_number_required,
                serial_numbers=serial_numbers,
                shipping_constraints=shipping_constraints,
                shipping_discount=shipping_discount,
                shipping_discount_tax=shipping_discount_tax,
                shipping_price=shipping_price,
                shipping_tax=shipping_tax,
                store_chain_store_id=store_chain_store_id,
                substitution_preferences=substitution_preferences,
                tax_collection=tax_collection,
                title=title,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_item.additional_properties = d or {}
        return order_item

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
