from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

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

T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment:
    """
    Attributes:
        payment_id (str | Unset):
        payment_method (str | Unset):
        payment_time (datetime.datetime | Unset):
    """

    payment_id: str | Unset = UNSET
    payment_method: str | Unset = UNSET
    payment_time: datetime.datetime | Unset = UNSET
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
        payment_id = self.payment_id

        payment_method = self.payment_method

        payment_time: str | Unset = UNSET
        if not isinstance(self.payment_time, Unset):
            payment_time = self.payment_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_id is not UNSET:
            field_dict["paymentId"] = payment_id
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if payment_time is not UNSET:
            field_dict["paymentTime"] = payment_time

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("paymentId", "payment_id", False, ("str",)),
                ("paymentMethod", "payment_method", False, ("str",)),
                ("paymentTime", "payment_time", False, ("datetime",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        payment_id = d.pop("paymentId", UNSET)

        if (
            _reader is not None
            and payment_id.__class__ is not str
            and payment_id is not UNSET
        ):
            raise DeviationError("paymentId")

        payment_method = d.pop("paymentMethod", UNSET)

        if (
            _reader is not None
            and payment_method.__class__ is not str
            and payment_method is not UNSET
        ):
            raise DeviationError("paymentMethod")

        _payment_time = d.pop("paymentTime", UNSET)
        payment_time = (
            UNSET
            if _payment_time is UNSET
            else datetime.datetime.fromisoformat(_payment_time)
        )

        if (
            _reader is not None
            and not isinstance(payment_time, Unset)
            and payment_time.tzinfo is None
        ):
            raise DeviationError("paymentTime")

        if cls is Payment:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.payment_id = payment_id
            _built.payment_method = payment_method
            _built.payment_time = payment_time
            _built._parse_notes = None
            payment = _built
        else:  # a subclass: its own __init__ runs
            payment = cls(
                payment_id=payment_id,
                payment_method=payment_method,
                payment_time=payment_time,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        payment.additional_properties = d or {}
        return payment

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
