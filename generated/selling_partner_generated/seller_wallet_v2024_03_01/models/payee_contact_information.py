from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payee_entity_type import PayeeEntityType
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

T = TypeVar("T", bound="PayeeContactInformation")


@_attrs_define
class PayeeContactInformation:
    """
    Attributes:
        address_line_1 (str):
        city (str):
        country_code (str):
        email_address (str):
        payee_entity_type (PayeeEntityType):
        payee_first_name (str):
        payee_last_name (str):
        phone_number (str):
        postal_code (str):
        state (str):
        address_line_2 (str | Unset):
        country (str | Unset):
        payee_middle_name (str | Unset):
    """

    address_line_1: str
    city: str
    country_code: str
    email_address: str
    payee_entity_type: PayeeEntityType
    payee_first_name: str
    payee_last_name: str
    phone_number: str
    postal_code: str
    state: str
    address_line_2: str | Unset = UNSET
    country: str | Unset = UNSET
    payee_middle_name: str | Unset = UNSET
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
        address_line_1 = self.address_line_1

        city = self.city

        country_code = self.country_code

        email_address = self.email_address

        payee_entity_type = self.payee_entity_type.value

        payee_first_name = self.payee_first_name

        payee_last_name = self.payee_last_name

        phone_number = self.phone_number

        postal_code = self.postal_code

        state = self.state

        address_line_2 = self.address_line_2

        country = self.country

        payee_middle_name = self.payee_middle_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressLine1": address_line_1,
                "city": city,
                "countryCode": country_code,
                "emailAddress": email_address,
                "payeeEntityType": payee_entity_type,
                "payeeFirstName": payee_first_name,
                "payeeLastName": payee_last_name,
                "phoneNumber": phone_number,
                "postalCode": postal_code,
                "state": state,
            }
        )
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if country is not UNSET:
            field_dict["country"] = country
        if payee_middle_name is not UNSET:
            field_dict["payeeMiddleName"] = payee_middle_name

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("addressLine1", "address_line_1", True, ("str",)),
                ("city", "city", True, ("str",)),
                ("countryCode", "country_code", True, ("str",)),
                ("emailAddress", "email_address", True, ("str",)),
                (
                    "payeeEntityType",
                    "payee_entity_type",
                    True,
                    ("enum", PayeeEntityType),
                ),
                ("payeeFirstName", "payee_first_name", True, ("str",)),
                ("payeeLastName", "payee_last_name", True, ("str",)),
                ("phoneNumber", "phone_number", True, ("str",)),
                ("postalCode", "postal_code", True, ("str",)),
                ("state", "state", True, ("str",)),
                ("addressLine2", "address_line_2", False, ("str",)),
                ("country", "country", False, ("str",)),
                ("payeeMiddleName", "payee_middle_name", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        address_line_1 = d.pop("addressLine1")

        if _reader is not None and address_line_1.__class__ is not str:
            raise DeviationError("addressLine1")

        city = d.pop("city")

        if _reader is not None and city.__class__ is not str:
            raise DeviationError("city")

        country_code = d.pop("countryCode")

        if _reader is not None and country_code.__class__ is not str:
            raise DeviationError("countryCode")

        email_address = d.pop("emailAddress")

        if _reader is not None and email_address.__class__ is not str:
            raise DeviationError("emailAddress")

        _payee_entity_type = d.pop("payeeEntityType")
        payee_entity_type = (
            PayeeEntityType._value2member_map_.get(_payee_entity_type)
            if _payee_entity_type.__class__ is str
            else None
        ) or PayeeEntityType(_payee_entity_type)

        payee_first_name = d.pop("payeeFirstName")

        if _reader is not None and payee_first_name.__class__ is not str:
            raise DeviationError("payeeFirstName")

        payee_last_name = d.pop("payeeLastName")

        if _reader is not None and payee_last_name.__class__ is not str:
            raise DeviationError("payeeLastName")

        phone_number = d.pop("phoneNumber")

        if _reader is not None and phone_number.__class__ is not str:
            raise DeviationError("phoneNumber")

        postal_code = d.pop("postalCode")

        if _reader is not None and postal_code.__class__ is not str:
            raise DeviationError("postalCode")

        state = d.pop("state")

        if _reader is not None and state.__class__ is not str:
            raise DeviationError("state")

        address_line_2 = d.pop("addressLine2", UNSET)

        if (
            _reader is not None
            and address_line_2.__class__ is not str
            and address_line_2 is not UNSET
        ):
            raise DeviationError("addressLine2")

        country = d.pop("country", UNSET)

        if (
            _reader is not None
            and country.__class__ is not str
            and country is not UNSET
        ):
            raise DeviationError("country")

        payee_middle_name = d.pop("payeeMiddleName", UNSET)

        if (
            _reader is not None
            and payee_middle_name.__class__ is not str
            and payee_middle_name is not UNSET
        ):
            raise DeviationError("payeeMiddleName")

        if cls is PayeeContactInformation:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.address_line_1 = address_line_1
            _built.city = city
            _built.country_code = country_code
            _built.email_address = email_address
            _built.payee_entity_type = payee_entity_type
            _built.payee_first_name = payee_first_name
            _built.payee_last_name = payee_last_name
            _built.phone_number = phone_number
            _built.postal_code = postal_code
            _built.state = state
            _built.address_line_2 = address_line_2
            _built.country = country
            _built.payee_middle_name = payee_middle_name
            _built._parse_notes = None
            payee_contact_information = _built
        else:  # a subclass: its own __init__ runs
            payee_contact_information = cls(
                address_line_1=address_line_1,
                city=city,
                country_code=country_code,
                email_address=email_address,
                payee_entity_type=payee_entity_type,
                payee_first_name=payee_first_name,
                payee_last_name=payee_last_name,
                phone_number=phone_number,
                postal_code=postal_code,
                state=state,
                address_line_2=address_line_2,
                country=country,
                payee_middle_name=payee_middle_name,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        payee_contact_information.additional_properties = d or {}
        return payee_contact_information

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
