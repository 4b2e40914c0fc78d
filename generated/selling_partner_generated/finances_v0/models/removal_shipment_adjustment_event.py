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
    from ..models.removal_shipment_item_adjustment import RemovalShipmentItemAdjustment


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, RemovalShipmentItemAdjustment
    from ..models.removal_shipment_item_adjustment import RemovalShipmentItemAdjustment

    _lazy_pending = False


T = TypeVar("T", bound="RemovalShipmentAdjustmentEvent")


@_attrs_define
class RemovalShipmentAdjustmentEvent:
    """
    Attributes:
        adjustment_event_id (str | Unset):
        merchant_order_id (str | Unset):
        order_id (str | Unset):
        posted_date (datetime.datetime | Unset):
        removal_shipment_item_adjustment_list (list[RemovalShipmentItemAdjustment] | Unset):
        transaction_type (str | Unset):
    """

    adjustment_event_id: str | Unset = UNSET
    merchant_order_id: str | Unset = UNSET
    order_id: str | Unset = UNSET
    posted_date: datetime.datetime | Unset = UNSET
    removal_shipment_item_adjustment_list: (
        list[RemovalShipmentItemAdjustment] | Unset
    ) = UNSET
    transaction_type: str | Unset = UNSET
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
        adjustment_event_id = self.adjustment_event_id

        merchant_order_id = self.merchant_order_id

        order_id = self.order_id

        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

        removal_shipment_item_adjustment_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.removal_shipment_item_adjustment_list, Unset):
            removal_shipment_item_adjustment_list = []
            for (
                removal_shipment_item_adjustment_list_item_data
            ) in self.removal_shipment_item_adjustment_list:
                removal_shipment_item_adjustment_list_item = (
                    removal_shipment_item_adjustment_list_item_data.to_dict()
                )
                removal_shipment_item_adjustment_list.append(
                    removal_shipment_item_adjustment_list_item
                )

        transaction_type = self.transaction_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if adjustment_event_id is not UNSET:
            field_dict["AdjustmentEventId"] = adjustment_event_id
        if merchant_order_id is not UNSET:
            field_dict["MerchantOrderId"] = merchant_order_id
        if order_id is not UNSET:
            field_dict["OrderId"] = order_id
        if posted_date is not UNSET:
            field_dict["PostedDate"] = posted_date
        if removal_shipment_item_adjustment_list is not UNSET:
            field_dict["RemovalShipmentItemAdjustmentList"] = (
                removal_shipment_item_adjustment_list
            )
        if transaction_type is not UNSET:
            field_dict["TransactionType"] = transaction_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.removal_shipment_item_adjustment import (
            RemovalShipmentItemAdjustment,
        )

        return (
            (
                ("AdjustmentEventId", "adjustment_event_id", False, ("str",)),
                ("MerchantOrderId", "merchant_order_id", False, ("str",)),
                ("OrderId", "order_id", False, ("str",)),
                ("PostedDate", "posted_date", False, ("datetime",)),
                (
                    "RemovalShipmentItemAdjustmentList",
                    "removal_shipment_item_adjustment_list",
                    False,
                    ("list", ("model", RemovalShipmentItemAdjustment)),
                ),
                ("TransactionType", "transaction_type", False, ("str",)),
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
        adjustment_event_id = d.pop("AdjustmentEventId", UNSET)

        if (
            _reader is not None
            and adjustment_event_id.__class__ is not str
            and adjustment_event_id is not UNSET
        ):
            raise DeviationError("AdjustmentEventId")

        merchant_order_id = d.pop("MerchantOrderId", UNSET)

        if (
            _reader is not None
            and merchant_order_id.__class__ is not str
            and merchant_order_id is not UNSET
        ):
            raise DeviationError("MerchantOrderId")

        order_id = d.pop("OrderId", UNSET)

        if (
            _reader is not None
            and order_id.__class__ is not str
            and order_id is not UNSET
        ):
            raise DeviationError("OrderId")

        _posted_date = d.pop("PostedDate", UNSET)
        posted_date = (
            UNSET
            if _posted_date is UNSET
            else datetime.datetime.fromisoformat(_posted_date)
        )

        if (
            _reader is not None
            and not isinstance(posted_date, Unset)
            and posted_date.tzinfo is None
        ):
            raise DeviationError("PostedDate")

        _removal_shipment_item_adjustment_list = d.pop(
            "RemovalShipmentItemAdjustmentList", UNSET
        )
        removal_shipment_item_adjustment_list = (
            UNSET
            if _removal_shipment_item_adjustment_list is UNSET
            else [
                RemovalShipmentItemAdjustment.from_dict(_item)
                for _item in _removal_shipment_item_adjustment_list
            ]
        )

        transaction_type = d.pop("TransactionType", UNSET)

        if (
            _reader is not None
            and transaction_type.__class__ is not str
            and transaction_type is not UNSET
        ):
            raise DeviationError("TransactionType")

        if cls is RemovalShipmentAdjustmentEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.adjustment_event_id = adjustment_event_id
            _built.merchant_order_id = merchant_order_id
            _built.order_id = order_id
            _built.posted_date = posted_date
            _built.removal_shipment_item_adjustment_list = (
                removal_shipment_item_adjustment_list
            )
            _built.transaction_type = transaction_type
            _built._parse_notes = None
            removal_shipment_adjustment_event = _built
        else:  # a subclass: its own __init__ runs
            removal_shipment_adjustment_event = cls(
                adjustment_event_id=adjustment_event_id,
                merchant_order_id=merchant_order_id,
                order_id=order_id,
                posted_date=posted_date,
                removal_shipment_item_adjustment_list=removal_shipment_item_adjustment_list,
                transaction_type=transaction_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        removal_shipment_adjustment_event.additional_properties = d or {}
        return removal_shipment_adjustment_event

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
