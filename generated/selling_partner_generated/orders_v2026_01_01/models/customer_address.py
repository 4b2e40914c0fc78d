from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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

if TYPE_CHECKING:
    from ..models.address_extended_fields import AddressExtendedFields


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, AddressExtendedFields
    from ..models.address_extended_fields import AddressExtendedFields

    _lazy_pending = False


T = TypeVar("T", bound="CustomerAddress")


@_attrs_define
class CustomerAddress:
    """
    Attributes:
        address_line_1 (str | Unset):
        address_line_2 (str | Unset):
        address_line_3 (str | Unset):
        address_type (str | Unset):
        city (str | Unset):
        company_name (str | Unset):
        country_code (str | Unset):
        district_or_county (str | Unset):
        extended_fields (AddressExtendedFields | Unset):
        municipality (str | Unset):
        name (str | Unset):
        phone (str | Unset):
        postal_code (str | Unset):
        state_or_region (str | Unset):
    """

    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    address_type: str | Unset = UNSET
    city: str | Unset = UNSET
    company_name: str | Unset = UNSET
    country_code: str | Unset = UNSET
    district_or_county: str | Unset = UNSET
    extended_fields: AddressExtendedFields | Unset = UNSET
    municipality: str | Unset = UNSET
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
        if _lazy_pending:
            _load_lazy()
        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        address_type = self.address_type

        city = self.city

        company_name = self.company_name

        country_code = self.country_code

        district_or_county = self.district_or_county

        extended_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extended_fields, Unset):
            extended_fields = self.extended_fields.to_dict()

        municipality = self.municipality

        name = self.name

        phone = self.phone

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
        if address_type is not UNSET:
            field_dict["addressType"] = address_type
        if city is not UNSET:
            field_dict["city"] = city
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if district_or_county is not UNSET:
            field_dict["districtOrCounty"] = district_or_county
        if extended_fields is not UNSET:
            field_dict["extendedFields"] = extended_fields
        if municipality is not UNSET:
            field_dict["municipality"] = municipality
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if state_or_region is not UNSET:
            field_dict["stateOrRegion"] = state_or_region

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address_extended_fields import AddressExtendedFields

        return (
            (
                ("addressLine1", "address_line_1", False, ("str",)),
                ("addressLine2", "address_line_2", False, ("str",)),
                ("addressLine3", "address_line_3", False, ("str",)),
                ("addressType", "address_type", False, ("str",)),
                ("city", "city", False, ("str",)),
                ("companyName", "company_name", False, ("str",)),
                ("countryCode", "country_code", False, ("str",)),
                ("districtOrCounty", "district_or_county", False, ("str",)),
                (
                    "extendedFields",
                    "extended_fields",
                    False,
                    ("model", AddressExtendedFields),
                ),
                ("municipality", "municipality", False, ("str",)),
                ("name", "name", False, ("str",)),
                ("phone", "phone", False, ("str",)),
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
        if _lazy_pending:
            _load_lazy()
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

        address_type = d.pop("addressType", UNSET)

        if (
            _reader is not None
            and address_type.__class__ is not str
            and address_type is not UNSET
        ):
            raise DeviationError("addressType")

        city = d.pop("city", UNSET)

        if _reader is not None and city.__class__ is not str and city is not UNSET:
            raise DeviationError("city")

        company_name = d.pop("companyName", UNSET)

        if (
            _reader is not None
            and company_name.__class__ is not str
            and company_name is not UNSET
        ):
            raise DeviationError("companyName")

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

        _extended_fields = d.pop("extendedFields", UNSET)
        extended_fields = (
            UNSET
            if _extended_fields is UNSET
            else AddressExtendedFields.from_dict(_extended_fields)
        )

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

        state_or_region = d.pop("stateOrRegion", UNSET)

        if (
            _reader is not None
            and state_or_region.__class__ is not str
            and state_or_region is not UNSET
        ):
            raise DeviationError("stateOrRegion")

        if cls is CustomerAddress:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.address_line_1 = address_line_1
            _built.address_line_2 = address_line_2
            _built.address_line_3 = address_line_3
            _built.address_type = address_type
            _built.city = city
            _built.company_name = company_name
            _built.country_code = country_code
            _built.district_or_county = district_or_county
            _built.extended_fields = extended_fields
            _built.municipality = municipality
            _built.name = name
            _built.phone = phone
            _built.postal_code = postal_code
            _built.state_or_region = state_or_region
            _built._parse_notes = None
            customer_address = _built
        else:  # a subclass: its own __init__ runs
            customer_address = cls(
                address_line_1=address_line_1,
                address_line_2=address_line_2,
                address_line_3=address_line_3,
                address_type=address_type,
                city=city,
                company_name=company_name,
                country_code=country_code,
                district_or_county=district_or_county,
                extended_fields=extended_fields,
                municipality=municipality,
                name=name,
                phone=phone,
                postal_code=postal_code,
                state_or_region=state_or_region,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        customer_address.additional_properties = d or {}
        return customer_address

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
