from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.issue_exemption_status import IssueExemptionStatus
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

T = TypeVar("T", bound="IssueExemption")


@_attrs_define
class IssueExemption:
    """
    Attributes:
        status (IssueExemptionStatus):
        expiry_date (datetime.datetime | Unset):
    """

    status: IssueExemptionStatus
    expiry_date: datetime.datetime | Unset = UNSET
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
        status = self.status.value

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("status", "status", True, ("enum", IssueExemptionStatus)),
                ("expiryDate", "expiry_date", False, ("datetime",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _status = d.pop("status")
        status = (
            IssueExemptionStatus._value2member_map_.get(_status)
            if _status.__class__ is str
            else None
        ) or IssueExemptionStatus(_status)

        _expiry_date = d.pop("expiryDate", UNSET)
        expiry_date = (
            UNSET
            if _expiry_date is UNSET
            else datetime.datetime.fromisoformat(_expiry_date)
        )

        if (
            _reader is not None
            and not isinstance(expiry_date, Unset)
            and expiry_date.tzinfo is None
        ):
            raise DeviationError("expiryDate")

        if cls is IssueExemption:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.status = status
            _built.expiry_date = expiry_date
            _built._parse_notes = None
            issue_exemption = _built
        else:  # a subclass: its own __init__ runs
            issue_exemption = cls(
                status=status,
                expiry_date=expiry_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        issue_exemption.additional_properties = d or {}
        return issue_exemption

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
