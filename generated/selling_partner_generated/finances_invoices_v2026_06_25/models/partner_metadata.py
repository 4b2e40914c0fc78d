from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.partner_metadata_partner_type import PartnerMetadataPartnerType
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

T = TypeVar("T", bound="PartnerMetadata")


@_attrs_define
class PartnerMetadata:
    """
    Attributes:
        partner_id (str):
        partner_type (PartnerMetadataPartnerType):
        partner_address (str | Unset):
        partner_entities (list[str] | Unset):
        partner_name (str | Unset):
        tax_registration_number (str | Unset):
    """

    partner_id: str
    partner_type: PartnerMetadataPartnerType
    partner_address: str | Unset = UNSET
    partner_entities: list[str] | Unset = UNSET
    partner_name: str | Unset = UNSET
    tax_registration_number: str | Unset = UNSET
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
        partner_id = self.partner_id

        partner_type = self.partner_type.value

        partner_address = self.partner_address

        partner_entities: list[str] | Unset = UNSET
        if not isinstance(self.partner_entities, Unset):
            partner_entities = self.partner_entities

        partner_name = self.partner_name

        tax_registration_number = self.tax_registration_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partnerId": partner_id,
                "partnerType": partner_type,
            }
        )
        if partner_address is not UNSET:
            field_dict["partnerAddress"] = partner_address
        if partner_entities is not UNSET:
            field_dict["partnerEntities"] = partner_entities
        if partner_name is not UNSET:
            field_dict["partnerName"] = partner_name
        if tax_registration_number is not UNSET:
            field_dict["taxRegistrationNumber"] = tax_registration_number

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("partnerId", "partner_id", True, ("str",)),
                (
                    "partnerType",
                    "partner_type",
                    True,
                    ("enum", PartnerMetadataPartnerType),
                ),
                ("partnerAddress", "partner_address", False, ("str",)),
                ("partnerEntities", "partner_entities", False, ("list", ("str",))),
                ("partnerName", "partner_name", False, ("str",)),
                ("taxRegistrationNumber", "tax_registration_number", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        partner_id = d.pop("partnerId")

        if _reader is not None and partner_id.__class__ is not str:
            raise DeviationError("partnerId")

        _partner_type = d.pop("partnerType")
        partner_type = (
            PartnerMetadataPartnerType._value2member_map_.get(_partner_type)
            if _partner_type.__class__ is str
            else None
        ) or PartnerMetadataPartnerType(_partner_type)

        partner_address = d.pop("partnerAddress", UNSET)

        if (
            _reader is not None
            and partner_address.__class__ is not str
            and partner_address is not UNSET
        ):
            raise DeviationError("partnerAddress")

        partner_entities = d.pop("partnerEntities", UNSET)

        if (
            _reader is not None
            and partner_entities.__class__ is not list
            and partner_entities is not UNSET
        ):
            raise DeviationError("partnerEntities")

        partner_name = d.pop("partnerName", UNSET)

        if (
            _reader is not None
            and partner_name.__class__ is not str
            and partner_name is not UNSET
        ):
            raise DeviationError("partnerName")

        tax_registration_number = d.pop("taxRegistrationNumber", UNSET)

        if (
            _reader is not None
            and tax_registration_number.__class__ is not str
            and tax_registration_number is not UNSET
        ):
            raise DeviationError("taxRegistrationNumber")

        if cls is PartnerMetadata:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.partner_id = partner_id
            _built.partner_type = partner_type
            _built.partner_address = partner_address
            _built.partner_entities = partner_entities
            _built.partner_name = partner_name
            _built.tax_registration_number = tax_registration_number
            _built._parse_notes = None
            partner_metadata = _built
        else:  # a subclass: its own __init__ runs
            partner_metadata = cls(
                partner_id=partner_id,
                partner_type=partner_type,
                partner_address=partner_address,
                partner_entities=partner_entities,
                partner_name=partner_name,
                tax_registration_number=tax_registration_number,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        partner_metadata.additional_properties = d or {}
        return partner_metadata

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
