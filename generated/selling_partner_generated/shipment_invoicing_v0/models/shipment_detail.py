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
    from ..models.address import Address
    from ..models.buyer_tax_info import BuyerTaxInfo
    from ..models.marketplace_tax_info import MarketplaceTaxInfo
    from ..models.payment_information import PaymentInformation
    from ..models.shipment_item import ShipmentItem


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        Address, \
        BuyerTaxInfo, \
        MarketplaceTaxInfo, \
        PaymentInformation, \
        ShipmentItem
    from ..models.address import Address
    from ..models.buyer_tax_info import BuyerTaxInfo
    from ..models.marketplace_tax_info import MarketplaceTaxInfo
    from ..models.payment_information import PaymentInformation
    from ..models.shipment_item import ShipmentItem

    _lazy_pending = False


T = TypeVar("T", bound="ShipmentDetail")


@_attrs_define
class ShipmentDetail:
    """
    Attributes:
        amazon_order_id (str | Unset):
        amazon_shipment_id (str | Unset):
        buyer_county (str | Unset):
        buyer_name (str | Unset):
        buyer_tax_info (BuyerTaxInfo | Unset):
        marketplace_id (str | Unset):
        marketplace_tax_info (MarketplaceTaxInfo | Unset):
        payment_method_details (list[str] | Unset):
        payments (list[PaymentInformation] | Unset):
        purchase_date (datetime.datetime | Unset):
        seller_display_name (str | Unset):
        seller_id (str | Unset):
        shipment_items (list[ShipmentItem] | Unset):
        shipping_address (Address | Unset):
        warehouse_id (str | Unset):
    """

    amazon_order_id: str | Unset = UNSET
    amazon_shipment_id: str | Unset = UNSET
    buyer_county: str | Unset = UNSET
    buyer_name: str | Unset = UNSET
    buyer_tax_info: BuyerTaxInfo | Unset = UNSET
    marketplace_id: str | Unset = UNSET
    marketplace_tax_info: MarketplaceTaxInfo | Unset = UNSET
    payment_method_details: list[str] | Unset = UNSET
    payments: list[PaymentInformation] | Unset = UNSET
    purchase_date: datetime.datetime | Unset = UNSET
    seller_display_name: str | Unset = UNSET
    seller_id: str | Unset = UNSET
    shipment_items: list[ShipmentItem] | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    warehouse_id: str | Unset = UNSET
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

        amazon_shipment_id = self.amazon_shipment_id

        buyer_county = self.buyer_county

        buyer_name = self.buyer_name

        buyer_tax_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer_tax_info, Unset):
            buyer_tax_info = self.buyer_tax_info.to_dict()

        marketplace_id = self.marketplace_id

        marketplace_tax_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.marketplace_tax_info, Unset):
            marketplace_tax_info = self.marketplace_tax_info.to_dict()

        payment_method_details: list[str] | Unset = UNSET
        if not isinstance(self.payment_method_details, Unset):
            payment_method_details = self.payment_method_details

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for componentsschemas_payment_information_list_item_data in self.payments:
                componentsschemas_payment_information_list_item = (
                    componentsschemas_payment_information_list_item_data.to_dict()
                )
                payments.append(componentsschemas_payment_information_list_item)

        purchase_date: str | Unset = UNSET
        if not isinstance(self.purchase_date, Unset):
            purchase_date = self.purchase_date.isoformat()

        seller_display_name = self.seller_display_name

        seller_id = self.seller_id

        shipment_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipment_items, Unset):
            shipment_items = []
            for componentsschemas_shipment_items_item_data in self.shipment_items:
                componentsschemas_shipment_items_item = (
                    componentsschemas_shipment_items_item_data.to_dict()
                )
                shipment_items.append(componentsschemas_shipment_items_item)

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        warehouse_id = self.warehouse_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amazon_order_id is not UNSET:
            field_dict["AmazonOrderId"] = amazon_order_id
        if amazon_shipment_id is not UNSET:
            field_dict["AmazonShipmentId"] = amazon_shipment_id
        if buyer_county is not UNSET:
            field_dict["BuyerCounty"] = buyer_county
        if buyer_name is not UNSET:
            field_dict["BuyerName"] = buyer_name
        if buyer_tax_info is not UNSET:
            field_dict["BuyerTaxInfo"] = buyer_tax_info
        if marketplace_id is not UNSET:
            field_dict["MarketplaceId"] = marketplace_id
        if marketplace_tax_info is not UNSET:
            field_dict["MarketplaceTaxInfo"] = marketplace_tax_info
        if payment_method_details is not UNSET:
            field_dict["PaymentMethodDetails"] = payment_method_details
        if payments is not UNSET:
            field_dict["Payments"] = payments
        if purchase_date is not UNSET:
            field_dict["PurchaseDate"] = purchase_date
        if seller_display_name is not UNSET:
            field_dict["SellerDisplayName"] = seller_display_name
        if seller_id is not UNSET:
            field_dict["SellerId"] = seller_id
        if shipment_items is not UNSET:
            field_dict["ShipmentItems"] = shipment_items
        if shipping_address is not UNSET:
            field_dict["ShippingAddress"] = shipping_address
        if warehouse_id is not UNSET:
            field_dict["WarehouseId"] = warehouse_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address
        from ..models.buyer_tax_info import BuyerTaxInfo
        from ..models.marketplace_tax_info import MarketplaceTaxInfo
        from ..models.payment_information import PaymentInformation
        from ..models.shipment_item import ShipmentItem

        return (
            (
                ("AmazonOrderId", "amazon_order_id", False, ("str",)),
                ("AmazonShipmentId", "amazon_shipment_id", False, ("str",)),
                ("BuyerCounty", "buyer_county", False, ("str",)),
                ("BuyerName", "buyer_name", False, ("str",)),
                ("BuyerTaxInfo", "buyer_tax_info", False, ("model", BuyerTaxInfo)),
                ("MarketplaceId", "marketplace_id", False, ("str",)),
                (
                    "MarketplaceTaxInfo",
                    "marketplace_tax_info",
                    False,
                    ("model", MarketplaceTaxInfo),
                ),
                (
                    "PaymentMethodDetails",
                    "payment_method_details",
                    False,
                    ("list", ("str",)),
                ),
                (
                    "Payments",
                    "payments",
                    False,
                    ("list", ("model", PaymentInformation)),
                ),
                ("PurchaseDate", "purchase_date", False, ("datetime",)),
                ("SellerDisplayName", "seller_display_name", False, ("str",)),
                ("SellerId", "seller_id", False, ("str",)),
                (
                    "ShipmentItems",
                    "shipment_items",
                    False,
                    ("list", ("model", ShipmentItem)),
                ),
                ("ShippingAddress", "shipping_address", False, ("model", Address)),
                ("WarehouseId", "warehouse_id", False, ("str",)),
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
        amazon_order_id = d.pop("AmazonOrderId", UNSET)

        if (
            _reader is not None
            and amazon_order_id.__class__ is not str
            and amazon_order_id is not UNSET
        ):
            raise DeviationError("AmazonOrderId")

        amazon_shipment_id = d.pop("AmazonShipmentId", UNSET)

        if (
            _reader is not None
            and amazon_shipment_id.__class__ is not str
            and amazon_shipment_id is not UNSET
        ):
            raise DeviationError("AmazonShipmentId")

        buyer_county = d.pop("BuyerCounty", UNSET)

        if (
            _reader is not None
            and buyer_county.__class__ is not str
            and buyer_county is not UNSET
        ):
            raise DeviationError("BuyerCounty")

        buyer_name = d.pop("BuyerName", UNSET)

        if (
            _reader is not None
            and buyer_name.__class__ is not str
            and buyer_name is not UNSET
        ):
            raise DeviationError("BuyerName")

        _buyer_tax_info = d.pop("BuyerTaxInfo", UNSET)
        buyer_tax_info = (
            UNSET
            if _buyer_tax_info is UNSET
            else BuyerTaxInfo.from_dict(_buyer_tax_info)
        )

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

        payment_method_details = d.pop("PaymentMethodDetails", UNSET)

        if (
            _reader is not None
            and payment_method_details.__class__ is not list
            and payment_method_details is not UNSET
        ):
            raise DeviationError("PaymentMethodDetails")

        _payments = d.pop("Payments", UNSET)
        payments = (
            UNSET
            if _payments is UNSET
            else [PaymentInformation.from_dict(_item) for _item in _payments]
        )

        _purchase_date = d.pop("PurchaseDate", UNSET)
        purchase_date = (
            UNSET
            if _purchase_date is UNSET
            else datetime.datetime.fromisoformat(_purchase_date)
        )

        if (
            _reader is not None
            and not isinstance(purchase_date, Unset)
            and purchase_date.tzinfo is None
        ):
            raise DeviationError("PurchaseDate")

        seller_display_name = d.pop("SellerDisplayName", UNSET)

        if (
            _reader is not None
            and seller_display_name.__class__ is not str
            and seller_display_name is not UNSET
        ):
            raise DeviationError("SellerDisplayName")

        seller_id = d.pop("SellerId", UNSET)

        if (
            _reader is not None
            and seller_id.__class__ is not str
            and seller_id is not UNSET
        ):
            raise DeviationError("SellerId")

        _shipment_items = d.pop("ShipmentItems", UNSET)
        shipment_items = (
            UNSET
            if _shipment_items is UNSET
            else [ShipmentItem.from_dict(_item) for _item in _shipment_items]
        )

        _shipping_address = d.pop("ShippingAddress", UNSET)
        shipping_address = (
            UNSET
            if _shipping_address is UNSET
            else Address.from_dict(_shipping_address)
        )

        warehouse_id = d.pop("WarehouseId", UNSET)

        if (
            _reader is not None
            and warehouse_id.__class__ is not str
            and warehouse_id is not UNSET
        ):
            raise DeviationError("WarehouseId")

        if cls is ShipmentDetail:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amazon_order_id = amazon_order_id
            _built.amazon_shipment_id = amazon_shipment_id
            _built.buyer_county = buyer_county
            _built.buyer_name = buyer_name
            _built.buyer_tax_info = buyer_tax_info
            _built.marketplace_id = marketplace_id
            _built.marketplace_tax_info = marketplace_tax_info
            _built.payment_method_details = payment_method_details
            _built.payments = payments
            _built.purchase_date = purchase_date
            _built.seller_display_name = seller_display_name
            _built.seller_id = seller_id
            _built.shipment_items = shipment_items
            _built.shipping_address = shipping_address
            _built.warehouse_id = warehouse_id
            _built._parse_notes = None
            shipment_detail = _built
        else:  # a subclass: its own __init__ runs
            shipment_detail = cls(
                amazon_order_id=amazon_order_id,
                amazon_shipment_id=amazon_shipment_id,
                buyer_county=buyer_county,
                buyer_name=buyer_name,
                buyer_tax_info=buyer_tax_info,
                marketplace_id=marketplace_id,
                marketplace_tax_info=marketplace_tax_info,
                payment_method_details=payment_method_details,
                payments=payments,
                purchase_date=purchase_date,
                seller_display_name=seller_display_name,
                seller_id=seller_id,
                shipment_items=shipment_items,
                shipping_address=shipping_address,
                warehouse_id=warehouse_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment_detail.additional_properties = d or {}
        return shipment_detail

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
