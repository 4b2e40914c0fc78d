from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_details_order_status import OrderDetailsOrderStatus
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
    from ..models.order_item import OrderItem
    from ..models.party_identification import PartyIdentification
    from ..models.shipment_details import ShipmentDetails
    from ..models.tax_item_details import TaxItemDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        Address, \
        OrderItem, \
        PartyIdentification, \
        ShipmentDetails, \
        TaxItemDetails
    from ..models.address import Address
    from ..models.order_item import OrderItem
    from ..models.party_identification import PartyIdentification
    from ..models.shipment_details import ShipmentDetails
    from ..models.tax_item_details import TaxItemDetails

    _lazy_pending = False


T = TypeVar("T", bound="OrderDetails")


@_attrs_define
class OrderDetails:
    """
    Attributes:
        bill_to_party (PartyIdentification):
        customer_order_number (str):
        items (list[OrderItem]):
        order_date (datetime.datetime):
        selling_party (PartyIdentification):
        ship_from_party (PartyIdentification):
        ship_to_party (Address):
        shipment_details (ShipmentDetails):
        has_customizable_items (bool | Unset):
        order_status (OrderDetailsOrderStatus | Unset):
        tax_total (TaxItemDetails | Unset):
    """

    bill_to_party: PartyIdentification
    customer_order_number: str
    items: list[OrderItem]
    order_date: datetime.datetime
    selling_party: PartyIdentification
    ship_from_party: PartyIdentification
    ship_to_party: Address
    shipment_details: ShipmentDetails
    has_customizable_items: bool | Unset = UNSET
    order_status: OrderDetailsOrderStatus | Unset = UNSET
    tax_total: TaxItemDetails | Unset = UNSET
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
        bill_to_party = self.bill_to_party.to_dict()

        customer_order_number = self.customer_order_number

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        order_date = self.order_date.isoformat()

        selling_party = self.selling_party.to_dict()

        ship_from_party = self.ship_from_party.to_dict()

        ship_to_party = self.ship_to_party.to_dict()

        shipment_details = self.shipment_details.to_dict()

        has_customizable_items = self.has_customizable_items

        order_status: str | Unset = UNSET
        if not isinstance(self.order_status, Unset):
            order_status = self.order_status.value

        tax_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_total, Unset):
            tax_total = self.tax_total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billToParty": bill_to_party,
                "customerOrderNumber": customer_order_number,
                "items": items,
                "orderDate": order_date,
                "sellingParty": selling_party,
                "shipFromParty": ship_from_party,
                "shipToParty": ship_to_party,
                "shipmentDetails": shipment_details,
            }
        )
        if has_customizable_items is not UNSET:
            field_dict["hasCustomizableItems"] = has_customizable_items
        if order_status is not UNSET:
            field_dict["orderStatus"] = order_status
        if tax_total is not UNSET:
            field_dict["taxTotal"] = tax_total

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address
        from ..models.order_item import OrderItem
        from ..models.party_identification import PartyIdentification
        from ..models.shipment_details import ShipmentDetails
        from ..models.tax_item_details import TaxItemDetails

        return (
            (
                ("billToParty", "bill_to_party", True, ("model", PartyIdentification)),
                ("customerOrderNumber", "customer_order_number", True, ("str",)),
                ("items", "items", True, ("list", ("model", OrderItem))),
                ("orderDate", "order_date", True, ("datetime",)),
                ("sellingParty", "selling_party", True, ("model", PartyIdentification)),
                (
                    "shipFromParty",
                    "ship_from_party",
                    True,
                    ("model", PartyIdentification),
                ),
                ("shipToParty", "ship_to_party", True, ("model", Address)),
                (
                    "shipmentDetails",
                    "shipment_details",
                    True,
                    ("model", ShipmentDetails),
                ),
                ("hasCustomizableItems", "has_customizable_items", False, ("bool",)),
                (
                    "orderStatus",
                    "order_status",
                    False,
                    ("enum", OrderDetailsOrderStatus),
                ),
                ("taxTotal", "tax_total", False, ("model", TaxItemDetails)),
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
        bill_to_party = PartyIdentification.from_dict(d.pop("billToParty"))

        customer_order_number = d.pop("customerOrderNumber")

        if _reader is not None and customer_order_number.__class__ is not str:
            raise DeviationError("customerOrderNumber")

        _items = d.pop("items")
        items = [OrderItem.from_dict(_item) for _item in _items]

        order_date = datetime.datetime.fromisoformat(d.pop("orderDate"))

        if _reader is not None and order_date.tzinfo is None:
            raise DeviationError("orderDate")

        selling_party = PartyIdentification.from_dict(d.pop("sellingParty"))

        ship_from_party = PartyIdentification.from_dict(d.pop("shipFromParty"))

        ship_to_party = Address.from_dict(d.pop("shipToParty"))

        shipment_details = ShipmentDetails.from_dict(d.pop("shipmentDetails"))

        has_customizable_items = d.pop("hasCustomizableItems", UNSET)

        if (
            _reader is not None
            and has_customizable_items.__class__ is not bool
            and has_customizable_items is not UNSET
        ):
            raise DeviationError("hasCustomizableItems")

        _order_status = d.pop("orderStatus", UNSET)
        order_status = (
            UNSET
            if _order_status is UNSET
            else (
                OrderDetailsOrderStatus._value2member_map_.get(_order_status)
                if _order_status.__class__ is str
                else None
            )
            or OrderDetailsOrderStatus(_order_status)
        )

        _tax_total = d.pop("taxTotal", UNSET)
        tax_total = (
            UNSET if _tax_total is UNSET else TaxItemDetails.from_dict(_tax_total)
        )

        if cls is OrderDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.bill_to_party = bill_to_party
            _built.customer_order_number = customer_order_number
            _built.items = items
            _built.order_date = order_date
            _built.selling_party = selling_party
            _built.ship_from_party = ship_from_party
            _built.ship_to_party = ship_to_party
            _built.shipment_details = shipment_details
            _built.has_customizable_items = has_customizable_items
            _built.order_status = order_status
            _built.tax_total = tax_total
            _built._parse_notes = None
            order_details = _built
        else:  # a subclass: its own __init__ runs
            order_details = cls(
                bill_to_party=bill_to_party,
                customer_order_number=customer_order_number,
                items=items,
                order_date=order_date,
                selling_party=selling_party,
                ship_from_party=ship_from_party,
                ship_to_party=ship_to_party,
                shipment_details=shipment_details,
                has_customizable_items=has_customizable_items,
                order_status=order_status,
                tax_total=tax_total,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_details.additional_properties = d or {}
        return order_details

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
