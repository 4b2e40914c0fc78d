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

T = TypeVar("T", bound="LockerDetails")


@_attrs_define
class LockerDetails:
    """
    Attributes:
        locker_access_code (str | Unset):
        locker_number (str | Unset):
    """

    locker_access_code: str | Unset = UNSET
    locker_number: str | Unset = UNSET
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
        locker_access_code = self.locker_access_code

        locker_number = self.locker_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if locker_access_code is not UNSET:
            field_dict["lockerAccessCode"] = locker_access_code
        if locker_number is not UNSET:
            field_dict["lockerNumber"] = locker_number

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("lockerAccessCode", "locker_access_code", False, ("str",)),
                ("lockerNumber", "locker_number", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        locker_access_code = d.pop("lockerAccessCode", UNSET)

        if (
            _reader is not None
            and locker_access_code.__class__ is not str
            and locker_access_code is not UNSET
        ):
            raise DeviationError("lockerAccessCode")

        locker_number = d.pop("lockerNumber", UNSET)

        if (
            _reader is not None
            and locker_number.__class__ is not str
            and locker_number is not UNSET
        ):
            raise DeviationError("lockerNumber")

        if cls is LockerDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.locker_access_code = locker_access_code
            _built.locker_number = locker_number
            _built._parse_notes = None
            locker_details = _built
        else:  # a subclass: its own __init__ runs
            locker_details = cls(
                locker_access_code=locker_access_code,
                locker_number=locker_number,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        locker_details.additional_properties = d or {}
        return locker_details

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
