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

T = TypeVar("T", bound="AddressExtendedFields")


@_attrs_define
class AddressExtendedFields:
    """
    Attributes:
        complement (str | Unset):
        neighborhood (str | Unset):
        street_name (str | Unset):
        street_number (str | Unset):
    """

    complement: str | Unset = UNSET
    neighborhood: str | Unset = UNSET
    street_name: str | Unset = UNSET
    street_number: str | Unset = UNSET
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
        complement = self.complement

        neighborhood = self.neighborhood

        street_name = self.street_name

        street_number = self.street_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if complement is not UNSET:
            field_dict["complement"] = complement
        if neighborhood is not UNSET:
            field_dict["neighborhood"] = neighborhood
        if street_name is not UNSET:
            field_dict["streetName"] = street_name
        if street_number is not UNSET:
            field_dict["streetNumber"] = street_number

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("complement", "complement", False, ("str",)),
                ("neighborhood", "neighborhood", False, ("str",)),
                ("streetName", "street_name", False, ("str",)),
                ("streetNumber", "street_number", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        complement = d.pop("complement", UNSET)

        if (
            _reader is not None
            and complement.__class__ is not str
            and complement is not UNSET
        ):
            raise DeviationError("complement")

        neighborhood = d.pop("neighborhood", UNSET)

        if (
            _reader is not None
            and neighborhood.__class__ is not str
            and neighborhood is not UNSET
        ):
            raise DeviationError("neighborhood")

        street_name = d.pop("streetName", UNSET)

        if (
            _reader is not None
            and street_name.__class__ is not str
            and street_name is not UNSET
        ):
            raise DeviationError("streetName")

        street_number = d.pop("streetNumber", UNSET)

        if (
            _reader is not None
            and street_number.__class__ is not str
            and street_number is not UNSET
        ):
            raise DeviationError("streetNumber")

        if cls is AddressExtendedFields:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.complement = complement
            _built.neighborhood = neighborhood
            _built.street_name = street_name
            _built.street_number = street_number
            _built._parse_notes = None
            address_extended_fields = _built
        else:  # a subclass: its own __init__ runs
            address_extended_fields = cls(
                complement=complement,
                neighborhood=neighborhood,
                street_name=street_name,
                street_number=street_number,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        address_extended_fields.additional_properties = d or {}
        return address_extended_fields

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
