from __future__ import annotations

import datetime
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
    from ..models.report_options import ReportOptions


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ReportOptions
    from ..models.report_options import ReportOptions

    _lazy_pending = False


T = TypeVar("T", bound="ReportSchedule")


@_attrs_define
class ReportSchedule:
    """
    Attributes:
        period (str):
        report_schedule_id (str):
        report_type (str):
        marketplace_ids (list[str] | Unset):
        next_report_creation_time (datetime.datetime | Unset):
        report_options (ReportOptions | Unset):
    """

    period: str
    report_schedule_id: str
    report_type: str
    marketplace_ids: list[str] | Unset = UNSET
    next_report_creation_time: datetime.datetime | Unset = UNSET
    report_options: ReportOptions | Unset = UNSET
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
        period = self.period

        report_schedule_id = self.report_schedule_id

        report_type = self.report_type

        marketplace_ids: list[str] | Unset = UNSET
        if not isinstance(self.marketplace_ids, Unset):
            marketplace_ids = self.marketplace_ids

        next_report_creation_time: str | Unset = UNSET
        if not isinstance(self.next_report_creation_time, Unset):
            next_report_creation_time = self.next_report_creation_time.isoformat()

        report_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.report_options, Unset):
            report_options = self.report_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "reportScheduleId": report_schedule_id,
                "reportType": report_type,
            }
        )
        if marketplace_ids is not UNSET:
            field_dict["marketplaceIds"] = marketplace_ids
        if next_report_creation_time is not UNSET:
            field_dict["nextReportCreationTime"] = next_report_creation_time
        if report_options is not UNSET:
            field_dict["reportOptions"] = report_options

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.report_options import ReportOptions

        return (
            (
                ("period", "period", True, ("str",)),
                ("reportScheduleId", "report_schedule_id", True, ("str",)),
                ("reportType", "report_type", True, ("str",)),
                ("marketplaceIds", "marketplace_ids", False, ("list", ("str",))),
                (
                    "nextReportCreationTime",
                    "next_report_creation_time",
                    False,
                    ("datetime",),
                ),
                ("reportOptions", "report_options", False, ("model", ReportOptions)),
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
        period = d.pop("period")

        if _reader is not None and period.__class__ is not str:
            raise DeviationError("period")

        report_schedule_id = d.pop("reportScheduleId")

        if _reader is not None and report_schedule_id.__class__ is not str:
            raise DeviationError("reportScheduleId")

        report_type = d.pop("reportType")

        if _reader is not None and report_type.__class__ is not str:
            raise DeviationError("reportType")

        marketplace_ids = d.pop("marketplaceIds", UNSET)

        if (
            _reader is not None
            and marketplace_ids.__class__ is not list
            and marketplace_ids is not UNSET
        ):
            raise DeviationError("marketplaceIds")

        _next_report_creation_time = d.pop("nextReportCreationTime", UNSET)
        next_report_creation_time = (
            UNSET
            if _next_report_creation_time is UNSET
            else datetime.datetime.fromisoformat(_next_report_creation_time)
        )

        if (
            _reader is not None
            and not isinstance(next_report_creation_time, Unset)
            and next_report_creation_time.tzinfo is None
        ):
            raise DeviationError("nextReportCreationTime")

        _report_options = d.pop("reportOptions", UNSET)
        report_options = (
            UNSET
            if _report_options is UNSET
            else ReportOptions.from_dict(_report_options)
        )

        if cls is ReportSchedule:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.period = period
            _built.report_schedule_id = report_schedule_id
            _built.report_type = report_type
            _built.marketplace_ids = marketplace_ids
            _built.next_report_creation_time = next_report_creation_time
            _built.report_options = report_options
            _built._parse_notes = None
            report_schedule = _built
        else:  # a subclass: its own __init__ runs
            report_schedule = cls(
                period=period,
                report_schedule_id=report_schedule_id,
                report_type=report_type,
                marketplace_ids=marketplace_ids,
                next_report_creation_time=next_report_creation_time,
                report_options=report_options,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        report_schedule.additional_properties = d or {}
        return report_schedule

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
