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


T = TypeVar("T", bound="CreateReportSpecification")


@_attrs_define
class CreateReportSpecification:
    """
    Attributes:
        marketplace_ids (list[str]):
        report_type (str):
        data_end_time (datetime.datetime | Unset):
        data_start_time (datetime.datetime | Unset):
        report_options (ReportOptions | Unset):
    """

    marketplace_ids: list[str]
    report_type: str
    data_end_time: datetime.datetime | Unset = UNSET
    data_start_time: datetime.datetime | Unset = UNSET
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
        marketplace_ids = self.marketplace_ids

        report_type = self.report_type

        data_end_time: str | Unset = UNSET
        if not isinstance(self.data_end_time, Unset):
            data_end_time = self.data_end_time.isoformat()

        data_start_time: str | Unset = UNSET
        if not isinstance(self.data_start_time, Unset):
            data_start_time = self.data_start_time.isoformat()

        report_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.report_options, Unset):
            report_options = self.report_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketplaceIds": marketplace_ids,
                "reportType": report_type,
            }
        )
        if data_end_time is not UNSET:
            field_dict["dataEndTime"] = data_end_time
        if data_start_time is not UNSET:
            field_dict["dataStartTime"] = data_start_time
        if report_options is not UNSET:
            field_dict["reportOptions"] = report_options

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.report_options import ReportOptions

        return (
            (
                ("marketplaceIds", "marketplace_ids", True, ("list", ("str",))),
                ("reportType", "report_type", True, ("str",)),
                ("dataEndTime", "data_end_time", False, ("datetime",)),
                ("dataStartTime", "data_start_time", False, ("datetime",)),
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
        marketplace_ids = d.pop("marketplaceIds")

        if _reader is not None and marketplace_ids.__class__ is not list:
            raise DeviationError("marketplaceIds")

        report_type = d.pop("reportType")

        if _reader is not None and report_type.__class__ is not str:
            raise DeviationError("reportType")

        _data_end_time = d.pop("dataEndTime", UNSET)
        data_end_time = (
            UNSET
            if _data_end_time is UNSET
            else datetime.datetime.fromisoformat(_data_end_time)
        )

        if (
            _reader is not None
            and not isinstance(data_end_time, Unset)
            and data_end_time.tzinfo is None
        ):
            raise DeviationError("dataEndTime")

        _data_start_time = d.pop("dataStartTime", UNSET)
        data_start_time = (
            UNSET
            if _data_start_time is UNSET
            else datetime.datetime.fromisoformat(_data_start_time)
        )

        if (
            _reader is not None
            and not isinstance(data_start_time, Unset)
            and data_start_time.tzinfo is None
        ):
            raise DeviationError("dataStartTime")

        _report_options = d.pop("reportOptions", UNSET)
        report_options = (
            UNSET
            if _report_options is UNSET
            else ReportOptions.from_dict(_report_options)
        )

        if cls is CreateReportSpecification:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.marketplace_ids = marketplace_ids
            _built.report_type = report_type
            _built.data_end_time = data_end_time
            _built.data_start_time = data_start_time
            _built.report_options = report_options
            _built._parse_notes = None
            create_report_specification = _built
        else:  # a subclass: its own __init__ runs
            create_report_specification = cls(
                marketplace_ids=marketplace_ids,
                report_type=report_type,
                data_end_time=data_end_time,
                data_start_time=data_start_time,
                report_options=report_options,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        create_report_specification.additional_properties = d or {}
        return create_report_specification

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
