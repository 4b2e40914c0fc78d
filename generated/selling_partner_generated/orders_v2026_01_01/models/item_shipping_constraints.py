from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.constraint_type import ConstraintType
from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

T = TypeVar("T", bound="ItemShippingConstraints")


@_attrs_define
class ItemShippingConstraints:
    """
    Attributes:
        cash_on_delivery (ConstraintType | Unset):
        pallet_delivery (ConstraintType | Unset):
        recipient_age_verification (ConstraintType | Unset):
        recipient_identity_verification (ConstraintType | Unset):
        signature_confirmation (ConstraintType | Unset):
    """

    cash_on_delivery: ConstraintType | Unset = UNSET
    pallet_delivery: ConstraintType | Unset = UNSET
    recipient_age_verification: ConstraintType | Unset = UNSET
    recipient_identity_verification: ConstraintType | Unset = UNSET
    signature_confirmation: ConstraintType | Unset = UNSET
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
        cash_on_delivery: str | Unset = UNSET
        if not isinstance(self.cash_on_delivery, Unset):
            cash_on_delivery = self.cash_on_delivery.value

        pallet_delivery: str | Unset = UNSET
        if not isinstance(self.pallet_delivery, Unset):
            pallet_delivery = self.pallet_delivery.value

        recipient_age_verification: str | Unset = UNSET
        if not isinstance(self.recipient_age_verification, Unset):
            recipient_age_verification = self.recipient_age_verification.value

        recipient_identity_verification: str | Unset = UNSET
        if not isinstance(self.recipient_identity_verification, Unset):
            recipient_identity_verification = self.recipient_identity_verification.value

        signature_confirmation: str | Unset = UNSET
        if not isinstance(self.signature_confirmation, Unset):
            signature_confirmation = self.signature_confirmation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cash_on_delivery is not UNSET:
            field_dict["cashOnDelivery"] = cash_on_delivery
        if pallet_delivery is not UNSET:
            field_dict["palletDelivery"] = pallet_delivery
        if recipient_age_verification is not UNSET:
            field_dict["recipientAgeVerification"] = recipient_age_verification
        if recipient_identity_verification is not UNSET:
            field_dict["recipientIdentityVerification"] = (
                recipient_identity_verification
            )
        if signature_confirmation is not UNSET:
            field_dict["signatureConfirmation"] = signature_confirmation

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("cashOnDelivery", "cash_on_delivery", False, ("enum", ConstraintType)),
                ("palletDelivery", "pallet_delivery", False, ("enum", ConstraintType)),
                (
                    "recipientAgeVerification",
                    "recipient_age_verification",
                    False,
                    ("enum", ConstraintType),
                ),
                (
                    "recipientIdentityVerification",
                    "recipient_identity_verification",
                    False,
                    ("enum", ConstraintType),
                ),
                (
                    "signatureConfirmation",
                    "signature_confirmation",
                    False,
                    ("enum", ConstraintType),
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
        _cash_on_delivery = d.pop("cashOnDelivery", UNSET)
        cash_on_delivery = (
            UNSET
            if _cash_on_delivery is UNSET
            else (
                ConstraintType._value2member_map_.get(_cash_on_delivery)
                if _cash_on_delivery.__class__ is str
                else None
            )
            or ConstraintType(_cash_on_delivery)
        )

        _pallet_delivery = d.pop("palletDelivery", UNSET)
        pallet_delivery = (
            UNSET
            if _pallet_delivery is UNSET
            else (
                ConstraintType._value2member_map_.get(_pallet_delivery)
                if _pallet_delivery.__class__ is str
                else None
            )
            or ConstraintType(_pallet_delivery)
        )

        _recipient_age_verification = d.pop("recipientAgeVerification", UNSET)
        recipient_age_verification = (
            UNSET
            if _recipient_age_verification is UNSET
            else (
                ConstraintType._value2member_map_.get(_recipient_age_verification)
                if _recipient_age_verification.__class__ is str
                else None
            )
            or ConstraintType(_recipient_age_verification)
        )

        _recipient_identity_verification = d.pop("recipientIdentityVerification", UNSET)
        recipient_identity_verification = (
            UNSET
            if _recipient_identity_verification is UNSET
            else (
                ConstraintType._value2member_map_.get(_recipient_identity_verification)
                if _recipient_identity_verification.__class__ is str
                else None
            )
            or ConstraintType(_recipient_identity_verification)
        )

        _signature_confirmation = d.pop("signatureConfirmation", UNSET)
        signature_confirmation = (
            UNSET
            if _signature_confirmation is UNSET
            else (
                ConstraintType._value2member_map_.get(_signature_confirmation)
                if _signature_confirmation.__class__ is str
                else None
            )
            or ConstraintType(_signature_confirmation)
        )

        if cls is ItemShippingConstraints:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.cash_on_delivery = cash_on_delivery
            _built.pallet_delivery = pallet_delivery
            _built.recipient_age_verification = recipient_age_verification
            _built.recipient_identity_verification = recipient_identity_verification
            _built.signature_confirmation = signature_confirmation
            _built._parse_notes = None
            item_shipping_constraints = _built
        else:  # a subclass: its own __init__ runs
            item_shipping_constraints = cls(
                cash_on_delivery=cash_on_delivery,
                pallet_delivery=pallet_delivery,
                recipient_age_verification=recipient_age_verification,
                recipient_identity_verification=recipient_identity_verification,
                signature_confirmation=signature_confirmation,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_shipping_constraints.additional_properties = d or {}
        return item_shipping_constraints

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
