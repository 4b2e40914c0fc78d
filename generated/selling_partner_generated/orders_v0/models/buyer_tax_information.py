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

T = TypeVar("T", bound="BuyerTaxInformation")


@_attrs_define
class BuyerTaxInformation:
    """
    Attributes:
        buyer_business_address (str | Unset):
        buyer_legal_company_name (str | Unset):
        buyer_tax_office (str | Unset):
        buyer_tax_registration_id (str | Unset):
    """

    buyer_business_address: str | Unset = UNSET
    buyer_legal_company_name: str | Unset = UNSET
    buyer_tax_office: str | Unset = UNSET
    buyer_tax_registration_id: str | Unset = UNSET
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
        buyer_business_address = self.buyer_business_address

        buyer_legal_company_name = self.buyer_legal_company_name

        buyer_tax_office = self.buyer_tax_office

        buyer_tax_registration_id = self.buyer_tax_registration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if buyer_business_address is not UNSET:
            field_dict["BuyerBusinessAddress"] = buyer_business_address
        if buyer_legal_company_name is not UNSET:
            field_dict["BuyerLegalCompanyName"] = buyer_legal_company_name
        if buyer_tax_office is not UNSET:
            field_dict["BuyerTaxOffice"] = buyer_tax_office
        if buyer_tax_registration_id is not UNSET:
            field_dict["BuyerTaxRegistrationId"] = buyer_tax_registration_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("BuyerBusinessAddress", "buyer_business_address", False, ("str",)),
                ("BuyerLegalCompanyName", "buyer_legal_company_name", False, ("str",)),
                ("BuyerTaxOffice", "buyer_tax_office", False, ("str",)),
                (
                    "BuyerTaxRegistrationId",
                    "buyer_tax_registration_id",
                    False,
                    ("str",),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        buyer_business_address = d.pop("BuyerBusinessAddress", UNSET)

        if (
            _reader is not None
            and buyer_business_address.__class__ is not str
            and buyer_business_address is not UNSET
        ):
            raise DeviationError("BuyerBusinessAddress")

        buyer_legal_company_name = d.pop("BuyerLegalCompanyName", UNSET)

        if (
            _reader is not None
            and buyer_legal_company_name.__class__ is not str
            and buyer_legal_company_name is not UNSET
        ):
            raise DeviationError("BuyerLegalCompanyName")

        buyer_tax_office = d.pop("BuyerTaxOffice", UNSET)

        if (
            _reader is not None
            and buyer_tax_office.__class__ is not str
            and buyer_tax_office is not UNSET
        ):
            raise DeviationError("BuyerTaxOffice")

        buyer_tax_registration_id = d.pop("BuyerTaxRegistrationId", UNSET)

        if (
            _reader is not None
            and buyer_tax_registration_id.__class__ is not str
            and buyer_tax_registration_id is not UNSET
        ):
            raise DeviationError("BuyerTaxRegistrationId")

        if cls is BuyerTaxInformation:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.buyer_business_address = buyer_business_address
            _built.buyer_legal_company_name = buyer_legal_company_name
            _built.buyer_tax_office = buyer_tax_office
            _built.buyer_tax_registration_id = buyer_tax_registration_id
            _built._parse_notes = None
            buyer_tax_information = _built
        else:  # a subclass: its own __init__ runs
            buyer_tax_information = cls(
                buyer_business_address=buyer_business_address,
                buyer_legal_company_name=buyer_legal_company_name,
                buyer_tax_office=buyer_tax_office,
                buyer_tax_registration_id=buyer_tax_registration_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        buyer_tax_information.additional_properties = d or {}
        return buyer_tax_information

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
