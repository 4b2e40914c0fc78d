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
    from ..models.purchase_order_items import PurchaseOrderItems


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, PurchaseOrderItems
    from ..models.purchase_order_items import PurchaseOrderItems

    _lazy_pending = False


T = TypeVar("T", bound="PurchaseOrders")


@_attrs_define
class PurchaseOrders:
    """
    Attributes:
        items (list[PurchaseOrderItems] | Unset):
        purchase_order_date (datetime.datetime | Unset):
        purchase_order_number (str | Unset):
        ship_window (str | Unset):
    """

    items: list[PurchaseOrderItems] | Unset = UNSET
    purchase_order_date: datetime.datetime | Unset = UNSET
    purchase_order_number: str | Unset = UNSET
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
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        purchase_order_date: str | Unset = UNSET
        if not isinstance(self.purchase_order_date, Unset):
            purchase_order_date = self.purchase_order_date.isoformat()

        purchase_order_number = self.purchase_order_number

        ship_window = self.ship_window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if purchase_order_date is not UNSET:
            field_dict["purchaseOrderDate"] = purchase_order_date
        if purchase_order_number is not UNSET:
            field_dict["purchaseOrderNumber"] = purchase_order_number
        if ship_window is not UNSET:
            field_dict["shipWindow"] = ship_window

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.purchase_order_items import PurchaseOrderItems

        return (
            (
                ("items", "items", False, ("list", ("model", PurchaseOrderItems))),
                ("purchaseOrderDate", "purchase_order_date", False, ("datetime",)),
                ("purchaseOrderNumber", "purchase_order_number", False, ("str",)),
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
        _items = d.pop("items", UNSET)
        items = (
            UNSET
            if _items is UNSET
            else [PurchaseOrderItems.from_dict(_item) for _item in _items]
        )

        _purchase_order_date = d.pop("purchaseOrderDate", UNSET)
        purchase_order_date = (
            UNSET
            if _purchase_order_date is UNSET
            else datetime.datetime.fromisoformat(_purchase_order_date)
        )

        if (
            _reader is not None
            and not isinstance(purchase_order_date, Unset)
            and purchase_order_date.tzinfo is None
        ):
            raise DeviationError("purchaseOrderDate")

        purchase_order_number = d.pop("purchaseOrderNumber", UNSET)

        if (
            _reader is not None
            and purchase_order_number.__class__ is not str
            and purchase_order_number is not UNSET
        ):
            raise DeviationError("purchaseOrderNumber")

        ship_window = d.pop("shipWindow", UNSET)

        if (
            _reader is not None
            and ship_window.__class__ is not str
            and ship_window is not UNSET
        ):
            raise DeviationError("shipWindow")

        if cls is PurchaseOrders:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.items = items
            _built.purchase_order_date = purchase_order_date
            _built.purchase_order_number = purchase_order_number
            _built.ship_window = ship_window
            _built._parse_notes = None
            purchase_orders = _built
        else:  # a subclass: its own __init__ runs
            purchase_orders = cls(
                items=items,
                purchase_order_date=purchase_order_date,
                purchase_order_number=purchase_order_number,
                ship_window=ship_window,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        purchase_orders.additional_properties = d or {}
        return purchase_orders

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
