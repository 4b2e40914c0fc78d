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
    from ..models.geocodes import Geocodes


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Geocodes
    from ..models.geocodes import Geocodes

    _lazy_pending = False


T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """
    Attributes:
        postal_code (str):
        address_line_1 (str | Unset):
        address_line_2 (str | Unset):
        address_line_3 (str | Unset):
        address_type (str | Unset):
        city (str | Unset):
        copy_emails (list[str] | Unset):
        country_code (str | Unset):
        district (str | Unset):
        email (str | Unset):
        geocodes (Geocodes | Unset):
        municipality (str | Unset):
        name (str | Unset):
        phone_number (str | Unset):
        state (str | Unset):
    """

    postal_code: str
    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    address_type: str | Unset = UNSET
    city: str | Unset = UNSET
    copy_emails: list[str] | Unset = UNSET
    country_code: str | Unset = UNSET
    district: str | Unset = UNSET
    email: str | Unset = UNSET
    geocodes: Geocodes | Unset = UNSET
    municipality: str | Unset = UNSET
    name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    state: str | Unset = UNSET
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
        postal_code = self.postal_code

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        address_type = self.address_type

        city = self.city

        copy_emails: list[str] | Unset = UNSET
        if not isinstance(self.copy_emails, Unset):
            copy_emails = self.copy_emails

        country_code = self.country_code

        district = self.district

        email = self.email

        geocodes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geocodes, Unset):
            geocodes = self.geocodes.to_dict()

        municipality = self.municipality

        name = self.name

        phone_number = self.phone_number

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "postalCode": postal_code,
            }
        )
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
        if copy_emails is not UNSET:
            field_dict["copyEmails"] = copy_emails
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if district is not UNSET:
            field_dict["district"] = district
        if email is not UNSET:
            field_dict["email"] = email
        if geocodes is not UNSET:
            field_dict["geocodes"] = geocodes
        if municipality is not UNSET:
            field_dict["municipality"] = municipality
        if name is not UNSET:
            field_dict["name"] = name
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.geocodes import Geocodes

        return (
            (
                ("postalCode", "postal_code", True, ("str",)),
                ("addressLine1", "address_line_1", False, ("str",)),
                ("addressLine2", "address_line_2", False, ("str",)),
                ("addressLine3", "address_line_3", False, ("str",)),
                ("addressType", "address_type", False, ("str",)),
                ("city", "city", False, ("str",)),
                ("copyEmails", "copy_emails", False, ("list", ("str",))),
                ("countryCode", "country_code", False, ("str",)),
                ("district", "district", False, ("str",)),
                ("email", "email", False, ("str",)),
                ("geocodes", "geocodes", False, ("model", Geocodes)),
                ("municipality", "municipality", False, ("str",)),
                ("name", "name", False, ("str",)),
                ("phoneNumber", "phone_number", False, ("str",)),
                ("state", "state", False, ("str",)),
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
        postal_code = d.pop("postalCode")

        if _reader is not None and postal_code.__class__ is not str:
            raise DeviationError("postalCode")

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

        copy_emails = d.pop("copyEmails", UNSET)

        if (
            _reader is not None
            and copy_emails.__class__ is not list
            and copy_emails is not UNSET
        ):
            raise DeviationError("copyEmails")

        country_code = d.pop("countryCode", UNSET)

        if (
            _reader is not None
            and country_code.__class__ is not str
            and country_code is not UNSET
        ):
            raise DeviationError("countryCode")

        district = d.pop("district", UNSET)

        if (
            _reader is not None
            and district.__class__ is not str
            and district is not UNSET
        ):
            raise DeviationError("district")

        email = d.pop("email", UNSET)

        if _reader is not None and email.__class__ is not str and email is not UNSET:
            raise DeviationError("email")

        _geocodes = d.pop("geocodes", UNSET)
        geocodes = UNSET if _geocodes is UNSET else Geocodes.from_dict(_geocodes)

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

        phone_number = d.pop("phoneNumber", UNSET)

        if (
            _reader is not None
            and phone_number.__class__ is not str
            and phone_number is not UNSET
        ):
            raise DeviationError("phoneNumber")

        state = d.pop("state", UNSET)

        if _reader is not None and state.__class__ is not str and state is not UNSET:
            raise DeviationError("state")

        if cls is Address:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.postal_code = postal_code
            _built.address_line_1 = address_line_1
            _built.address_line_2 = address_line_2
            _built.address_line_3 = address_line_3
            _built.address_type = address_type
            _built.city = city
            _built.copy_emails = copy_emails
            _built.country_code = country_code
            _built.district = district
            _built.email = email
            _built.geocodes = geocodes
            _built.municipality = municipality
            _built.name = name
            _built.phone_number = phone_number
            _built.state = state
            _built._parse_notes = None
            address = _built
        else:  # a subclass: its own __init__ runs
            address = cls(
                postal_code=postal_code,
                address_line_1=address_line_1,
                address_line_2=address_line_2,
                address_line_3=address_line_3,
                address_type=address_type,
                city=city,
                copy_emails=copy_emails,
                country_code=country_code,
                district=district,
                email=email,
                geocodes=geocodes,
                municipality=municipality,
                name=name,
                phone_number=phone_number,
                state=state,
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
