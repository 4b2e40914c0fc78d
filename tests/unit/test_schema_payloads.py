"""Typed notifications, the typed feed processing report, the listings feed schema check."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from selling_partner import ConfigurationError, FeedResult, ListingsFeed, parse_notification

REPORT_DONE: dict[str, Any] = {
    "notificationVersion": "2020-09-04",
    "notificationType": "REPORT_PROCESSING_FINISHED",
    "payloadVersion": "2020-09-04",
    "eventTime": "2026-11-28T10:00:00.000Z",
    "payload": {
        "reportProcessingFinishedNotification": {
            "sellerId": "A3FAKESELLER",
            "accountId": "amzn1.merchant.o.A3FAKESELLER",
            "reportId": "54517018502",
            "reportType": "GET_MERCHANT_LISTINGS_ALL_DATA",
            "processingStatus": "DONE_BUT_NEWER",
            "reportDocumentId": "amzn1.spdoc.1.4.na.x",
            "aFieldAmazonAddsLater": 1,
        }
    },
    "notificationMetadata": {
        "applicationId": "amzn1.sellerapps.app.x",
        "subscriptionId": "sub-1",
        "publishTime": "2026-11-28T10:00:01.000Z",
        "notificationId": "n-1",
    },
}


def test_a_known_type_comes_typed_with_unknown_fields_and_values_kept() -> None:
    n = parse_notification(json.dumps(REPORT_DONE))
    assert n.typed_error is None
    report = n.typed.payload.report_processing_finished_notification
    assert report.report_id == "54517018502"
    assert report.processing_status == "DONE_BUT_NEWER"  # a value the schema's enum lacks
    assert report.additional_properties == {"aFieldAmazonAddsLater": 1}
    assert n.typed.notification_metadata.notification_id == "n-1"
    assert n.typed.to_dict()["payload"] == REPORT_DONE["payload"]


def test_the_envelope_in_the_other_spelling_still_comes_typed() -> None:
    pascal = {k[0].upper() + k[1:]: v for k, v in REPORT_DONE.items()}
    pascal["NotificationMetadata"] = {
        k[0].upper() + k[1:]: v for k, v in REPORT_DONE["notificationMetadata"].items()
    }
    n = parse_notification({"Type": "Notification", "Message": json.dumps(pascal)})
    assert n.transport == "sns"
    assert n.typed.payload.report_processing_finished_notification.seller_id == "A3FAKESELLER"


def test_a_payload_version_with_its_own_schema_gets_that_model() -> None:
    base = {
        "NotificationVersion": "1.0",
        "NotificationType": "LISTINGS_ITEM_ISSUES_CHANGE",
        "EventTime": "2026-11-28T10:00:00Z",
        "Payload": {"SellerId": "A1", "MarketplaceId": "M", "Sku": "S", "Severities": []},
        "NotificationMetadata": {
            "ApplicationId": "a",
            "SubscriptionId": "s",
            "PublishTime": "2026-11-28T10:00:00Z",
            "NotificationId": "n",
        },
    }
    old = parse_notification({**base, "PayloadVersion": "1.0"}).typed
    new = parse_notification({**base, "PayloadVersion": "2023-12-13"}).typed
    assert type(old).__name__ == "ListingsItemIssuesChangeNotification"
    assert type(new).__name__ == "ListingsItemIssuesChangeNotification20231213"


def test_an_unknown_type_stays_generic_and_a_misfit_says_why() -> None:
    unknown = parse_notification({"NotificationType": "SOMETHING_NEW", "Payload": {"a": 1}})
    assert unknown.typed is None and unknown.typed_error is None
    assert unknown.payload == {"a": 1}
    broken = copy.deepcopy(REPORT_DONE)
    del broken["payload"]["reportProcessingFinishedNotification"]["reportId"]
    n = parse_notification(broken)
    assert n.typed is None
    assert n.typed_error is not None and "reportId" in n.typed_error
    assert n.payload == broken["payload"]  # nothing is lost


PROCESSING_REPORT = {
    "header": {"sellerId": "A3SELLER", "version": "2.0", "feedId": "123"},
    "issues": [
        {"messageId": 1, "code": "90220", "severity": "ERROR", "message": "bad", "new": True}
    ],
    "summary": {
        "errors": 1,
        "warnings": 0,
        "messagesProcessed": 2,
        "messagesAccepted": 1,
        "messagesInvalid": 1,
    },
}


def test_the_feed_processing_report_comes_typed() -> None:
    result = FeedResult("123", "doc", "DONE", "res", json.dumps(PROCESSING_REPORT))
    report = result.processing_report
    assert report.header.feed_id == "123"
    assert report.summary.messages_accepted == 1
    assert report.issues[0].severity == "ERROR"
    assert report.issues[0].additional_properties == {"new": True}
    assert FeedResult("1", "d", "DONE", None, None).processing_report is None
    assert FeedResult("1", "d", "DONE", "r", "<xml/>").processing_report is None
    with pytest.raises(ConfigurationError, match=r"does not fit .*read \.json\(\)"):
        _ = FeedResult("1", "d", "DONE", "r", json.dumps({"issues": []})).processing_report


def test_the_listings_feed_is_checked_against_the_pinned_schema() -> None:
    feed = ListingsFeed("A3SELLER")
    feed.delete("SKU-1")
    feed.to_dict()  # valid
    # A message the builder's own rules never see (added by hand) breaks the schema.
    feed.messages.append({"messageId": 2, "sku": "SKU-2", "operationType": "FROB"})
    with pytest.raises(ConfigurationError, match=r"listings_feed_schema_v2 at messages/1"):
        feed.to_dict()


def test_without_jsonschema_the_hand_written_rules_still_apply(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from selling_partner import _listings_feed

    monkeypatch.setattr(_listings_feed, "_validator", lambda: None)
    feed = ListingsFeed("A3SELLER")
    feed.messages.append({"messageId": 2, "sku": "SKU-2", "operationType": "FROB"})
    assert feed.to_dict()["messages"][0]["operationType"] == "FROB"
    with pytest.raises(ConfigurationError, match="sku must be a non-empty str"):
        ListingsFeed("A3SELLER").delete("")
