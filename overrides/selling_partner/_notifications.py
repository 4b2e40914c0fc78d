"""SP-API notifications: parse what SQS or EventBridge delivered, drop duplicates.

::

    from selling_partner import parse_notification, NotificationDeduplicator

    seen = NotificationDeduplicator()                 # in memory; pass store= to share
    for message in sqs_messages:                      # boto3 dicts, bodies, or EventBridge events
        n = parse_notification(message)
        if not seen.first_time(n):
            continue                                  # Amazon delivers at least once
        if n.notification_type == "REPORT_PROCESSING_FINISHED":
            report_id = n.typed.payload.report_processing_finished_notification.report_id

:func:`parse_notification` accepts an SQS message body (a JSON string, bytes,
or a boto3 message dict with ``Body``), the same body wrapped by SNS
(``{"Type": "Notification", "Message": "..."}``), or an EventBridge event
(``{"detail-type": ..., "detail": {...}}``), with Amazon's field names in
either spelling (``NotificationType`` or ``notificationType``). Every field is
kept: unknown notification types and unknown payload fields come back as
they are, in :attr:`Notification.payload` and :attr:`Notification.raw`. A type
Amazon publishes a schema for (``schemas/notifications``) also comes typed, in
:attr:`Notification.typed` (the model generated from that schema).

Duplicate delivery is normal: :class:`NotificationDeduplicator` remembers
notification ids for ``ttl`` seconds in a :class:`DedupeStore` (atomic
"add if absent"; :class:`InMemoryDedupeStore` by default, a shared store such
as Redis ``SET key 1 NX EX ttl`` for a fleet of consumers).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from ._errors import ConfigurationError
from ._schemas import notification_model

__all__ = [
    "DedupeStore",
    "InMemoryDedupeStore",
    "Notification",
    "NotificationDeduplicator",
    "parse_notification",
]


@dataclass(frozen=True)
class Notification:
    """One SP-API notification, whatever carried it.

    Attributes:
        notification_type: e.g. ``ANY_OFFER_CHANGED``, ``REPORT_PROCESSING_FINISHED``.
        payload: The ``Payload`` object as Amazon sent it (unknown fields kept).
        notification_id: ``NotificationMetadata.NotificationId`` (None if absent).
        subscription_id: ``NotificationMetadata.SubscriptionId``.
        application_id: ``NotificationMetadata.ApplicationId``.
        event_time: ``EventTime`` parsed (None when absent or unparsable).
        publish_time: ``NotificationMetadata.PublishTime`` parsed.
        notification_version: ``NotificationVersion``.
        payload_version: ``PayloadVersion``.
        transport: ``"sqs"``, ``"sns"`` or ``"eventbridge"``: how it arrived.
        raw: The whole notification object (after unwrapping SNS/EventBridge).
        typed: The whole notification as the model generated from Amazon's
            schema for its type (snake_case attributes, e.g.
            ``typed.payload.report_processing_finished_notification.report_id``;
            fields the schema lacks kept in ``additional_properties``). None
            for a type without a schema (see :attr:`typed_error`).
        typed_error: Why :attr:`typed` is None when the type has a schema but
            this notification does not fit it (a required field missing...).
    """

    notification_type: str
    payload: Any = field(repr=False)
    notification_id: str | None = None
    subscription_id: str | None = None
    application_id: str | None = None
    event_time: dt.datetime | None = None
    publish_time: dt.datetime | None = None
    notification_version: str | None = None
    payload_version: str | None = None
    transport: str = "sqs"
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)
    typed: Any = field(default=None, repr=False)
    typed_error: str | None = None

    @property
    def dedupe_key(self) -> str:
        """The notification id, or (none sent) a digest of the notification itself."""
        if self.notification_id:
            return self.notification_id
        canonical = json.dumps(self.raw, sort_keys=True, separators=(",", ":"), default=str)
        return "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()


def _loads(value: object, what: str) -> Any:
    if isinstance(value, bytes | bytearray):
        value = bytes(value).decode("utf-8")
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            raise ConfigurationError(f"{what} is not JSON: pass the SQS message body") from None
    return value


def _get(obj: Mapping[str, Any], name: str) -> Any:
    """``obj[name]`` in Amazon's PascalCase or camelCase spelling."""
    if name in obj:
        return obj[name]
    camel = name[0].lower() + name[1:]
    return obj.get(camel)


def _time(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def parse_notification(message: object) -> Notification:
    """The :class:`Notification` in an SQS body, an SNS-wrapped body or an EventBridge event.

    Raises:
        ConfigurationError: not JSON, or no notification inside (names what was found).
    """
    body = message
    if isinstance(body, Mapping) and "Body" in body and "NotificationType" not in body:
        body = body["Body"]  # a boto3 SQS message
    obj = _loads(body, "the message")
    transport = "sqs"
    if isinstance(obj, Mapping) and obj.get("Type") == "Notification" and "Message" in obj:
        obj = _loads(obj["Message"], "the SNS message's Message")
        transport = "sns"
    elif isinstance(obj, Mapping) and "detail" in obj and "detail-type" in obj:
        detail = _loads(obj["detail"], "the EventBridge event's detail")
        transport = "eventbridge"
        if isinstance(detail, Mapping) and _get(detail, "NotificationType") is None:
            # Some EventBridge events carry the payload alone: the type is the detail-type.
            detail = {"NotificationType": obj["detail-type"], "Payload": detail}
        obj = detail
    if not isinstance(obj, Mapping) or not isinstance(_get(obj, "NotificationType"), str):
        keys = sorted(obj)[:8] if isinstance(obj, Mapping) else type(obj).__name__
        raise ConfigurationError(
            f"no SP-API notification in the message (no NotificationType; found {keys}): pass "
            "the SQS message body, the SNS notification, or the EventBridge event"
        )
    metadata = _get(obj, "NotificationMetadata")
    metadata = metadata if isinstance(metadata, Mapping) else {}
    notification_type = _get(obj, "NotificationType")
    payload_version = _str(_get(obj, "PayloadVersion"))
    typed, typed_error = _typed(obj, notification_type, payload_version)
    return Notification(
        notification_type=notification_type,
        payload=_get(obj, "Payload"),
        notification_id=_str(_get(metadata, "NotificationId")),
        subscription_id=_str(_get(metadata, "SubscriptionId")),
        application_id=_str(_get(metadata, "ApplicationId")),
        event_time=_time(_get(obj, "EventTime")),
        publish_time=_time(_get(metadata, "PublishTime")),
        notification_version=_str(_get(obj, "NotificationVersion")),
        payload_version=payload_version,
        transport=transport,
        raw=dict(obj),
        typed=typed,
        typed_error=typed_error,
    )


def _typed(
    obj: Mapping[str, Any], notification_type: str, payload_version: str | None
) -> tuple[Any, str | None]:
    """(typed model, None), (None, why it does not fit), or (None, None): no schema."""
    model = notification_model(notification_type, payload_version)
    if model is None:
        return None, None
    first: Exception | None = None
    # Amazon spells the envelope both ways (NotificationType, notificationType);
    # its schemas each pick one: try as sent, then in the other spelling.
    for candidate in (dict(obj), _recased_envelope(obj)):
        try:
            return model.from_dict(candidate), None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            first = first or exc
    # Liberal in what we parse: the notification itself is still returned.
    reason = f"missing field {first}" if isinstance(first, KeyError) else str(first)
    return None, f"does not fit {model.__name__}: {reason}"


def _flip(name: str) -> str:
    return (name[0].lower() if name[0].isupper() else name[0].upper()) + name[1:]


def _recased_envelope(obj: Mapping[str, Any]) -> dict[str, Any]:
    """The top-level and NotificationMetadata keys in the other spelling (payload as is)."""
    out: dict[str, Any] = {}
    for key, value in obj.items():
        if key in ("NotificationMetadata", "notificationMetadata") and isinstance(value, Mapping):
            value = {_flip(k): v for k, v in value.items() if k}
        out[_flip(key) if key else key] = value
    return out


@runtime_checkable
class DedupeStore(Protocol):
    """Where seen notification ids are kept; must be atomic per key."""

    def add(self, key: str, ttl: float) -> bool:
        """Remember ``key`` for ``ttl`` seconds; True if it was not remembered already."""
        ...


class InMemoryDedupeStore:
    """A :class:`DedupeStore` in this process: thread-safe, bounded, expiring.

    Args:
        max_entries: The oldest ids are forgotten beyond this many.
        clock: Monotonic seconds (injected in tests).
    """

    def __init__(
        self, *, max_entries: int = 1_000_000, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if not isinstance(max_entries, int) or max_entries < 1:
            raise ConfigurationError(f"max_entries must be >= 1, got {max_entries!r}")
        self._max = max_entries
        self._clock = clock
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._seen)

    def add(self, key: str, ttl: float) -> bool:
        """See :meth:`DedupeStore.add`."""
        now = self._clock()
        with self._lock:
            while self._seen:  # drop expired ids from the oldest end
                oldest, expires = next(iter(self._seen.items()))
                if expires > now:
                    break
                del self._seen[oldest]
            known = self._seen.get(key)
            if known is not None and known > now:
                return False
            self._seen[key] = now + ttl
            self._seen.move_to_end(key)
            while len(self._seen) > self._max:
                self._seen.popitem(last=False)
            return True


class NotificationDeduplicator:
    """Lets each notification through once (by notification id) within ``ttl`` seconds.

    Args:
        store: A :class:`DedupeStore` (default: :class:`InMemoryDedupeStore`).
        ttl: Seconds an id is remembered (Amazon redelivers within hours; 1 day default).
    """

    def __init__(self, store: DedupeStore | None = None, *, ttl: float = 86_400.0) -> None:
        if store is not None and not isinstance(store, DedupeStore):
            raise ConfigurationError(
                f"store must have add(key, ttl) -> bool, got {type(store).__name__}"
            )
        if not isinstance(ttl, int | float) or not ttl > 0:
            raise ConfigurationError(f"ttl must be > 0 seconds, got {ttl!r}")
        self._store: DedupeStore = store if store is not None else InMemoryDedupeStore()
        self._ttl = float(ttl)

    def first_time(self, notification: Notification) -> bool:
        """True the first time this notification is seen (remembering it), else False."""
        return self._store.add("spapi-notification:" + notification.dedupe_key, self._ttl)

    def unique(self, notifications: Iterable[Notification]) -> Iterator[Notification]:
        """The notifications not seen before, in order."""
        return (n for n in notifications if self.first_time(n))
