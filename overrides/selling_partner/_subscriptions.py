"""Notification subscriptions in one call, and an end-to-end check (``sp.subscriptions``).

::

    info = sp.subscriptions.subscribe("REPORT_PROCESSING_FINISHED", payload_version="2020-09-04",
                                      sqs_arn="arn:aws:sqs:us-east-1:123456789012:spapi")
    def receive():                                   # your queue: e.g. boto3's receive_message
        return [m["Body"] for m in sqs.receive_message(QueueUrl=url).get("Messages", [])]
    notification = sp.subscriptions.check("REPORT_PROCESSING_FINISHED", receive,
                                          payload_version="2020-09-04")

:meth:`Subscriptions.subscribe` finds the destination for the queue (SQS ARN,
or EventBridge account and region) among ``getDestinations`` or creates it
(both grantless: the client takes the notifications-scope token itself), then
returns the existing subscription to it or creates one. A subscription of
that type to another destination is an error naming it (delete it first).
:meth:`Subscriptions.check` asks Amazon for a test notification
(``sendTestNotification``) and calls ``receive`` until it arrives, parsed
with :func:`~selling_partner.parse_notification`.
"""

from __future__ import annotations

import importlib
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ._errors import ConfigurationError, NotFoundError
from ._jobs import AsyncJobShell, Call, JobShell, JobTimeoutError, Sleep, Steps, unset_to_none
from ._notifications import Notification, parse_notification

__all__ = [
    "AsyncSubscriptions",
    "SubscriptionInfo",
    "Subscriptions",
    "check_steps",
    "subscribe_steps",
]

PACKAGE = "notifications_v1"
_MODELS = "selling_partner_generated." + PACKAGE + ".models"
_TYPE = re.compile(r"^[A-Z0-9_]+$")
_SQS_ARN = re.compile(r"^arn:aws[\w-]*:sqs:[\w-]+:\d{12}:[\w.-]+$")


@dataclass(frozen=True)
class SubscriptionInfo:
    """A subscription and its destination.

    Attributes:
        notification_type: e.g. ``ANY_OFFER_CHANGED``.
        subscription_id: The subscription's id.
        destination_id: Its destination's id.
        created_destination: The destination was created now (else it existed).
        created_subscription: The subscription was created now (else it existed).
    """

    notification_type: str
    subscription_id: str
    destination_id: str
    created_destination: bool
    created_subscription: bool


def _model(name: str) -> Any:
    return getattr(importlib.import_module(_MODELS), name)


def _matches(destination: object, sqs_arn: str | None, eventbridge: tuple[str, str] | None) -> bool:
    resource = unset_to_none(getattr(destination, "resource", None))
    sqs = unset_to_none(getattr(resource, "sqs", None))
    if sqs_arn is not None:
        return sqs is not None and getattr(sqs, "arn", None) == sqs_arn
    bridge = unset_to_none(getattr(resource, "event_bridge", None))
    return (
        bridge is not None
        and eventbridge is not None
        and (getattr(bridge, "account_id", None), getattr(bridge, "region", None)) == eventbridge
    )


def subscribe_steps(
    notification_type: str,
    *,
    payload_version: str,
    sqs_arn: str | None,
    eventbridge: tuple[str, str] | None,
    name: str,
    processing_directive: dict[str, Any] | None,
) -> Steps[SubscriptionInfo]:
    """The steps of :meth:`Subscriptions.subscribe` (see the module docstring)."""
    listing = yield Call(PACKAGE, "get_destinations", {})
    destinations = unset_to_none(getattr(listing, "payload", None)) or []
    found = [d for d in destinations if _matches(d, sqs_arn, eventbridge)]
    created_destination = not found
    if found:
        destination_id = str(found[0].destination_id)
    else:
        spec: dict[str, Any] = (
            {"sqs": {"arn": sqs_arn}}
            if sqs_arn is not None
            else {"eventBridge": {"accountId": eventbridge[0], "region": eventbridge[1]}}  # type: ignore[index]
        )
        body = _model("CreateDestinationRequest").from_dict(
            {"name": name, "resourceSpecification": spec}
        )
        created = yield Call(PACKAGE, "create_destination", {"body": body})
        payload = unset_to_none(getattr(created, "payload", None))
        destination_id = str(getattr(payload, "destination_id", "") or "")
        if not destination_id:
            raise ConfigurationError("createDestination answered without a destinationId")
    try:
        current = yield Call(
            PACKAGE,
            "get_subscription",
            {"notification_type": notification_type, "payload_version": payload_version},
        )
        subscription = unset_to_none(getattr(current, "payload", None))
    except NotFoundError:
        subscription = None
    if subscription is not None:
        if subscription.destination_id != destination_id:
            raise ConfigurationError(
                f"{notification_type} is already subscribed (subscription "
                f"{subscription.subscription_id}) to another destination "
                f"({subscription.destination_id}): delete it first with "
                f"sp.notifications_v1.delete_subscription_by_id(notification_type="
                f"{notification_type!r}, subscription_id={subscription.subscription_id!r})"
            )
        return SubscriptionInfo(
            notification_type,
            str(subscription.subscription_id),
            destination_id,
            created_destination,
            False,
        )
    request: dict[str, Any] = {"payloadVersion": payload_version, "destinationId": destination_id}
    if processing_directive:
        request["processingDirective"] = processing_directive
    made = yield Call(
        PACKAGE,
        "create_subscription",
        {
            "notification_type": notification_type,
            "body": _model("CreateSubscriptionRequest").from_dict(request),
        },
    )
    payload = unset_to_none(getattr(made, "payload", None))
    subscription_id = str(getattr(payload, "subscription_id", "") or "")
    if not subscription_id:
        raise ConfigurationError("createSubscription answered without a subscriptionId")
    return SubscriptionInfo(
        notification_type, subscription_id, destination_id, created_destination, True
    )


def check_steps(
    notification_type: str,
    *,
    payload_version: str,
    received: Callable[[], Iterable[Notification]],
    clock: Callable[[], float],
    timeout: float,
    interval: float,
) -> Steps[Notification]:
    """Ask for a test notification; wait until ``received()`` yields one of the type."""
    body = _model("SendTestNotificationRequest").from_dict(
        {"testNotification": {"payloadVersion": payload_version}}
    )
    yield Call(
        PACKAGE, "send_test_notification", {"notification_type": notification_type, "body": body}
    )
    started = clock()
    while True:
        for notification in received():
            if notification.notification_type == notification_type:
                return notification
        if clock() - started + interval > timeout:
            raise JobTimeoutError(
                f"no {notification_type} test notification arrived within {timeout:g} s: check "
                "the destination's queue policy (Amazon must be allowed to send to it) and that "
                "receive() reads that queue",
                job="notification",
                job_id=None,
                operation="sendTestNotification",
            )
        yield Sleep(interval)


class _Base:
    def __init__(
        self,
        sp: Any,
        *,
        sleep: Any = None,
        clock: Callable[[], float] | None = None,
        wall_clock: Callable[[], float] | None = None,
    ) -> None:
        del wall_clock
        self._sp = sp
        self._sleep = sleep
        self._clock = clock if clock is not None else time.monotonic

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._sp!r})"

    @staticmethod
    def _check_type(notification_type: object, payload_version: object) -> None:
        if not isinstance(notification_type, str) or not _TYPE.match(notification_type):
            raise ConfigurationError(
                f"notification_type must be an SP-API notification type such as "
                f"'ANY_OFFER_CHANGED', got {notification_type!r}"
            )
        if not isinstance(payload_version, str) or not payload_version.strip():
            raise ConfigurationError(
                "payload_version must be the notification type's payload version, e.g. '1.0' "
                "or '2020-09-04' (see the type's page in Amazon's notification type values)"
            )

    def _subscribe(
        self,
        notification_type: object,
        payload_version: object,
        sqs_arn: object,
        eventbridge: object,
        name: object,
        processing_directive: object,
    ) -> Steps[SubscriptionInfo]:
        self._check_type(notification_type, payload_version)
        if (sqs_arn is None) == (eventbridge is None):
            raise ConfigurationError(
                "name one destination: sqs_arn='arn:aws:sqs:...' or "
                "eventbridge=(account_id, region)"
            )
        if sqs_arn is not None and (not isinstance(sqs_arn, str) or not _SQS_ARN.match(sqs_arn)):
            raise ConfigurationError(
                f"sqs_arn must be an SQS queue ARN (arn:aws:sqs:<region>:<account>:<queue>), "
                f"got {sqs_arn!r}"
            )
        if eventbridge is not None and not (
            isinstance(eventbridge, tuple)
            and len(eventbridge) == 2
            and all(isinstance(v, str) and v for v in eventbridge)
        ):
            raise ConfigurationError("eventbridge must be (aws_account_id, aws_region)")
        if not isinstance(name, str) or not name.strip():
            raise ConfigurationError(f"name must be a non-empty string, got {name!r}")
        if processing_directive is not None and not isinstance(processing_directive, dict):
            raise ConfigurationError("processing_directive must be a dict in Amazon's wire names")
        return subscribe_steps(
            str(notification_type),
            payload_version=str(payload_version),
            sqs_arn=sqs_arn,
            eventbridge=eventbridge,
            name=name,
            processing_directive=processing_directive,
        )

    def _check(
        self,
        notification_type: object,
        receive: object,
        payload_version: object,
        timeout: float,
        interval: float,
    ) -> Steps[Notification]:
        self._check_type(notification_type, payload_version)
        if not callable(receive):
            raise ConfigurationError(
                "receive must be a callable returning the messages now in your queue "
                "(SQS bodies, SNS notifications or EventBridge events)"
            )

        def received() -> Iterable[Notification]:
            out = []
            for message in receive() or ():
                try:
                    out.append(parse_notification(message))
                except ConfigurationError:
                    continue  # another message in the queue: not ours to judge
            return out

        return check_steps(
            str(notification_type),
            payload_version=str(payload_version),
            received=received,
            clock=self._clock,
            timeout=timeout,
            interval=interval,
        )


class Subscriptions(_Base):
    """Notification subscriptions on a :class:`~selling_partner.SellingPartner`."""

    def subscribe(
        self,
        notification_type: str,
        *,
        payload_version: str,
        sqs_arn: str | None = None,
        eventbridge: tuple[str, str] | None = None,
        name: str = "selling-partner",
        processing_directive: dict[str, Any] | None = None,
    ) -> SubscriptionInfo:
        """Subscribe ``notification_type`` to an SQS queue or EventBridge (idempotent).

        Raises:
            ConfigurationError: a bad argument (nothing sent), or the type is
                subscribed to another destination (the message says how to delete it).
        """
        steps = self._subscribe(
            notification_type, payload_version, sqs_arn, eventbridge, name, processing_directive
        )
        return JobShell(self._sp, sleep=self._sleep).run(steps)

    def check(
        self,
        notification_type: str,
        receive: Callable[[], Iterable[Any]],
        *,
        payload_version: str,
        timeout: float = 120.0,
        interval: float = 5.0,
    ) -> Notification:
        """Send a test notification and wait until ``receive()`` returns it; the notification.

        Raises:
            JobTimeoutError: it did not arrive within ``timeout`` seconds.
        """
        steps = self._check(notification_type, receive, payload_version, timeout, interval)
        return JobShell(self._sp, sleep=self._sleep).run(steps)


class AsyncSubscriptions(_Base):
    """:class:`Subscriptions` for an :class:`~selling_partner.AsyncSellingPartner`.

    ``receive`` stays a plain callable (called between awaited waits).
    """

    async def subscribe(
        self,
        notification_type: str,
        *,
        payload_version: str,
        sqs_arn: str | None = None,
        eventbridge: tuple[str, str] | None = None,
        name: str = "selling-partner",
        processing_directive: dict[str, Any] | None = None,
    ) -> SubscriptionInfo:
        """See :meth:`Subscriptions.subscribe`."""
        steps = self._subscribe(
            notification_type, payload_version, sqs_arn, eventbridge, name, processing_directive
        )
        return await AsyncJobShell(self._sp, sleep=self._sleep).run(steps)

    async def check(
        self,
        notification_type: str,
        receive: Callable[[], Iterable[Any]],
        *,
        payload_version: str,
        timeout: float = 120.0,
        interval: float = 5.0,
    ) -> Notification:
        """See :meth:`Subscriptions.check`."""
        steps = self._check(notification_type, receive, payload_version, timeout, interval)
        return await AsyncJobShell(self._sp, sleep=self._sleep).run(steps)
