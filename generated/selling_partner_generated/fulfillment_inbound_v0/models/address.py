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
        state_or_province_code (str):
        address_line_2 (str | Unset):
        district_or_county (str | Unset):
    """

    address_line_1: str
    city: str
    country_code: str
    name: str
    postal_code: str
    state_or_province_code: str
    address_line_2: str | Unset = UNSET
    district_or_county: str | Unset = UNSET
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

        state_or_province_code = self.state_or_province_code

        address_line_2 = self.address_line_2

        district_or_county = self.district_or_county

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AddressLine1": address_line_1,
                "City": city,
                "CountryCode": country_code,
                "Name": name,
                "PostalCode": postal_code,
                "StateOrProvinceCode": state_or_province_code,
            }
        )
        if address_line_2 is not UNSET:
            field_dict["AddressLine2"] = address_line_2
        if district_or_county is not UNSET:
            field_dict["DistrictOrCounty"] = district_or_county

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("AddressLine1", "address_line_1", True, ("str",)),
                ("City", "city", True, ("str",)),
                ("CountryCode", "country_code", True, ("str",)),
                ("Name", "name", True, ("str",)),
                ("PostalCode", "postal_code", True, ("str",)),
                ("StateOrProvinceCode", "state_or_province_code", True, ("str",)),
                ("AddressLine2", "address_line_2", False, ("str",)),
                ("DistrictOrCounty", "district_or_county", False, ("str",)),
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

        name = d.pop("Name")

        if _reader is not None and name.__class__ is not str:
            raise DeviationError("Name")

        postal_code = d.pop("PostalCode")

        if _reader is not None and postal_code.__class__ is not str:
            raise DeviationError("PostalCode")

        state_or_province_code = d.pop("StateOrProvinceCode")

        if _reader is not None and state_or_province_code.__class__ is not str:
            raise DeviationError("StateOrProvinceCode")

        address_line_2 = d.pop("AddressLine2", UNSET)

        if (
            _reader is not None
            and address_line_2.__class__ is not str
            and address_line_2 is not UNSET
        ):
            raise DeviationError("AddressLine2")

        district_or_county = d.pop("DistrictOrCounty", UNSET)

        if (
            _reader is not None
            and district_or_county.__class__ is not str
            and district_or_county is not UNSET
        ):
            raise DeviationError("DistrictOrCounty")

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
            _built.state_or_province_code = state_or_province_code
            _built.address_line_2 = address_line_2
            _built.district_or_county = district_or_county
            _built._parse_notes = None
            address = _built
        else:  # a subclass: its own __init__ runs
            address = cls(
                address_line_1=address_line_1,
                city=city,
                country_code=country_code,
                name=name,
                postal_code=postal_code,
                state_or_province_code=state_or_province_code,
                address_line_2=address_line_2,
                district_or_county=district_or_county,
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
