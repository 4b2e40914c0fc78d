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

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """
    Attributes:
        address_line_1 (str):
        city (str):
        country_code (str):
        name (str):
        postal_code (str):
        address_line_2 (str | Unset):
        company_name (str | Unset):
        district_or_county (str | Unset):
        email (str | Unset):
        phone_number (str | Unset):
        state_or_province_code (str | Unset):
    """

    address_line_1: str
    city: str
    country_code: str
    name: str
    postal_code: str
    address_line_2: str | Unset = UNSET
    company_name: str | Unset = UNSET
    district_or_county: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    state_or_province_code: str | Unset = UNSET
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

        name = self.name

        postal_code = self.postal_code

        address_line_2 = self.address_line_2

        company_name = self.company_name

        district_or_county = self.district_or_county

        email = self.email

        phone_number = self.phone_number

        state_or_province_code = self.state_or_province_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressLine1": address_line_1,
                "city": city,
                "countryCode": country_code,
                "name": name,
                "postalCode": postal_code,
            }
        )
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if district_or_county is not UNSET:
            field_dict["districtOrCounty"] = district_or_county
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if state_or_province_code is not UNSET:
            field_dict["stateOrProvinceCode"] = state_or_province_code

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("addressLine1", "address_line_1", True, ("str",)),
                ("city", "city", True, ("str",)),
                ("countryCode", "country_code", True, ("str",)),
                ("name", "name", True, ("str",)),
                ("postalCode", "postal_code", True, ("str",)),
                ("addressLine2", "address_line_2", False, ("str",)),
                ("companyName", "company_name", False, ("str",)),
                ("districtOrCounty", "district_or_county", False, ("str",)),
                ("email", "email", False, ("str",)),
                ("phoneNumber", "phone_number", False, ("str",)),
                ("stateOrProvinceCode", "state_or_province_code", False, ("str",)),
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

        name = d.pop("name")

        if _reader is not None and name.__class__ is not str:
            raise DeviationError("name")

        postal_code = d.pop("postalCode")

        if _reader is not None and postal_code.__class__ is not str:
            raise DeviationError("postalCode")

        address_line_2 = d.pop("addressLine2", UNSET)

        if (
            _reader is not None
            and address_line_2.__class__ is not str
            and address_line_2 is not UNSET
        ):
            raise DeviationError("addressLine2")

        company_name = d.pop("companyName", UNSET)

        if (
            _reader is not None
            and company_name.__class__ is not str
            and company_name is not UNSET
        ):
            raise DeviationError("companyName")

        district_or_county = d.pop("districtOrCounty", UNSET)

        if (
            _reader is not None
            and district_or_county.__class__ is not str
            and district_or_county is not UNSET
        ):
            raise DeviationError("districtOrCounty")

        email = d.pop("email", UNSET)

        if _reader is not None and email.__class__ is not str and email is not UNSET:
            raise DeviationError("email")

        phone_number = d.pop("phoneNumber", UNSET)

        if (
            _reader is not None
            and phone_number.__class__ is not str
            and phone_number is not UNSET
        ):
            raise DeviationError("phoneNumber")

        state_or_province_code = d.pop("stateOrProvinceCode", UNSET)

        if (
            _reader is not None
            and state_or_province_code.__class__ is not str
            and state_or_province_code is not UNSET
        ):
            raise DeviationError("stateOrProvinceCode")

        if cls is Address:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.address_line_1 = address_line_1
            _built.city = city
            _built.country_code = country_code
            _built.name = name
            _built.postal_code = postal_code
            _built.address_line_2 = address_line_2
            _built.company_name = company_name
            _built.district_or_county = district_or_county
            _built.email = email
            _built.phone_number = phone_number
            _built.state_or_province_code = state_or_province_code
            _built._parse_notes = None
            address = _built
        else:  # a subclass: its own __init__ runs
            address = cls(
                address_line_1=address_line_1,
                city=city,
                country_code=country_code,
                name=name,
                postal_code=postal_code,
                address_line_2=address_line_2,
                company_name=company_name,
                district_or_county=district_or_county,
                email=email,
                phone_number=phone_number,
                state_or_province_code=state_or_province_code,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        address.additional_properties = d or {}
        return address

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
