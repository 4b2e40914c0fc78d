from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_item_acknowledgement_acknowledgement_code import (
    OrderItemAcknowledgementAcknowledgementCode,
)
from ..models.order_item_acknowledgement_rejection_reason import (
    OrderItemAcknowledgementRejectionReason,
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


T = TypeVar("T", bound="OrderItemAcknowledgement")


@_attrs_define
class OrderItemAcknowledgement:
    """
    Attributes:
        acknowledged_quantity (ItemQuantity):
        acknowledgement_code (OrderItemAcknowledgementAcknowledgementCode):
        rejection_reason (OrderItemAcknowledgementRejectionReason | Unset):
        scheduled_delivery_date (datetime.datetime | Unset):
        scheduled_ship_date (datetime.datetime | Unset):
    """

    acknowledged_quantity: ItemQuantity
    acknowledgement_code: OrderItemAcknowledgementAcknowledgementCode
    rejection_reason: OrderItemAcknowledgementRejectionReason | Unset = UNSET
    scheduled_delivery_date: datetime.datetime | Unset = UNSET
    scheduled_ship_date: datetime.datetime | Unset = UNSET
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
        acknowledged_quantity = self.acknowledged_quantity.to_dict()

        acknowledgement_code = self.acknowledgement_code.value

        rejection_reason: str | Unset = UNSET
        if not isinstance(self.rejection_reason, Unset):
            rejection_reason = self.rejection_reason.value

        scheduled_delivery_date: str | Unset = UNSET
        if not isinstance(self.scheduled_delivery_date, Unset):
            scheduled_delivery_date = self.scheduled_delivery_date.isoformat()

        scheduled_ship_date: str | Unset = UNSET
        if not isinstance(self.scheduled_ship_date, Unset):
            scheduled_ship_date = self.scheduled_ship_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acknowledgedQuantity": acknowledged_quantity,
                "acknowledgementCode": acknowledgement_code,
            }
        )
        if rejection_reason is not UNSET:
            field_dict["rejectionReason"] = rejection_reason
        if scheduled_delivery_date is not UNSET:
            field_dict["scheduledDeliveryDate"] = scheduled_delivery_date
        if scheduled_ship_date is not UNSET:
            field_dict["scheduledShipDate"] = scheduled_ship_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_quantity import ItemQuantity

        return (
            (
                (
                    "acknowledgedQuantity",
                    "acknowledged_quantity",
                    True,
                    ("model", ItemQuantity),
                ),
                (
                    "acknowledgementCode",
                    "acknowledgement_code",
                    True,
                    ("enum", OrderItemAcknowledgementAcknowledgementCode),
                ),
                (
                    "rejectionReason",
                    "rejection_reason",
                    False,
                    ("enum", OrderItemAcknowledgementRejectionReason),
                ),
                (
                    "scheduledDeliveryDate",
                    "scheduled_delivery_date",
                    False,
                    ("datetime",),
                ),
                ("scheduledShipDate", "scheduled_ship_date", False, ("datetime",)),
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
        acknowledged_quantity = ItemQuantity.from_dict(d.pop("acknowledgedQuantity"))

        _acknowledgement_code = d.pop("acknowledgementCode")
        acknowledgement_code = (
            OrderItemAcknowledgementAcknowledgementCode._value2member_map_.get(
                _acknowledgement_code
            )
            if _acknowledgement_code.__class__ is str
            else None
        ) or OrderItemAcknowledgementAcknowledgementCode(_acknowledgement_code)

        _rejection_reason = d.pop("rejectionReason", UNSET)
        rejection_reason = (
            UNSET
            if _rejection_reason is UNSET
            else (
                OrderItemAcknowledgementRejectionReason._value2member_map_.get(
                    _rejection_reason
                )
                if _rejection_reason.__class__ is str
                else None
            )
            or OrderItemAcknowledgementRejectionReason(_rejection_reason)
        )

        _scheduled_delivery_date = d.pop("scheduledDeliveryDate", UNSET)
        scheduled_delivery_date = (
            UNSET
            if _scheduled_delivery_date is UNSET
            else datetime.datetime.fromisoformat(_scheduled_delivery_date)
        )

        if (
            _reader is not None
            and not isinstance(scheduled_delivery_date, Unset)
            and scheduled_delivery_date.tzinfo is None
        ):
            raise DeviationError("scheduledDeliveryDate")

        _scheduled_ship_date = d.pop("scheduledShipDate", UNSET)
        scheduled_ship_date = (
            UNSET
            if _scheduled_ship_date is UNSET
            else datetime.datetime.fromisoformat(_scheduled_ship_date)
        )

        if (
            _reader is not None
            and not isinstance(scheduled_ship_date, Unset)
            and scheduled_ship_date.tzinfo is None
        ):
            raise DeviationError("scheduledShipDate")

        if cls is OrderItemAcknowledgement:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.acknowledged_quantity = acknowledged_quantity
            _built.acknowledgement_code = acknowledgement_code
            _built.rejection_reason = rejection_reason
            _built.scheduled_delivery_date = scheduled_delivery_date
            _built.scheduled_ship_date = scheduled_ship_date
            _built._parse_notes = None
            order_item_acknowledgement = _built
        else:  # a subclass: its own __init__ runs
            order_item_acknowledgement = cls(
                acknowledged_quantity=acknowledged_quantity,
                acknowledgement_code=acknowledgement_code,
                rejection_reason=rejection_reason,
                scheduled_delivery_date=scheduled_delivery_date,
                scheduled_ship_date=scheduled_ship_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_item_acknowledgement.additional_properties = d or {}
        return order_item_acknowledgement

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
