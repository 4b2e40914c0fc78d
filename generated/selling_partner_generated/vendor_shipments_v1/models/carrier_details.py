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

T = TypeVar("T", bound="CarrierDetails")


@_attrs_define
class CarrierDetails:
    """
    Attributes:
        code (str | Unset):
        email (str | Unset):
        name (str | Unset):
        phone (str | Unset):
        shipment_reference_number (str | Unset):
    """

    code: str | Unset = UNSET
    email: str | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    shipment_reference_number: str | Unset = UNSET
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
        code = self.code

        email = self.email

        name = self.name

        phone = self.phone

        shipment_reference_number = self.shipment_reference_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if shipment_reference_number is not UNSET:
            field_dict["shipmentReferenceNumber"] = shipment_reference_number

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("code", "code", False, ("str",)),
                ("email", "email", False, ("str",)),
                ("name", "name", False, ("str",)),
                ("phone", "phone", False, ("str",)),
                (
                    "shipmentReferenceNumber",
                    "shipment_reference_number",
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
        code = d.pop("code", UNSET)

        if _reader is not None and code.__class__ is not str and code is not UNSET:
            raise DeviationError("code")

        email = d.pop("email", UNSET)

        if _reader is not None and email.__class__ is not str and email is not UNSET:
            raise DeviationError("email")

        name = d.pop("name", UNSET)

        if _reader is not None and name.__class__ is not str and name is not UNSET:
            raise DeviationError("name")

        phone = d.pop("phone", UNSET)

        if _reader is not None and phone.__class__ is not str and phone is not UNSET:
            raise DeviationError("phone")

        shipment_reference_number = d.pop("shipmentReferenceNumber", UNSET)

        if (
            _reader is not None
            and shipment_reference_number.__class__ is not str
            and shipment_reference_number is not UNSET
        ):
            raise DeviationError("shipmentReferenceNumber")

        if cls is CarrierDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.code = code
            _built.email = email
            _built.name = name
            _built.phone = phone
            _built.shipment_reference_number = shipment_reference_number
            _built._parse_notes = None
            carrier_details = _built
        else:  # a subclass: its own __init__ runs
            carrier_details = cls(
                code=code,
                email=email,
                name=name,
                phone=phone,
                shipment_reference_number=shipment_reference_number,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        carrier_details.additional_properties = d or {}
        return carrier_details

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
