from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payout_status_name import PayoutStatusName
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

T = TypeVar("T", bound="PayoutStatusEntry")


@_attrs_define
class PayoutStatusEntry:
    """
    Attributes:
        last_updated_date (datetime.datetime):
        status (PayoutStatusName):
        failure_reason (str | Unset):
    """

    last_updated_date: datetime.datetime
    status: PayoutStatusName
    failure_reason: str | Unset = UNSET
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
        last_updated_date = self.last_updated_date.isoformat()

        status = self.status.value

        failure_reason = self.failure_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lastUpdatedDate": last_updated_date,
                "status": status,
            }
        )
        if failure_reason is not UNSET:
            field_dict["failureReason"] = failure_reason

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("lastUpdatedDate", "last_updated_date", True, ("datetime",)),
                ("status", "status", True, ("enum", PayoutStatusName)),
                ("failureReason", "failure_reason", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        last_updated_date = datetime.datetime.fromisoformat(d.pop("lastUpdatedDate"))

        if _reader is not None and last_updated_date.tzinfo is None:
            raise DeviationError("lastUpdatedDate")

        _status = d.pop("status")
        status = (
            PayoutStatusName._value2member_map_.get(_status)
            if _status.__class__ is str
            else None
        ) or PayoutStatusName(_status)

        failure_reason = d.pop("failureReason", UNSET)

        if (
            _reader is not None
            and failure_reason.__class__ is not str
            and failure_reason is not UNSET
        ):
            raise DeviationError("failureReason")

        if cls is PayoutStatusEntry:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.last_updated_date = last_updated_date
            _built.status = status
            _built.failure_reason = failure_reason
            _built._parse_notes = None
            payout_status_entry = _built
        else:  # a subclass: its own __init__ runs
            payout_status_entry = cls(
                last_updated_date=last_updated_date,
                status=status,
                failure_reason=failure_reason,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        payout_status_entry.additional_properties = d or {}
        return payout_status_entry

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
