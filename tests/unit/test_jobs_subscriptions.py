"""Subscription helpers against the fake SP-API: idempotent subscribe, end-to-end check."""

from __future__ import annotations

from typing import Any

import pytest
from fake_spapi import FakeSpApi
from selling_partner import ConfigurationError, JobTimeoutError
from test_jobs_reports import MODES, Clock, run

ARN = "arn:aws:sqs:us-east-1:123456789012:spapi-notifications"
TYPE = "REPORT_PROCESSING_FINISHED"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(clock: Clock) -> Any:
    with FakeSpApi(clock=clock) as fake:
        fake.jobs._wall_clock = clock.wall_clock
        fake.jobs.track_subscriptions = True
        yield fake


def call(mode: str, server: FakeSpApi, clock: Clock, method: str, *args: Any, **kwargs: Any) -> Any:
    if mode == "sync":
        return run(
            mode, server, clock, lambda sp: getattr(sp.subscriptions, method)(*args, **kwargs)
        )

    async def job(sp: Any) -> Any:
        return await getattr(sp.subscriptions, method)(*args, **kwargs)

    return run(mode, server, clock, job)


@MODES
def test_subscribe_creates_once_then_finds_what_exists(
    mode: str, server: FakeSpApi, clock: Clock
) -> None:
    first = call(mode, server, clock, "subscribe", TYPE, payload_version="2020-09-04", sqs_arn=ARN)
    assert first.created_destination and first.created_subscription
    again = call(mode, server, clock, "subscribe", TYPE, payload_version="2020-09-04", sqs_arn=ARN)
    assert (again.subscription_id, again.destination_id) == (
        first.subscription_id,
        first.destination_id,
    )
    assert not again.created_destination and not again.created_subscription
    assert server.stats.requests["notifications_v1.createDestination"] == 1
    assert server.stats.requests["notifications_v1.createSubscription"] == 1
    # getDestinations and createDestination are grantless: a notifications-scope token.
    assert server.stats.token_requests["client_credentials"] >= 1


def test_subscribed_elsewhere_says_how_to_delete(server: FakeSpApi, clock: Clock) -> None:
    call("sync", server, clock, "subscribe", TYPE, payload_version="1.0", sqs_arn=ARN)
    with pytest.raises(ConfigurationError, match="delete_subscription_by_id"):
        call(
            "sync",
            server,
            clock,
            "subscribe",
            TYPE,
            payload_version="1.0",
            eventbridge=("123456789012", "us-east-1"),
        )


@MODES
def test_check_sends_a_test_notification_and_waits_for_it(
    mode: str, server: FakeSpApi, clock: Clock
) -> None:
    call(mode, server, clock, "subscribe", TYPE, payload_version="2020-09-04", sqs_arn=ARN)
    polls = {"n": 0}

    def receive() -> list[str]:
        polls["n"] += 1
        if polls["n"] < 3:
            return ["not a notification", '{"NotificationType": "OTHER"}']
        messages, server.jobs.queue[:] = list(server.jobs.queue), []
        return messages

    notification = call(
        mode, server, clock, "check", TYPE, receive, payload_version="2020-09-04", interval=1.0
    )
    assert notification.notification_type == TYPE and notification.notification_id
    assert polls["n"] == 3 and clock.slept[-2:] == [1.0, 1.0]


def test_check_times_out_with_advice(server: FakeSpApi, clock: Clock) -> None:
    call("sync", server, clock, "subscribe", TYPE, payload_version="1.0", sqs_arn=ARN)
    with pytest.raises(JobTimeoutError, match="queue policy"):
        call("sync", server, clock, "check", TYPE, list, payload_version="1.0", timeout=10)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"notification_type": "any offer", "sqs_arn": ARN}, "notification_type"),
        ({"sqs_arn": ARN, "payload_version": ""}, "payload_version"),
        ({}, "name one destination"),
        ({"sqs_arn": ARN, "eventbridge": ("1", "us-east-1")}, "name one destination"),
        ({"sqs_arn": "https://sqs.us-east-1.amazonaws.com/1/q"}, "SQS queue ARN"),
        ({"eventbridge": ("123",)}, "eventbridge"),
    ],
)
def test_bad_arguments_send_nothing(
    server: FakeSpApi, clock: Clock, kwargs: dict[str, Any], match: str
) -> None:
    args = {"notification_type": TYPE, "payload_version": "1.0", **kwargs}
    with pytest.raises(ConfigurationError, match=match):
        call("sync", server, clock, "subscribe", args.pop("notification_type"), **args)
    assert server.stats.total_requests == 0
