from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.query_processing_status import QueryProcessingStatus
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
    from ..models.query_pagination import QueryPagination


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, QueryPagination
    from ..models.query_pagination import QueryPagination

    _lazy_pending = False


T = TypeVar("T", bound="Query")


@_attrs_define
class Query:
    """
    Attributes:
        created_time (datetime.datetime):
        processing_status (QueryProcessingStatus):
        query (str):
        query_id (str):
        data_document_id (str | Unset):
        error_document_id (str | Unset):
        pagination (QueryPagination | Unset):
        processing_end_time (datetime.datetime | Unset):
        processing_start_time (datetime.datetime | Unset):
    """

    created_time: datetime.datetime
    processing_status: QueryProcessingStatus
    query: str
    query_id: str
    data_document_id: str | Unset = UNSET
    error_document_id: str | Unset = UNSET
    pagination: QueryPagination | Unset = UNSET
    processing_end_time: datetime.datetime | Unset = UNSET
    processing_start_time: datetime.datetime | Unset = UNSET
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
        created_time = self.created_time.isoformat()

        processing_status = self.processing_status.value

        query = self.query

        query_id = self.query_id

        data_document_id = self.data_document_id

        error_document_id = self.error_document_id

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        processing_end_time: str | Unset = UNSET
        if not isinstance(self.processing_end_time, Unset):
            processing_end_time = self.processing_end_time.isoformat()

        processing_start_time: str | Unset = UNSET
        if not isinstance(self.processing_start_time, Unset):
            processing_start_time = self.processing_start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdTime": created_time,
                "processingStatus": processing_status,
                "query": query,
                "queryId": query_id,
            }
        )
        if data_document_id is not UNSET:
            field_dict["dataDocumentId"] = data_document_id
        if error_document_id is not UNSET:
            field_dict["errorDocumentId"] = error_document_id
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if processing_end_time is not UNSET:
            field_dict["processingEndTime"] = processing_end_time
        if processing_start_time is not UNSET:
            field_dict["processingStartTime"] = processing_start_time

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.query_pagination import QueryPagination

        return (
            (
                ("createdTime", "created_time", True, ("datetime",)),
                (
                    "processingStatus",
                    "processing_status",
                    True,
                    ("enum", QueryProcessingStatus),
                ),
                ("query", "query", True, ("str",)),
                ("queryId", "query_id", True, ("str",)),
                ("dataDocumentId", "data_document_id", False, ("str",)),
                ("errorDocumentId", "error_document_id", False, ("str",)),
                ("pagination", "pagination", False, ("model", QueryPagination)),
                ("processingEndTime", "processing_end_time", False, ("datetime",)),
                ("processingStartTime", "processing_start_time", False, ("datetime",)),
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
        created_time = datetime.datetime.fromisoformat(d.pop("createdTime"))

        if _reader is not None and created_time.tzinfo is None:
            raise DeviationError("createdTime")

        _processing_status = d.pop("processingStatus")
        processing_status = (
            QueryProcessingStatus._value2member_map_.get(_processing_status)
            if _processing_status.__class__ is str
            else None
        ) or QueryProcessingStatus(_processing_status)

        query = d.pop("query")

        if _reader is not None and query.__class__ is not str:
            raise DeviationError("query")

        query_id = d.pop("queryId")

        if _reader is not None and query_id.__class__ is not str:
            raise DeviationError("queryId")

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
            UNSET if _pagination is UNSET else QueryPagination.from_dict(_pagination)
        )

        _processing_end_time = d.pop("processingEndTime", UNSET)
        processing_end_time = (
            UNSET
            if _processing_end_time is UNSET
            else datetime.datetime.fromisoformat(_processing_end_time)
        )

        if (
            _reader is not None
            and not isinstance(processing_end_time, Unset)
            and processing_end_time.tzinfo is None
        ):
            raise DeviationError("processingEndTime")

        _processing_start_time = d.pop("processingStartTime", UNSET)
        processing_start_time = (
            UNSET
            if _processing_start_time is UNSET
            else datetime.datetime.fromisoformat(_processing_start_time)
        )

        if (
            _reader is not None
            and not isinstance(processing_start_time, Unset)
            and processing_start_time.tzinfo is None
        ):
            raise DeviationError("processingStartTime")

        if cls is Query:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.created_time = created_time
            _built.processing_status = processing_status
            _built.query = query
            _built.query_id = query_id
            _built.data_document_id = data_document_id
            _built.error_document_id = error_document_id
            _built.pagination = pagination
            _built.processing_end_time = processing_end_time
            _built.processing_start_time = processing_start_time
            _built._parse_notes = None
            query = _built
        else:  # a subclass: its own __init__ runs
            query = cls(
                created_time=created_time,
                processing_status=processing_status,
                query=query,
                query_id=query_id,
                data_document_id=data_document_id,
                error_document_id=error_document_id,
                pagination=pagination,
                processing_end_time=processing_end_time,
                processing_start_time=processing_start_time,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        query.additional_properties = d or {}
        return query

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
