from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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

if TYPE_CHECKING:
    from ..models.any_offer_changed_notification_notification_metadata import (
        AnyOfferChangedNotificationNotificationMetadata,
    )
    from ..models.any_offer_changed_notification_payload import (
        AnyOfferChangedNotificationPayload,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AnyOfferChangedNotificationNotificationMetadata, \
        AnyOfferChangedNotificationPayload
    from ..models.any_offer_changed_notification_notification_metadata import (
        AnyOfferChangedNotificationNotificationMetadata,
    )
    from ..models.any_offer_changed_notification_payload import (
        AnyOfferChangedNotificationPayload,
    )

    _lazy_pending = False


T = TypeVar("T", bound="AnyOfferChangedNotification")


@_attrs_define
class AnyOfferChangedNotification:
    """
    Attributes:
        notification_version (str):
        notification_type (str):
        payload_version (str):
        event_time (str):
        notification_metadata (AnyOfferChangedNotificationNotificationMetadata):
        payload (AnyOfferChangedNotificationPayload):
    """

    notification_version: str
    notification_type: str
    payload_version: str
    event_time: str
    notification_metadata: AnyOfferChangedNotificationNotificationMetadata
    payload: AnyOfferChangedNotificationPayload
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
        notification_version = self.notification_version

        notification_type = self.notification_type

        payload_version = self.payload_version

        event_time = self.event_time

        notification_metadata = self.notification_metadata.to_dict()

        payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "NotificationVersion": notification_version,
                "NotificationType": notification_type,
                "PayloadVersion": payload_version,
                "EventTime": event_time,
                "NotificationMetadata": notification_metadata,
                "Payload": payload,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.any_offer_changed_notification_notification_metadata import (
            AnyOfferChangedNotificationNotificationMetadata,
        )
        from ..models.any_offer_changed_notification_payload import (
            AnyOfferChangedNotificationPayload,
        )

        return (
            (
                ("NotificationVersion", "notification_version", True, ("str",)),
                ("NotificationType", "notification_type", True, ("str",)),
                ("PayloadVersion", "payload_version", True, ("str",)),
                ("EventTime", "event_time", True, ("str",)),
                (
                    "NotificationMetadata",
                    "notification_metadata",
                    True,
                    ("model", AnyOfferChangedNotificationNotificationMetadata),
                ),
                (
                    "Payload",
                    "payload",
                    True,
                    ("model", AnyOfferChangedNotificationPayload),
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
        notification_version = d.pop("NotificationVersion")

        if _reader is not None and notification_version.__class__ is not str:
            raise DeviationError("NotificationVersion")

        notification_type = d.pop("NotificationType")

        if _reader is not None and notification_type.__class__ is not str:
            raise DeviationError("NotificationType")

        payload_version = d.pop("PayloadVersion")

        if _reader is not None and payload_version.__class__ is not str:
            raise DeviationError("PayloadVersion")

        event_time = d.pop("EventTime")

        if _reader is not None and event_time.__class__ is not str:
            raise DeviationError("EventTime")

        notification_metadata = (
            AnyOfferChangedNotificationNotificationMetadata.from_dict(
                d.pop("NotificationMetadata")
            )
        )

        payload = AnyOfferChangedNotificationPayload.from_dict(d.pop("Payload"))

        if cls is AnyOfferChangedNotification:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.notification_version = notification_version
            _built.notification_type = notification_type
            _built.payload_version = payload_version
            _built.event_time = event_time
            _built.notification_metadata = notification_metadata
            _built.payload = payload
            _built._parse_notes = None
            any_offer_changed_notification = _built
        else:  # a subclass: its own __init__ runs
            any_offer_changed_notification = cls(
                notification_version=notification_version,
                notification_type=notification_type,
                payload_version=payload_version,
                event_time=event_time,
                notification_metadata=notification_metadata,
                payload=payload,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        any_offer_changed_notification.additional_properties = d or {}
        return any_offer_changed_notification

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
