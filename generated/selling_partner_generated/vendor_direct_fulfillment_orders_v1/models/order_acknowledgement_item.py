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
    from ..models.acknowledgement_status import AcknowledgementStatus
    from ..models.order_item_acknowledgement import OrderItemAcknowledgement
    from ..models.party_identification import PartyIdentification


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AcknowledgementStatus, \
        OrderItemAcknowledgement, \
        PartyIdentification
    from ..models.acknowledgement_status import AcknowledgementStatus
    from ..models.order_item_acknowledgement import OrderItemAcknowledgement
    from ..models.party_identification import PartyIdentification

    _lazy_pending = False


T = TypeVar("T", bound="OrderAcknowledgementItem")


@_attrs_define
class OrderAcknowledgementItem:
    """
    Attributes:
        acknowledgement_date (datetime.datetime):
        acknowledgement_status (AcknowledgementStatus):
        item_acknowledgements (list[OrderItemAcknowledgement]):
        purchase_order_number (str):
        selling_party (PartyIdentification):
        ship_from_party (PartyIdentification):
        vendor_order_number (str):
    """

    acknowledgement_date: datetime.datetime
    acknowledgement_status: AcknowledgementStatus
    item_acknowledgements: list[OrderItemAcknowledgement]
    purchase_order_number: str
    selling_party: PartyIdentification
    ship_from_party: PartyIdentification
    vendor_order_number: str
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

        acknowledgement_status = self.acknowledgement_status.to_dict()

        item_acknowledgements = []
        for item_acknowledgements_item_data in self.item_acknowledgements:
            item_acknowledgements_item = item_acknowledgements_item_data.to_dict()
            item_acknowledgements.append(item_acknowledgements_item)

        purchase_order_number = self.purchase_order_number

        selling_party = self.selling_party.to_dict()

        ship_from_party = self.ship_from_party.to_dict()

        vendor_order_number = self.vendor_order_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acknowledgementDate": acknowledgement_date,
                "acknowledgementStatus": acknowledgement_status,
                "itemAcknowledgements": item_acknowledgements,
                "purchaseOrderNumber": purchase_order_number,
                "sellingParty": selling_party,
                "shipFromParty": ship_from_party,
                "vendorOrderNumber": vendor_order_number,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.acknowledgement_status import AcknowledgementStatus
        from ..models.order_item_acknowledgement import OrderItemAcknowledgement
        from ..models.party_identification import PartyIdentification

        return (
            (
                ("acknowledgementDate", "acknowledgement_date", True, ("datetime",)),
                (
                    "acknowledgementStatus",
                    "acknowledgement_status",
                    True,
                    ("model", AcknowledgementStatus),
                ),
                (
                    "itemAcknowledgements",
                    "item_acknowledgements",
                    True,
                    ("list", ("model", OrderItemAcknowledgement)),
                ),
                ("purchaseOrderNumber", "purchase_order_number", True, ("str",)),
                ("sellingParty", "selling_party", True, ("model", PartyIdentification)),
                (
                    "shipFromParty",
                    "ship_from_party",
                    True,
                    ("model", PartyIdentification),
                ),
                ("vendorOrderNumber", "vendor_order_number", True, ("str",)),
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

        acknowledgement_status = AcknowledgementStatus.from_dict(
            d.pop("acknowledgementStatus")
        )

        _item_acknowledgements = d.pop("itemAcknowledgements")
        item_acknowledgements = [
            OrderItemAcknowledgement.from_dict(_item)
            for _item in _item_acknowledgements
        ]

        purchase_order_number = d.pop("purchaseOrderNumber")

        if _reader is not None and purchase_order_number.__class__ is not str:
            raise DeviationError("purchaseOrderNumber")

        selling_party = PartyIdentification.from_dict(d.pop("sellingParty"))

        ship_from_party = PartyIdentification.from_dict(d.pop("shipFromParty"))

        vendor_order_number = d.pop("vendorOrderNumber")

        if _reader is not None and vendor_order_number.__class__ is not str:
            raise DeviationError("vendorOrderNumber")

        if cls is OrderAcknowledgementItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.acknowledgement_date = acknowledgement_date
            _built.acknowledgement_status = acknowledgement_status
            _built.item_acknowledgements = item_acknowledgements
            _built.purchase_order_number = purchase_order_number
            _built.selling_party = selling_party
            _built.ship_from_party = ship_from_party
            _built.vendor_order_number = vendor_order_number
            _built._parse_notes = None
            order_acknowledgement_item = _built
        else:  # a subclass: its own __init__ runs
            order_acknowledgement_item = cls(
                acknowledgement_date=acknowledgement_date,
                acknowledgement_status=acknowledgement_status,
                item_acknowledgements=item_acknowledgements,
                purchase_order_number=purchase_order_number,
                selling_party=selling_party,
                ship_from_party=ship_from_party,
                vendor_order_number=vendor_order_number,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_acknowledgement_item.additional_properties = d or {}
        return order_acknowledgement_item

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
