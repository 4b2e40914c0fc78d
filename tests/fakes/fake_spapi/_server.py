"""The fake SP-API HTTP server: Login with Amazon plus the routed operations."""

from __future__ import annotations

import contextlib
import hashlib
import http.server
import json
import secrets
import socket
import threading
import time
import traceback
import uuid
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.message import Message
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ._bucket import TokenBucket
from ._catalog import (
    PAGE_ITEM_IDS,
    Operation,
    Param,
    Router,
    default_body,
    load_operations,
    model_facts,
    schema_problem,
    valid_date,
)
from ._jobs import S3_PREFIX, JobsWorld
from ._orders import FulfillmentOrders
from ._sandbox import SandboxCase
from ._sandbox import match as sandbox_case

__all__ = [
    "FAKE_CLIENT_ID",
    "FAKE_CLIENT_SECRET",
    "FAKE_REFRESH_TOKEN",
    "GRANTLESS_SCOPES",
    "LWA_TOKEN",
    "FakeSpApi",
    "RequestRecord",
    "Stats",
]

# Realistic in shape (so secret scrubbing is tested against real shapes), fake in value.
# The prefixes are joined on at run time so that repository secret scanners,
# which look for token-shaped literals, do not flag these fakes.
FAKE_CLIENT_ID = "amzn1.application-oa2-client.5f0c1e2d3b4a49788a6b7c8d9e0f1a2b"
FAKE_CLIENT_SECRET = (
    "amzn1.oa2-cs.v1." + "9d8c7b6a5f4e3d2c1b0a99887766554433221100ffeeddccbbaa998877665544"
)
FAKE_REFRESH_TOKEN = (
    "Atzr|" + "IwEBIFakeRefreshTokenForTheLocalFakeSpApi0123456789-abcdefghijklmnop"
    "qrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789-abcdefghijklmnopqrstuvwxyzAB"
    "CDEFGHIJKLMNOPQRSTUVWXYZ_0123456789-FakeFakeFakeFakeFakeFakeFakeFakeFakeFake"
)
GRANTLESS_SCOPES = frozenset(
    {
        "sellingpartnerapi::notifications",
        "sellingpartnerapi::client_credential:rotation",
        "sellingpartnerapi::migration",
    }
)
#: The operation name the token endpoint has in stats, records and fault filters.
LWA_TOKEN = "lwa.token"
_TOKEN_PATH = "/auth/o2/token"
_DEFAULT_PAGES = 3

_ERRORS_403 = {
    "expired": "The access token you provided has expired.",
    "invalid": "The access token you provided is invalid.",
    "missing": "Access token is missing in the request header.",
    "wrong_grant": "The access token you provided is not valid for this operation.",
}
_FAILURE_CODES = {
    500: ("InternalFailure", "We encountered an internal error. Please try again."),
    502: ("BadGateway", "Bad gateway."),
    503: ("ServiceUnavailable", "Service temporarily unavailable. Please try again later."),
    504: ("GatewayTimeout", "Gateway timeout."),
}


def _errors(code: str, message: str, details: str | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = {"code": code, "message": message}
    if details is not None:
        entry["details"] = details
    return {"errors": [entry]}


@dataclass(frozen=True)
class RequestRecord:
    """One request the server answered (or dropped: ``status`` 0).

    Attributes:
        at: Server clock reading when the request was decided.
        operation: ``<package>.<operationId>``, :data:`LWA_TOKEN`, or ``""`` for an
            unknown route.
        status: HTTP status sent (0 when the connection was dropped).
        identity: Bucket identity of the access token (a hash, never the token).
        method: HTTP method.
        path: URL path.
        query: Raw query string (never holds a secret in SP-API).
        rate_limit: The ``x-amzn-RateLimit-Limit`` sent, if any.
    """

    at: float
    operation: str
    status: int
    identity: str | None
    method: str
    path: str
    query: str
    rate_limit: str | None


@dataclass(frozen=True)
class Stats:
    """A snapshot of what the server has seen since start (or ``reset_stats``).

    Attributes:
        requests: SP-API requests per ``<package>.<operationId>`` (throttled ones included).
        statuses: Answers per HTTP status, token endpoint included (0 = dropped).
        throttled: 429s sent.
        throttled_by_operation: 429s per ``<package>.<operationId>``.
        token_requests: Token endpoint requests per ``grant_type`` (valid or not).
        concurrency_peak: Most SP-API requests in flight at once.
        records: Every request, in the order decided.
    """

    requests: Mapping[str, int]
    statuses: Mapping[int, int]
    throttled: int
    throttled_by_operation: Mapping[str, int]
    token_requests: Mapping[str, int]
    concurrency_peak: int
    records: tuple[RequestRecord, ...]

    @property
    def total_requests(self) -> int:
        """All SP-API requests (token requests excluded)."""
        return sum(self.requests.values())


@dataclass
class _Grant:
    identity: str
    expires_at: float
    scope: str | None = None  # set for grantless (client_credentials) tokens
    rdt_paths: frozenset[str] | None = None  # set for Restricted Data Tokens: "METHOD path"


@dataclass
class _Fault:
    kind: str  # "fail", "drop", "respond" or "delay"
    remaining: int
    operation: str | None
    status: int = 0
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    after: bool = False  # the request takes effect first; only its answer is lost


@dataclass
class _Reply:
    status: int
    body: bytes
    headers: dict[str, str]
    # A Content-Length larger than the body: the connection closes after the body (a cut).
    declared: int | None = None


_DROP = object()


def _json_reply(status: int, body: Any, headers: Mapping[str, str] | None = None) -> _Reply:
    if isinstance(body, bytes):
        raw = body
    elif isinstance(body, str):
        raw = body.encode()
    else:
        raw = json.dumps(body).encode()
    out = {"content-type": "application/json", "x-amzn-RequestId": str(uuid.uuid4())}
    out.update(headers or {})
    return _Reply(status, raw, out)


def _rate_text(rate: float) -> str:
    return repr(float(rate))


class _HttpServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    # A client's idle keep-alive connection must not block stop().
    block_on_close = False
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], fake: FakeSpApi) -> None:
        self.fake = fake
        self.open_connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, _Handler)


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "Server"
    sys_version = ""
    server: _HttpServer

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes: without this, Nagle plus
        # delayed ACKs add ~40 ms to every answer.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.server.connections_lock:
            self.server.open_connections.add(self.connection)

    def finish(self) -> None:
        with contextlib.suppress(OSError):
            super().finish()
        with self.server.connections_lock:
            self.server.open_connections.discard(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        # Quiet: the access log would print tokens nowhere, but it is noise in tests.
        return

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        try:
            reply = self.server.fake._dispatch(self.command, self.path, self.headers, body)
        except Exception as exc:
            # A bug in the fake must be loud, not look like Amazon's InternalFailure:
            # recorded, it fails the ``with`` block that ran the fake (see __exit__).
            traceback.print_exc()
            where = urlsplit(self.path).path
            self.server.fake.bugs.append(f"{self.command} {where}: {type(exc).__name__}: {exc}")
            reply = _json_reply(
                500, _errors("FakeServerBug", f"fake_spapi crashed: {type(exc).__name__}")
            )
        if reply is _DROP:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        assert isinstance(reply, _Reply)
        # The client may have given up (a timeout): a closed socket is no error here.
        with contextlib.suppress(OSError):
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(reply.declared or len(reply.body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(reply.body)
            if reply.declared is not None and reply.declared > len(reply.body):
                self.wfile.flush()
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _handle


class FakeSpApi:
    """A local SP-API and Login with Amazon, for tests, benchmarks and the demo.

    See the package docstring (``fake_spapi``) for the full behaviour.

    Args:
        host: Interface to bind.
        port: Port to bind; 0 picks a free one.
        client_id: The LWA client id the token endpoint accepts.
        client_secret: The LWA client secret it accepts.
        refresh_token: The refresh token it accepts.
        expires_in: Lifetime of issued access tokens, in seconds.
        rate_limits: ``{"<package>.<operationId>": (rate, burst)}`` replacing the
            table's plan.
        advertised_rate: A raised plan: every operation's rate (burst kept).
        default_rate_limit: ``(rate, burst)`` for operations the table gives none.
        burst: every operation's burst, in place of its plan's (a benchmark's
            "server limits off": a burst no run empties, the rate still advertised).
        retry_after: Send ``Retry-After`` (whole seconds) on 429s.
        pages: ``{"<package>.<operationId>": count}`` for paginated operations
            (default 3).
        operations: An operation table to use instead of the generated one.
        api_packages: The ``API_PACKAGES`` mapping matching ``operations``.
        clock: Monotonic clock for buckets and token expiry (injectable for tests).
        wall_clock: Epoch seconds for the times in answers (``createdTime``...).
        latency: Seconds each SP-API answer is held back (to create concurrency).
        remember_fulfillment_orders: ``createFulfillmentOrder`` (2020-07-01) stores
            its ``sellerFulfillmentOrderId`` (counted in ``created``, duplicates
            accepted so a doubled create shows), ``getFulfillmentOrder`` answers 404
            for an id never created.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        client_id: str = FAKE_CLIENT_ID,
        client_secret: str = FAKE_CLIENT_SECRET,
        refresh_token: str = FAKE_REFRESH_TOKEN,
        expires_in: int = 3600,
        rate_limits: Mapping[str, tuple[float, int]] | None = None,
        advertised_rate: float | None = None,
        default_rate_limit: tuple[float, int] = (1.0, 10),
        burst: int | None = None,
        retry_after: bool = False,
        pages: Mapping[str, int] | None = None,
        operations: Mapping[str, Mapping[str, Mapping[str, object]]] | None = None,
        api_packages: Mapping[str, Mapping[str, str]] | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        latency: float = 0.0,
        remember_fulfillment_orders: bool = False,
    ) -> None:
        self._host = host
        self.remember_fulfillment_orders = remember_fulfillment_orders
        #: sellerFulfillmentOrderId -> how many createFulfillmentOrder requests made it.
        self.created: Counter[str] = Counter()
        self._requested_port = port
        self.client_id = client_id
        self._client_secret = client_secret
        self._refresh_tokens = {refresh_token}
        self.expires_in = expires_in
        self.retry_after = retry_after
        self.latency = latency
        self._clock = clock
        self._router = Router(load_operations(operations, api_packages))
        self._advertised_rate = advertised_rate
        self._default_rate_limit = default_rate_limit
        if burst is not None and burst < 1:
            raise ValueError(f"burst must be >= 1, got {burst}")
        self._burst = burst
        self._overrides: dict[str, tuple[float, int]] = {}
        for op_id, plan in (rate_limits or {}).items():
            self._check_plan(op_id, plan)
            self._overrides[self._operation(op_id).key] = plan
        if advertised_rate is not None and advertised_rate <= 0:
            raise ValueError(f"advertised_rate must be > 0, got {advertised_rate}")
        if default_rate_limit[0] <= 0 or default_rate_limit[1] < 1:
            raise ValueError(
                f"default_rate_limit must be (rate > 0, burst >= 1), got {default_rate_limit}"
            )
        if expires_in < 1:
            raise ValueError(f"expires_in must be >= 1 second, got {expires_in}")
        self._pages: dict[str, int] = {}
        for op_id, count in (pages or {}).items():
            self.set_pages(op_id, count)
        self._lock = threading.Lock()
        self._grants: dict[str, _Grant] = {}
        self._buckets: dict[tuple[str, str], TokenBucket] = {}
        self._faults: list[_Fault] = []
        self._page_tokens: dict[str, tuple[str, int]] = {}
        self._in_flight = 0
        self._gate = threading.Event()
        self._gate.set()
        self._reset_stats_locked()
        # Stateful Fulfillment Outbound orders (the offline SP-API sets one); None:
        # those operations give their static answers.
        self.orders: FulfillmentOrders | None = None
        self._httpd: _HttpServer | None = None
        self._thread: threading.Thread | None = None
        # "<METHOD> <path>: <exception>" of each request the fake crashed on.
        self.bugs: list[str] = []
        # Reports, feeds and Data Kiosk lifecycles and their S3 documents (_jobs.py).
        self.jobs = JobsWorld(clock=clock, wall_clock=wall_clock)

    def __repr__(self) -> str:
        where = self.endpoint if self._httpd is not None else "stopped"
        return f"FakeSpApi({where}, {len(self._router.keys)} operations)"

    # ----------------------------------------------------------------- lifecycle
    def start(self) -> FakeSpApi:
        """Bind and serve in a daemon thread; returns ``self``."""
        if self._httpd is not None:
            raise RuntimeError("FakeSpApi is already running")
        self._httpd = _HttpServer((self._host, self._requested_port), self)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"FakeSpApi:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close every open connection."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._gate.set()
        httpd.shutdown()
        with httpd.connections_lock:
            for conn in list(httpd.open_connections):
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeSpApi:
        return self.start()

    def __exit__(self, exc_type: object, *exc_info: object) -> None:
        self.stop()
        if exc_type is None and self.bugs:
            # Clear ``bugs`` in a test that provokes one on purpose.
            raise AssertionError("fake_spapi crashed while serving: " + "; ".join(self.bugs))

    @property
    def port(self) -> int:
        """The bound port."""
        if self._httpd is None:
            raise RuntimeError("FakeSpApi is not running: use it as a context manager")
        return int(self._httpd.server_address[1])

    @property
    def endpoint(self) -> str:
        """Base URL of the fake SP-API, e.g. ``http://127.0.0.1:54321``."""
        return f"http://{self._host}:{self.port}"

    @property
    def token_url(self) -> str:
        """URL of the fake Login with Amazon token endpoint."""
        return self.endpoint + _TOKEN_PATH

    @property
    def operation_ids(self) -> tuple[str, ...]:
        """The operations this server routes, as ``<package>.<operationId>``, sorted."""
        return self._router.keys

    def success_body(self, operation_id: str) -> Any:
        """A fresh copy of the success body ``operation_id`` answers (None: no body).

        Change it and pass it to :meth:`respond_next` to send, say, an unknown
        enum value or an extra field.
        """
        return default_body(self._operation(operation_id))

    # ------------------------------------------------------------- rate plans
    def _operation(self, operation_id: str) -> Operation:
        """The operation named ``<package>.<operationId>`` (see :meth:`Router.find`)."""
        return self._router.find(operation_id)

    def _check_plan(self, operation_id: str, plan: tuple[float, int]) -> None:
        self._operation(operation_id)
        rate, burst = plan
        if rate <= 0 or burst < 1:
            raise ValueError(
                f"rate limit for {operation_id} must be (rate > 0, burst >= 1), got {plan}"
            )

    def rate_limit(self, operation_id: str) -> tuple[float, int]:
        """The ``(rate, burst)`` the server enforces now for ``operation_id``."""
        op = self._operation(operation_id)
        if op.key in self._overrides:
            rate, burst = self._overrides[op.key]
        elif op.rate is not None and op.burst is not None:
            rate, burst = op.rate, op.burst
        else:
            rate, burst = self._default_rate_limit
        if self._advertised_rate is not None:
            rate = self._advertised_rate
        if self._burst is not None:
            burst = self._burst
        return rate, burst

    def set_rate_limit(self, operation_id: str, rate: float, burst: int) -> None:
        """Enforce ``(rate, burst)`` for ``operation_id`` from now on."""
        self._check_plan(operation_id, (rate, burst))
        with self._lock:
            self._overrides[self._operation(operation_id).key] = (rate, burst)
            self._reconfigure_locked()

    def set_advertised_rate(self, rate: float | None) -> None:
        """Raise (or with ``None`` drop) the plan: every operation's rate from now on."""
        if rate is not None and rate <= 0:
            raise ValueError(f"advertised rate must be > 0, got {rate}")
        with self._lock:
            self._advertised_rate = rate
            self._reconfigure_locked()

    def _reconfigure_locked(self) -> None:
        now = self._clock()
        for (_identity, op_id), bucket in self._buckets.items():
            rate, burst = self.rate_limit(op_id)
            bucket.reconfigure(rate, burst, now)

    def set_pages(self, operation_id: str, count: int) -> None:
        """Answer the paginated ``operation_id`` in ``count`` pages."""
        op = self._operation(operation_id)
        if op.pagination is None:
            raise ValueError(f"{operation_id} is not paginated")
        if count < 1:
            raise ValueError(f"page count must be >= 1, got {count}")
        self._pages[op.key] = count

    # ------------------------------------------------------------ scenarios
    def _add_fault(self, fault: _Fault) -> None:
        if fault.operation is not None and fault.operation != LWA_TOKEN:
            fault.operation = self._operation(fault.operation).key
        if fault.remaining < 1:
            raise ValueError(f"n must be >= 1, got {fault.remaining}")
        with self._lock:
            self._faults.append(fault)

    def fail_next(
        self,
        n: int = 1,
        status: int = 503,
        *,
        operation_id: str | None = None,
        after: bool = False,
    ) -> None:
        """Answer the next ``n`` SP-API requests with ``status`` and Amazon's error body.

        Args:
            n: How many requests fail.
            status: The HTTP status (500, 503, ...).
            operation_id: Only requests to this operation (:data:`LWA_TOKEN` for
                the token endpoint); any SP-API operation if None.
            after: The request is carried out first (a create is made), then its
                answer is replaced by the error (a gateway that lost the answer).
        """
        if not 400 <= status <= 599:
            raise ValueError(f"status must be an HTTP error status, got {status}")
        self._add_fault(_Fault("fail", n, operation_id, status, after=after))

    def drop_next(
        self, n: int = 1, *, operation_id: str | None = None, after: bool = False
    ) -> None:
        """Close the connection after reading the next ``n`` requests, answering nothing.

        ``after=True`` carries each request out first (a create is made), then drops it.
        """
        self._add_fault(_Fault("drop", n, operation_id, after=after))

    def respond_next(
        self,
        operation_id: str,
        status: int,
        body: Any,
        *,
        headers: Mapping[str, str] | None = None,
        n: int = 1,
    ) -> None:
        """Answer the next ``n`` requests to ``operation_id`` with this exact answer.

        Args:
            operation_id: The operation (or :data:`LWA_TOKEN`).
            status: HTTP status.
            body: JSON-encodable value, or ``str``/``bytes`` sent as is.
            headers: Extra response headers.
            n: How many requests get it.
        """
        self._add_fault(_Fault("respond", n, operation_id, status, body, dict(headers or {})))

    def delay_next(
        self, n: int = 1, seconds: float = 1.0, *, operation_id: str | None = None
    ) -> None:
        """Hold the next ``n`` SP-API answers ``seconds`` longer (to trip client timeouts).

        The answer is still decided and sent afterwards, as a slow Amazon would:
        for a non-idempotent call the work is done although the client gave up.
        """
        if seconds <= 0:
            raise ValueError(f"seconds must be > 0, got {seconds}")
        if operation_id == LWA_TOKEN:
            raise ValueError("delay_next applies to SP-API operations only")
        self._add_fault(_Fault("delay", n, operation_id, body=seconds))

    def _take_delay_locked(self, key: str) -> float:
        for fault in self._faults:
            if fault.kind == "delay" and fault.operation in (None, key):
                fault.remaining -= 1
                if fault.remaining == 0:
                    self._faults.remove(fault)
                return float(fault.body)
        return 0.0

    def expire_tokens(self) -> None:
        """Make every access token issued so far expired (403 'has expired')."""
        with self._lock:
            now = self._clock()
            for grant in self._grants.values():
                grant.expires_at = min(grant.expires_at, now)

    def revoke_tokens(self) -> None:
        """Forget every access token issued so far (403 'is invalid')."""
        with self._lock:
            self._grants.clear()

    def revoke_refresh_token(self, refresh_token: str | None = None) -> None:
        """Refuse a refresh token from now on (LWA answers ``invalid_grant``)."""
        with self._lock:
            if refresh_token is None:
                self._refresh_tokens.clear()
            else:
                self._refresh_tokens.discard(refresh_token)

    def add_refresh_token(self, refresh_token: str) -> None:
        """Accept another refresh token (another seller: its own buckets)."""
        with self._lock:
            self._refresh_tokens.add(refresh_token)

    def pause(self) -> None:
        """Hold every SP-API request (counted in flight) until :meth:`resume`."""
        self._gate.clear()

    def resume(self) -> None:
        """Let held requests proceed."""
        self._gate.set()

    @property
    def in_flight(self) -> int:
        """SP-API requests being handled right now."""
        with self._lock:
            return self._in_flight

    # ----------------------------------------------------------------- stats
    def _reset_stats_locked(self) -> None:
        self._requests: Counter[str] = Counter()
        self._statuses: Counter[int] = Counter()
        self._throttled: Counter[str] = Counter()
        self._token_requests: Counter[str] = Counter()
        self._peak = self._in_flight
        self._records: list[RequestRecord] = []

    def reset_stats(self) -> None:
        """Zero the counters and forget the records."""
        with self._lock:
            self._reset_stats_locked()

    @property
    def stats(self) -> Stats:
        """A consistent snapshot of the counters."""
        with self._lock:
            return Stats(
                requests=dict(self._requests),
                statuses=dict(self._statuses),
                throttled=sum(self._throttled.values()),
                throttled_by_operation=dict(self._throttled),
                token_requests=dict(self._token_requests),
                concurrency_peak=self._peak,
                records=tuple(self._records),
            )

    # ---------------------------------------------------------------- serving
    def _record_locked(
        self,
        operation: str,
        reply: _Reply | object,
        identity: str | None,
        method: str,
        path: str,
        query: str,
    ) -> None:
        status = reply.status if isinstance(reply, _Reply) else 0
        rate = reply.headers.get("x-amzn-RateLimit-Limit") if isinstance(reply, _Reply) else None
        self._statuses[status] += 1
        if operation and operation != LWA_TOKEN:
            self._requests[operation] += 1
            if status == 429:
                self._throttled[operation] += 1
        self._records.append(
            RequestRecord(self._clock(), operation, status, identity, method, path, query, rate)
        )

    def _take_fault_locked(self, operation: str) -> _Fault | None:
        for fault in self._faults:
            applies = fault.kind != "delay" and (
                fault.operation == operation or (fault.operation is None and operation != LWA_TOKEN)
            )
            if applies and fault.remaining > 0:
                fault.remaining -= 1
                if fault.remaining == 0:
                    self._faults.remove(fault)
                return fault
        return None

    def _dispatch(self, method: str, target: str, headers: Message, body: bytes) -> _Reply | object:
        url = urlsplit(target)
        path = url.path
        if path == _TOKEN_PATH:
            with self._lock:
                reply = self._token_locked(method, headers, body)
                self._record_locked(LWA_TOKEN, reply, None, method, path, "")
            return reply
        if path.startswith(S3_PREFIX):
            with self._lock:
                s3 = self.jobs.s3(method, path, url.query, headers, body)
                reply = _Reply(s3.status, s3.body, s3.headers, s3.declared)
                self._record_locked("s3", reply, None, method, path, "")
            return reply
        op, path_params, path_known = self._router.match(method, path)
        if op is None:
            with self._lock:
                reply = _json_reply(
                    404 if not path_known else 405,
                    _errors(
                        "NotFound" if not path_known else "MethodNotAllowed",
                        f"No operation answers {method} {path}.",
                    ),
                )
                self._record_locked("", reply, None, method, path, url.query)
            return reply
        with self._lock:
            self._in_flight += 1
            self._peak = max(self._peak, self._in_flight)
        try:
            self._gate.wait()
            with self._lock:
                delay = self._take_delay_locked(op.key)
            if self.latency + delay > 0:
                time.sleep(self.latency + delay)
            with self._lock:
                identity, reply = self._api_locked(op, path_params, url.query, headers, body)
                self._record_locked(op.key, reply, identity, method, path, url.query)
            return reply
        finally:
            with self._lock:
                self._in_flight -= 1

    # ------------------------------------------------------------ LWA tokens
    def _token_locked(self, method: str, headers: Message, body: bytes) -> _Reply | object:
        form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
        grant_type = form.get("grant_type", "")
        self._token_requests[grant_type or "<missing>"] += 1
        fault = self._take_fault_locked(LWA_TOKEN)
        if fault is not None:
            return self._fault_reply(fault, lwa=True)
        if method != "POST":
            return _json_reply(405, {"error": "invalid_request", "error_description": "Use POST"})
        content_type = str(headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type != "application/x-www-form-urlencoded":
            return self._lwa_error(
                400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded"
            )
        if grant_type not in ("refresh_token", "client_credentials"):
            return self._lwa_error(
                400, "unsupported_grant_type", "The authorization grant type is not supported"
            )
        for name in ("client_id", "client_secret"):
            if not form.get(name):
                return self._lwa_error(
                    400, "invalid_request", f"The request is missing a required parameter : {name}"
                )
        if not (
            secrets.compare_digest(form["client_id"], self.client_id)
            and secrets.compare_digest(form["client_secret"], self._client_secret)
        ):
            return self._lwa_error(401, "invalid_client", "Client authentication failed")
        answer: dict[str, Any]
        if grant_type == "refresh_token":
            refresh = form.get("refresh_token", "")
            if not refresh:
                return self._lwa_error(
                    400,
                    "invalid_request",
                    "The request is missing a required parameter : refresh_token",
                )
            if refresh not in self._refresh_tokens:
                return self._lwa_error(
                    400,
                    "invalid_grant",
                    "The request has an invalid grant parameter : refresh_token",
                )
            identity = "seller-" + hashlib.sha256(refresh.encode()).hexdigest()[:12]
            answer = {"refresh_token": refresh}
            scope = None
        else:
            scope = form.get("scope", "")
            if not scope:
                return self._lwa_error(
                    400, "invalid_request", "The request is missing a required parameter : scope"
                )
            if scope not in GRANTLESS_SCOPES:
                return self._lwa_error(
                    400, "invalid_scope", "The request has an invalid parameter : scope"
                )
            identity = "grantless-" + hashlib.sha256(scope.encode()).hexdigest()[:12]
            answer = {"scope": scope}
        token = "Atza|IwEB" + secrets.token_urlsafe(192)
        self._grants[token] = _Grant(identity, self._clock() + self.expires_in, scope)
        answer = {
            "access_token": token,
            **answer,
            "token_type": "bearer",
            "expires_in": self.expires_in,
        }
        return _json_reply(200, answer, {"cache-control": "no-store", "pragma": "no-cache"})

    @staticmethod
    def _lwa_error(status: int, error: str, description: str) -> _Reply:
        return _json_reply(status, {"error_description": description, "error": error})

    # -------------------------------------------------------------- SP-API
    def _fault_reply(self, fault: _Fault, *, lwa: bool = False) -> _Reply | object:
        if fault.kind == "drop":
            return _DROP
        if fault.kind == "respond":
            return _json_reply(fault.status, fault.body, fault.headers)
        if lwa:
            return self._lwa_error(
                fault.status, "server_error", "The server encountered an unexpected error"
            )
        code, message = _FAILURE_CODES.get(
            fault.status, (HTTPStatus(fault.status).phrase.replace(" ", ""), "Request failed.")
        )
        return _json_reply(fault.status, _errors(code, message))

    def _api_locked(
        self,
        op: Operation,
        path_params: Mapping[str, str],
        query: str,
        headers: Message,
        body: bytes,
    ) -> tuple[str | None, _Reply | object]:
        rate, _burst = self.rate_limit(op.key)
        limit_header = {"x-amzn-RateLimit-Limit": _rate_text(rate)}
        token = headers.get("x-amz-access-token")
        grant = self._grants.get(token) if token else None
        if grant is None:
            reason = "invalid" if token else "missing"
            return None, self._unauthorized(reason, limit_header)
        now = self._clock()
        if now >= grant.expires_at:
            return grant.identity, self._unauthorized("expired", limit_header)
        # A grantless token speaks for no seller; a grantless operation needs its scope.
        if grant.scope != op.grantless_scope:
            return grant.identity, self._unauthorized("wrong_grant", limit_header)
        fault = self._take_fault_locked(op.key)
        if fault is not None and not fault.after:
            reply = self._fault_reply(fault)
            if isinstance(reply, _Reply):
                reply.headers = {**limit_header, **reply.headers}
            return grant.identity, reply
        bucket = self._buckets.get((grant.identity, op.key))
        if bucket is None:
            bucket = TokenBucket.full(rate, _burst, now)
            self._buckets[(grant.identity, op.key)] = bucket
        if not bucket.try_take(now):
            extra = dict(limit_header)
            if self.retry_after:
                extra["Retry-After"] = bucket.retry_after_header(now)
            return grant.identity, _json_reply(
                429,
                _errors("QuotaExceeded", "You exceeded your quota for the requested resource."),
                extra,
            )
        # A request matching one of the model's sandbox cases gets the case's answer:
        # an error case as it stands (its request is often invalid on purpose); a
        # success case only once the request passed the model's checks, and only
        # where no stateful answer (orders, ...) applies: it replaces the static body.
        # Answered here, the request still meets an ``after`` fault below.
        case = sandbox_case(op, path_params, query, headers, body)
        decided: _Reply | None = None
        if case is not None and case.status >= 400:
            decided = self._case_reply(case, limit_header)
        problem = None if decided is not None else self._validate(op, path_params, query, body)
        if problem is not None:
            return grant.identity, _json_reply(
                400, _errors("InvalidInput", problem, ""), limit_header
            )
        if decided is None and self.orders is not None:
            sent = json.loads(body) if body.strip() else None
            stateful = self.orders.answer(op, path_params, query, sent, grant.identity)
            if stateful is not None:
                decided = _json_reply(*stateful, limit_header)
        # A case's own page token is Amazon's, not one this server handed out.
        skip_page_check = case is not None or decided is not None
        problem = None if skip_page_check else self._page_problem(op, query)
        if problem is not None:
            return grant.identity, _json_reply(
                400, _errors("InvalidInput", problem, ""), limit_header
            )
        status: int
        answer: Any
        if decided is not None:
            status, answer = decided.status, decided.body
        elif op.operation_id == "createRestrictedDataToken":
            status, answer = 200, self._rdt_locked(grant, body)
        elif self.jobs.handles(op.package, op.operation_id):
            status, answer = self.jobs.answer(
                op.package,
                op.operation_id,
                path_params,
                query,
                body,
                self.endpoint,
                rdt=grant.rdt_paths,
            )
            answer = b"" if answer is None else answer
        elif case is not None:
            decided = self._case_reply(case, limit_header)
            status, answer = decided.status, decided.body
        else:
            status, answer = self._success(op, query)
            if self.remember_fulfillment_orders:
                found = self._fulfillment_orders_locked(op, path_params, body, answer)
                if found is not None:
                    return grant.identity, _json_reply(404, found, limit_header)
        if fault is not None:  # after=True: the work is done, the answer is lost
            reply = self._fault_reply(fault)
            if isinstance(reply, _Reply):
                reply.headers = {**limit_header, **reply.headers}
            return grant.identity, reply
        if decided is not None:
            return grant.identity, decided
        return grant.identity, _json_reply(status, answer, limit_header)

    def _fulfillment_orders_locked(
        self, op: Operation, path_params: Mapping[str, str], body: bytes, answer: Any
    ) -> Any:
        """Store a created order, or the 404 body for an order never created (else None)."""
        if op.key == "fulfillment_outbound_v2020_07_01.createFulfillmentOrder":
            self.created[json.loads(body)["sellerFulfillmentOrderId"]] += 1
        elif op.key == "fulfillment_outbound_v2020_07_01.getFulfillmentOrder":
            order_id = path_params.get("sellerFulfillmentOrderId", "")
            if order_id not in self.created:
                return _errors("NotFound", f"Fulfillment order {order_id} was not found.")
            answer["payload"]["fulfillmentOrder"]["sellerFulfillmentOrderId"] = order_id
        return None

    def _rdt_locked(self, grant: _Grant, body: bytes) -> dict[str, Any]:
        """A Restricted Data Token for the resources asked: a grant of the same seller."""
        sent = json.loads(body)
        paths = frozenset(
            f"{r.get('method', '')} {r.get('path', '')}"
            for r in sent.get("restrictedResources", [])
        )
        token = "Atz.sprdt|" + secrets.token_urlsafe(96)
        self._grants[token] = _Grant(grant.identity, self._clock() + 3600, None, paths)
        return {"restrictedDataToken": token, "expiresIn": 3600}

    @staticmethod
    def _case_reply(case: SandboxCase, headers: Mapping[str, str]) -> _Reply:
        answer: Any = case.response if case.has_response and case.status != 204 else b""
        return _json_reply(case.status, answer, {**headers, **case.headers})

    @staticmethod
    def _unauthorized(reason: str, headers: Mapping[str, str]) -> _Reply:
        return _json_reply(
            403,
            _errors("Unauthorized", "Access to requested resource is denied.", _ERRORS_403[reason]),
            headers,
        )

    def _validate(
        self, op: Operation, path_params: Mapping[str, str], query: str, body: bytes
    ) -> str | None:
        if op.model is None:
            return None
        facts = model_facts(op.model, op.method, op.path)
        values = parse_qs(query, keep_blank_values=True)
        for param in facts.params:
            if param.location == "query":
                sent = values.get(param.name)
                if not sent or sent == [""]:
                    if param.required:
                        return f"Missing required query parameter '{param.name}'."
                    continue
                multi = param.collection_format == "multi" or param.name in op.multi
                if len(sent) > 1 and not multi:
                    return (
                        f"Query parameter '{param.name}' was sent {len(sent)} times; "
                        "send one comma-separated value."
                    )
                for value in sent:
                    problem = _check_value(param, value, multi)
                    if problem:
                        return problem
            elif param.location == "path":
                value = path_params.get(param.name, "")
                problem = _check_value(param, value, False)
                if problem:
                    return problem
            elif param.location == "body":
                if not body.strip():
                    if param.required:
                        return "The request body is required."
                    continue
                try:
                    sent_body = json.loads(body)
                except ValueError:
                    return "The request body is not valid JSON."
                if param.schema is not None:
                    problem = schema_problem(param.schema, sent_body, facts.definitions)
                    if problem:
                        return problem
        return None

    def _page_problem(self, op: Operation, query: str) -> str | None:
        """Why the pagination token sent is refused, or None."""
        if op.pagination is None:
            return None
        request_name = op.pagination[0]
        sent = parse_qs(query).get(request_name)
        if not sent:
            return None
        found = self._page_tokens.get(sent[0])
        if found is None or found[0] != op.key:
            return f"The {request_name} is invalid or has expired."
        return None

    def _success(self, op: Operation, query: str) -> tuple[int, Any]:
        """Status and body of the success answer (``b""``: no body); page-aware."""
        status = 200
        if op.model is not None:
            status = model_facts(op.model, op.method, op.path).success_status
        body = default_body(op)
        if body is None:
            return status, b""
        if op.pagination is None:
            return status, body
        request_name, response_path = op.pagination
        sent = parse_qs(query).get(request_name)
        page = self._page_tokens[sent[0]][1] if sent else 0
        pages = self._pages.get(op.key, _DEFAULT_PAGES)
        *parents, last = response_path
        holder = body
        for part in parents:
            holder = holder.setdefault(part, {})
        holder.pop(last, None)
        if page + 1 < pages:
            token = secrets.token_urlsafe(48)
            self._page_tokens[token] = (op.key, page + 1)
            holder[last] = token
        if page > 0 and op.key in PAGE_ITEM_IDS:
            list_path, id_field = PAGE_ITEM_IDS[op.key]
            items: Any = body
            for part in list_path:
                items = items.get(part, []) if isinstance(items, dict) else []
            for item in items:
                if isinstance(item, dict) and isinstance(item.get(id_field), str):
                    item[id_field] = f"{item[id_field]}-P{page + 1}"
        return status, body


def _check_value(param: Param, value: str, multi: bool) -> str | None:
    if param.type == "array":
        parts = [value] if multi else value.split(",")
        for part in parts:
            problem = _check_scalar(param.name, param.item_type, param.item_enum, None, part)
            if problem:
                return problem
        return None
    return _check_scalar(param.name, param.type, param.enum, param.format, value)


def _check_scalar(
    name: str, kind: str | None, enum: tuple[str, ...] | None, fmt: str | None, value: str
) -> str | None:
    if enum is not None and value not in enum:
        return f"Invalid value '{value}' for '{name}': expected one of {', '.join(enum)}."
    try:
        if kind == "integer":
            int(value)
        elif kind == "number":
            float(value)
    except ValueError:
        return f"Invalid value '{value}' for '{name}': expected {kind}."
    if kind == "boolean" and value not in ("true", "false"):
        return f"Invalid value '{value}' for '{name}': expected true or false."
    if kind == "string" and fmt in ("date-time", "date") and not valid_date(value, fmt):
        return f"Invalid value '{value}' for '{name}': expected an ISO 8601 {fmt}."
    return None
