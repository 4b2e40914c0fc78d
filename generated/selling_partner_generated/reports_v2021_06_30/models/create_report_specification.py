from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_options import ReportOptions


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

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_options import ReportOptions

        d = dict(src_dict)
        marketplace_ids = cast(list[str], d.pop("marketplaceIds"))

        report_type = d.pop("reportType")

        _data_end_time = d.pop("dataEndTime", UNSET)
        data_end_time: datetime.datetime | Unset
        if isinstance(_data_end_time, Unset):
            data_end_time = UNSET
        else:
            data_end_time = datetime.datetime.fromisoformat(_data_end_time)

        _data_start_time = d.pop("dataStartTime", UNSET)
        data_start_time: datetime.datetime | Unset
        if isinstance(_data_start_time, Unset):
            data_start_time = UNSET
        else:
            data_start_time = datetime.datetime.fromisoformat(_data_start_time)

        _report_options = d.pop("reportOptions", UNSET)
        report_options: ReportOptions | Unset
        if isinstance(_report_options, Unset):
            report_options = UNSET
        else:
            report_options = ReportOptions.from_dict(_report_options)

        create_report_specification = cls(
            marketplace_ids=marketplace_ids,
            report_type=report_type,
            data_end_time=data_end_time,
            data_start_time=data_start_time,
            report_options=report_options,
        )

        create_report_specification.additional_properties = d
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
