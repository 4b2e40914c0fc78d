from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

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

T = TypeVar(
    "T",
    bound="FeedProcessingFinishedNotificationPayloadFeedProcessingFinishedNotification",
)


@_attrs_define
class FeedProcessingFinishedNotificationPayloadFeedProcessingFinishedNotification:
    """
    Attributes:
        account_id (str):
        feed_id (str):
        feed_type (str):
        processing_status (str):
        seller_id (str | Unset):
        result_feed_document_id (str | Unset):
    """

    account_id: str
    feed_id: str
    feed_type: str
    processing_status: str
    seller_id: str | Unset = UNSET
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
        account_id = self.account_id

        feed_id = self.feed_id

        feed_type = self.feed_type

        processing_status = self.processing_status

        seller_id = self.seller_id

        result_feed_document_id = self.result_feed_document_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "feedId": feed_id,
                "feedType": feed_type,
                "processingStatus": processing_status,
            }
        )
        if seller_id is not UNSET:
            field_dict["sellerId"] = seller_id
        if result_feed_document_id is not UNSET:
            field_dict["resultFeedDocumentId"] = result_feed_document_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("accountId", "account_id", True, ("str",)),
                ("feedId", "feed_id", True, ("str",)),
                ("feedType", "feed_type", True, ("str",)),
                ("processingStatus", "processing_status", True, ("str",)),
                ("sellerId", "seller_id", False, ("str",)),
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
        account_id = d.pop("accountId")

        if _reader is not None and account_id.__class__ is not str:
            raise DeviationError("accountId")

        feed_id = d.pop("feedId")

        if _reader is not None and feed_id.__class__ is not str:
            raise DeviationError("feedId")

        feed_type = d.pop("feedType")

        if _reader is not None and feed_type.__class__ is not str:
            raise DeviationError("feedType")

        processing_status = d.pop("processingStatus")

        if _reader is not None and processing_status.__class__ is not str:
            raise DeviationError("processingStatus")

        seller_id = d.pop("sellerId", UNSET)

        if (
            _reader is not None
            and seller_id.__class__ is not str
            and seller_id is not UNSET
        ):
            raise DeviationError("sellerId")

        result_feed_document_id = d.pop("resultFeedDocumentId", UNSET)

        if (
            _reader is not None
            and result_feed_document_id.__class__ is not str
            and result_feed_document_id is not UNSET
        ):
            raise DeviationError("resultFeedDocumentId")

        if (
            cls
            is FeedProcessingFinishedNotificationPayloadFeedProcessingFinishedNotification
        ):
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.account_id = account_id
            _built.feed_id = feed_id
            _built.feed_type = feed_type
            _built.processing_status = processing_status
            _built.seller_id = seller_id
            _built.result_feed_document_id = result_feed_document_id
            _built._parse_notes = None
            feed_processing_finished_notification_payload_feed_processing_finished_notification = _built
        else:  # a subclass: its own __init__ runs
            feed_processing_finished_notification_payload_feed_processing_finished_notification = cls(
                account_id=account_id,
                feed_id=feed_id,
                feed_type=feed_type,
                processing_status=processing_status,
                seller_id=seller_id,
                result_feed_document_id=result_feed_document_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        feed_processing_finished_notification_payload_feed_processing_finished_notification.additional_properties = (
            d or {}
        )
        return feed_processing_finished_notification_payload_feed_processing_finished_notification

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
