"""Fakes for the runtime-feature tests: a Shop API table (paged, restricted, grantless
operations), a Reports getReports row, and an Amazon that also issues Restricted Data Tokens.
"""

from __future__ import annotations

import json
import threading
from typing import Any

import httpx
from runtime_fakes import (
    CLIENT_ID,
    CLIENT_SECRET,
    REFRESH_TOKEN,
    FakeAmazon,
    FakeClock,
    json_response,
    table_row,
)
from selling_partner import AsyncSellingPartner, Region, SellingPartner
from selling_partner._operations import OperationIndex
from selling_partner_generated.operations import OPERATIONS as REAL_OPERATIONS

# Prefix joined at run time, like runtime_fakes: no token-shaped literal is tracked.
RDT_TOKENS = ["Atz.sprdt|" + f"RDT-token-do-not-leak-{n:03d}" for n in range(100)]
RDT_URL_PATH = "/tokens/2021-03-01/restrictedDataToken"
NOTIFICATIONS = "sellingpartnerapi::notifications"
ROTATION = "sellingpartnerapi::client_credential:rotation"

SHOP = "shop_v1"
REPORTS = "reports_v2021_06_30"
TOKENS = "tokens_v2021_03_01"


def _row(
    name: str, operation_id: str, method: str, path: str, **extra: Any
) -> tuple[str, dict[str, Any]]:
    facts = {
        "rate": 10.0,
        "burst": 100,
        "reference": f"https://example.invalid/{operation_id.lower()}",
        "params": {"path": {}, "query": {}, "header": {}, "body": None, "body_model": None},
        "grantless_scope": None,
        "restricted": False,
        "data_elements": (),
        **extra,
    }
    return name, table_row(operation_id, method, path, module=f"featfake.api.shop.{name}", **facts)


OPERATIONS: dict[str, dict[str, dict[str, Any]]] = {
    SHOP: dict(
        [
            _row(
                "list_orders",
                "getOrders",
                "GET",
                "/shop/v1/orders",
                csv=("MarketplaceIds",),
                pagination={"request": "NextToken", "response": ("payload", "NextToken")},
                params={
                    "path": {},
                    "query": {
                        "MarketplaceIds": "marketplace_ids",
                        "CreatedAfter": "created_after",
                        "NextToken": "next_token",
                    },
                    "header": {},
                    "body": None,
                    "body_model": None,
                },
                restricted=True,
                data_elements=("buyerInfo", "shippingAddress"),
            ),
            _row(
                "get_order",
                "getOrder",
                "GET",
                "/shop/v1/orders/{orderId}",
                params={
                    "path": {"orderId": "order_id"},
                    "query": {},
                    "header": {},
                    "body": None,
                    "body_model": None,
                },
                restricted=True,
                data_elements=("buyerInfo", "shippingAddress"),
            ),
            _row(
                "get_order_address",
                "getOrderAddress",
                "GET",
                "/shop/v1/orders/{orderId}/address",
                restricted=True,
            ),
            _row(
                "get_destinations",
                "getDestinations",
                "GET",
                "/shop/v1/destinations",
                grantless_scope=NOTIFICATIONS,
            ),
            _row(
                "rotate_secret",
                "rotateApplicationClientSecret",
                "POST",
                "/shop/v1/clientSecret",
                grantless_scope=ROTATION,
            ),
        ]
    ),
    REPORTS: dict(
        [
            _row(
                "get_reports",
                "getReports",
                "GET",
                "/reports/2021-06-30/reports",
                csv=("reportTypes",),
                # the real row's, with its later-page rule (spec/later_pages.toml)
                pagination=REAL_OPERATIONS["reports_v2021_06_30"]["get_reports"]["pagination"],
            )
        ]
    ),
    TOKENS: dict(
        [
            _row(
                "create_restricted_data_token",
                "createRestrictedDataToken",
                "POST",
                RDT_URL_PATH,
                rate=1.0,
                burst=10,
            )
        ]
    ),
}
API_PACKAGES = {package: {"model": "fake", "version": "v1"} for package in OPERATIONS}


def index(with_tokens_api: bool = True) -> OperationIndex:
    """The fake index; without the Tokens API row, as before all 66 models are generated."""
    ops = dict(OPERATIONS)
    if not with_tokens_api:
        ops.pop(TOKENS)
    return OperationIndex.from_table({p: API_PACKAGES[p] for p in ops}, ops)


class ShopAmazon(FakeAmazon):
    """FakeAmazon that also issues RDTs (RDT_TOKENS in order) and records what was asked."""

    def __init__(self) -> None:
        super().__init__()
        self.rdt_bodies: list[dict[str, Any]] = []
        self.rdt_headers: list[httpx.Headers] = []
        self.rdt_scripted: list[httpx.Response] = []
        self.rdt_expires_in = 3600
        self._rdt_lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == RDT_URL_PATH:
            with self._rdt_lock:
                self.requests.append(request)
                self.rdt_headers.append(httpx.Headers(request.headers))
                self.rdt_bodies.append(json.loads(request.content))
                if self.rdt_scripted:
                    return self.rdt_scripted.pop(0)
                token = RDT_TOKENS[len(self.rdt_bodies) - 1]
            return json_response(
                200, {"restrictedDataToken": token, "expiresIn": self.rdt_expires_in}
            )
        return super().__call__(request)

    def sent(self) -> list[tuple[str, str]]:
        """(path, x-amz-access-token) of every SP-API request except the RDT requests."""
        out = []
        for request, headers in zip(
            [r for r in self.api_requests() if r.url.path != RDT_URL_PATH],
            self.api_headers,
            strict=True,
        ):
            out.append((request.url.path, headers.get("x-amz-access-token", "")))
        return out


def settings(fake: FakeAmazon, clock: FakeClock, **kwargs: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "refresh_token": REFRESH_TOKEN,
        "region": Region.NA,
        "operations": index(),
        "env": {},
        "clock": clock,
        "wall_clock": clock,
        "rng": lambda: 0.5,
    }
    out.update(kwargs)
    return out


def make(fake: FakeAmazon, clock: FakeClock | None = None, **kwargs: Any) -> SellingPartner:
    clock = clock or FakeClock()
    base = settings(fake, clock, transport=httpx.MockTransport(fake), sleep=clock.sleep)
    base.update(kwargs)
    return SellingPartner(**base)


def make_async(
    fake: FakeAmazon, clock: FakeClock | None = None, **kwargs: Any
) -> AsyncSellingPartner:
    clock = clock or FakeClock()
    base = settings(fake, clock, transport=httpx.MockTransport(fake), sleep=clock.asleep)
    base.update(kwargs)
    return AsyncSellingPartner(**base)


def page(orders: list[str], token: str | None) -> httpx.Response:
    payload: dict[str, Any] = {"Orders": [{"AmazonOrderId": o} for o in orders]}
    if token is not None:
        payload["NextToken"] = token
    return json_response(200, {"payload": payload})
