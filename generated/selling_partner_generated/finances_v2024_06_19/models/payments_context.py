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

T = TypeVar("T", bound="PaymentsContext")


@_attrs_define
class PaymentsContext:
    """
    Attributes:
        payment_date (datetime.datetime | Unset):
        payment_method (str | Unset):
        payment_reference (str | Unset):
        payment_type (str | Unset):
    """

    payment_date: datetime.datetime | Unset = UNSET
    payment_method: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    payment_type: str | Unset = UNSET
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
        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()

        payment_method = self.payment_method

        payment_reference = self.payment_reference

        payment_type = self.payment_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if payment_reference is not UNSET:
            field_dict["paymentReference"] = payment_reference
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("paymentDate", "payment_date", False, ("datetime",)),
                ("paymentMethod", "payment_method", False, ("str",)),
                ("paymentReference", "payment_reference", False, ("str",)),
                ("paymentType", "payment_type", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _payment_date = d.pop("paymentDate", UNSET)
        payment_date = (
            UNSET
            if _payment_date is UNSET
            else datetime.datetime.fromisoformat(_payment_date)
        )

        if (
            _reader is not None
            and not isinstance(payment_date, Unset)
            and payment_date.tzinfo is None
        ):
            raise DeviationError("paymentDate")

        payment_method = d.pop("paymentMethod", UNSET)

        if (
            _reader is not None
            and payment_method.__class__ is not str
            and payment_method is not UNSET
        ):
            raise DeviationError("paymentMethod")

        payment_reference = d.pop("paymentReference", UNSET)

        if (
            _reader is not None
            and payment_reference.__class__ is not str
            and payment_reference is not UNSET
        ):
            raise DeviationError("paymentReference")

        payment_type = d.pop("paymentType", UNSET)

        if (
            _reader is not None
            and payment_type.__class__ is not str
            and payment_type is not UNSET
        ):
            raise DeviationError("paymentType")

        if cls is PaymentsContext:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.payment_date = payment_date
            _built.payment_method = payment_method
            _built.payment_reference = payment_reference
            _built.payment_type = payment_type
            _built._parse_notes = None
            payments_context = _built
        else:  # a subclass: its own __init__ runs
            payments_context = cls(
                payment_date=payment_date,
                payment_method=payment_method,
                payment_reference=payment_reference,
                payment_type=payment_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        payments_context.additional_properties = d or {}
        return payments_context

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
