from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_details_payment_method import OrderDetailsPaymentMethod
from ..models.order_details_purchase_order_type import OrderDetailsPurchaseOrderType
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
    from ..models.import_details import ImportDetails
    from ..models.order_item import OrderItem
    from ..models.party_identification import PartyIdentification


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ImportDetails, OrderItem, PartyIdentification
    from ..models.import_details import ImportDetails
    from ..models.order_item import OrderItem
    from ..models.party_identification import PartyIdentification

    _lazy_pending = False


T = TypeVar("T", bound="OrderDetails")


@_attrs_define
class OrderDetails:
    """
    Attributes:
        items (list[OrderItem]):
        purchase_order_date (datetime.datetime):
        purchase_order_state_changed_date (datetime.datetime):
        bill_to_party (PartyIdentification | Unset):
        buying_party (PartyIdentification | Unset):
        deal_code (str | Unset):
        delivery_window (str | Unset):
        import_details (ImportDetails | Unset):
        payment_method (OrderDetailsPaymentMethod | Unset):
        purchase_order_changed_date (datetime.datetime | Unset):
        purchase_order_type (OrderDetailsPurchaseOrderType | Unset):
        selling_party (PartyIdentification | Unset):
        ship_to_party (PartyIdentification | Unset):
        ship_window (str | Unset):
    """

    items: list[OrderItem]
    purchase_order_date: datetime.datetime
    purchase_order_state_changed_date: datetime.datetime
    bill_to_party: PartyIdentification | Unset = UNSET
    buying_party: PartyIdentification | Unset = UNSET
    deal_code: str | Unset = UNSET
    delivery_window: str | Unset = UNSET
    import_details: ImportDetails | Unset = UNSET
    payment_method: OrderDetailsPaymentMethod | Unset = UNSET
    purchase_order_changed_date: datetime.datetime | Unset = UNSET
    purchase_order_type: OrderDetailsPurchaseOrderType | Unset = UNSET
    selling_party: PartyIdentification | Unset = UNSET
    ship_to_party: PartyIdentification | Unset = UNSET
    ship_window: str | Unset = UNSET
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
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        purchase_order_date = self.purchase_order_date.isoformat()

        purchase_order_state_changed_date = (
            self.purchase_order_state_changed_date.isoformat()
        )

        bill_to_party: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bill_to_party, Unset):
            bill_to_party = self.bill_to_party.to_dict()

        buying_party: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buying_party, Unset):
            buying_party = self.buying_party.to_dict()

        deal_code = self.deal_code

        delivery_window = self.delivery_window

        import_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.import_details, Unset):
            import_details = self.import_details.to_dict()

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        purchase_order_changed_date: str | Unset = UNSET
        if not isinstance(self.purchase_order_changed_date, Unset):
            purchase_order_changed_date = self.purchase_order_changed_date.isoformat()

        purchase_order_type: str | Unset = UNSET
        if not isinstance(self.purchase_order_type, Unset):
            purchase_order_type = self.purchase_order_type.value

        selling_party: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selling_party, Unset):
            selling_party = self.selling_party.to_dict()

        ship_to_party: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to_party, Unset):
            ship_to_party = self.ship_to_party.to_dict()

        ship_window = self.ship_window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "purchaseOrderDate": purchase_order_date,
                "purchaseOrderStateChangedDate": purchase_order_state_changed_date,
            }
        )
        if bill_to_party is not UNSET:
            field_dict["billToParty"] = bill_to_party
        if buying_party is not UNSET:
            field_dict["buyingParty"] = buying_party
        if deal_code is not UNSET:
            field_dict["dealCode"] = deal_code
        if delivery_window is not UNSET:
            field_dict["deliveryWindow"] = delivery_window
        if import_details is not UNSET:
            field_dict["importDetails"] = import_details
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if purchase_order_changed_date is not UNSET:
            field_dict["purchaseOrderChangedDate"] = purchase_order_changed_date
        if purchase_order_type is not UNSET:
            field_dict["purchaseOrderType"] = purchase_order_type
        if selling_party is not UNSET:
            field_dict["sellingParty"] = selling_party
        if ship_to_party is not UNSET:
            field_dict["shipToParty"] = ship_to_party
        if ship_window is not UNSET:
            field_dict["shipWindow"] = ship_window

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.import_details import ImportDetails
        from ..models.order_item import OrderItem
        from ..models.party_identification import PartyIdentification

        return (
            (
                ("items", "items", True, ("list", ("model", OrderItem))),
                ("purchaseOrderDate", "purchase_order_date", True, ("datetime",)),
                (
                    "purchaseOrderStateChangedDate",
                    "purchase_order_state_changed_date",
                    True,
                    ("datetime",),
                ),
                ("billToParty", "bill_to_party", False, ("model", PartyIdentification)),
                ("buyingParty", "buying_party", False, ("model", PartyIdentification)),
                ("dealCode", "deal_code", False, ("str",)),
                ("deliveryWindow", "delivery_window", False, ("str",)),
                ("importDetails", "import_details", False, ("model", ImportDetails)),
                (
                    "paymentMethod",
                    "payment_method",
                    False,
                    ("enum", OrderDetailsPaymentMethod),
                ),
                (
                    "purchaseOrderChangedDate",
                    "purchase_order_changed_date",
                    False,
                    ("datetime",),
                ),
                (
                    "purchaseOrderType",
                    "purchase_order_type",
                    False,
                    ("enum", OrderDetailsPurchaseOrderType),
                ),
                (
                    "sellingParty",
                    "selling_party",
                    False,
                    ("model", PartyIdentification),
                ),
                ("shipToParty", "ship_to_party", False, ("model", PartyIdentification)),
                ("shipWindow", "ship_window", False, ("str",)),
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
        _items = d.pop("items")
        items = [OrderItem.from_dict(_item) for _item in _items]

        purchase_order_date = datetime.datetime.fromisoformat(
            d.pop("purchaseOrderDate")
        )

        if _reader is not None and purchase_order_date.tzinfo is None:
            raise DeviationError("purchaseOrderDate")

        purchase_order_state_changed_date = datetime.datetime.fromisoformat(
            d.pop("purchaseOrderStateChangedDate")
        )

        if _reader is not None and purchase_order_state_changed_date.tzinfo is None:
            raise DeviationError("purchaseOrderStateChangedDate")

        _bill_to_party = d.pop("billToParty", UNSET)
        bill_to_party = (
            UNSET
            if _bill_to_party is UNSET
            else PartyIdentification.from_dict(_bill_to_party)
        )

        _buying_party = d.pop("buyingParty", UNSET)
        buying_party = (
            UNSET
            if _buying_party is UNSET
            else PartyIdentification.from_dict(_buying_party)
        )

        deal_code = d.pop("dealCode", UNSET)

        if (
            _reader is not None
            and deal_code.__class__ is not str
            and deal_code is not UNSET
        ):
            raise DeviationError("dealCode")

        delivery_window = d.pop("deliveryWindow", UNSET)

        if (
            _reader is not None
            and delivery_window.__class__ is not str
            and delivery_window is not UNSET
        ):
            raise DeviationError("deliveryWindow")

        _import_details = d.pop("importDetails", UNSET)
        import_details = (
            UNSET
            if _import_details is UNSET
            else ImportDetails.from_dict(_import_details)
        )

        _payment_method = d.pop("paymentMethod", UNSET)
        payment_method = (
            UNSET
            if _payment_method is UNSET
            else (
                OrderDetailsPaymentMethod._value2member_map_.get(_payment_method)
                if _payment_method.__class__ is str
                else None
            )
            or OrderDetailsPaymentMethod(_payment_method)
        )

        _purchase_order_changed_date = d.pop("purchaseOrderChangedDate", UNSET)
        purchase_order_changed_date = (
            UNSET
            if _purchase_order_changed_date is UNSET
            else datetime.datetime.fromisoformat(_purchase_order_changed_date)
        )

        if (
            _reader is not None
            and not isinstance(purchase_order_changed_date, Unset)
            and purchase_order_changed_date.tzinfo is None
        ):
            raise DeviationError("purchaseOrderChangedDate")

        _purchase_order_type = d.pop("purchaseOrderType", UNSET)
        purchase_order_type = (
            UNSET
            if _purchase_order_type is UNSET
            else (
                OrderDetailsPurchaseOrderType._value2member_map_.get(
                    _purchase_order_type
                )
                if _purchase_order_type.__class__ is str
                else None
            )
            or OrderDetailsPurchaseOrderType(_purchase_order_type)
        )

        _selling_party = d.pop("sellingParty", UNSET)
        selling_party = (
            UNSET
            if _selling_party is UNSET
            else PartyIdentification.from_dict(_selling_party)
        )

        _ship_to_party = d.pop("shipToParty", UNSET)
        ship_to_party = (
            UNSET
            if _ship_to_party is UNSET
            else PartyIdentification.from_dict(_ship_to_party)
        )

        ship_window = d.pop("shipWindow", UNSET)

        if (
            _reader is not None
            and ship_window.__class__ is not str
            and ship_window is not UNSET
        ):
            raise DeviationError("shipWindow")

        if cls is OrderDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.items = items
            _built.purchase_order_date = purchase_order_date
            _built.purchase_order_state_changed_date = purchase_order_state_changed_date
            _built.bill_to_party = bill_to_party
            _built.buying_party = buying_party
            _built.deal_code = deal_code
            _built.delivery_window = delivery_window
            _built.import_details = import_details
            _built.payment_method = payment_method
            _built.purchase_order_changed_date = purchase_order_changed_date
            _built.purchase_order_type = purchase_order_type
            _built.selling_party = selling_party
            _built.ship_to_party = ship_to_party
            _built.ship_window = ship_window
            _built._parse_notes = None
            order_details = _built
        else:  # a subclass: its own __init__ runs
            order_details = cls(
                items=items,
                purchase_order_date=purchase_order_date,
                purchase_order_state_changed_date=purchase_order_state_changed_date,
                bill_to_party=bill_to_party,
                buying_party=buying_party,
                deal_code=deal_code,
                delivery_window=delivery_window,
                import_details=import_details,
                payment_method=payment_method,
                purchase_order_changed_date=purchase_order_changed_date,
                purchase_order_type=purchase_order_type,
                selling_party=selling_party,
                ship_to_party=ship_to_party,
                ship_window=ship_window,
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
