from __future__ import annotations

import datetime
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
    from ..models.fba_inventory_availability_change_notification_payload import (
        FbaInventoryAvailabilityChangeNotificationPayload,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, FbaInventoryAvailabilityChangeNotificationPayload
    from ..models.fba_inventory_availability_change_notification_payload import (
        FbaInventoryAvailabilityChangeNotificationPayload,
    )

    _lazy_pending = False


T = TypeVar("T", bound="FbaInventoryAvailabilityChangeNotification")


@_attrs_define
class FbaInventoryAvailabilityChangeNotification:
    """
    Attributes:
        notification_version (str | Unset):
        notification_type (str | Unset):
        payload_version (str | Unset):
        event_time (datetime.datetime | Unset):
        payload (FbaInventoryAvailabilityChangeNotificationPayload | Unset):
    """

    notification_version: str | Unset = UNSET
    notification_type: str | Unset = UNSET
    payload_version: str | Unset = UNSET
    event_time: datetime.datetime | Unset = UNSET
    payload: FbaInventoryAvailabilityChangeNotificationPayload | Unset = UNSET
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

        event_time: str | Unset = UNSET
        if not isinstance(self.event_time, Unset):
            event_time = self.event_time.isoformat()

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification_version is not UNSET:
            field_dict["NotificationVersion"] = notification_version
        if notification_type is not UNSET:
            field_dict["NotificationType"] = notification_type
        if payload_version is not UNSET:
            field_dict["PayloadVersion"] = payload_version
        if event_time is not UNSET:
            field_dict["EventTime"] = event_time
        if payload is not UNSET:
            field_dict["Payload"] = payload

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.fba_inventory_availability_change_notification_payload import (
            FbaInventoryAvailabilityChangeNotificationPayload,
        )

        return (
            (
                ("NotificationVersion", "notification_version", False, ("str",)),
                ("NotificationType", "notification_type", False, ("str",)),
                ("PayloadVersion", "payload_version", False, ("str",)),
                ("EventTime", "event_time", False, ("datetime",)),
                (
                    "Payload",
                    "payload",
                    False,
                    ("model", FbaInventoryAvailabilityChangeNotificationPayload),
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
        notification_version = d.pop("NotificationVersion", UNSET)

        if (
            _reader is not None
            and notification_version.__class__ is not str
            and notification_version is not UNSET
        ):
            raise DeviationError("NotificationVersion")

        notification_type = d.pop("NotificationType", UNSET)

        if (
            _reader is not None
            and notification_type.__class__ is not str
            and notification_type is not UNSET
        ):
            raise DeviationError("NotificationType")

        payload_version = d.pop("PayloadVersion", UNSET)

        if (
            _reader is not None
            and payload_version.__class__ is not str
            and payload_version is not UNSET
        ):
            raise DeviationError("PayloadVersion")

        _event_time = d.pop("EventTime", UNSET)
        event_time = (
            UNSET
            if _event_time is UNSET
            else datetime.datetime.fromisoformat(_event_time)
        )

        if (
            _reader is not None
            and not isinstance(event_time, Unset)
            and event_time.tzinfo is None
        ):
            raise DeviationError("EventTime")

        _payload = d.pop("Payload", UNSET)
        payload = (
            UNSET
            if _payload is UNSET
            else FbaInventoryAvailabilityChangeNotificationPayload.from_dict(_payload)
        )

        if cls is FbaInventoryAvailabilityChangeNotification:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.notification_version = notification_version
            _built.notification_type = notification_type
            _built.payload_version = payload_version
            _built.event_time = event_time
            _built.payload = payload
            _built._parse_notes = None
            fba_inventory_availability_change_notification = _built
        else:  # a subclass: its own __init__ runs
            fba_inventory_availability_change_notification = cls(
                notification_version=notification_version,
                notification_type=notification_type,
                payload_version=payload_version,
                event_time=event_time,
                payload=payload,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fba_inventory_availability_change_notification.additional_properties = d or {}
        return fba_inventory_availability_change_notification

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
