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
    from ..models.address import Address


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Address
    from ..models.address import Address

    _lazy_pending = False


T = TypeVar("T", bound="Business")


@_attrs_define
class Business:
    """
    Attributes:
        name (str):
        registered_business_address (Address):
        company_registration_number (str | Unset):
        company_tax_identification_number (str | Unset):
        non_latin_name (str | Unset):
    """

    name: str
    registered_business_address: Address
    company_registration_number: str | Unset = UNSET
    company_tax_identification_number: str | Unset = UNSET
    non_latin_name: str | Unset = UNSET
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
        name = self.name

        registered_business_address = self.registered_business_address.to_dict()

        company_registration_number = self.company_registration_number

        company_tax_identification_number = self.company_tax_identification_number

        non_latin_name = self.non_latin_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "registeredBusinessAddress": registered_business_address,
            }
        )
        if company_registration_number is not UNSET:
            field_dict["companyRegistrationNumber"] = company_registration_number
        if company_tax_identification_number is not UNSET:
            field_dict["companyTaxIdentificationNumber"] = (
                company_tax_identification_number
            )
        if non_latin_name is not UNSET:
            field_dict["nonLatinName"] = non_latin_name

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address

        return (
            (
                ("name", "name", True, ("str",)),
                (
                    "registeredBusinessAddress",
                    "registered_business_address",
                    True,
                    ("model", Address),
                ),
                (
                    "companyRegistrationNumber",
                    "company_registration_number",
                    False,
                    ("str",),
                ),
                (
                    "companyTaxIdentificationNumber",
                    "company_tax_identification_number",
                    False,
                    ("str",),
                ),
                ("nonLatinName", "non_latin_name", False, ("str",)),
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
        name = d.pop("name")

        if _reader is not None and name.__class__ is not str:
            raise DeviationError("name")

        registered_business_address = Address.from_dict(
            d.pop("registeredBusinessAddress")
        )

        company_registration_number = d.pop("companyRegistrationNumber", UNSET)

        if (
            _reader is not None
            and company_registration_number.__class__ is not str
            and company_registration_number is not UNSET
        ):
            raise DeviationError("companyRegistrationNumber")

        company_tax_identification_number = d.pop(
            "companyTaxIdentificationNumber", UNSET
        )

        if (
            _reader is not None
            and company_tax_identification_number.__class__ is not str
            and company_tax_identification_number is not UNSET
        ):
            raise DeviationError("companyTaxIdentificationNumber")

        non_latin_name = d.pop("nonLatinName", UNSET)

        if (
            _reader is not None
            and non_latin_name.__class__ is not str
            and non_latin_name is not UNSET
        ):
            raise DeviationError("nonLatinName")

        if cls is Business:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.name = name
            _built.registered_business_address = registered_business_address
            _built.company_registration_number = company_registration_number
            _built.company_tax_identification_number = company_tax_identification_number
            _built.non_latin_name = non_latin_name
            _built._parse_notes = None
            business = _built
        else:  # a subclass: its own __init__ runs
            business = cls(
                name=name,
                registered_business_address=registered_business_address,
                company_registration_number=company_registration_number,
                company_tax_identification_number=company_tax_identification_number,
                non_latin_name=non_latin_name,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        business.additional_properties = d or {}
        return business

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
