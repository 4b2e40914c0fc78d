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
        email (str):
        name (str):
        phone (str):
        postal_code (str):
        address_line_2 (str | Unset):
        address_line_3 (str | Unset):
        district_or_county (str | Unset):
        state_or_province_code (str | Unset):
    """

    address_line_1: str
    city: str
    country_code: str
    email: str
    name: str
    phone: str
    postal_code: str
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    district_or_county: str | Unset = UNSET
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

        email = self.email

        name = self.name

        phone = self.phone

        postal_code = self.postal_code

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        district_or_county = self.district_or_county

        state_or_province_code = self.state_or_province_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AddressLine1": address_line_1,
                "City": city,
                "CountryCode": country_code,
                "Email": email,
                "Name": name,
                "Phone": phone,
                "PostalCode": postal_code,
            }
        )
        if address_line_2 is not UNSET:
            field_dict["AddressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["AddressLine3"] = address_line_3
        if district_or_county is not UNSET:
            field_dict["DistrictOrCounty"] = district_or_county
        if state_or_province_code is not UNSET:
            field_dict["StateOrProvinceCode"] = state_or_province_code

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("AddressLine1", "address_line_1", True, ("str",)),
                ("City", "city", True, ("str",)),
                ("CountryCode", "country_code", True, ("str",)),
                ("Email", "email", True, ("str",)),
                ("Name", "name", True, ("str",)),
                ("Phone", "phone", True, ("str",)),
                ("PostalCode", "postal_code", True, ("str",)),
                ("AddressLine2", "address_line_2", False, ("str",)),
                ("AddressLine3", "address_line_3", False, ("str",)),
                ("DistrictOrCounty", "district_or_county", False, ("str",)),
                ("StateOrProvinceCode", "state_or_province_code", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        address_line_1 = d.pop("AddressLine1")

        if _reader is not None and address_line_1.__class__ is not str:
            raise DeviationError("AddressLine1")

        city = d.pop("City")

        if _reader is not None and city.__class__ is not str:
            raise DeviationError("City")

        country_code = d.pop("CountryCode")

        if _reader is not None and country_code.__class__ is not str:
            raise DeviationError("CountryCode")

        email = d.pop("Email")

        if _reader is not None and email.__class__ is not str:
            raise DeviationError("Email")

        name = d.pop("Name")

        if _reader is not None and name.__class__ is not str:
            raise DeviationError("Name")

        phone = d.pop("Phone")

        if _reader is not None and phone.__class__ is not str:
            raise DeviationError("Phone")

        postal_code = d.pop("PostalCode")

        if _reader is not None and postal_code.__class__ is not str:
            raise DeviationError("PostalCode")

        address_line_2 = d.pop("AddressLine2", UNSET)

        if (
            _reader is not None
            and address_line_2.__class__ is not str
            and address_line_2 is not UNSET
        ):
            raise DeviationError("AddressLine2")

        address_line_3 = d.pop("AddressLine3", UNSET)

        if (
            _reader is not None
            and address_line_3.__class__ is not str
            and address_line_3 is not UNSET
        ):
            raise DeviationError("AddressLine3")

        district_or_county = d.pop("DistrictOrCounty", UNSET)

        if (
            _reader is not None
            and district_or_county.__class__ is not str
            and district_or_county is not UNSET
        ):
            raise DeviationError("DistrictOrCounty")

        state_or_province_code = d.pop("StateOrProvinceCode", UNSET)

        if (
            _reader is not None
            and state_or_province_code.__class__ is not str
            and state_or_province_code is not UNSET
        ):
            raise DeviationError("StateOrProvinceCode")

        if cls is Address:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.address_line_1 = address_line_1
            _built.city = city
            _built.country_code = country_code
            _built.email = email
            _built.name = name
            _built.phone = phone
            _built.postal_code = postal_code
            _built.address_line_2 = address_line_2
            _built.address_line_3 = address_line_3
            _built.district_or_county = district_or_county
            _built.state_or_province_code = state_or_province_code
            _built._parse_notes = None
            address = _built
        else:  # a subclass: its own __init__ runs
            address = cls(
                address_line_1=address_line_1,
                city=city,
                country_code=country_code,
                email=email,
                name=name,
                phone=phone,
                postal_code=postal_code,
                address_line_2=address_line_2,
                address_line_3=address_line_3,
                district_or_county=district_or_county,
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
