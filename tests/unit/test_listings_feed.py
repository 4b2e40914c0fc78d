"""The JSON_LISTINGS_FEED builder: its output validates against Amazon's schema; bad input fails."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from fetch_models import default_mirror
from selling_partner import ConfigurationError, ListingsFeed, Patch


def schema() -> dict[str, Any]:
    mirror = default_mirror()
    assert mirror is not None, "the models mirror (../shared/spapi-models) is needed for the schema"
    path = mirror / "schemas" / "feeds" / "listings-feed-schema-v2.json"
    loaded: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return loaded


def full_feed() -> ListingsFeed:
    feed = ListingsFeed("A3SELLER", issue_locale="en_US", report_included_data=["issues"])
    feed.patch(
        "SKU-1",
        "PRODUCT",
        [
            Patch(
                "replace",
                "/attributes/fulfillment_availability",
                [{"fulfillment_channel_code": "DEFAULT", "quantity": 5}],
            ),
            Patch("delete", "/attributes/bullet_point"),
        ],
    )
    name = {"item_name": [{"value": "Shirt \u2013 \u00e9"}]}
    feed.update("SKU-2", "SHIRT", name, requirements="LISTING")
    feed.partial_update("SKU-3", "SHIRT", {"list_price": [{"value": 9.99}]})
    feed.delete("SKU-4", message_id=100)
    return feed


def test_the_builders_output_validates_against_listings_feed_schema_v2() -> None:
    document = json.loads(full_feed().to_json())
    jsonschema.validate(document, schema())
    assert [m["messageId"] for m in document["messages"]] == [1, 2, 3, 100]
    assert document["messages"][3] == {"messageId": 100, "sku": "SKU-4", "operationType": "DELETE"}


def test_the_schema_rejects_what_the_builder_refuses() -> None:
    # The rules the builder enforces are the schema's: a DELETE with attributes,
    # or a PATCH without patches, is invalid there too.
    bad = full_feed().to_dict()
    bad["messages"][3]["attributes"] = {"x": [{"value": 1}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema())
    with pytest.raises(ConfigurationError, match="non-empty list of Patch"):
        ListingsFeed("A3SELLER").patch("SKU", "PRODUCT", [])


@pytest.mark.parametrize(
    ("build", "match"),
    [
        (lambda f: f.update("S", "P", {}), "attributes must be a non-empty dict"),
        (lambda f: f.update("S", "P", {"a": 1}, requirements="ALL"), "requirements"),
        (lambda f: f.update("", "P", {"a": 1}), "sku"),
        (lambda f: f.partial_update("S", "", {"a": 1}), "product_type"),
        (lambda f: f.patch("S", "P", [Patch("move", "/attributes/x")]), "op must be"),
        (lambda f: f.patch("S", "P", [Patch("add", "attributes/x")]), "JSON pointer"),
        (lambda f: f.patch("S", "P", [Patch("add", "/attributes/x", "v")]), "list of objects"),
        (lambda f: f.delete("S", message_id=0), "message_id must be 1"),
        (lambda f: (f.delete("S", message_id=7), f.delete("T", message_id=7)), "already"),
        (lambda f: f.to_dict(), "at least one message"),
    ],
)
def test_bad_messages_are_refused_before_upload(build: Any, match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        build(ListingsFeed("A3SELLER"))


def test_bad_header() -> None:
    with pytest.raises(ConfigurationError, match="seller_id"):
        ListingsFeed("")
    with pytest.raises(ConfigurationError, match="report_included_data"):
        ListingsFeed("A3SELLER", report_included_data=["everything"])
