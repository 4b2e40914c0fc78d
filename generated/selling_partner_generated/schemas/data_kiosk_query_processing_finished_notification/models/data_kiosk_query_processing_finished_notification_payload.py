from __future__ import annotations

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
    from ..models.data_kiosk_query_processing_finished_notification_payload_pagination import (
        DataKioskQueryProcessingFinishedNotificationPayloadPagination,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, DataKioskQueryProcessingFinishedNotificationPayloadPagination
    from ..models.data_kiosk_query_processing_finished_notification_payload_pagination import (
        DataKioskQueryProcessingFinishedNotificationPayloadPagination,
    )

    _lazy_pending = False


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
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.data_kiosk_query_processing_finished_notification_payload_pagination import (
            DataKioskQueryProcessingFinishedNotificationPayloadPagination,
        )

        return (
            (
                ("accountId", "account_id", True, ("str",)),
                ("queryId", "query_id", True, ("str",)),
                ("query", "query", True, ("str",)),
                ("processingStatus", "processing_status", True, ("str",)),
                ("dataDocumentId", "data_document_id", False, ("str",)),
                ("errorDocumentId", "error_document_id", False, ("str",)),
                (
                    "pagination",
                    "pagination",
                    False,
                    (
                        "model",
                        DataKioskQueryProcessingFinishedNotificationPayloadPagination,
                    ),
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
        account_id = d.pop("accountId")

        if _reader is not None and account_id.__class__ is not str:
            raise DeviationError("accountId")

        query_id = d.pop("queryId")

        if _reader is not None and query_id.__class__ is not str:
            raise DeviationError("queryId")

        query = d.pop("query")

        if _reader is not None and query.__class__ is not str:
            raise DeviationError("query")

        processing_status = d.pop("processingStatus")

        if _reader is not None and processing_status.__class__ is not str:
            raise DeviationError("processingStatus")

        data_document_id = d.pop("dataDocumentId", UNSET)

        if (
            _reader is not None
            and data_document_id.__class__ is not str
            and data_document_id is not UNSET
        ):
            raise DeviationError("dataDocumentId")

        error_document_id = d.pop("errorDocumentId", UNSET)

        if (
            _reader is not None
            and error_document_id.__class__ is not str
            and error_document_id is not UNSET
        ):
            raise DeviationError("errorDocumentId")

        _pagination = d.pop("pagination", UNSET)
        pagination = (
            UNSET
            if _pagination is UNSET
            else DataKioskQueryProcessingFinishedNotificationPayloadPagination.from_dict(
                _pagination
            )
        )

        if cls is DataKioskQueryProcessingFinishedNotificationPayload:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.account_id = account_id
            _built.query_id = query_id
            _built.query = query
            _built.processing_status = processing_status
            _built.data_document_id = data_document_id
            _built.error_document_id = error_document_id
            _built.pagination = pagination
            _built._parse_notes = None
            data_kiosk_query_processing_finished_notification_payload = _built
        else:  # a subclass: its own __init__ runs
            data_kiosk_query_processing_finished_notification_payload = cls(
                account_id=account_id,
                query_id=query_id,
                query=query,
                processing_status=processing_status,
                data_document_id=data_document_id,
                error_document_id=error_document_id,
                pagination=pagination,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        data_kiosk_query_processing_finished_notification_payload.additional_properties = (
            d or {}
        )
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
