from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

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

T = TypeVar("T", bound="PaymentInformation")


@_attrs_define
class PaymentInformation:
    """
    Attributes:
        payment_date (datetime.datetime):
        payment_mode (str):
        payment_transaction_id (str):
    """

    payment_date: datetime.datetime
    payment_mode: str
    payment_transaction_id: str
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
        payment_date = self.payment_date.isoformat()

        payment_mode = self.payment_mode

        payment_transaction_id = self.payment_transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentDate": payment_date,
                "paymentMode": payment_mode,
                "paymentTransactionId": payment_transaction_id,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("paymentDate", "payment_date", True, ("datetime",)),
                ("paymentMode", "payment_mode", True, ("str",)),
                ("paymentTransactionId", "payment_transaction_id", True, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        payment_date = datetime.datetime.fromisoformat(d.pop("paymentDate"))

        if _reader is not None and payment_date.tzinfo is None:
            raise DeviationError("paymentDate")

        payment_mode = d.pop("paymentMode")

        if _reader is not None and payment_mode.__class__ is not str:
            raise DeviationError("paymentMode")

        payment_transaction_id = d.pop("paymentTransactionId")

        if _reader is not None and payment_transaction_id.__class__ is not str:
            raise DeviationError("paymentTransactionId")

        if cls is PaymentInformation:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.payment_date = payment_date
            _built.payment_mode = payment_mode
            _built.payment_transaction_id = payment_transaction_id
            _built._parse_notes = None
            payment_information = _built
        else:  # a subclass: its own __init__ runs
            payment_information = cls(
                payment_date=payment_date,
                payment_mode=payment_mode,
                payment_transaction_id=payment_transaction_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        payment_information.additional_properties = d or {}
        return payment_information

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
