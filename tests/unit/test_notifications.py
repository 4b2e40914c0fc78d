"""parse_notification over SQS, SNS and EventBridge shapes; the deduplicator."""

from __future__ import annotations

import datetime as dt
import json
import threading
from typing import Any

import pytest
from selling_partner import (
    ConfigurationError,
    InMemoryDedupeStore,
    NotificationDeduplicator,
    parse_notification,
)

REPORT_DONE = {
    "NotificationVersion": "2020-09-04",
    "NotificationType": "REPORT_PROCESSING_FINISHED",
    "PayloadVersion": "2020-09-04",
    "EventTime": "2026-11-28T10:00:00.000Z",
    "Payload": {
        "reportProcessingFinishedNotification": {
            "sellerId": "A3FAKESELLER",
            "reportId": "54517018502",
            "reportType": "GET_MERCHANT_LISTINGS_ALL_DATA",
            "processingStatus": "DONE",
            "reportDocumentId": "amzn1.spdoc.1.4.na.x",
            "aFieldAmazonAddsLater": 1,
        }
    },
    "NotificationMetadata": {
        "ApplicationId": "amzn1.sellerapps.app.x",
        "SubscriptionId": "sub-1",
        "PublishTime": "2026-11-28T10:00:01.000Z",
        "NotificationId": "n-1",
    },
}


def test_raw_sqs_body() -> None:
    n = parse_notification(json.dumps(REPORT_DONE))
    assert n.notification_type == "REPORT_PROCESSING_FINISHED" and n.transport == "sqs"
    assert n.payload["reportProcessingFinishedNotification"]["aFieldAmazonAddsLater"] == 1
    assert n.notification_id == "n-1" and n.subscription_id == "sub-1"
    assert n.event_time == dt.datetime(2026, 11, 28, 10, tzinfo=dt.UTC)
    assert n.publish_time is not None and n.payload_version == "2020-09-04"
    assert "reportProcessingFinished" not in repr(n)  # payloads can hold buyer data


def test_boto3_message_bytes_and_sns_wrapping() -> None:
    assert (
        parse_notification({"MessageId": "m", "Body": json.dumps(REPORT_DONE)}).notification_id
        == "n-1"
    )
    assert parse_notification(json.dumps(REPORT_DONE).encode()).notification_id == "n-1"
    sns = {"Type": "Notification", "MessageId": "x", "Message": json.dumps(REPORT_DONE)}
    n = parse_notification(json.dumps(sns))
    assert n.transport == "sns" and n.notification_type == "REPORT_PROCESSING_FINISHED"


def test_eventbridge_event_and_camel_case_fields() -> None:
    camel = {
        "notificationVersion": "1.0",
        "notificationType": "ORDER_CHANGE",
        "payloadVersion": "1.0",
        "eventTime": "2026-11-28T10:00:00Z",
        "payload": {"OrderChangeNotification": {"AmazonOrderId": "1"}},
        "notificationMetadata": {"notificationId": "n-2", "publishTime": "2026-11-28T10:00:00Z"},
    }
    event = {
        "version": "0",
        "id": "e",
        "detail-type": "ORDER_CHANGE",
        "source": "aws.partner/x",
        "detail": camel,
    }
    n = parse_notification(event)
    assert n.transport == "eventbridge" and n.notification_type == "ORDER_CHANGE"
    assert (
        n.notification_id == "n-2" and n.payload["OrderChangeNotification"]["AmazonOrderId"] == "1"
    )


def test_unknown_type_comes_back_generic_with_its_payload() -> None:
    body = {"NotificationType": "SOMETHING_NEW_2027", "Payload": {"x": [1, 2]}}
    n = parse_notification(body)
    assert n.notification_type == "SOMETHING_NEW_2027" and n.payload == {"x": [1, 2]}
    assert n.notification_id is None and n.dedupe_key.startswith("sha256:")


@pytest.mark.parametrize(
    ("message", "match"),
    [("not json", "not JSON"), ({"Records": []}, "no SP-API notification"), ("[1]", "found list")],
)
def test_not_a_notification(message: Any, match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        parse_notification(message)


def test_duplicates_are_dropped_within_ttl() -> None:
    now = [0.0]
    seen = NotificationDeduplicator(InMemoryDedupeStore(clock=lambda: now[0]), ttl=60)
    n = parse_notification(REPORT_DONE)
    again = parse_notification({"Type": "Notification", "Message": json.dumps(REPORT_DONE)})
    assert seen.first_time(n) and not seen.first_time(again)
    now[0] = 61.0
    assert seen.first_time(n)  # forgotten after the ttl
    other = parse_notification({**REPORT_DONE, "NotificationMetadata": {"NotificationId": "n-9"}})
    assert list(seen.unique([n, other, other])) == [other]


def test_store_is_bounded_and_thread_safe() -> None:
    store = InMemoryDedupeStore(max_entries=100)
    results: list[bool] = []

    def worker() -> None:
        results.extend(store.add(f"k{i}", 60) for i in range(50))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count(True) == 50 and len(store) == 50
    for i in range(500):
        store.add(f"x{i}", 60)
    assert len(store) == 100


def test_bad_settings() -> None:
    with pytest.raises(ConfigurationError):
        NotificationDeduplicator(ttl=0)
    with pytest.raises(ConfigurationError):
        NotificationDeduplicator(store=object())  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        InMemoryDedupeStore(max_entries=0)
