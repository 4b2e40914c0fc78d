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
    from ..models.currency import Currency


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Currency
    from ..models.currency import Currency

    _lazy_pending = False


T = TypeVar("T", bound="ValueAddedServiceChargeEvent")


@_attrs_define
class ValueAddedServiceChargeEvent:
    """
    Attributes:
        description (str | Unset):
        posted_date (datetime.datetime | Unset):
        transaction_amount (Currency | Unset):
        transaction_type (str | Unset):
    """

    description: str | Unset = UNSET
    posted_date: datetime.datetime | Unset = UNSET
    transaction_amount: Currency | Unset = UNSET
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
        description = self.description

        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

        transaction_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_amount, Unset):
            transaction_amount = self.transaction_amount.to_dict()

        transaction_type = self.transaction_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["Description"] = description
        if posted_date is not UNSET:
            field_dict["PostedDate"] = posted_date
        if transaction_amount is not UNSET:
            field_dict["TransactionAmount"] = transaction_amount
        if transaction_type is not UNSET:
            field_dict["TransactionType"] = transaction_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency

        return (
            (
                ("Description", "description", False, ("str",)),
                ("PostedDate", "posted_date", False, ("datetime",)),
                ("TransactionAmount", "transaction_amount", False, ("model", Currency)),
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
        description = d.pop("Description", UNSET)

        if (
            _reader is not None
            and description.__class__ is not str
            and description is not UNSET
        ):
            raise DeviationError("Description")

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

        _transaction_amount = d.pop("TransactionAmount", UNSET)
        transaction_amount = (
            UNSET
            if _transaction_amount is UNSET
            else Currency.from_dict(_transaction_amount)
        )

        transaction_type = d.pop("TransactionType", UNSET)

        if (
            _reader is not None
            and transaction_type.__class__ is not str
            and transaction_type is not UNSET
        ):
            raise DeviationError("TransactionType")

        if cls is ValueAddedServiceChargeEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.description = description
            _built.posted_date = posted_date
            _built.transaction_amount = transaction_amount
            _built.transaction_type = transaction_type
            _built._parse_notes = None
            value_added_service_charge_event = _built
        else:  # a subclass: its own __init__ runs
            value_added_service_charge_event = cls(
                description=description,
                posted_date=posted_date,
                transaction_amount=transaction_amount,
                transaction_type=transaction_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        value_added_service_charge_event.additional_properties = d or {}
        return value_added_service_charge_event

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
