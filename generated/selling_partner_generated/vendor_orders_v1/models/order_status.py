from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status_purchase_order_status import OrderStatusPurchaseOrderStatus
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
    from ..models.order_item_status import OrderItemStatus
    from ..models.party_identification import PartyIdentification


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, OrderItemStatus, PartyIdentification
    from ..models.order_item_status import OrderItemStatus
    from ..models.party_identification import PartyIdentification

    _lazy_pending = False


T = TypeVar("T", bound="OrderStatus")


@_attrs_define
class OrderStatus:
    """
    Attributes:
        item_status (list[OrderItemStatus]):
        purchase_order_date (datetime.datetime):
        purchase_order_number (str):
        purchase_order_status (OrderStatusPurchaseOrderStatus):
        selling_party (PartyIdentification):
        ship_to_party (PartyIdentification):
        last_updated_date (datetime.datetime | Unset):
    """

    item_status: list[OrderItemStatus]
    purchase_order_date: datetime.datetime
    purchase_order_number: str
    purchase_order_status: OrderStatusPurchaseOrderStatus
    selling_party: PartyIdentification
    ship_to_party: PartyIdentification
    last_updated_date: datetime.datetime | Unset = UNSET
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
        item_status = []
        for componentsschemas_item_status_item_data in self.item_status:
            componentsschemas_item_status_item = (
                componentsschemas_item_status_item_data.to_dict()
            )
            item_status.append(componentsschemas_item_status_item)

        purchase_order_date = self.purchase_order_date.isoformat()

        purchase_order_number = self.purchase_order_number

        purchase_order_status = self.purchase_order_status.value

        selling_party = self.selling_party.to_dict()

        ship_to_party = self.ship_to_party.to_dict()

        last_updated_date: str | Unset = UNSET
        if not isinstance(self.last_updated_date, Unset):
            last_updated_date = self.last_updated_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "itemStatus": item_status,
                "purchaseOrderDate": purchase_order_date,
                "purchaseOrderNumber": purchase_order_number,
                "purchaseOrderStatus": purchase_order_status,
                "sellingParty": selling_party,
                "shipToParty": ship_to_party,
            }
        )
        if last_updated_date is not UNSET:
            field_dict["lastUpdatedDate"] = last_updated_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.order_item_status import OrderItemStatus
        from ..models.party_identification import PartyIdentification

        return (
            (
                (
                    "itemStatus",
                    "item_status",
                    True,
                    ("list", ("model", OrderItemStatus)),
                ),
                ("purchaseOrderDate", "purchase_order_date", True, ("datetime",)),
                ("purchaseOrderNumber", "purchase_order_number", True, ("str",)),
                (
                    "purchaseOrderStatus",
                    "purchase_order_status",
                    True,
                    ("enum", OrderStatusPurchaseOrderStatus),
                ),
                ("sellingParty", "selling_party", True, ("model", PartyIdentification)),
                ("shipToParty", "ship_to_party", True, ("model", PartyIdentification)),
                ("lastUpdatedDate", "last_updated_date", False, ("datetime",)),
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
        _item_status = d.pop("itemStatus")
        item_status = [OrderItemStatus.from_dict(_item) for _item in _item_status]

        purchase_order_date = datetime.datetime.fromisoformat(
            d.pop("purchaseOrderDate")
        )

        if _reader is not None and purchase_order_date.tzinfo is None:
            raise DeviationError("purchaseOrderDate")

        purchase_order_number = d.pop("purchaseOrderNumber")

        if _reader is not None and purchase_order_number.__class__ is not str:
            raise DeviationError("purchaseOrderNumber")

        _purchase_order_status = d.pop("purchaseOrderStatus")
        purchase_order_status = (
            OrderStatusPurchaseOrderStatus._value2member_map_.get(
                _purchase_order_status
            )
            if _purchase_order_status.__class__ is str
            else None
        ) or OrderStatusPurchaseOrderStatus(_purchase_order_status)

        selling_party = PartyIdentification.from_dict(d.pop("sellingParty"))

        ship_to_party = PartyIdentification.from_dict(d.pop("shipToParty"))

        _last_updated_date = d.pop("lastUpdatedDate", UNSET)
        last_updated_date = (
            UNSET
            if _last_updated_date is UNSET
            else datetime.datetime.fromisoformat(_last_updated_date)
        )

        if (
            _reader is not None
            and not isinstance(last_updated_date, Unset)
            and last_updated_date.tzinfo is None
        ):
            raise DeviationError("lastUpdatedDate")

        if cls is OrderStatus:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.item_status = item_status
            _built.purchase_order_date = purchase_order_date
            _built.purchase_order_number = purchase_order_number
            _built.purchase_order_status = purchase_order_status
            _built.selling_party = selling_party
            _built.ship_to_party = ship_to_party
            _built.last_updated_date = last_updated_date
            _built._parse_notes = None
            order_status = _built
        else:  # a subclass: its own __init__ runs
            order_status = cls(
                item_status=item_status,
                purchase_order_date=purchase_order_date,
                purchase_order_number=purchase_order_number,
                purchase_order_status=purchase_order_status,
                selling_party=selling_party,
                ship_to_party=ship_to_party,
                last_updated_date=last_updated_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_status.additional_properties = d or {}
        return order_status

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
