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
    from ..models.geocode import Geocode


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Geocode
    from ..models.geocode import Geocode

    _lazy_pending = False


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
        state_or_region (str):
        address_line_2 (str | Unset):
        address_line_3 (str | Unset):
        company_name (str | Unset):
        email (str | Unset):
        geocode (Geocode | Unset):
        phone_number (str | Unset):
    """

    address_line_1: str
    city: str
    country_code: str
    name: str
    postal_code: str
    state_or_region: str
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    company_name: str | Unset = UNSET
    email: str | Unset = UNSET
    geocode: Geocode | Unset = UNSET
    phone_number: str | Unset = UNSET
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

        city = self.city

        country_code = self.country_code

        name = self.name

        postal_code = self.postal_code

        state_or_region = self.state_or_region

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        company_name = self.company_name

        email = self.email

        geocode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geocode, Unset):
            geocode = self.geocode.to_dict()

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressLine1": address_line_1,
                "city": city,
                "countryCode": country_code,
                "name": name,
                "postalCode": postal_code,
                "stateOrRegion": state_or_region,
            }
        )
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["addressLine3"] = address_line_3
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if email is not UNSET:
            field_dict["email"] = email
        if geocode is not UNSET:
            field_dict["geocode"] = geocode
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.geocode import Geocode

        return (
            (
                ("addressLine1", "address_line_1", True, ("str",)),
                ("city", "city", True, ("str",)),
                ("countryCode", "country_code", True, ("str",)),
                ("name", "name", True, ("str",)),
                ("postalCode", "postal_code", True, ("str",)),
                ("stateOrRegion", "state_or_region", True, ("str",)),
                ("addressLine2", "address_line_2", False, ("str",)),
                ("addressLine3", "address_line_3", False, ("str",)),
                ("companyName", "company_name", False, ("str",)),
                ("email", "email", False, ("str",)),
                ("geocode", "geocode", False, ("model", Geocode)),
                ("phoneNumber", "phone_number", False, ("str",)),
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

        company_name = d.pop("companyName", UNSET)

        if (
            _reader is not None
            and company_name.__class__ is not str
            and company_name is not UNSET
        ):
            raise DeviationError("companyName")

        email = d.pop("email", UNSET)

        if _reader is not None and email.__class__ is not str and email is not UNSET:
            raise DeviationError("email")

        _geocode = d.pop("geocode", UNSET)
        geocode = UNSET if _geocode is UNSET else Geocode.from_dict(_geocode)

        phone_number = d.pop("phoneNumber", UNSET)

        if (
            _reader is not None
            and phone_number.__class__ is not str
            and phone_number is not UNSET
        ):
            raise DeviationError("phoneNumber")

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
            _built.state_or_region = state_or_region
            _built.address_line_2 = address_line_2
            _built.address_line_3 = address_line_3
            _built.company_name = company_name
            _built.email = email
            _built.geocode = geocode
            _built.phone_number = phone_number
            _built._parse_notes = None
            address = _built
        else:  # a subclass: its own __init__ runs
            address = cls(
                address_line_1=address_line_1,
                city=city,
                country_code=country_code,
                name=name,
                postal_code=postal_code,
                state_or_region=state_or_region,
                address_line_2=address_line_2,
                address_line_3=address_line_3,
                company_name=company_name,
                email=email,
                geocode=geocode,
                phone_number=phone_number,
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
