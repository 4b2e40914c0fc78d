from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="NdrRequestData")


@_attrs_define
class NdrRequestData:
    """
    Attributes:
        additional_address_notes (str | Unset):
        reschedule_date (datetime.datetime | Unset):
    """

    additional_address_notes: str | Unset = UNSET
    reschedule_date: datetime.datetime | Unset = UNSET
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
        additional_address_notes = self.additional_address_notes

        reschedule_date: str | Unset = UNSET
        if not isinstance(self.reschedule_date, Unset):
            reschedule_date = self.reschedule_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_address_notes is not UNSET:
            field_dict["additionalAddressNotes"] = additional_address_notes
        if reschedule_date is not UNSET:
            field_dict["rescheduleDate"] = reschedule_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("additionalAddressNotes", "additional_address_notes", False, ("str",)),
                ("rescheduleDate", "reschedule_date", False, ("datetime",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        additional_address_notes = d.pop("additionalAddressNotes", UNSET)

        if (
            _reader is not None
            and additional_address_notes.__class__ is not str
            and additional_address_notes is not UNSET
        ):
            raise DeviationError("additionalAddressNotes")

        _reschedule_date = d.pop("rescheduleDate", UNSET)
        reschedule_date = (
            UNSET
            if _reschedule_date is UNSET
            else datetime.datetime.fromisoformat(_reschedule_date)
        )

        if (
            _reader is not None
            and not isinstance(reschedule_date, Unset)
            and reschedule_date.tzinfo is None
        ):
            raise DeviationError("rescheduleDate")

        if cls is NdrRequestData:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.additional_address_notes = additional_address_notes
            _built.reschedule_date = reschedule_date
            _built._parse_notes = None
            ndr_request_data = _built
        else:  # a subclass: its own __init__ runs
            ndr_request_data = cls(
                additional_address_notes=additional_address_notes,
                reschedule_date=reschedule_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        ndr_request_data.additional_properties = d or {}
        return ndr_request_data

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
