from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_processing_status import ReportProcessingStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Report")


@_attrs_define
class Report:
    """
    Attributes:
        created_time (datetime.datetime):
        processing_status (ReportProcessingStatus):
        report_id (str):
        report_type (str):
        data_end_time (datetime.datetime | Unset):
        data_start_time (datetime.datetime | Unset):
        marketplace_ids (list[str] | Unset):
        processing_end_time (datetime.datetime | Unset):
        processing_start_time (datetime.datetime | Unset):
        report_document_id (str | Unset):
        report_schedule_id (str | Unset):
    """

    created_time: datetime.datetime
    processing_status: ReportProcessingStatus
    report_id: str
    report_type: str
    data_end_time: datetime.datetime | Unset = UNSET
    data_start_time: datetime.datetime | Unset = UNSET
    marketplace_ids: list[str] | Unset = UNSET
    processing_end_time: datetime.datetime | Unset = UNSET
    processing_start_time: datetime.datetime | Unset = UNSET
    report_document_id: str | Unset = UNSET
    report_schedule_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_time = self.created_time.isoformat()

        processing_status = self.processing_status.value

        report_id = self.report_id

        report_type = self.report_type

        data_end_time: str | Unset = UNSET
        if not isinstance(self.data_end_time, Unset):
            data_end_time = self.data_end_time.isoformat()

        data_start_time: str | Unset = UNSET
        if not isinstance(self.data_start_time, Unset):
            data_start_time = self.data_start_time.isoformat()

        marketplace_ids: list[str] | Unset = UNSET
        if not isinstance(self.marketplace_ids, Unset):
            marketplace_ids = self.marketplace_ids

        processing_end_time: str | Unset = UNSET
        if not isinstance(self.processing_end_time, Unset):
            processing_end_time = self.processing_end_time.isoformat()

        processing_start_time: str | Unset = UNSET
        if not isinstance(self.processing_start_time, Unset):
            processing_start_time = self.processing_start_time.isoformat()

        report_document_id = self.report_document_id

        report_schedule_id = self.report_schedule_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdTime": created_time,
                "processingStatus": processing_status,
                "reportId": report_id,
                "reportType": report_type,
            }
        )
        if data_end_time is not UNSET:
            field_dict["dataEndTime"] = data_end_time
        if data_start_time is not UNSET:
            field_dict["dataStartTime"] = data_start_time
        if marketplace_ids is not UNSET:
            field_dict["marketplaceIds"] = marketplace_ids
        if processing_end_time is not UNSET:
            field_dict["processingEndTime"] = processing_end_time
        if processing_start_time is not UNSET:
            field_dict["processingStartTime"] = processing_start_time
        if report_document_id is not UNSET:
            field_dict["reportDocumentId"] = report_document_id
        if report_schedule_id is not UNSET:
            field_dict["reportScheduleId"] = report_schedule_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_time = datetime.datetime.fromisoformat(d.pop("createdTime"))

        processing_status = ReportProcessingStatus(d.pop("processingStatus"))

        report_id = d.pop("reportId")

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

        marketplace_ids = cast(list[str], d.pop("marketplaceIds", UNSET))

        _processing_end_time = d.pop("processingEndTime", UNSET)
        processing_end_time: datetime.datetime | Unset
        if isinstance(_processing_end_time, Unset):
            processing_end_time = UNSET
        else:
            processing_end_time = datetime.datetime.fromisoformat(_processing_end_time)

        _processing_start_time = d.pop("processingStartTime", UNSET)
        processing_start_time: datetime.datetime | Unset
        if isinstance(_processing_start_time, Unset):
            processing_start_time = UNSET
        else:
            processing_start_time = datetime.datetime.fromisoformat(
                _processing_start_time
            )

        report_document_id = d.pop("reportDocumentId", UNSET)

        report_schedule_id = d.pop("reportScheduleId", UNSET)

        report = cls(
            created_time=created_time,
            processing_status=processing_status,
            report_id=report_id,
            report_type=report_type,
            data_end_time=data_end_time,
            data_start_time=data_start_time,
            marketplace_ids=marketplace_ids,
            processing_end_time=processing_end_time,
            processing_start_time=processing_start_time,
            report_document_id=report_document_id,
            report_schedule_id=report_schedule_id,
        )

        report.additional_properties = d
        return report

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
