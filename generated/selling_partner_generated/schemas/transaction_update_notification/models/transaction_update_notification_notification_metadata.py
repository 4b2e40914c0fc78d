from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    DeviationError,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

T = TypeVar("T", bound="TransactionUpdateNotificationNotificationMetadata")


@_attrs_define
class TransactionUpdateNotificationNotificationMetadata:
    """
    Attributes:
        application_id (str):
        subscription_id (str):
        publish_time (str):
        notification_id (str):
    """

    application_id: str
    subscription_id: str
    publish_time: str
    notification_id: str
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
        application_id = self.application_id

        subscription_id = self.subscription_id

        publish_time = self.publish_time

        notification_id = self.notification_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ApplicationId": application_id,
                "SubscriptionId": subscription_id,
                "PublishTime": publish_time,
                "NotificationId": notification_id,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("ApplicationId", "application_id", True, ("str",)),
                ("SubscriptionId", "subscription_id", True, ("str",)),
                ("PublishTime", "publish_time", True, ("str",)),
                ("NotificationId", "notification_id", True, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        application_id = d.pop("ApplicationId")

        if _reader is not None and application_id.__class__ is not str:
            raise DeviationError("ApplicationId")

        subscription_id = d.pop("SubscriptionId")

        if _reader is not None and subscription_id.__class__ is not str:
            raise DeviationError("SubscriptionId")

        publish_time = d.pop("PublishTime")

        if _reader is not None and publish_time.__class__ is not str:
            raise DeviationError("PublishTime")

        notification_id = d.pop("NotificationId")

        if _reader is not None and notification_id.__class__ is not str:
            raise DeviationError("NotificationId")

        if cls is TransactionUpdateNotificationNotificationMetadata:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.application_id = application_id
            _built.subscription_id = subscription_id
            _built.publish_time = publish_time
            _built.notification_id = notification_id
            _built._parse_notes = None
            transaction_update_notification_notification_metadata = _built
        else:  # a subclass: its own __init__ runs
            transaction_update_notification_notification_metadata = cls(
                application_id=application_id,
                subscription_id=subscription_id,
                publish_time=publish_time,
                notification_id=notification_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        transaction_update_notification_notification_metadata.additional_properties = (
            d or {}
        )
        return transaction_update_notification_notification_metadata

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
