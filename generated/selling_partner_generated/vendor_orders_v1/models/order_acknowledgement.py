from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    DeviationError,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.order_acknowledgement_item import OrderAcknowledgementItem
    from ..models.party_identification import PartyIdentification


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, OrderAcknowledgementItem, PartyIdentification
    from ..models.order_acknowledgement_item import OrderAcknowledgementItem
    from ..models.party_identification import PartyIdentification

    _lazy_pending = False


T = TypeVar("T", bound="OrderAcknowledgement")


@_attrs_define
class OrderAcknowledgement:
    """
    Attributes:
        acknowledgement_date (datetime.datetime):
        items (list[OrderAcknowledgementItem]):
        purchase_order_number (str):
        selling_party (PartyIdentification):
    """

    acknowledgement_date: datetime.datetime
    items: list[OrderAcknowledgementItem]
    purchase_order_number: str
    selling_party: PartyIdentification
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
        acknowledgement_date = self.acknowledgement_date.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        purchase_order_number = self.purchase_order_number

        selling_party = self.selling_party.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acknowledgementDate": acknowledgement_date,
                "items": items,
                "purchaseOrderNumber": purchase_order_number,
                "sellingParty": selling_party,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.order_acknowledgement_item import OrderAcknowledgementItem
        from ..models.party_identification import PartyIdentification

        return (
            (
                ("acknowledgementDate", "acknowledgement_date", True, ("datetime",)),
                ("items", "items", True, ("list", ("model", OrderAcknowledgementItem))),
                ("purchaseOrderNumber", "purchase_order_number", True, ("str",)),
                ("sellingParty", "selling_party", True, ("model", PartyIdentification)),
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
        acknowledgement_date = datetime.datetime.fromisoformat(
            d.pop("acknowledgementDate")
        )

        if _reader is not None and acknowledgement_date.tzinfo is None:
            raise DeviationError("acknowledgementDate")

        _items = d.pop("items")
        items = [OrderAcknowledgementItem.from_dict(_item) for _item in _items]

        purchase_order_number = d.pop("purchaseOrderNumber")

        if _reader is not None and purchase_order_number.__class__ is not str:
            raise DeviationError("purchaseOrderNumber")

        selling_party = PartyIdentification.from_dict(d.pop("sellingParty"))

        if cls is OrderAcknowledgement:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.acknowledgement_date = acknowledgement_date
            _built.items = items
            _built.purchase_order_number = purchase_order_number
            _built.selling_party = selling_party
            _built._parse_notes = None
            order_acknowledgement = _built
        else:  # a subclass: its own __init__ runs
            order_acknowledgement = cls(
                acknowledgement_date=acknowledgement_date,
                items=items,
                purchase_order_number=purchase_order_number,
                selling_party=selling_party,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_acknowledgement.additional_properties = d or {}
        return order_acknowledgement

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
