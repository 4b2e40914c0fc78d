"""JSON_LISTINGS_FEED documents from typed messages, checked before anything is uploaded.

::

    feed = ListingsFeed(seller_id="A3SELLER")
    stock = [{"fulfillment_channel_code": "DEFAULT", "quantity": 5}]
    path = "/attributes/fulfillment_availability"
    feed.patch("SKU-1", "PRODUCT", [Patch("replace", path, stock)])
    feed.update("SKU-2", "SHIRT", {"item_name": [{"value": "Shirt"}]}, requirements="LISTING")
    feed.delete("SKU-3")
    result = sp.feeds.submit("JSON_LISTINGS_FEED", feed.to_json(),
                             content_type=ListingsFeed.CONTENT_TYPE)

The rules are those of Amazon's ``listings-feed-schema-v2`` (version ``2.0``;
1 to 25,000 messages; ``messageId`` 1..2**31-1 and unique; ``sku`` and
``productType`` non-empty; ``UPDATE`` and ``PARTIAL_UPDATE`` need
``productType`` and ``attributes``, ``PATCH`` needs ``productType`` and
``patches``, ``DELETE`` takes only ``sku``; ``requirements`` only on ``UPDATE``;
a patch's ``op`` is add, replace, merge or delete and its ``value`` a list of
objects). A violation raises :class:`~selling_partner.ConfigurationError`
naming the message and the rule. Those rules are checked by hand as each
message is added; :meth:`ListingsFeed.to_dict` then also checks the whole
document against the pinned schema itself (generated from Amazon's
``schemas/feeds/listings-feed-schema-v2.json``, no prose) when ``jsonschema``
is installed (``pip install 'selling-partner[jsonschema]'``), so a rule Amazon
adds to the schema is enforced once the models are updated.
"""

from __future__ import annotations

import functools
import importlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._errors import ConfigurationError
from ._schemas import LISTINGS_FEED, feed_schema

__all__ = ["ListingsFeed", "Patch", "check_schema"]

_MAX_MESSAGES = 25_000
_MAX_ID = 2**31 - 1
_OPS = ("add", "replace", "merge", "delete")
_REQUIREMENTS = ("LISTING", "LISTING_PRODUCT_ONLY", "LISTING_OFFER_ONLY")
_INCLUDED_DATA = (
    "summaries",
    "attributes",
    "issues",
    "offers",
    "fulfillmentAvailability",
    "procurement",
    "relationships",
    "productTypes",
)


@dataclass(frozen=True)
class Patch:
    """One JSON Patch of a ``PATCH`` message.

    Attributes:
        op: ``add``, ``replace``, ``merge`` or ``delete``.
        path: e.g. ``/attributes/fulfillment_availability``.
        value: A list of objects (None: no value, as for most ``delete`` patches).
    """

    op: str
    path: str
    value: Sequence[Mapping[str, Any]] | None = None

    def to_dict(self, where: str) -> dict[str, Any]:
        if self.op not in _OPS:
            raise ConfigurationError(f"{where}: patch op must be one of {_OPS}, got {self.op!r}")
        if not isinstance(self.path, str) or not self.path.startswith("/"):
            raise ConfigurationError(
                f"{where}: patch path must be a JSON pointer such as '/attributes/item_name', "
                f"got {self.path!r}"
            )
        out: dict[str, Any] = {"op": self.op, "path": self.path}
        if self.value is not None:
            if isinstance(self.value, str | bytes) or not all(
                isinstance(v, Mapping) for v in self.value
            ):
                raise ConfigurationError(
                    f"{where}: patch value must be a list of objects, e.g. [{{'value': 'x'}}]"
                )
            out["value"] = [dict(v) for v in self.value]
        return out


@dataclass
class ListingsFeed:
    """A JSON_LISTINGS_FEED document built message by message.

    Args:
        seller_id: The selling partner (merchant token or vendor code).
        issue_locale: Locale for the processing report's issues, e.g. ``en_US``.
        report_included_data: Ask the processing report to include these
            listing data sets (``summaries``, ``issues``, ...).
    """

    CONTENT_TYPE = "application/json; charset=UTF-8"

    seller_id: str
    issue_locale: str | None = None
    report_included_data: Sequence[str] = ()
    messages: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not isinstance(self.seller_id, str) or not self.seller_id.strip():
            raise ConfigurationError("seller_id must be the selling partner's id (a non-empty str)")
        unknown = [d for d in self.report_included_data if d not in _INCLUDED_DATA]
        if unknown or isinstance(self.report_included_data, str):
            raise ConfigurationError(
                f"report_included_data takes a list of {_INCLUDED_DATA}, got "
                f"{self.report_included_data!r}"
            )

    def _add(self, message: dict[str, Any], message_id: int | None) -> int:
        if len(self.messages) >= _MAX_MESSAGES:
            raise ConfigurationError(
                f"a listings feed holds at most {_MAX_MESSAGES} messages: submit another feed"
            )
        if message_id is None:
            message_id = max((m["messageId"] for m in self.messages), default=0) + 1
        if isinstance(message_id, bool) or not isinstance(message_id, int):
            raise ConfigurationError(f"message_id must be an int, got {message_id!r}")
        if not 1 <= message_id <= _MAX_ID:
            raise ConfigurationError(f"message_id must be 1..{_MAX_ID}, got {message_id}")
        if any(m["messageId"] == message_id for m in self.messages):
            raise ConfigurationError(f"message_id {message_id} is already in this feed")
        sku = message["sku"]
        if not isinstance(sku, str) or not sku:
            raise ConfigurationError(f"message {message_id}: sku must be a non-empty str")
        product_type = message.get("productType")
        if "productType" in message and (not isinstance(product_type, str) or not product_type):
            raise ConfigurationError(f"message {message_id}: product_type must be a non-empty str")
        self.messages.append({"messageId": message_id, **message})
        return message_id

    @staticmethod
    def _attributes(attributes: object, where: str) -> dict[str, Any]:
        if not isinstance(attributes, Mapping) or not attributes:
            raise ConfigurationError(
                f"{where}: attributes must be a non-empty dict of attribute name -> values"
            )
        return dict(attributes)

    def update(
        self,
        sku: str,
        product_type: str,
        attributes: Mapping[str, Any],
        *,
        requirements: str | None = None,
        message_id: int | None = None,
    ) -> int:
        """Add an ``UPDATE`` (the full listing); returns its message id."""
        where = f"UPDATE {sku!r}"
        message: dict[str, Any] = {
            "sku": sku,
            "operationType": "UPDATE",
            "productType": product_type,
        }
        if requirements is not None:
            if requirements not in _REQUIREMENTS:
                raise ConfigurationError(
                    f"{where}: requirements must be one of {_REQUIREMENTS}, got {requirements!r}"
                )
            message["requirements"] = requirements
        message["attributes"] = self._attributes(attributes, where)
        return self._add(message, message_id)

    def partial_update(
        self,
        sku: str,
        product_type: str,
        attributes: Mapping[str, Any],
        *,
        message_id: int | None = None,
    ) -> int:
        """Add a ``PARTIAL_UPDATE`` (only the attributes given); returns its message id."""
        message = {
            "sku": sku,
            "operationType": "PARTIAL_UPDATE",
            "productType": product_type,
            "attributes": self._attributes(attributes, f"PARTIAL_UPDATE {sku!r}"),
        }
        return self._add(message, message_id)

    def patch(
        self,
        sku: str,
        product_type: str,
        patches: Sequence[Patch],
        *,
        message_id: int | None = None,
    ) -> int:
        """Add a ``PATCH`` (JSON Patches of the listing); returns its message id."""
        where = f"PATCH {sku!r}"
        if isinstance(patches, Patch) or not patches:
            raise ConfigurationError(f"{where}: patches must be a non-empty list of Patch")
        if not all(isinstance(p, Patch) for p in patches):
            raise ConfigurationError(f"{where}: patches must be Patch objects")
        message = {
            "sku": sku,
            "operationType": "PATCH",
            "productType": product_type,
            "patches": [p.to_dict(where) for p in patches],
        }
        return self._add(message, message_id)

    def delete(self, sku: str, *, message_id: int | None = None) -> int:
        """Add a ``DELETE`` of the listing; returns its message id."""
        return self._add({"sku": sku, "operationType": "DELETE"}, message_id)

    def to_dict(self) -> dict[str, Any]:
        """The feed document (checked: at least one message)."""
        if not self.messages:
            raise ConfigurationError("a listings feed needs at least one message")
        header: dict[str, Any] = {"sellerId": self.seller_id, "version": "2.0"}
        if self.issue_locale is not None:
            header["issueLocale"] = self.issue_locale
        if self.report_included_data:
            header["report"] = {
                "includedData": list(self.report_included_data),
                "apiVersion": "2021-08-01",
            }
        document = {"header": header, "messages": [dict(m) for m in self.messages]}
        check_schema(document)
        return document

    def to_json(self) -> str:
        """The feed document as JSON text (UTF-8 safe), for ``sp.feeds.submit``."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))


@functools.cache
def _validator() -> Any:
    """A Draft 7 validator of the pinned listings feed schema; None without jsonschema."""
    try:
        jsonschema = importlib.import_module("jsonschema")  # optional (the [jsonschema] extra)
    except ImportError:
        return None
    return jsonschema.Draft7Validator(feed_schema(LISTINGS_FEED))


def check_schema(document: Mapping[str, Any]) -> None:
    """Check a listings feed document against the pinned ``listings-feed-schema-v2``.

    Does nothing when ``jsonschema`` is not installed (the hand-written rules
    still apply).

    Raises:
        ConfigurationError: the document breaks the schema (names where and why).
    """
    validator = _validator()
    if validator is None:
        return
    best_match = importlib.import_module("jsonschema.exceptions").best_match
    error = best_match(validator.iter_errors(document))
    if error is None:
        return
    where = "/".join(str(part) for part in error.absolute_path) or "(the document)"
    message = error.message if len(error.message) <= 300 else error.message[:300] + "..."
    raise ConfigurationError(
        f"the listings feed does not match Amazon's {LISTINGS_FEED} at {where}: "
        f"{message} (rule {error.validator!r})"
    )
