"""Shared fakes for the runtime's client tests: clock, recognisable secrets, a scripted Amazon.

``FakeAmazon`` is an httpx.MockTransport handler that answers Login with Amazon
and SP-API requests from queues of scripted responses and records every request.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

import httpx
from selling_partner._operations import OperationIndex

CLIENT_ID = "amzn1.application-oa2-client.fakeclientid0000000000000abcd"
CLIENT_SECRET = "amzn1.oa2-cs.v1.SECRET-client-secret-do-not-leak-7f3a"
REFRESH_TOKEN = "Atzr|" + "REFRESH-token-do-not-leak-91c2"  # split: see fake_spapi._server
ACCESS_TOKENS = ["Atza|" + f"ACCESS-token-do-not-leak-{n:03d}" for n in range(100)]
SECRETS = [CLIENT_SECRET, REFRESH_TOKEN, *ACCESS_TOKENS, "do-not-leak"]

TOKEN_URL = "https://api.amazon.com/auth/o2/token"
ENDPOINT = "https://sellingpartnerapi-na.amazon.com"

PACKAGE = "things_v1"
API_PACKAGES = {PACKAGE: {"model": "fake", "version": "v1"}}
OPERATIONS: dict[str, dict[str, dict[str, object]]] = {
    PACKAGE: {
        "get_thing": {
            "operation_id": "getThing",
            "module": "spfake_generated.things_v1.api.things.get_thing",
            "method": "GET",
            "path": "/things/v1/things/{thingId}",
            "rate": 5.0,
            "burst": 10,
            "csv": ("marketplaceIds",),
            "multi": (),
            "retry_safe": True,
            "pagination": None,
            "reference": "https://example.invalid/getthing",
        },
        "create_thing": {
            "operation_id": "createThing",
            "module": "spfake_generated.things_v1.api.things.create_thing",
            "method": "POST",
            "path": "/things/v1/things",
            "rate": 1.0,
            "burst": 1,
            "csv": (),
            "multi": (),
            "retry_safe": False,
            "pagination": None,
            "reference": "https://example.invalid/creatething",
        },
    }
}


def table_row(
    operation_id: str, method: str, path: str, *, module: str, **extra: Any
) -> dict[str, Any]:
    """One row of an operation table: plan 2/s burst 30, GETs retry-safe; ``extra`` overrides."""
    facts: dict[str, Any] = {
        "operation_id": operation_id,
        "module": module,
        "method": method,
        "path": path,
        "rate": 2.0,
        "burst": 30,
        "csv": (),
        "multi": (),
        "retry_safe": method == "GET",
        "pagination": None,
        "reference": "",
    }
    facts.update(extra)
    return facts


def index() -> OperationIndex:
    """The operation index of the fake Things API."""
    return OperationIndex.from_table(API_PACKAGES, OPERATIONS)


class FakeClock:
    """A clock whose sleep advances time instead of waiting (sync and async)."""

    def __init__(self, start: float = 1_000_000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def thing_body(thing_id: str = "T-1", status: str = "Active") -> dict[str, Any]:
    return {"payload": {"thingId": thing_id, "status": status, "tags": ["a"]}}


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(body).encode(), headers=headers or {})


def token_response(n: int = 0, expires_in: int = 3600) -> httpx.Response:
    return json_response(
        200,
        {"access_token": ACCESS_TOKENS[n], "token_type": "bearer", "expires_in": expires_in},
    )


class FakeAmazon:
    """MockTransport handler: LWA at TOKEN_URL, SP-API everywhere else.

    Tokens are served in order (ACCESS_TOKENS[0], [1], ...) unless ``lwa`` holds
    scripted responses; SP-API answers come from ``api`` (default: a 200 Thing).
    """

    def __init__(self) -> None:
        self.lwa: deque[httpx.Response | Exception] = deque()
        self.api: deque[httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]] = (
            deque()
        )
        self.requests: list[httpx.Request] = []
        # Copies taken when sent: an auth retry mutates and resends the same request.
        self.api_headers: list[httpx.Headers] = []
        self.token_requests: list[httpx.Request] = []
        self.tokens_issued = 0
        self.on_token: Callable[[], None] | None = None
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
            if str(request.url) == TOKEN_URL:
                self.token_requests.append(request)
                scripted = self.lwa.popleft() if self.lwa else None
                if scripted is None:
                    scripted = token_response(self.tokens_issued)
                    self.tokens_issued += 1
            else:
                self.api_headers.append(httpx.Headers(request.headers))
                scripted = self.api.popleft() if self.api else json_response(200, thing_body())
        if str(request.url) == TOKEN_URL and self.on_token is not None:
            self.on_token()
        if isinstance(scripted, Exception):
            raise scripted
        if callable(scripted):
            return scripted(request)
        return scripted

    def api_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if str(r.url) != TOKEN_URL]

    def form(self, n: int = 0) -> dict[str, str]:
        from urllib.parse import parse_qsl

        return dict(parse_qsl(self.token_requests[n].content.decode()))


# A Fulfillment Outbound 2020-07-01 order as Amazon's model wants it (every required
# field, an offset on each date-time): the real generated models parse it as generated.
FULFILLMENT_ORDER: dict[str, Any] = {
    "sellerFulfillmentOrderId": "O-1",
    "marketplaceId": "ATVPDKIKX0DER",
    "displayableOrderId": "O-1",
    "displayableOrderDate": "2020-01-09T19:46:45Z",
    "displayableOrderComment": "c",
    "shippingSpeedCategory": "Standard",
    "destinationAddress": {
        "name": "n",
        "addressLine1": "a",
        "countryCode": "US",
        "postalCode": "1",
    },
    "receivedDate": "2020-01-21T21:07:13Z",
    "fulfillmentOrderStatus": "Received",
    "statusUpdatedDate": "2020-01-21T21:07:30Z",
}


def mock_client_options(
    answer: Callable[[httpx.Request], httpx.Response], **options: Any
) -> dict[str, Any]:
    """``SellingPartner`` arguments for the real generated packages behind a MockTransport.

    Login with Amazon is answered here; every other request by ``answer``. The limiter
    is off (tests never wait) and nothing is read from the environment.
    """

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/o2/token"):
            return token_response()
        return answer(request)

    return {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "refresh_token": REFRESH_TOKEN,
        "endpoint": "https://sp.test",
        "token_url": "https://sp.test/auth/o2/token",
        "rate_limiting": False,
        "env": {},
        "transport": httpx.MockTransport(handler),
        **options,
    }
