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

T = TypeVar("T", bound="MerchantAddress")


@_attrs_define
class MerchantAddress:
    """
    Attributes:
        address_line_1 (str | Unset):
        address_line_2 (str | Unset):
        address_line_3 (str | Unset):
        city (str | Unset):
        country_code (str | Unset):
        district_or_county (str | Unset):
        municipality (str | Unset):
        name (str | Unset):
        postal_code (str | Unset):
        state_or_region (str | Unset):
    """

    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    city: str | Unset = UNSET
    country_code: str | Unset = UNSET
    district_or_county: str | Unset = UNSET
    municipality: str | Unset = UNSET
    name: str | Unset = UNSET
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

        city = self.city

        country_code = self.country_code

        district_or_county = self.district_or_county

        municipality = self.municipality

        name = self.name

        postal_code = self.postal_code

        state_or_region = self.state_or_region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["addressLine3"] = address_line_3
        if city is not UNSET:
            field_dict["city"] = city
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if district_or_county is not UNSET:
            field_dict["districtOrCounty"] = district_or_county
        if municipality is not UNSET:
            field_dict["municipality"] = municipality
        if name is not UNSET:
            field_dict["name"] = name
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if state_or_region is not UNSET:
            field_dict["stateOrRegion"] = state_or_region

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("addressLine1", "address_line_1", False, ("str",)),
                ("addressLine2", "address_line_2", False, ("str",)),
                ("addressLine3", "address_line_3", False, ("str",)),
                ("city", "city", False, ("str",)),
                ("countryCode", "country_code", False, ("str",)),
                ("districtOrCounty", "district_or_county", False, ("str",)),
                ("municipality", "municipality", False, ("str",)),
                ("name", "name", False, ("str",)),
                ("postalCode", "postal_code", False, ("str",)),
                ("stateOrRegion", "state_or_region", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        address_line_1 = d.pop("addressLine1", UNSET)

        if (
            _reader is not None
            and address_line_1.__class__ is not str
            and address_line_1 is not UNSET
        ):
            raise DeviationError("addressLine1")

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

        city = d.pop("city", UNSET)

        if _reader is not None and city.__class__ is not str and city is not UNSET:
            raise DeviationError("city")

        country_code = d.pop("countryCode", UNSET)

        if (
            _reader is not None
            and country_code.__class__ is not str
            and country_code is not UNSET
        ):
            raise DeviationError("countryCode")

        district_or_county = d.pop("districtOrCounty", UNSET)

        if (
            _reader is not None
            and district_or_county.__class__ is not str
            and district_or_county is not UNSET
        ):
            raise DeviationError("districtOrCounty")

        municipality = d.pop("municipality", UNSET)

        if (
            _reader is not None
            and municipality.__class__ is not str
            and municipality is not UNSET
        ):
            raise DeviationError("municipality")

        name = d.pop("name", UNSET)

        if _reader is not None and name.__class__ is not str and name is not UNSET:
            raise DeviationError("name")

        postal_code = d.pop("postalCode", UNSET)

        if (
            _reader is not None
            and postal_code.__class__ is not str
            and postal_code is not UNSET
        ):
            raise DeviationError("postalCode")

        state_or_region = d.pop("stateOrRegion", UNSET)

        if (
            _reader is not None
            and state_or_region.__class__ is not str
            and state_or_region is not UNSET
        ):
            raise DeviationError("stateOrRegion")

        if cls is MerchantAddress:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.address_line_1 = address_line_1
            _built.address_line_2 = address_line_2
            _built.address_line_3 = address_line_3
            _built.city = city
            _built.country_code = country_code
            _built.district_or_county = district_or_county
            _built.municipality = municipality
            _built.name = name
            _built.postal_code = postal_code
            _built.state_or_region = state_or_region
            _built._parse_notes = None
            merchant_address = _built
        else:  # a subclass: its own __init__ runs
            merchant_address = cls(
                address_line_1=address_line_1,
                address_line_2=address_line_2,
                address_line_3=address_line_3,
                city=city,
                country_code=country_code,
                district_or_county=district_or_county,
                municipality=municipality,
                name=name,
                postal_code=postal_code,
                state_or_region=state_or_region,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        merchant_address.additional_properties = d or {}
        return merchant_address

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
