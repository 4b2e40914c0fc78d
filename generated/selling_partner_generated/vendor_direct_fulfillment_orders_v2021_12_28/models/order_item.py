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
    from ..models.buyer_customized_info_detail import BuyerCustomizedInfoDetail
    from ..models.gift_details import GiftDetails
    from ..models.item_quantity import ItemQuantity
    from ..models.money import Money
    from ..models.scheduled_delivery_shipment import ScheduledDeliveryShipment
    from ..models.tax_item_details import TaxItemDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        BuyerCustomizedInfoDetail, \
        GiftDetails, \
        ItemQuantity, \
        Money, \
        ScheduledDeliveryShipment, \
        TaxItemDetails
    from ..models.buyer_customized_info_detail import BuyerCustomizedInfoDetail
    from ..models.gift_details import GiftDetails
    from ..models.item_quantity import ItemQuantity
    from ..models.money import Money
    from ..models.scheduled_delivery_shipment import ScheduledDeliveryShipment
    from ..models.tax_item_details import TaxItemDetails

    _lazy_pending = False


T = TypeVar("T", bound="OrderItem")


@_attrs_define
class OrderItem:
    """
    Attributes:
        item_sequence_number (str):
        net_price (Money):
        ordered_quantity (ItemQuantity):
        buyer_customized_info (BuyerCustomizedInfoDetail | Unset):
        buyer_product_identifier (str | Unset):
        gift_details (GiftDetails | Unset):
        scheduled_delivery_shipment (ScheduledDeliveryShipment | Unset):
        tax_details (TaxItemDetails | Unset):
        title (str | Unset):
        total_price (Money | Unset):
        vendor_product_identifier (str | Unset):
    """

    item_sequence_number: str
    net_price: Money
    ordered_quantity: ItemQuantity
    buyer_customized_info: BuyerCustomizedInfoDetail | Unset = UNSET
    buyer_product_identifier: str | Unset = UNSET
    gift_details: GiftDetails | Unset = UNSET
    scheduled_delivery_shipment: ScheduledDeliveryShipment | Unset = UNSET
    tax_details: TaxItemDetails | Unset = UNSET
    title: str | Unset = UNSET
    total_price: Money | Unset = UNSET
    vendor_product_identifier: str | Unset = UNSET
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
        item_sequence_number = self.item_sequence_number

        net_price = self.net_price.to_dict()

        ordered_quantity = self.ordered_quantity.to_dict()

        buyer_customized_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer_customized_info, Unset):
            buyer_customized_info = self.buyer_customized_info.to_dict()

        buyer_product_identifier = self.buyer_product_identifier

        gift_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gift_details, Unset):
            gift_details = self.gift_details.to_dict()

        scheduled_delivery_shipment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled_delivery_shipment, Unset):
            scheduled_delivery_shipment = self.scheduled_delivery_shipment.to_dict()

        tax_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_details, Unset):
            tax_details = self.tax_details.to_dict()

        title = self.title

        total_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_price, Unset):
            total_price = self.total_price.to_dict()

        vendor_product_identifier = self.vendor_product_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "itemSequenceNumber": item_sequence_number,
                "netPrice": net_price,
                "orderedQuantity": ordered_quantity,
            }
        )
        if buyer_customized_info is not UNSET:
            field_dict["buyerCustomizedInfo"] = buyer_customized_info
        if buyer_product_identifier is not UNSET:
            field_dict["buyerProductIdentifier"] = buyer_product_identifier
        if gift_details is not UNSET:
            field_dict["giftDetails"] = gift_details
        if scheduled_delivery_shipment is not UNSET:
            field_dict["scheduledDeliveryShipment"] = scheduled_delivery_shipment
        if tax_details is not UNSET:
            field_dict["taxDetails"] = tax_details
        if title is not UNSET:
            field_dict["title"] = title
        if total_price is not UNSET:
            field_dict["totalPrice"] = total_price
        if vendor_product_identifier is not UNSET:
            field_dict["vendorProductIdentifier"] = vendor_product_identifier

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.buyer_customized_info_detail import BuyerCustomizedInfoDetail
        from ..models.gift_details import GiftDetails
        from ..models.item_quantity import ItemQuantity
        from ..models.money import Money
        from ..models.scheduled_delivery_shipment import ScheduledDeliveryShipment
        from ..models.tax_item_details import TaxItemDetails

        return (
            (
                ("itemSequenceNumber", "item_sequence_number", True, ("str",)),
                ("netPrice", "net_price", True, ("model", Money)),
                ("orderedQuantity", "ordered_quantity", True, ("model", ItemQuantity)),
                (
                    "buyerCustomizedInfo",
                    "buyer_customized_info",
                    False,
                    ("model", BuyerCustomizedInfoDetail),
                ),
                ("buyerProductIdentifier", "buyer_product_identifier", False, ("str",)),
                ("giftDetails", "gift_details", False, ("model", GiftDetails)),
                (
                    "scheduledDeliveryShipment",
                    "scheduled_delivery_shipment",
                    False,
                    ("model", ScheduledDeliveryShipment),
                ),
                ("taxDetails", "tax_details", False, ("model", TaxItemDetails)),
                ("title", "title", False, ("str",)),
                ("totalPrice", "total_price", False, ("model", Money)),
                (
                    "vendorProductIdentifier",
                    "vendor_product_identifier",
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
        item_sequence_number = d.pop("itemSequenceNumber")

        if _reader is not None and item_sequence_number.__class__ is not str:
            raise DeviationError("itemSequenceNumber")

        net_price = Money.from_dict(d.pop("netPrice"))

        ordered_quantity = ItemQuantity.from_dict(d.pop("orderedQuantity"))

        _buyer_customized_info = d.pop("buyerCustomizedInfo", UNSET)
        buyer_customized_info = (
            UNSET
            if _buyer_customized_info is UNSET
            else BuyerCustomizedInfoDetail.from_dict(_buyer_customized_info)
        )

        buyer_product_identifier = d.pop("buyerProductIdentifier", UNSET)

        if (
            _reader is not None
            and buyer_product_identifier.__class__ is not str
            and buyer_product_identifier is not UNSET
        ):
            raise DeviationError("buyerProductIdentifier")

        _gift_details = d.pop("giftDetails", UNSET)
        gift_details = (
            UNSET if _gift_details is UNSET else GiftDetails.from_dict(_gift_details)
        )

        _scheduled_delivery_shipment = d.pop("scheduledDeliveryShipment", UNSET)
        scheduled_delivery_shipment = (
            UNSET
            if _scheduled_delivery_shipment is UNSET
            else ScheduledDeliveryShipment.from_dict(_scheduled_delivery_shipment)
        )

        _tax_details = d.pop("taxDetails", UNSET)
        tax_details = (
            UNSET if _tax_details is UNSET else TaxItemDetails.from_dict(_tax_details)
        )

        title = d.pop("title", UNSET)

        if _reader is not None and title.__class__ is not str and title is not UNSET:
            raise DeviationError("title")

        _total_price = d.pop("totalPrice", UNSET)
        total_price = UNSET if _total_price is UNSET else Money.from_dict(_total_price)

        vendor_product_identifier = d.pop("vendorProductIdentifier", UNSET)

        if (
            _reader is not None
            and vendor_product_identifier.__class__ is not str
            and vendor_product_identifier is not UNSET
        ):
            raise DeviationError("vendorProductIdentifier")

        if cls is OrderItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.item_sequence_number = item_sequence_number
            _built.net_price = net_price
            _built.ordered_quantity = ordered_quantity
            _built.buyer_customized_info = buyer_customized_info
            _built.buyer_product_identifier = buyer_product_identifier
            _built.gift_details = gift_details
            _built.scheduled_delivery_shipment = scheduled_delivery_shipment
            _built.tax_details = tax_details
            _built.title = title
            _built.total_price = total_price
            _built.vendor_product_identifier = vendor_product_identifier
            _built._parse_notes = None
            order_item = _built
        else:  # a subclass: its own __init__ runs
            order_item = cls(
                item_sequence_number=item_sequence_number,
                net_price=net_price,
                ordered_quantity=ordered_quantity,
                buyer_customized_info=buyer_customized_info,
                buyer_product_identifier=buyer_product_identifier,
                gift_details=gift_details,
                scheduled_delivery_shipment=scheduled_delivery_shipment,
                tax_details=tax_details,
                title=title,
                total_price=total_price,
                vendor_product_identifier=vendor_product_identifier,
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
