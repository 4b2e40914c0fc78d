from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="ReportProcessingFinishedNotificationPayloadReportProcessingFinishedNotification",
)


@_attrs_define
class ReportProcessingFinishedNotificationPayloadReportProcessingFinishedNotification:
    """
    Attributes:
        account_id (str):
        report_id (str):
        report_type (str):
        processing_status (str):
        seller_id (str | Unset):
        report_document_id (str | Unset):
    """

    account_id: str
    report_id: str
    report_type: str
    processing_status: str
    seller_id: str | Unset = UNSET
    report_document_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        report_id = self.report_id

        report_type = self.report_type

        processing_status = self.processing_status

        seller_id = self.seller_id

        report_document_id = self.report_document_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "reportId": report_id,
                "reportType": report_type,
                "processingStatus": processing_status,
            }
        )
        if seller_id is not UNSET:
            field_dict["sellerId"] = seller_id
        if report_document_id is not UNSET:
            field_dict["reportDocumentId"] = report_document_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        report_id = d.pop("reportId")

        report_type = d.pop("reportType")

        processing_status = d.pop("processingStatus")

        seller_id = d.pop("sellerId", UNSET)

        report_document_id = d.pop("reportDocumentId", UNSET)

        report_processing_finished_notification_payload_report_processing_finished_notification = cls(
            account_id=account_id,
            report_id=report_id,
            report_type=report_type,
            processing_status=processing_status,
            seller_id=seller_id,
            report_document_id=report_document_id,
        )

        report_processing_finished_notification_payload_report_processing_finished_notification.additional_properties = d
        return report_processing_finished_notification_payload_report_processing_finished_notification

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
