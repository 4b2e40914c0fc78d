from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_terms_type import PaymentTermsType
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

T = TypeVar("T", bound="PaymentTerms")


@_attrs_define
class PaymentTerms:
    """
    Attributes:
        discount_due_days (float | Unset):
        discount_percent (str | Unset):
        net_due_days (float | Unset):
        type_ (PaymentTermsType | Unset):
    """

    discount_due_days: float | Unset = UNSET
    discount_percent: str | Unset = UNSET
    net_due_days: float | Unset = UNSET
    type_: PaymentTermsType | Unset = UNSET
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
        discount_due_days = self.discount_due_days

        discount_percent = self.discount_percent

        net_due_days = self.net_due_days

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount_due_days is not UNSET:
            field_dict["discountDueDays"] = discount_due_days
        if discount_percent is not UNSET:
            field_dict["discountPercent"] = discount_percent
        if net_due_days is not UNSET:
            field_dict["netDueDays"] = net_due_days
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("discountDueDays", "discount_due_days", False, ("float",)),
                ("discountPercent", "discount_percent", False, ("str",)),
                ("netDueDays", "net_due_days", False, ("float",)),
                ("type", "type_", False, ("enum", PaymentTermsType)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        discount_due_days = d.pop("discountDueDays", UNSET)

        if (
            _reader is not None
            and discount_due_days.__class__ is not float
            and discount_due_days.__class__ is not int
            and discount_due_days is not UNSET
        ):
            raise DeviationError("discountDueDays")

        discount_percent = d.pop("discountPercent", UNSET)

        if (
            _reader is not None
            and discount_percent.__class__ is not str
            and discount_percent is not UNSET
        ):
            raise DeviationError("discountPercent")

        net_due_days = d.pop("netDueDays", UNSET)

        if (
            _reader is not None
            and net_due_days.__class__ is not float
            and net_due_days.__class__ is not int
            and net_due_days is not UNSET
        ):
            raise DeviationError("netDueDays")

        _type_ = d.pop("type", UNSET)
        type_ = (
            UNSET
            if _type_ is UNSET
            else (
                PaymentTermsType._value2member_map_.get(_type_)
                if _type_.__class__ is str
                else None
            )
            or PaymentTermsType(_type_)
        )

        if cls is PaymentTerms:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.discount_due_days = discount_due_days
            _built.discount_percent = discount_percent
            _built.net_due_days = net_due_days
            _built.type_ = type_
            _built._parse_notes = None
            payment_terms = _built
        else:  # a subclass: its own __init__ runs
            payment_terms = cls(
                discount_due_days=discount_due_days,
                discount_percent=discount_percent,
                net_due_days=net_due_days,
                type_=type_,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        payment_terms.additional_properties = d or {}
        return payment_terms

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
