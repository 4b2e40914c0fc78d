from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_item_status_receiving_status_receive_status import (
    OrderItemStatusReceivingStatusReceiveStatus,
)
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
    from ..models.item_quantity import ItemQuantity


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ItemQuantity
    from ..models.item_quantity import ItemQuantity

    _lazy_pending = False


T = TypeVar("T", bound="OrderItemStatusReceivingStatus")


@_attrs_define
class OrderItemStatusReceivingStatus:
    """
    Attributes:
        last_receive_date (datetime.datetime | Unset):
        receive_status (OrderItemStatusReceivingStatusReceiveStatus | Unset):
        received_quantity (ItemQuantity | Unset):
    """

    last_receive_date: datetime.datetime | Unset = UNSET
    receive_status: OrderItemStatusReceivingStatusReceiveStatus | Unset = UNSET
    received_quantity: ItemQuantity | Unset = UNSET
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
        last_receive_date: str | Unset = UNSET
        if not isinstance(self.last_receive_date, Unset):
            last_receive_date = self.last_receive_date.isoformat()

        receive_status: str | Unset = UNSET
        if not isinstance(self.receive_status, Unset):
            receive_status = self.receive_status.value

        received_quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.received_quantity, Unset):
            received_quantity = self.received_quantity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_receive_date is not UNSET:
            field_dict["lastReceiveDate"] = last_receive_date
        if receive_status is not UNSET:
            field_dict["receiveStatus"] = receive_status
        if received_quantity is not UNSET:
            field_dict["receivedQuantity"] = received_quantity

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_quantity import ItemQuantity

        return (
            (
                ("lastReceiveDate", "last_receive_date", False, ("datetime",)),
                (
                    "receiveStatus",
                    "receive_status",
                    False,
                    ("enum", OrderItemStatusReceivingStatusReceiveStatus),
                ),
                (
                    "receivedQuantity",
                    "received_quantity",
                    False,
                    ("model", ItemQuantity),
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
        _last_receive_date = d.pop("lastReceiveDate", UNSET)
        last_receive_date = (
            UNSET
            if _last_receive_date is UNSET
            else datetime.datetime.fromisoformat(_last_receive_date)
        )

        if (
            _reader is not None
            and not isinstance(last_receive_date, Unset)
            and last_receive_date.tzinfo is None
        ):
            raise DeviationError("lastReceiveDate")

        _receive_status = d.pop("receiveStatus", UNSET)
        receive_status = (
            UNSET
            if _receive_status is UNSET
            else (
                OrderItemStatusReceivingStatusReceiveStatus._value2member_map_.get(
                    _receive_status
                )
                if _receive_status.__class__ is str
                else None
            )
            or OrderItemStatusReceivingStatusReceiveStatus(_receive_status)
        )

        _received_quantity = d.pop("receivedQuantity", UNSET)
        received_quantity = (
            UNSET
            if _received_quantity is UNSET
            else ItemQuantity.from_dict(_received_quantity)
        )

        if cls is OrderItemStatusReceivingStatus:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.last_receive_date = last_receive_date
            _built.receive_status = receive_status
            _built.received_quantity = received_quantity
            _built._parse_notes = None
            order_item_status_receiving_status = _built
        else:  # a subclass: its own __init__ runs
            order_item_status_receiving_status = cls(
                last_receive_date=last_receive_date,
                receive_status=receive_status,
                received_quantity=received_quantity,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_item_status_receiving_status.additional_properties = d or {}
        return order_item_status_receiving_status

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
