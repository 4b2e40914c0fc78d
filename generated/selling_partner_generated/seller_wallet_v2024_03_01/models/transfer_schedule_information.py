from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_transfer_type import ScheduleTransferType
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
    from ..models.schedule_expression import ScheduleExpression


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ScheduleExpression
    from ..models.schedule_expression import ScheduleExpression

    _lazy_pending = False


T = TypeVar("T", bound="TransferScheduleInformation")


@_attrs_define
class TransferScheduleInformation:
    """
    Attributes:
        schedule_end_date (datetime.datetime | Unset):
        schedule_expression (ScheduleExpression | Unset):
        schedule_start_date (datetime.datetime | Unset):
        schedule_type (ScheduleTransferType | Unset):
    """

    schedule_end_date: datetime.datetime | Unset = UNSET
    schedule_expression: ScheduleExpression | Unset = UNSET
    schedule_start_date: datetime.datetime | Unset = UNSET
    schedule_type: ScheduleTransferType | Unset = UNSET
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
        schedule_end_date: str | Unset = UNSET
        if not isinstance(self.schedule_end_date, Unset):
            schedule_end_date = self.schedule_end_date.isoformat()

        schedule_expression: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule_expression, Unset):
            schedule_expression = self.schedule_expression.to_dict()

        schedule_start_date: str | Unset = UNSET
        if not isinstance(self.schedule_start_date, Unset):
            schedule_start_date = self.schedule_start_date.isoformat()

        schedule_type: str | Unset = UNSET
        if not isinstance(self.schedule_type, Unset):
            schedule_type = self.schedule_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schedule_end_date is not UNSET:
            field_dict["scheduleEndDate"] = schedule_end_date
        if schedule_expression is not UNSET:
            field_dict["scheduleExpression"] = schedule_expression
        if schedule_start_date is not UNSET:
            field_dict["scheduleStartDate"] = schedule_start_date
        if schedule_type is not UNSET:
            field_dict["scheduleType"] = schedule_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.schedule_expression import ScheduleExpression

        return (
            (
                ("scheduleEndDate", "schedule_end_date", False, ("datetime",)),
                (
                    "scheduleExpression",
                    "schedule_expression",
                    False,
                    ("model", ScheduleExpression),
                ),
                ("scheduleStartDate", "schedule_start_date", False, ("datetime",)),
                (
                    "scheduleType",
                    "schedule_type",
                    False,
                    ("enum", ScheduleTransferType),
                ),
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
        _schedule_end_date = d.pop("scheduleEndDate", UNSET)
        schedule_end_date = (
            UNSET
            if _schedule_end_date is UNSET
            else datetime.datetime.fromisoformat(_schedule_end_date)
        )

        if (
            _reader is not None
            and not isinstance(schedule_end_date, Unset)
            and schedule_end_date.tzinfo is None
        ):
            raise DeviationError("scheduleEndDate")

        _schedule_expression = d.pop("scheduleExpression", UNSET)
        schedule_expression = (
            UNSET
            if _schedule_expression is UNSET
            else ScheduleExpression.from_dict(_schedule_expression)
        )

        _schedule_start_date = d.pop("scheduleStartDate", UNSET)
        schedule_start_date = (
            UNSET
            if _schedule_start_date is UNSET
            else datetime.datetime.fromisoformat(_schedule_start_date)
        )

        if (
            _reader is not None
            and not isinstance(schedule_start_date, Unset)
            and schedule_start_date.tzinfo is None
        ):
            raise DeviationError("scheduleStartDate")

        _schedule_type = d.pop("scheduleType", UNSET)
        schedule_type = (
            UNSET
            if _schedule_type is UNSET
            else (
                ScheduleTransferType._value2member_map_.get(_schedule_type)
                if _schedule_type.__class__ is str
                else None
            )
            or ScheduleTransferType(_schedule_type)
        )

        if cls is TransferScheduleInformation:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.schedule_end_date = schedule_end_date
            _built.schedule_expression = schedule_expression
            _built.schedule_start_date = schedule_start_date
            _built.schedule_type = schedule_type
            _built._parse_notes = None
            transfer_schedule_information = _built
        else:  # a subclass: its own __init__ runs
            transfer_schedule_information = cls(
                schedule_end_date=schedule_end_date,
                schedule_expression=schedule_expression,
                schedule_start_date=schedule_start_date,
                schedule_type=schedule_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        transfer_schedule_information.additional_properties = d or {}
        return transfer_schedule_information

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
