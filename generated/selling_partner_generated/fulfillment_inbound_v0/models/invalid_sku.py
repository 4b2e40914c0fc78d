from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_reason import ErrorReason
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

T = TypeVar("T", bound="InvalidSKU")


@_attrs_define
class InvalidSKU:
    """
    Attributes:
        error_reason (ErrorReason | Unset):
        seller_sku (str | Unset):
    """

    error_reason: ErrorReason | Unset = UNSET
    seller_sku: str | Unset = UNSET
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
        error_reason: str | Unset = UNSET
        if not isinstance(self.error_reason, Unset):
            error_reason = self.error_reason.value

        seller_sku = self.seller_sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_reason is not UNSET:
            field_dict["ErrorReason"] = error_reason
        if seller_sku is not UNSET:
            field_dict["SellerSKU"] = seller_sku

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("ErrorReason", "error_reason", False, ("enum", ErrorReason)),
                ("SellerSKU", "seller_sku", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _error_reason = d.pop("ErrorReason", UNSET)
        error_reason = (
            UNSET
            if _error_reason is UNSET
            else (
                ErrorReason._value2member_map_.get(_error_reason)
                if _error_reason.__class__ is str
                else None
            )
            or ErrorReason(_error_reason)
        )

        seller_sku = d.pop("SellerSKU", UNSET)

        if (
            _reader is not None
            and seller_sku.__class__ is not str
            and seller_sku is not UNSET
        ):
            raise DeviationError("SellerSKU")

        if cls is InvalidSKU:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.error_reason = error_reason
            _built.seller_sku = seller_sku
            _built._parse_notes = None
            invalid_sku = _built
        else:  # a subclass: its own __init__ runs
            invalid_sku = cls(
                error_reason=error_reason,
                seller_sku=seller_sku,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        invalid_sku.additional_properties = d or {}
        return invalid_sku

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
