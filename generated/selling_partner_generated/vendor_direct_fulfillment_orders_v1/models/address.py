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
        country_code (str):
        name (str):
        state_or_region (str):
        address_line_2 (str | Unset):
        address_line_3 (str | Unset):
        attention (str | Unset):
        city (str | Unset):
        county (str | Unset):
        district (str | Unset):
        phone (str | Unset):
        postal_code (str | Unset):
    """

    address_line_1: str
    country_code: str
    name: str
    state_or_region: str
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    attention: str | Unset = UNSET
    city: str | Unset = UNSET
    county: str | Unset = UNSET
    district: str | Unset = UNSET
    phone: str | Unset = UNSET
    postal_code: str | Unset = UNSET
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

        country_code = self.country_code

        name = self.name

        state_or_region = self.state_or_region

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        attention = self.attention

        city = self.city

        county = self.county

        district = self.district

        phone = self.phone

        postal_code = self.postal_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressLine1": address_line_1,
                "countryCode": country_code,
                "name": name,
                "stateOrRegion": state_or_region,
            }
        )
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["addressLine3"] = address_line_3
        if attention is not UNSET:
            field_dict["attention"] = attention
        if city is not UNSET:
            field_dict["city"] = city
        if county is not UNSET:
            field_dict["county"] = county
        if district is not UNSET:
            field_dict["district"] = district
        if phone is not UNSET:
            field_dict["phone"] = phone
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("addressLine1", "address_line_1", True, ("str",)),
                ("countryCode", "country_code", True, ("str",)),
                ("name", "name", True, ("str",)),
                ("stateOrRegion", "state_or_region", True, ("str",)),
                ("addressLine2", "address_line_2", False, ("str",)),
                ("addressLine3", "address_line_3", False, ("str",)),
                ("attention", "attention", False, ("str",)),
                ("city", "city", False, ("str",)),
                ("county", "county", False, ("str",)),
                ("district", "district", False, ("str",)),
                ("phone", "phone", False, ("str",)),
                ("postalCode", "postal_code", False, ("str",)),
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

        country_code = d.pop("countryCode")

        if _reader is not None and country_code.__class__ is not str:
            raise DeviationError("countryCode")

        name = d.pop("name")

        if _reader is not None and name.__class__ is not str:
            raise DeviationError("name")

        state_or_region = d.pop("stateOrRegion")

        if _reader is not None and state_or_region.__class__ is not str:
            raise DeviationError("stateOrRegion")

        address_line_2 = d.pop("addressLine2", UNSET)

        if (
            _reader is not None
            and address_line_2.__class__ is not str
            and address_line_2 is not UNSET
        ):
            raise DeviationError("addressLine2")

        address_line_3 = d.pop("addressLine3", UNSET)

        if (
            _reader is not None
            and address_line_3.__class__ is not str
            and address_line_3 is not UNSET
        ):
            raise DeviationError("addressLine3")

        attention = d.pop("attention", UNSET)

        if (
            _reader is not None
            and attention.__class__ is not str
            and attention is not UNSET
        ):
            raise DeviationError("attention")

        city = d.pop("city", UNSET)

        if _reader is not None and city.__class__ is not str and city is not UNSET:
            raise DeviationError("city")

        county = d.pop("county", UNSET)

        if _reader is not None and county.__class__ is not str and county is not UNSET:
            raise DeviationError("county")

        district = d.pop("district", UNSET)

        if (
            _reader is not None
            and district.__class__ is not str
            and district is not UNSET
        ):
            raise DeviationError("district")

        phone = d.pop("phone", UNSET)

        if _reader is not None and phone.__class__ is not str and phone is not UNSET:
            raise DeviationError("phone")

        postal_code = d.pop("postalCode", UNSET)

        if (
            _reader is not None
            and postal_code.__class__ is not str
            and postal_code is not UNSET
        ):
            raise DeviationError("postalCode")

        if cls is Address:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.address_line_1 = address_line_1
            _built.country_code = country_code
            _built.name = name
            _built.state_or_region = state_or_region
            _built.address_line_2 = address_line_2
            _built.address_line_3 = address_line_3
            _built.attention = attention
            _built.city = city
            _built.county = county
            _built.district = district
            _built.phone = phone
            _built.postal_code = postal_code
            _built._parse_notes = None
            address = _built
        else:  # a subclass: its own __init__ runs
            address = cls(
                address_line_1=address_line_1,
                country_code=country_code,
                name=name,
                state_or_region=state_or_region,
                address_line_2=address_line_2,
                address_line_3=address_line_3,
                attention=attention,
                city=city,
                county=county,
                district=district,
                phone=phone,
                postal_code=postal_code,
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
