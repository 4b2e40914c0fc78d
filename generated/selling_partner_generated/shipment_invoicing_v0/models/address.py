from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.address_type_enum import AddressTypeEnum
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
        address_line_1 (str | Unset):
        address_line_2 (str | Unset):
        address_line_3 (str | Unset):
        address_type (AddressTypeEnum | Unset):
        city (str | Unset):
        country_code (str | Unset):
        county (str | Unset):
        district (str | Unset):
        name (str | Unset):
        phone (str | Unset):
        postal_code (str | Unset):
        state_or_region (str | Unset):
    """

    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    address_type: AddressTypeEnum | Unset = UNSET
    city: str | Unset = UNSET
    country_code: str | Unset = UNSET
    county: str | Unset = UNSET
    district: str | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    state_or_region: str | Unset = UNSET
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

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        address_type: str | Unset = UNSET
        if not isinstance(self.address_type, Unset):
            address_type = self.address_type.value

        city = self.city

        country_code = self.country_code

        county = self.county

        district = self.district

        name = self.name

        phone = self.phone

        postal_code = self.postal_code

        state_or_region = self.state_or_region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_line_1 is not UNSET:
            field_dict["AddressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["AddressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["AddressLine3"] = address_line_3
        if address_type is not UNSET:
            field_dict["AddressType"] = address_type
        if city is not UNSET:
            field_dict["City"] = city
        if country_code is not UNSET:
            field_dict["CountryCode"] = country_code
        if county is not UNSET:
            field_dict["County"] = county
        if district is not UNSET:
            field_dict["District"] = district
        if name is not UNSET:
            field_dict["Name"] = name
        if phone is not UNSET:
            field_dict["Phone"] = phone
        if postal_code is not UNSET:
            field_dict["PostalCode"] = postal_code
        if state_or_region is not UNSET:
            field_dict["StateOrRegion"] = state_or_region

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("AddressLine1", "address_line_1", False, ("str",)),
                ("AddressLine2", "address_line_2", False, ("str",)),
                ("AddressLine3", "address_line_3", False, ("str",)),
                ("AddressType", "address_type", False, ("enum", AddressTypeEnum)),
                ("City", "city", False, ("str",)),
                ("CountryCode", "country_code", False, ("str",)),
                ("County", "county", False, ("str",)),
                ("District", "district", False, ("str",)),
                ("Name", "name", False, ("str",)),
                ("Phone", "phone", False, ("str",)),
                ("PostalCode", "postal_code", False, ("str",)),
                ("StateOrRegion", "state_or_region", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        address_line_1 = d.pop("AddressLine1", UNSET)

        if (
            _reader is not None
            and address_line_1.__class__ is not str
            and address_line_1 is not UNSET
        ):
            raise DeviationError("AddressLine1")

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

        _address_type = d.pop("AddressType", UNSET)
        address_type = (
            UNSET
            if _address_type is UNSET
            else (
                AddressTypeEnum._value2member_map_.get(_address_type)
                if _address_type.__class__ is str
                else None
            )
            or AddressTypeEnum(_address_type)
        )

        city = d.pop("City", UNSET)

        if _reader is not None and city.__class__ is not str and city is not UNSET:
            raise DeviationError("City")

        country_code = d.pop("CountryCode", UNSET)

        if (
            _reader is not None
            and country_code.__class__ is not str
            and country_code is not UNSET
        ):
            raise DeviationError("CountryCode")

        county = d.pop("County", UNSET)

        if _reader is not None and county.__class__ is not str and county is not UNSET:
            raise DeviationError("County")

        district = d.pop("District", UNSET)

        if (
            _reader is not None
            and district.__class__ is not str
            and district is not UNSET
        ):
            raise DeviationError("District")

        name = d.pop("Name", UNSET)

        if _reader is not None and name.__class__ is not str and name is not UNSET:
            raise DeviationError("Name")

        phone = d.pop("Phone", UNSET)

        if _reader is not None and phone.__class__ is not str and phone is not UNSET:
            raise DeviationError("Phone")

        postal_code = d.pop("PostalCode", UNSET)

        if (
            _reader is not None
            and postal_code.__class__ is not str
            and postal_code is not UNSET
        ):
            raise DeviationError("PostalCode")

        state_or_region = d.pop("StateOrRegion", UNSET)

        if (
            _reader is not None
            and state_or_region.__class__ is not str
            and state_or_region is not UNSET
        ):
            raise DeviationError("StateOrRegion")

        if cls is Address:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.address_line_1 = address_line_1
            _built.address_line_2 = address_line_2
            _built.address_line_3 = address_line_3
            _built.address_type = address_type
            _built.city = city
            _built.country_code = country_code
            _built.county = county
            _built.district = district
            _built.name = name
            _built.phone = phone
            _built.postal_code = postal_code
            _built.state_or_region = state_or_region
            _built._parse_notes = None
            address = _built
        else:  # a subclass: its own __init__ runs
            address = cls(
                address_line_1=address_line_1,
                address_line_2=address_line_2,
                address_line_3=address_line_3,
                address_type=address_type,
                city=city,
                country_code=country_code,
                county=county,
                district=district,
                name=name,
                phone=phone,
                postal_code=postal_code,
                state_or_region=state_or_region,
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
