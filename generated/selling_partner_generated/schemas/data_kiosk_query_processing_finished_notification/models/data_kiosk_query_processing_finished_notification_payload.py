from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_kiosk_query_processing_finished_notification_payload_pagination import (
        DataKioskQueryProcessingFinishedNotificationPayloadPagination,
    )


T = TypeVar("T", bound="DataKioskQueryProcessingFinishedNotificationPayload")


@_attrs_define
class DataKioskQueryProcessingFinishedNotificationPayload:
    """
    Attributes:
        account_id (str):
        query_id (str):
        query (str):
        processing_status (str):
        data_document_id (str | Unset):
        error_document_id (str | Unset):
        pagination (DataKioskQueryProcessingFinishedNotificationPayloadPagination | Unset):
    """

    account_id: str
    query_id: str
    query: str
    processing_status: str
    data_document_id: str | Unset = UNSET
    error_document_id: str | Unset = UNSET
    pagination: (
        DataKioskQueryProcessingFinishedNotificationPayloadPagination | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        query_id = self.query_id

        query = self.query

        processing_status = self.processing_status

        data_document_id = self.data_document_id

        error_document_id = self.error_document_id

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "queryId": query_id,
                "query": query,
                "processingStatus": processing_status,
            }
        )
        if data_document_id is not UNSET:
            field_dict["dataDocumentId"] = data_document_id
        if error_document_id is not UNSET:
            field_dict["errorDocumentId"] = error_document_id
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_kiosk_query_processing_finished_notification_payload_pagination import (
            DataKioskQueryProcessingFinishedNotificationPayloadPagination,
        )

        d = dict(src_dict)
        account_id = d.pop("accountId")

        query_id = d.pop("queryId")

        query = d.pop("query")

        processing_status = d.pop("processingStatus")

        data_document_id = d.pop("dataDocumentId", UNSET)

        error_document_id = d.pop("errorDocumentId", UNSET)

        _pagination = d.pop("pagination", UNSET)
        pagination: (
            DataKioskQueryProcessingFinishedNotificationPayloadPagination | Unset
        )
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = (
                DataKioskQueryProcessingFinishedNotificationPayloadPagination.from_dict(
                    _pagination
                )
            )

        data_kiosk_query_processing_finished_notification_payload = cls(
            account_id=account_id,
            query_id=query_id,
            query=query,
            processing_status=processing_status,
            data_document_id=data_document_id,
            error_document_id=error_document_id,
            pagination=pagination,
        )

        data_kiosk_query_processing_finished_notification_payload.additional_properties = d
        return data_kiosk_query_processing_finished_notification_payload

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
