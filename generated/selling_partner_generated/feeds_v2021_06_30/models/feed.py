from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feed_processing_status import FeedProcessingStatus
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

T = TypeVar("T", bound="Feed")


@_attrs_define
class Feed:
    """
    Attributes:
        created_time (datetime.datetime):
        feed_id (str):
        feed_type (str):
        processing_status (FeedProcessingStatus):
        marketplace_ids (list[str] | Unset):
        processing_end_time (datetime.datetime | Unset):
        processing_start_time (datetime.datetime | Unset):
        result_feed_document_id (str | Unset):
    """

    created_time: datetime.datetime
    feed_id: str
    feed_type: str
    processing_status: FeedProcessingStatus
    marketplace_ids: list[str] | Unset = UNSET
    processing_end_time: datetime.datetime | Unset = UNSET
    processing_start_time: datetime.datetime | Unset = UNSET
    result_feed_document_id: str | Unset = UNSET
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
        created_time = self.created_time.isoformat()

        feed_id = self.feed_id

        feed_type = self.feed_type

        processing_status = self.processing_status.value

        marketplace_ids: list[str] | Unset = UNSET
        if not isinstance(self.marketplace_ids, Unset):
            marketplace_ids = self.marketplace_ids

        processing_end_time: str | Unset = UNSET
        if not isinstance(self.processing_end_time, Unset):
            processing_end_time = self.processing_end_time.isoformat()

        processing_start_time: str | Unset = UNSET
        if not isinstance(self.processing_start_time, Unset):
            processing_start_time = self.processing_start_time.isoformat()

        result_feed_document_id = self.result_feed_document_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdTime": created_time,
                "feedId": feed_id,
                "feedType": feed_type,
                "processingStatus": processing_status,
            }
        )
        if marketplace_ids is not UNSET:
            field_dict["marketplaceIds"] = marketplace_ids
        if processing_end_time is not UNSET:
            field_dict["processingEndTime"] = processing_end_time
        if processing_start_time is not UNSET:
            field_dict["processingStartTime"] = processing_start_time
        if result_feed_document_id is not UNSET:
            field_dict["resultFeedDocumentId"] = result_feed_document_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("createdTime", "created_time", True, ("datetime",)),
                ("feedId", "feed_id", True, ("str",)),
                ("feedType", "feed_type", True, ("str",)),
                (
                    "processingStatus",
                    "processing_status",
                    True,
                    ("enum", FeedProcessingStatus),
                ),
                ("marketplaceIds", "marketplace_ids", False, ("list", ("str",))),
                ("processingEndTime", "processing_end_time", False, ("datetime",)),
                ("processingStartTime", "processing_start_time", False, ("datetime",)),
                ("resultFeedDocumentId", "result_feed_document_id", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        created_time = datetime.datetime.fromisoformat(d.pop("createdTime"))

        if _reader is not None and created_time.tzinfo is None:
            raise DeviationError("createdTime")

        feed_id = d.pop("feedId")

        if _reader is not None and feed_id.__class__ is not str:
            raise DeviationError("feedId")

        feed_type = d.pop("feedType")

        if _reader is not None and feed_type.__class__ is not str:
            raise DeviationError("feedType")

        _processing_status = d.pop("processingStatus")
        processing_status = (
            FeedProcessingStatus._value2member_map_.get(_processing_status)
            if _processing_status.__class__ is str
            else None
        ) or FeedProcessingStatus(_processing_status)

        marketplace_ids = d.pop("marketplaceIds", UNSET)

        if (
            _reader is not None
            and marketplace_ids.__class__ is not list
            and marketplace_ids is not UNSET
        ):
            raise DeviationError("marketplaceIds")

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

        result_feed_document_id = d.pop("resultFeedDocumentId", UNSET)

        if (
            _reader is not None
            and result_feed_document_id.__class__ is not str
            and result_feed_document_id is not UNSET
        ):
            raise DeviationError("resultFeedDocumentId")

        if cls is Feed:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.created_time = created_time
            _built.feed_id = feed_id
            _built.feed_type = feed_type
            _built.processing_status = processing_status
            _built.marketplace_ids = marketplace_ids
            _built.processing_end_time = processing_end_time
            _built.processing_start_time = processing_start_time
            _built.result_feed_document_id = result_feed_document_id
            _built._parse_notes = None
            feed = _built
        else:  # a subclass: its own __init__ runs
            feed = cls(
                created_time=created_time,
                feed_id=feed_id,
                feed_type=feed_type,
                processing_status=processing_status,
                marketplace_ids=marketplace_ids,
                processing_end_time=processing_end_time,
                processing_start_time=processing_start_time,
                result_feed_document_id=result_feed_document_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        feed.additional_properties = d or {}
        return feed

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
