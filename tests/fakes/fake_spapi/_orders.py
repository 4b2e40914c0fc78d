"""Stateful Fulfillment Outbound 2020-07-01 orders: create, get, list, update, cancel.

Used by the offline SP-API (``selling_partner.testing.OfflineSpApi``); the
project's own fake keeps its static answers unless given a store. Orders live
per seller (the bucket identity of the access token), keyed by
``sellerFulfillmentOrderId``:

- ``createFulfillmentOrder`` stores the order as ``Received`` (the same request
  again changes nothing and answers 200; another order under a used id is a 400);
- ``getFulfillmentOrder`` answers it (404 ``NotFound`` for an unknown id);
- ``listAllFulfillmentOrders`` answers the seller's orders whose
  ``statusUpdatedDate`` is at or after ``queryStartDate``, oldest first, one page;
- ``updateFulfillmentOrder`` replaces the fields given (items by
  ``sellerFulfillmentOrderItemId``) while the order is ``New``/``Received``/``Planning``;
- ``cancelFulfillmentOrder`` moves such an order to ``Cancelled`` (again: 200).

:meth:`FulfillmentOrders.set_status` moves an order on (``Processing``,
``Complete``...) as Amazon would, for tests of what follows.
"""

from __future__ import annotations

import copy
import datetime
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from ._catalog import Operation

__all__ = ["PACKAGE", "FulfillmentOrders"]

PACKAGE = "fulfillment_outbound_v2020_07_01"
_Path = Mapping[str, str]
_OPEN = ("New", "Received", "Planning")
_ORDER_FIELDS = (
    "displayableOrderId",
    "displayableOrderDate",
    "displayableOrderComment",
    "shippingSpeedCategory",
    "deliveryWindow",
    "destinationAddress",
    "fulfillmentAction",
    "fulfillmentPolicy",
    "codSettings",
    "notificationEmails",
    "featureConstraints",
)
_ITEM_FIELDS = (
    "giftMessage",
    "displayableComment",
    "fulfillmentNetworkSku",
    "orderItemDisposition",
    "perUnitPrice",
    "perUnitTax",
    "perUnitDeclaredValue",
)


@dataclass
class _Order:
    request: dict[str, Any]
    status: str
    received: str
    updated: str
    items: list[dict[str, Any]] = field(default_factory=list)


def _errors(code: str, message: str) -> dict[str, Any]:
    return {"errors": [{"code": code, "message": message}]}


def _instant(text: str) -> datetime.datetime:
    moment = datetime.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


class FulfillmentOrders:
    """The order store and its five operations (see the module docstring).

    Args:
        wall_clock: Seconds since the epoch, for ``receivedDate`` and ``statusUpdatedDate``.
    """

    def __init__(self, wall_clock: Callable[[], float] = time.time) -> None:
        self._wall = wall_clock
        self._lock = threading.Lock()
        self._orders: dict[tuple[str, str], _Order] = {}

    def _now(self) -> str:
        moment = datetime.datetime.fromtimestamp(self._wall(), datetime.UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")

    def __len__(self) -> int:
        return len(self._orders)

    def status(self, seller_fulfillment_order_id: str) -> str | None:
        """The order's ``fulfillmentOrderStatus`` (any seller's), or None."""
        with self._lock:
            for (_, order_id), order in self._orders.items():
                if order_id == seller_fulfillment_order_id:
                    return order.status
        return None

    def set_status(self, seller_fulfillment_order_id: str, status: str) -> None:
        """Move an order on, as Amazon would (``Processing``, ``Complete``...).

        Raises:
            KeyError: no order has that id.
        """
        with self._lock:
            found = [o for (_, i), o in self._orders.items() if i == seller_fulfillment_order_id]
            if not found:
                raise KeyError(f"no fulfillment order {seller_fulfillment_order_id!r}")
            for order in found:
                order.status = status
                order.updated = self._now()

    def answer(
        self,
        op: Operation,
        path_params: Mapping[str, str],
        query: str,
        body: Any,
        identity: str,
    ) -> tuple[int, Any] | None:
        """``(status, body)`` for an order operation, or None for any other operation."""
        if op.package != PACKAGE:
            return None
        handler = _HANDLERS.get(op.operation_id)
        if handler is None:
            return None
        with self._lock:
            return handler(self, identity, path_params, query, body)

    # -- the operations (called with the lock held) ------------------------------------
    def _create(
        self, who: str, _path: Mapping[str, str], _query: str, body: Any
    ) -> tuple[int, Any]:
        order_id = str(body["sellerFulfillmentOrderId"])
        known = self._orders.get((who, order_id))
        if known is not None:
            if known.request == body:
                return 200, {}
            return 400, _errors(
                "InvalidInput",
                f"sellerFulfillmentOrderId {order_id} is already used by another order.",
            )
        now = self._now()
        items = [
            {
                "sellerSku": item["sellerSku"],
                "sellerFulfillmentOrderItemId": item["sellerFulfillmentOrderItemId"],
                "quantity": item["quantity"],
                "cancelledQuantity": 0,
                "unfulfillableQuantity": 0,
                **{k: item[k] for k in _ITEM_FIELDS if k in item},
            }
            for item in body.get("items", [])
        ]
        self._orders[(who, order_id)] = _Order(copy.deepcopy(body), "Received", now, now, items)
        return 200, {}

    def _find(self, who: str, path: Mapping[str, str]) -> _Order | tuple[int, Any]:
        order_id = path.get("sellerFulfillmentOrderId", "")
        order = self._orders.get((who, order_id))
        if order is None:
            return 404, _errors("NotFound", f"Requested order {order_id} not found.")
        return order

    def _view(self, order: _Order) -> dict[str, Any]:
        request = order.request
        return {
            "sellerFulfillmentOrderId": request["sellerFulfillmentOrderId"],
            "marketplaceId": request.get("marketplaceId", "ATVPDKIKX0DER"),
            **{k: copy.deepcopy(request[k]) for k in _ORDER_FIELDS if k in request},
            "receivedDate": order.received,
            "fulfillmentOrderStatus": order.status,
            "statusUpdatedDate": order.updated,
        }

    def _get(self, who: str, path: Mapping[str, str], _query: str, _body: Any) -> tuple[int, Any]:
        order = self._find(who, path)
        if isinstance(order, tuple):
            return order
        payload = {
            "fulfillmentOrder": self._view(order),
            "fulfillmentOrderItems": copy.deepcopy(order.items),
            "fulfillmentShipments": [],
            "returnItems": [],
            "returnAuthorizations": [],
        }
        return 200, {"payload": payload}

    def _list(self, who: str, _path: Mapping[str, str], query: str, _body: Any) -> tuple[int, Any]:
        since = parse_qs(query).get("queryStartDate")
        start = _instant(since[0]) if since else None
        mine = [o for (owner, _), o in self._orders.items() if owner == who]
        chosen = [o for o in mine if start is None or _instant(o.updated) >= start]
        chosen.sort(key=lambda o: (o.received, o.request["sellerFulfillmentOrderId"]))
        return 200, {"payload": {"fulfillmentOrders": [self._view(o) for o in chosen]}}

    def _update(self, who: str, path: Mapping[str, str], _query: str, body: Any) -> tuple[int, Any]:
        order = self._find(who, path)
        if isinstance(order, tuple):
            return order
        if order.status not in _OPEN:
            return 400, _errors(
                "InvalidInput", f"The order cannot be updated in status {order.status}."
            )
        for key in (*_ORDER_FIELDS, "marketplaceId"):
            if key in body:
                order.request[key] = copy.deepcopy(body[key])
        by_id = {item["sellerFulfillmentOrderItemId"]: item for item in order.items}
        for change in body.get("items", []):
            item_id = change["sellerFulfillmentOrderItemId"]
            item = by_id.get(item_id)
            if item is None:
                return 400, _errors(
                    "InvalidInput", f"Unknown sellerFulfillmentOrderItemId {item_id}."
                )
            item["quantity"] = change["quantity"]
            item.update({k: change[k] for k in (*_ITEM_FIELDS, "sellerSku") if k in change})
        order.updated = self._now()
        return 200, {}

    def _cancel(
        self, who: str, path: Mapping[str, str], _query: str, _body: Any
    ) -> tuple[int, Any]:
        order = self._find(who, path)
        if isinstance(order, tuple):
            return order
        if order.status == "Cancelled":
            return 200, {}
        if order.status not in _OPEN:
            return 400, _errors(
                "InvalidInput", f"The order cannot be cancelled in status {order.status}."
            )
        order.status = "Cancelled"
        order.updated = self._now()
        for item in order.items:
            item["cancelledQuantity"] = item["quantity"]
        return 200, {}


_Handler = Callable[[FulfillmentOrders, str, Mapping[str, str], str, Any], tuple[int, Any]]
_HANDLERS: dict[str, _Handler] = {
    "createFulfillmentOrder": FulfillmentOrders._create,
    "getFulfillmentOrder": FulfillmentOrders._get,
    "listAllFulfillmentOrders": FulfillmentOrders._list,
    "updateFulfillmentOrder": FulfillmentOrders._update,
    "cancelFulfillmentOrder": FulfillmentOrders._cancel,
}
