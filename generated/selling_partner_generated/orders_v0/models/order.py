from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.easy_ship_shipment_status import EasyShipShipmentStatus
from ..models.electronic_invoice_status import ElectronicInvoiceStatus
from ..models.order_buyer_invoice_preference import OrderBuyerInvoicePreference
from ..models.order_fulfillment_channel import OrderFulfillmentChannel
from ..models.order_order_status import OrderOrderStatus
from ..models.order_order_type import OrderOrderType
from ..models.order_payment_method import OrderPaymentMethod
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
    from ..models.address import Address
    from ..models.automated_shipping_settings import AutomatedShippingSettings
    from ..models.buyer_info import BuyerInfo
    from ..models.buyer_tax_information import BuyerTaxInformation
    from ..models.fulfillment_instruction import FulfillmentInstruction
    from ..models.marketplace_tax_info import MarketplaceTaxInfo
    from ..models.money import Money
    from ..models.payment_execution_detail_item import PaymentExecutionDetailItem


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        Address, \
        AutomatedShippingSettings, \
        BuyerInfo, \
        BuyerTaxInformation, \
        FulfillmentInstruction, \
        MarketplaceTaxInfo, \
        Money, \
        PaymentExecutionDetailItem
    from ..models.address import Address
    from ..models.automated_shipping_settings import AutomatedShippingSettings
    from ..models.buyer_info import BuyerInfo
    from ..models.buyer_tax_information import BuyerTaxInformation
    from ..models.fulfillment_instruction import FulfillmentInstruction
    from ..models.marketplace_tax_info import MarketplaceTaxInfo
    from ..models.money import Money
    from ..models.payment_execution_detail_item import PaymentExecutionDetailItem

    _lazy_pending = False


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """
    Attributes:
        amazon_order_id (str):
        last_update_date (str):
        order_status (OrderOrderStatus):
        purchase_date (str):
        automated_shipping_settings (AutomatedShippingSettings | Unset):
        buyer_info (BuyerInfo | Unset):
        buyer_invoice_preference (OrderBuyerInvoicePreference | Unset):
        buyer_tax_information (BuyerTaxInformation | Unset):
        cba_displayable_shipping_label (str | Unset):
        default_ship_from_location_address (Address | Unset):
        earliest_delivery_date (str | Unset):
        earliest_ship_date (str | Unset):
        easy_ship_shipment_status (EasyShipShipmentStatus | Unset):
        electronic_invoice_status (ElectronicInvoiceStatus | Unset):
        fulfillment_channel (OrderFulfillmentChannel | Unset):
        fulfillment_instruction (FulfillmentInstruction | Unset):
        has_regulated_items (bool | Unset):
        is_access_point_order (bool | Unset):
        is_business_order (bool | Unset):
        is_estimated_ship_date_set (bool | Unset):
        is_global_express_enabled (bool | Unset):
        is_iba (bool | Unset):
        is_ispu (bool | Unset):
        is_premium_order (bool | Unset):
        is_prime (bool | Unset):
        is_replacement_order (bool | Unset):
        is_sold_by_ab (bool | Unset):
        latest_delivery_date (str | Unset):
        latest_ship_date (str | Unset):
        marketplace_id (str | Unset):
        marketplace_tax_info (MarketplaceTaxInfo | Unset):
        number_of_items_shipped (int | Unset):
        number_of_items_unshipped (int | Unset):
        order_channel (str | Unset):
        order_total (Money | Unset):
        order_type (OrderOrderType | Unset):
        payment_execution_detail (list[PaymentExecutionDetailItem] | Unset):
        payment_method (OrderPaymentMethod | Unset):
        payment_method_details (list[str] | Unset):
        promise_response_due_date (str | Unset):
        replaced_order_id (str | Unset):
        sales_channel (str | Unset):
        seller_display_name (str | Unset):
        seller_order_id (str | Unset):
        ship_service_level (str | Unset):
        shipment_service_level_category (str | Unset):
        shipping_address (Address | Unset):
    """

    amazon_order_id: str
    last_update_date: str
    order_status: OrderOrderStatus
    purchase_date: str
    automated_shipping_settings: AutomatedShippingSettings | Unset = UNSET
    buyer_info: BuyerInfo | Unset = UNSET
    buyer_invoice_preference: OrderBuyerInvoicePreference | Unset = UNSET
    buyer_tax_information: BuyerTaxInformation | Unset = UNSET
    cba_displayable_shipping_label: str | Unset = UNSET
    default_ship_from_location_address: Address | Unset = UNSET
    earliest_delivery_date: str | Unset = UNSET
    earliest_ship_date: str | Unset = UNSET
    easy_ship_shipment_status: EasyShipShipmentStatus | Unset = UNSET
    electronic_invoice_status: ElectronicInvoiceStatus | Unset = UNSET
    fulfillment_channel: OrderFulfillmentChannel | Unset = UNSET
    fulfillment_instruction: FulfillmentInstruction | Unset = UNSET
    has_regulated_items: bool | Unset = UNSET
    is_access_point_order: bool | Unset = UNSET
    is_business_order: bool | Unset = UNSET
    is_estimated_ship_date_set: bool | Unset = UNSET
    is_global_express_enabled: bool | Unset = UNSET
    is_iba: bool | Unset = UNSET
    is_ispu: bool | Unset = UNSET
    is_premium_order: bool | Unset = UNSET
    is_prime: bool | Unset = UNSET
    is_replacement_order: bool | Unset = UNSET
    is_sold_by_ab: bool | Unset = UNSET
    latest_delivery_date: str | Unset = UNSET
    latest_ship_date: str | Unset = UNSET
    marketplace_id: str | Unset = UNSET
    marketplace_tax_info: MarketplaceTaxInfo | Unset = UNSET
    number_of_items_shipped: int | Unset = UNSET
    number_of_items_unshipped: int | Unset = UNSET
    order_channel: str | Unset = UNSET
    order_total: Money | Unset = UNSET
    order_type: OrderOrderType | Unset = UNSET
    payment_execution_detail: list[PaymentExecutionDetailItem] | Unset = UNSET
    payment_method: OrderPaymentMethod | Unset = UNSET
    payment_method_details: list[str] | Unset = UNSET
    promise_response_due_date: str | Unset = UNSET
    replaced_order_id: str | Unset = UNSET
    sales_channel: str | Unset = UNSET
    seller_display_name: str | Unset = UNSET
    seller_order_id: str | Unset = UNSET
    ship_service_level: str | Unset = UNSET
    shipment_service_level_category: str | Unset = UNSET
    shipping_address: Address | Unset = UNSET
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
        amazon_order_id = self.amazon_order_id

        last_update_date = self.last_update_date

        order_status = self.order_status.value

        purchase_date = self.purchase_date

        automated_shipping_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.automated_shipping_settings, Unset):
            automated_shipping_settings = self.automated_shipping_settings.to_dict()

        buyer_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer_info, Unset):
            buyer_info = self.buyer_info.to_dict()

        buyer_invoice_preference: str | Unset = UNSET
        if not isinstance(self.buyer_invoice_preference, Unset):
            buyer_invoice_preference = self.buyer_invoice_preference.value

        buyer_tax_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer_tax_information, Unset):
            buyer_tax_information = self.buyer_tax_information.to_dict()

        cba_displayable_shipping_label = self.cba_displayable_shipping_label

        default_ship_from_location_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_ship_from_location_address, Unset):
            default_ship_from_location_address = (
                self.default_ship_from_location_address.to_dict()
            )

        earliest_delivery_date = self.earliest_delivery_date

        earliest_ship_date = self.earliest_ship_date

        easy_ship_shipment_status: str | Unset = UNSET
        if not isinstance(self.easy_ship_shipment_status, Unset):
            easy_ship_shipment_status = self.easy_ship_shipment_status.value

        electronic_invoice_status: str | Unset = UNSET
        if not isinstance(self.electronic_invoice_status, Unset):
            electronic_invoice_status = self.electronic_invoice_status.value

        fulfillment_channel: str | Unset = UNSET
        if not isinstance(self.fulfillment_channel, Unset):
            fulfillment_channel = self.fulfillment_channel.value

        fulfillment_instruction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fulfillment_instruction, Unset):
            fulfillment_instruction = self.fulfillment_instruction.to_dict()

        has_regulated_items = self.has_regulated_items

        is_access_point_order = self.is_access_point_order

        is_business_order = self.is_business_order

        is_estimated_ship_date_set = self.is_estimated_ship_date_set

        is_global_express_enabled = self.is_global_express_enabled

        is_iba = self.is_iba

        is_ispu = self.is_ispu

        is_premium_order = self.is_premium_order

        is_prime = self.is_prime

        is_replacement_order = self.is_replacement_order

        is_sold_by_ab = self.is_sold_by_ab

        latest_delivery_date = self.latest_delivery_date

        latest_ship_date = self.latest_ship_date

        marketplace_id = self.marketplace_id

        marketplace_tax_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.marketplace_tax_info, Unset):
            marketplace_tax_info = self.marketplace_tax_info.to_dict()

        number_of_items_shipped = self.number_of_items_shipped

        number_of_items_unshipped = self.number_of_items_unshipped

        order_channel = self.order_channel

        order_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_total, Unset):
            order_total = self.order_total.to_dict()

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type.value

        payment_execution_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_execution_detail, Unset):
            payment_execution_detail = []
            for (
                componentsschemas_payment_execution_detail_item_list_item_data
            ) in self.payment_execution_detail:
                componentsschemas_payment_execution_detail_item_list_item = componentsschemas_payment_execution_detail_item_list_item_data.to_dict()
                payment_execution_detail.append(
                    componentsschemas_payment_execution_detail_item_list_item
                )

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        payment_method_details: list[str] | Unset = UNSET
        if not isinstance(self.payment_method_details, Unset):
            payment_method_details = self.payment_method_details

        promise_response_due_date = self.promise_response_due_date

        replaced_order_id = self.replaced_order_id

        sales_channel = self.sales_channel

        seller_display_name = self.seller_display_name

        seller_order_id = self.seller_order_id

        ship_service_level = self.ship_service_level

        shipment_service_level_category = self.shipment_service_level_category

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AmazonOrderId": amazon_order_id,
                "LastUpdateDate": last_update_date,
                "OrderStatus": order_status,
                "PurchaseDate": purchase_date,
            }
        )
        if automated_shipping_settings is not UNSET:
            field_dict["AutomatedShippingSettings"] = automated_shipping_settings
        if buyer_info is not UNSET:
            field_dict["BuyerInfo"] = buyer_info
        if buyer_invoice_preference is not UNSET:
            field_dict["BuyerInvoicePreference"] = buyer_invoice_preference
        if buyer_tax_information is not UNSET:
            field_dict["BuyerTaxInformation"] = buyer_tax_information
        if cba_displayable_shipping_label is not UNSET:
            field_dict["CbaDisplayableShippingLabel"] = cba_displayable_shipping_label
        if default_ship_from_location_address is not UNSET:
            field_dict["DefaultShipFromLocationAddress"] = (
                default_ship_from_location_address
            )
        if earliest_delivery_date is not UNSET:
            field_dict["EarliestDeliveryDate"] = earliest_delivery_date
        if earliest_ship_date is not UNSET:
            field_dict["EarliestShipDate"] = earliest_ship_date
        if easy_ship_shipment_status is not UNSET:
            field_dict["EasyShipShipmentStatus"] = easy_ship_shipment_status
        if electronic_invoice_status is not UNSET:
            field_dict["ElectronicInvoiceStatus"] = electronic_invoice_status
        if fulfillment_channel is not UNSET:
            field_dict["FulfillmentChannel"] = fulfillment_channel
        if fulfillment_instruction is not UNSET:
            field_dict["FulfillmentInstruction"] = fulfillment_instruction
        if has_regulated_items is not UNSET:
            field_dict["HasRegulatedItems"] = has_regulated_items
        if is_access_point_order is not UNSET:
            field_dict["IsAccessPointOrder"] = is_access_point_order
        if is_business_order is not UNSET:
            field_dict["IsBusinessOrder"] = is_business_order
        if is_estimated_ship_date_set is not UNSET:
            field_dict["IsEstimatedShipDateSet"] = is_estimated_ship_date_set
        if is_global_express_enabled is not UNSET:
            field_dict["IsGlobalExpressEnabled"] = is_global_express_enabled
        if is_iba is not UNSET:
            field_dict["IsIBA"] = is_iba
        if is_ispu is not UNSET:
            field_dict["IsISPU"] = is_ispu
        if is_premium_order is not UNSET:
            field_dict["IsPremiumOrder"] = is_premium_order
        if is_prime is not UNSET:
            field_dict["IsPrime"] = is_prime
        if is_replacement_order is not UNSET:
            field_dict["IsReplacementOrder"] = is_replacement_order
        if is_sold_by_ab is not UNSET:
            field_dict["IsSoldByAB"] = is_sold_by_ab
        if latest_delivery_date is not UNSET:
            field_dict["LatestDeliveryDate"] = latest_delivery_date
        if latest_ship_date is not UNSET:
            field_dict["LatestShipDate"] = latest_ship_date
        if marketplace_id is not UNSET:
            field_dict["MarketplaceId"] = marketplace_id
        if marketplace_tax_info is not UNSET:
            field_dict["MarketplaceTaxInfo"] = marketplace_tax_info
        if number_of_items_shipped is not UNSET:
            field_dict["NumberOfItemsShipped"] = number_of_items_shipped
        if number_of_items_unshipped is not UNSET:
            field_dict["NumberOfItemsUnshipped"] = number_of_items_unshipped
        if order_channel is not UNSET:
            field_dict["OrderChannel"] = order_channel
        if order_total is not UNSET:
            field_dict["OrderTotal"] = order_total
        if order_type is not UNSET:
            field_dict["OrderType"] = order_type
        if payment_execution_detail is not UNSET:
            field_dict["PaymentExecutionDetail"] = payment_execution_detail
        if payment_method is not UNSET:
            field_dict["PaymentMethod"] = payment_method
        if payment_method_details is not UNSET:
            field_dict["PaymentMethodDetails"] = payment_method_details
        if promise_response_due_date is not UNSET:
            field_dict["PromiseResponseDueDate"] = promise_response_due_date
        if replaced_order_id is not UNSET:
            field_dict["ReplacedOrderId"] = replaced_order_id
        if sales_channel is not UNSET:
            field_dict["SalesChannel"] = sales_channel
        if seller_display_name is not UNSET:
            field_dict["SellerDisplayName"] = seller_display_name
        if seller_order_id is not UNSET:
            field_dict["SellerOrderId"] = seller_order_id
        if ship_service_level is not UNSET:
            field_dict["ShipServiceLevel"] = ship_service_level
        if shipment_service_level_category is not UNSET:
            field_dict["ShipmentServiceLevelCategory"] = shipment_service_level_category
        if shipping_address is not UNSET:
            field_dict["ShippingAddress"] = shipping_address

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address
        from ..models.automated_shipping_settings import AutomatedShippingSettings
        from ..models.buyer_info import BuyerInfo
        from ..models.buyer_tax_information import BuyerTaxInformation
        from ..models.fulfillment_instruction import FulfillmentInstruction
        from ..models.marketplace_tax_info import MarketplaceTaxInfo
        from ..models.money import Money
        from ..models.payment_execution_detail_item import PaymentExecutionDetailItem

        return (
            (
                ("AmazonOrderId", "amazon_order_id", True, ("str",)),
                ("LastUpdateDate", "last_update_date", True, ("str",)),
                ("OrderStatus", "order_status", True, ("enum", OrderOrderStatus)),
                ("PurchaseDate", "purchase_date", True, ("str",)),
                (
                    "AutomatedShippingSettings",
                    "automated_shipping_settings",
                    False,
                    ("model", AutomatedShippingSettings),
                ),
                ("BuyerInfo", "buyer_info", False, ("model", BuyerInfo)),
                (
                    "BuyerInvoicePreference",
                    "buyer_invoice_preference",
                    False,
                    ("enum", OrderBuyerInvoicePreference),
                ),
                (
                    "BuyerTaxInformation",
                    "buyer_tax_information",
                    False,
                    ("model", BuyerTaxInformation),
                ),
                (
                    "CbaDisplayableShippingLabel",
                    "cba_displayable_shipping_label",
                    False,
                    ("str",),
                ),
                (
                    "DefaultShipFromLocationAddress",
                    "default_ship_from_location_address",
                    False,
                    ("model", Address),
                ),
                ("EarliestDeliveryDate", "earliest_delivery_date", False, ("str",)),
                ("EarliestShipDate", "earliest_ship_date", False, ("str",)),
                (
                    "EasyShipShipmentStatus",
                    "easy_ship_shipment_status",
                    False,
                    ("enum", EasyShipShipmentStatus),
                ),
                (
                    "ElectronicInvoiceStatus",
                    "electronic_invoice_status",
                    False,
                    ("enum", ElectronicInvoiceStatus),
                ),
                (
                    "FulfillmentChannel",
                    "fulfillment_channel",
                    False,
                    ("enum", OrderFulfillmentChannel),
                ),
                (
                    "FulfillmentInstruction",
                    "fulfillment_instruction",
                    False,
                    ("model", FulfillmentInstruction),
                ),
                ("HasRegulatedItems", "has_regulated_items", False, ("bool",)),
                ("IsAccessPointOrder", "is_access_point_order", False, ("bool",)),
                ("IsBusinessOrder", "is_business_order", False, ("bool",)),
                (
                    "IsEstimatedShipDateSet",
                    "is_estimated_ship_date_set",
                    False,
                    ("bool",),
                ),
                (
                    "IsGlobalExpressEnabled",
                    "is_global_express_enabled",
                    False,
                    ("bool",),
                ),
                ("IsIBA", "is_iba", False, ("bool",)),
                ("IsISPU", "is_ispu", False, ("bool",)),
                ("IsPremiumOrder", "is_premium_order", False, ("bool",)),
                ("IsPrime", "is_prime", False, ("bool",)),
                ("IsReplacementOrder", "is_replacement_order", False, ("bool",)),
                ("IsSoldByAB", "is_sold_by_ab", False, ("bool",)),
                ("LatestDeliveryDate", "latest_delivery_date", False, ("str",)),
                ("LatestShipDate", "latest_ship_date", False, ("str",)),
                ("MarketplaceId", "marketplace_id", False, ("str",)),
                (
                    "MarketplaceTaxInfo",
                    "marketplace_tax_info",
                    False,
                    ("model", MarketplaceTaxInfo),
                ),
                ("NumberOfItemsShipped", "number_of_items_shipped", False, ("int",)),
                (
                    "NumberOfItemsUnshipped",
                    "number_of_items_unshipped",
                    False,
                    ("int",),
                ),
                ("OrderChannel", "order_channel", False, ("str",)),
                ("OrderTotal", "order_total", False, ("model", Money)),
                ("OrderType", "order_type", False, ("enum", OrderOrderType)),
                (
                    "PaymentExecutionDetail",
                    "payment_execution_detail",
                    False,
                    ("list", ("model", PaymentExecutionDetailItem)),
                ),
                (
                    "PaymentMethod",
                    "payment_method",
                    False,
                    ("enum", OrderPaymentMethod),
                ),
                (
                    "PaymentMethodDetails",
                    "payment_method_details",
                    False,
                    ("list", ("str",)),
                ),
                (
                    "PromiseResponseDueDate",
                    "promise_response_due_date",
                    False,
                    ("str",),
                ),
                ("ReplacedOrderId", "replaced_order_id", False, ("str",)),
                ("SalesChannel", "sales_channel", False, ("str",)),
                ("SellerDisplayName", "seller_display_name", False, ("str",)),
                ("SellerOrderId", "seller_order_id", False, ("str",)),
                ("ShipServiceLevel", "ship_service_level", False, ("str",)),
                (
                    "ShipmentServiceLevelCategory",
                    "shipment_service_level_category",
                    False,
                    ("str",),
                ),
                ("ShippingAddress", "shipping_address", False, ("model", Address)),
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
        amazon_order_id = d.pop("AmazonOrderId")

        if _reader is not None and amazon_order_id.__class__ is not str:
            raise DeviationError("AmazonOrderId")

        last_update_date = d.pop("LastUpdateDate")

        if _reader is not None and last_update_date.__class__ is not str:
            raise DeviationError("LastUpdateDate")

        _order_status = d.pop("OrderStatus")
        order_status = (
            OrderOrderStatus._value2member_map_.get(_order_status)
            if _order_status.__class__ is str
            else None
        ) or OrderOrderStatus(_order_status)

        purchase_date = d.pop("PurchaseDate")

        if _reader is not None and purchase_date.__class__ is not str:
            raise DeviationError("PurchaseDate")

        _automated_shipping_settings = d.pop("AutomatedShippingSettings", UNSET)
        automated_shipping_settings = (
            UNSET
            if _automated_shipping_settings is UNSET
            else AutomatedShippingSettings.from_dict(_automated_shipping_settings)
        )

        _buyer_info = d.pop("BuyerInfo", UNSET)
        buyer_info = UNSET if _buyer_info is UNSET else BuyerInfo.from_dict(_buyer_info)

        _buyer_invoice_preference = d.pop("BuyerInvoicePreference", UNSET)
        buyer_invoice_preference = (
            UNSET
            if _buyer_invoice_preference is UNSET
            else (
                OrderBuyerInvoicePreference._value2member_map_.get(
                    _buyer_invoice_preference
                )
                if _buyer_invoice_preference.__class__ is str
                else None
            )
            or OrderBuyerInvoicePreference(_buyer_invoice_preference)
        )

        _buyer_tax_information = d.pop("BuyerTaxInformation", UNSET)
        buyer_tax_information = (
            UNSET
            if _buyer_tax_information is UNSET
            else BuyerTaxInformation.from_dict(_buyer_tax_information)
        )

        cba_displayable_shipping_label = d.pop("CbaDisplayableShippingLabel", UNSET)

        if (
            _reader is not None
            and cba_displayable_shipping_label.__class__ is not str
            and cba_displayable_shipping_label is not UNSET
        ):
            raise DeviationError("CbaDisplayableShippingLabel")

        _default_ship_from_location_address = d.pop(
            "DefaultShipFromLocationAddress", UNSET
        )
        default_ship_from_location_address = (
            UNSET
            if _default_ship_from_location_address is UNSET
            else Address.from_dict(_default_ship_from_location_address)
        )

        earliest_delivery_date = d.pop("EarliestDeliveryDate", UNSET)

        if (
            _reader is not None
            and earliest_delivery_date.__class__ is not str
            and earliest_delivery_date is not UNSET
        ):
            raise DeviationError("EarliestDeliveryDate")

        earliest_ship_date = d.pop("EarliestShipDate", UNSET)

        if (
            _reader is not None
            and earliest_ship_date.__class__ is not str
            and earliest_ship_date is not UNSET
        ):
            raise DeviationError("EarliestShipDate")

        _easy_ship_shipment_status = d.pop("EasyShipShipmentStatus", UNSET)
        easy_ship_shipment_status = (
            UNSET
            if _easy_ship_shipment_status is UNSET
            else (
                EasyShipShipmentStatus._value2member_map_.get(
                    _easy_ship_shipment_status
                )
                if _easy_ship_shipment_status.__class__ is str
                else None
            )
            or EasyShipShipmentStatus(_easy_ship_shipment_status)
        )

        _electronic_invoice_status = d.pop("ElectronicInvoiceStatus", UNSET)
        electronic_invoice_status = (
            UNSET
            if _electronic_invoice_status is UNSET
            else (
                ElectronicInvoiceStatus._value2member_map_.get(
                    _electronic_invoice_status
                )
                if _electronic_invoice_status.__class__ is str
                else None
            )
            or ElectronicInvoiceStatus(_electronic_invoice_status)
        )

        _fulfillment_channel = d.pop("FulfillmentChannel", UNSET)
        fulfillment_channel = (
            UNSET
            if _fulfillment_channel is UNSET
            else (
                OrderFulfillmentChannel._value2member_map_.get(_fulfillment_channel)
                if _fulfillment_channel.__class__ is str
                else None
            )
            or OrderFulfillmentChannel(_fulfillment_channel)
        )

        _fulfillment_instruction = d.pop("FulfillmentInstruction", UNSET)
        fulfillment_instruction = (
            UNSET
            if _fulfillment_instruction is UNSET
            else FulfillmentInstruction.from_dict(_fulfillment_instruction)
        )

        has_regulated_items = d.pop("HasRegulatedItems", UNSET)

        if (
            _reader is not None
            and has_regulated_items.__class__ is not bool
            and has_regulated_items is not UNSET
        ):
            raise DeviationError("HasRegulatedItems")

        is_access_point_order = d.pop("IsAccessPointOrder", UNSET)

        if (
            _reader is not None
            and is_access_point_order.__class__ is not bool
            and is_access_point_order is not UNSET
        ):
            raise DeviationError("IsAccessPointOrder")

        is_business_order = d.pop("IsBusinessOrder", UNSET)

        if (
            _reader is not None
            and is_business_order.__class__ is not bool
            and is_business_order is not UNSET
        ):
            raise DeviationError("IsBusinessOrder")

        is_estimated_ship_date_set = d.pop("IsEstimatedShipDateSet", UNSET)

        if (
            _reader is not None
            and is_estimated_ship_date_set.__class__ is not bool
            and is_estimated_ship_date_set is not UNSET
        ):
            raise DeviationError("IsEstimatedShipDateSet")

        is_global_express_enabled = d.pop("IsGlobalExpressEnabled", UNSET)

        if (
            _reader is not None
            and is_global_express_enabled.__class__ is not bool
            and is_global_express_enabled is not UNSET
        ):
            raise DeviationError("IsGlobalExpressEnabled")

        is_iba = d.pop("IsIBA", UNSET)

        if _reader is not None and is_iba.__class__ is not bool and is_iba is not UNSET:
            raise DeviationError("IsIBA")

        is_ispu = d.pop("IsISPU", UNSET)

        if (
            _reader is not None
            and is_ispu.__class__ is not bool
            and is_ispu is not UNSET
        ):
            raise DeviationError("IsISPU")

        is_premium_order = d.pop("IsPremiumOrder", UNSET)

        if (
            _reader is not None
            and is_premium_order.__class__ is not bool
            and is_premium_order is not UNSET
        ):
            raise DeviationError("IsPremiumOrder")

        is_prime = d.pop("IsPrime", UNSET)

        if (
            _reader is not None
            and is_prime.__class__ is not bool
            and is_prime is not UNSET
        ):
            raise DeviationError("IsPrime")

        is_replacement_order = d.pop("IsReplacementOrder", UNSET)

        if (
            _reader is not None
            and is_replacement_order.__class__ is not bool
            and is_replacement_order is not UNSET
        ):
            raise DeviationError("IsReplacementOrder")

        is_sold_by_ab = d.pop("IsSoldByAB", UNSET)

        if (
            _reader is not None
            and is_sold_by_ab.__class__ is not bool
            and is_sold_by_ab is not UNSET
        ):
            raise DeviationError("IsSoldByAB")

        latest_delivery_date = d.pop("LatestDeliveryDate", UNSET)

        if (
            _reader is not None
            and latest_delivery_date.__class__ is not str
            and latest_delivery_date is not UNSET
        ):
            raise DeviationError("LatestDeliveryDate")

        latest_ship_date = d.pop("LatestShipDate", UNSET)

        if (
            _reader is not None
            and latest_ship_date.__class__ is not str
            and latest_ship_date is not UNSET
        ):
            raise DeviationError("LatestShipDate")

        marketplace_id = d.pop("MarketplaceId", UNSET)

        if (
            _reader is not None
            and marketplace_id.__class__ is not str
            and marketplace_id is not UNSET
        ):
            raise DeviationError("MarketplaceId")

        _marketplace_tax_info = d.pop("MarketplaceTaxInfo", UNSET)
        marketplace_tax_info = (
            UNSET
            if _marketplace_tax_info is UNSET
            else MarketplaceTaxInfo.from_dict(_marketplace_tax_info)
        )

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

        order_channel = d.pop("OrderChannel", UNSET)

        if (
            _reader is not None
            and order_channel.__class__ is not str
            and order_channel is not UNSET
        ):
            raise DeviationError("OrderChannel")

        _order_total = d.pop("OrderTotal", UNSET)
        order_total = UNSET if _order_total is UNSET else Money.from_dict(_order_total)

        _order_type = d.pop("OrderType", UNSET)
        order_type = (
            UNSET
            if _order_type is UNSET
            else (
                OrderOrderType._value2member_map_.get(_order_type)
                if _order_type.__class__ is str
                else None
            )
            or OrderOrderType(_order_type)
        )

        _payment_execution_detail = d.pop("PaymentExecutionDetail", UNSET)
        payment_execution_detail = (
            UNSET
            if _payment_execution_detail is UNSET
            else [
                PaymentExecutionDetailItem.from_dict(_item)
                for _item in _payment_execution_detail
            ]
        )

        _payment_method = d.pop("PaymentMethod", UNSET)
        payment_method = (
            UNSET
            if _payment_method is UNSET
            else (
                OrderPaymentMethod._value2member_map_.get(_payment_method)
                if _payment_method.__class__ is str
                else None
            )
            or OrderPaymentMethod(_payment_method)
        )

        payment_method_details = d.pop("PaymentMethodDetails", UNSET)

        if (
            _reader is not None
            and payment_method_details.__class__ is not list
            and payment_method_details is not UNSET
        ):
            raise DeviationError("PaymentMethodDetails")

        promise_response_due_date = d.pop("PromiseResponseDueDate", UNSET)

        if (
            _reader is not None
            and promise_response_due_date.__class__ is not str
            and promise_response_due_date is not UNSET
        ):
            raise DeviationError("PromiseResponseDueDate")

        replaced_order_id = d.pop("ReplacedOrderId", UNSET)

        if (
            _reader is not None
            and replaced_order_id.__class__ is not str
            and replaced_order_id is not UNSET
        ):
            raise DeviationError("ReplacedOrderId")

        sales_channel = d.pop("SalesChannel", UNSET)

        if (
            _reader is not None
            and sales_channel.__class__ is not str
            and sales_channel is not UNSET
        ):
            raise DeviationError("SalesChannel")

        seller_display_name = d.pop("SellerDisplayName", UNSET)

        if (
            _reader is not None
            and seller_display_name.__class__ is not str
            and seller_display_name is not UNSET
        ):
            raise DeviationError("SellerDisplayName")

        seller_order_id = d.pop("SellerOrderId", UNSET)

        if (
            _reader is not None
            and seller_order_id.__class__ is not str
            and seller_order_id is not UNSET
        ):
            raise DeviationError("SellerOrderId")

        ship_service_level = d.pop("ShipServiceLevel", UNSET)

        if (
            _reader is not None
            and ship_service_level.__class__ is not str
            and ship_service_level is not UNSET
        ):
            raise DeviationError("ShipServiceLevel")

        shipment_service_level_category = d.pop("ShipmentServiceLevelCategory", UNSET)

        if (
            _reader is not None
            and shipment_service_level_category.__class__ is not str
            and shipment_service_level_category is not UNSET
        ):
            raise DeviationError("ShipmentServiceLevelCategory")

        _shipping_address = d.pop("ShippingAddress", UNSET)
        shipping_address = (
            UNSET
            if _shipping_address is UNSET
            else Address.from_dict(_shipping_address)
        )

        if cls is Order:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amazon_order_id = amazon_order_id
            _built.last_update_date = last_update_date
            _built.order_status = order_status
            _built.purchase_date = purchase_date
            _built.automated_shipping_settings = automated_shipping_settings
            _built.buyer_info = buyer_info
            _built.buyer_invoice_preference = buyer_invoice_preference
            _built.buyer_tax_information = buyer_tax_information
            _built.cba_displayable_shipping_label = cba_displayable_shipping_label
            _built.default_ship_from_location_address = (
                default_ship_from_location_address
            )
            _built.earliest_delivery_date = earliest_delivery_date
            _built.earliest_ship_date = earliest_ship_date
            _built.easy_ship_shipment_status = easy_ship_shipment_status
            _built.electronic_invoice_status = electronic_invoice_status
            _built.fulfillment_channel = fulfillment_channel
            _built.fulfillment_instruction = fulfillment_instruction
            _built.has_regulated_items = has_regulated_items
            _built.is_access_point_order = is_access_point_order
            _built.is_business_order = is_business_order
            _built.is_estimated_ship_date_set = is_estimated_ship_date_set
            _built.is_global_express_enabled = is_global_express_enabled
            _built.is_iba = is_iba
            _built.is_ispu = is_ispu
            _built.is_premium_order = is_premium_order
            _built.is_prime = is_prime
            _built.is_replacement_order = is_replacement_order
            _built.is_sold_by_ab = is_sold_by_ab
            _built.latest_delivery_date = latest_delivery_date
            _built.latest_ship_date = latest_ship_date
            _built.marketplace_id = marketplace_id
            _built.marketplace_tax_info = marketplace_tax_info
            _built.number_of_items_shipped = number_of_items_shipped
            _built.number_of_items_unshipped = number_of_items_unshipped
            _built.order_channel = order_channel
            _built.order_total = order_total
            _built.order_type = order_type
            _built.payment_execution_detail = payment_execution_detail
            _built.payment_method = payment_method
            _built.payment_method_details = payment_method_details
            _built.promise_response_due_date = promise_response_due_date
            _built.replaced_order_id = replaced_order_id
            _built.sales_channel = sales_channel
            _built.seller_display_name = seller_display_name
            _built.seller_order_id = seller_order_id
            _built.ship_service_level = ship_service_level
            _built.shipment_service_level_category = shipment_service_level_category
            _built.shipping_address = shipping_address
            _built._parse_notes = None
            order = _built
        else:  # a subclass: its own __init__ runs
            order = cls(
                amazon_order_id=amazon_order_id,
                last_update_date=last_update_date,
                order_status=order_status,
                purchase_date=purchase_date,
                automated_shipping_settings=automated_shipping_settings,
                buyer_info=buyer_info,
                buyer_invoice_preference=buyer_invoice_preference,
                buyer_tax_information=buyer_tax_information,
                cba_displayable_shipping_label=cba_displayable_shipping_label,
                default_ship_from_location_address=default_ship_from_location_address,
                earliest_delivery_date=earliest_delivery_date,
                earliest_ship_date=earliest_ship_date,
                easy_ship_shipment_status=easy_ship_shipment_status,
                electronic_invoice_status=electronic_invoice_status,
                fulfillment_channel=fulfillment_channel,
                fulfillment_instruction=fulfillment_instruction,
                has_regulated_items=has_regulated_items,
                is_access_point_order=is_access_point_order,
                is_business_order=is_business_order,
                is_estimated_ship_date_set=is_estimated_ship_date_set,
                is_global_express_enabled=is_global_express_enabled,
                is_iba=is_iba,
                is_ispu=is_ispu,
                is_premium_order=is_premium_order,
                is_prime=is_prime,
                is_replacement_order=is_replacement_order,
                is_sold_by_ab=is_sold_by_ab,
                latest_delivery_date=latest_delivery_date,
                latest_ship_date=latest_ship_date,
                marketplace_id=marketplace_id,
                marketplace_tax_info=marketplace_tax_info,
                number_of_items_shipped=number_of_items_shipped,
                number_of_items_unshipped=number_of_items_unshipped,
                order_channel=order_channel,
                order_total=order_total,
                order_type=order_type,
                payment_execution_detail=payment_execution_detail,
                payment_method=payment_method,
                payment_method_details=payment_method_details,
                promise_response_due_date=promise_response_due_date,
                replaced_order_id=replaced_order_id,
                sales_channel=sales_channel,
                seller_display_name=seller_display_name,
                seller_order_id=seller_order_id,
                ship_service_level=ship_service_level,
                shipment_service_level_category=shipment_service_level_category,
                shipping_address=shipping_address,
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
