from __future__ import annotations

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

T = TypeVar("T", bound="Buyer")


@_attrs_define
class Buyer:
    """
    Attributes:
        buyer_company_name (str | Unset):
        buyer_email (str | Unset):
        buyer_name (str | Unset):
        buyer_purchase_order_number (str | Unset):
    """

    buyer_company_name: str | Unset = UNSET
    buyer_email: str | Unset = UNSET
    buyer_name: str | Unset = UNSET
    buyer_purchase_order_number: str | Unset = UNSET
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
        buyer_company_name = self.buyer_company_name

        buyer_email = self.buyer_email

        buyer_name = self.buyer_name

        buyer_purchase_order_number = self.buyer_purchase_order_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if buyer_company_name is not UNSET:
            field_dict["buyerCompanyName"] = buyer_company_name
        if buyer_email is not UNSET:
            field_dict["buyerEmail"] = buyer_email
        if buyer_name is not UNSET:
            field_dict["buyerName"] = buyer_name
        if buyer_purchase_order_number is not UNSET:
            field_dict["buyerPurchaseOrderNumber"] = buyer_purchase_order_number

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("buyerCompanyName", "buyer_company_name", False, ("str",)),
                ("buyerEmail", "buyer_email", False, ("str",)),
                ("buyerName", "buyer_name", False, ("str",)),
                (
                    "buyerPurchaseOrderNumber",
                    "buyer_purchase_order_number",
                    False,
                    ("str",),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        buyer_company_name = d.pop("buyerCompanyName", UNSET)

        if (
            _reader is not None
            and buyer_company_name.__class__ is not str
            and buyer_company_name is not UNSET
        ):
            raise DeviationError("buyerCompanyName")

        buyer_email = d.pop("buyerEmail", UNSET)

        if (
            _reader is not None
            and buyer_email.__class__ is not str
            and buyer_email is not UNSET
        ):
            raise DeviationError("buyerEmail")

        buyer_name = d.pop("buyerName", UNSET)

        if (
            _reader is not None
            and buyer_name.__class__ is not str
            and buyer_name is not UNSET
        ):
            raise DeviationError("buyerName")

        buyer_purchase_order_number = d.pop("buyerPurchaseOrderNumber", UNSET)

        if (
            _reader is not None
            and buyer_purchase_order_number.__class__ is not str
            and buyer_purchase_order_number is not UNSET
        ):
            raise DeviationError("buyerPurchaseOrderNumber")

        if cls is Buyer:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.buyer_company_name = buyer_company_name
            _built.buyer_email = buyer_email
            _built.buyer_name = buyer_name
            _built.buyer_purchase_order_number = buyer_purchase_order_number
            _built._parse_notes = None
            buyer = _built
        else:  # a subclass: its own __init__ runs
            buyer = cls(
                buyer_company_name=buyer_company_name,
                buyer_email=buyer_email,
                buyer_name=buyer_name,
                buyer_purchase_order_number=buyer_purchase_order_number,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        buyer.additional_properties = d or {}
        return buyer

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
