"""httpx transports that make SP-API requests behave: rate limits, retries, query arrays.

:class:`SpApiTransport` (sync) and :class:`AsyncSpApiTransport` (asyncio) wrap
an inner httpx transport. For a request that is an SP-API operation (found by
method and path in the :class:`~selling_partner._operations.OperationIndex`)
they:

1. take the :class:`~selling_partner._operations.Operation` the request was
   built for (``request.extensions["selling_partner.operation"]``, see
   :mod:`._routing`; looked up by method and path when untagged) and refuse to
   send a path that no longer has that operation's template's shape;
2. send the repeated query keys of its ``csv`` parameters as one value joined
   with a literal comma (``MarketplaceIds=A,B``, as Amazon documents it); a value
   that itself holds a comma is refused before sending (:func:`refuse_csv_commas`:
   Amazon would split it);
3. take a token from the bucket (identity, region, operationId) and wait for
   its slot, unless rate limiting is off; a slot further away than
   ``RetryPolicy.max_queue_wait`` raises :class:`~selling_partner.ThrottledError`
   instead, before anything is sent;
4. send, read the body inside the attempt, adopt ``x-amzn-RateLimit-Limit``, and
   retry as :mod:`._retry` decides: 429 always (pausing the bucket), 5xx,
   transport errors and bodies cut mid-way only when the operation is
   ``retry_safe`` (or the request provably never left). A 2xx whose body was cut
   on an unsafe operation raises :class:`~selling_partner.OutcomeUnknownError`
   saying it took effect; a failure after the retries raises
   :class:`~selling_partner.TransportError` (``__cause__``: the httpx error);
5. keep the whole request within ``RetryPolicy.deadline``: queue waits, retries
   and every attempt's connect/read/write waits are bounded by the time left,
   and a body still arriving at the deadline is cut off;
6. record ``response.extensions["selling_partner.attempts"]``.

Any other request (Login with Amazon, presigned document URLs) passes straight
through. Both shells drive one core (:meth:`_Core.exchange`, a generator of steps); they
differ only in how they send, sleep and call the store.
"""

from __future__ import annotations

import datetime
import enum
import logging
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, cast
from urllib.parse import unquote_plus

import httpx

from ._errors import (
    ConfigurationError,
    OutcomeUnknownError,
    ThrottledError,
    TransportError,
    describe,
)
from ._headers import RATE_LIMIT, REQUEST_ID
from ._operations import Operation, OperationIndex
from ._ratelimit import (
    DEFAULT_BURST,
    DEFAULT_RATE,
    AsyncBucketStore,
    BucketKey,
    BucketStore,
    InMemoryBucketStore,
)
from ._retry import Action, Decision, RetryPolicy, decide, parse_rate_limit, parse_retry_after
from ._routing import operation_of, path_problem
from ._vocabulary import ATTEMPTS_EXTENSION, DEADLINE_EXTENSION, implements, operation_path

__all__ = [
    "MAX_PAUSE",
    "AsyncSpApiTransport",
    "SpApiTransport",
    "join_csv_query",
    "refuse_csv_commas",
]

#: Longest pause one 429's ``Retry-After`` imposes on the bucket when it is not
#: waited out (given up at once): a single header must not starve it for ever.
MAX_PAUSE = 600.0

_log = logging.getLogger("selling_partner.transport")
_RETURN = Decision(Action.RETURN)
# A wait for a rate-limit slot longer than this is logged (DEBUG): a call that
# is queued, not a burst of a few paced calls.
_LOG_WAIT_OVER = 1.0


class _ExchangeStep(enum.Enum):
    """What :meth:`_Core.exchange` asks its shell to do (the I/O both shells differ in)."""

    RESERVE = "reserve"  # (key, rate, burst, now, max_wait) -> seconds to wait
    SLEEP = "sleep"  # seconds
    SEND = "send"  # None -> the response, or the httpx.TransportError raised
    OBSERVE = "observe"  # (key, rate, burst, now, advertised rate or None)
    PAUSE = "pause"  # (key, rate, burst, now, until, sent)
    DISCARD = "discard"  # the response of an attempt that is retried


def join_csv_query(query: bytes, csv: frozenset[str]) -> bytes:
    """Rewrite repeated keys named in ``csv`` as one comma-joined value.

    ``query`` is the raw (percent-encoded) query string. The joined value takes
    the place of the key's first occurrence; other keys keep their order and
    repetitions (``multi`` parameters stay repeated).
    """
    if not csv or not query:
        return query
    pairs = [part.partition(b"=") for part in query.split(b"&") if part]
    keys = [unquote_plus(raw_key.decode("ascii", "replace")) for raw_key, _, _ in pairs]
    counts: dict[str, int] = {}
    for key in keys:
        if key in csv:
            counts[key] = counts.get(key, 0) + 1
    if all(n < 2 for n in counts.values()):
        return query
    values: dict[str, list[bytes]] = {}
    for key, (_, _, raw_value) in zip(keys, pairs, strict=True):
        if counts.get(key, 0) > 1:
            values.setdefault(key, []).append(raw_value)
    out: list[bytes] = []
    emitted: set[str] = set()
    for key, (raw_key, sep, raw_value) in zip(keys, pairs, strict=True):
        if counts.get(key, 0) < 2:
            out.append(raw_key + sep + raw_value)
        elif key not in emitted:
            emitted.add(key)
            out.append(raw_key + b"=" + b",".join(values[key]))
    return b"&".join(out)


def refuse_csv_commas(op: Operation, query: bytes) -> None:
    """Refuse a value of a comma-joined (``csv``) parameter that holds a comma itself.

    Amazon reads such a parameter as one comma-separated list: ``A,B`` (or ``A%2CB``)
    would be two values, or be refused. The value itself is not shown (it may be PII).

    Raises:
        ConfigurationError: naming the operation, the parameter and the item.
    """
    counts: dict[str, int] = {}
    for part in query.split(b"&"):
        raw_key, _, raw_value = part.partition(b"=")
        key = unquote_plus(raw_key.decode("ascii", "replace"))
        if key not in op.csv:
            continue
        counts[key] = counts.get(key, 0) + 1
        if b"," in raw_value or b"%2C" in raw_value.upper():
            argument = op.params.query.get(key, key)
            raise ConfigurationError(
                f"{op.operation_id}: item {counts[key]} of {argument} ({key}) contains a comma, "
                f"but Amazon reads {key} as one comma-separated list, so it would be split "
                f"(or refused); nothing was sent. Pass each value as its own list item "
                f"({argument}=['A', 'B']), none holding a comma"
            )


class _Core:
    """What both shells share: operation lookup, bucket seeds, decisions, logs."""

    def __init__(
        self,
        *,
        operations: OperationIndex,
        identity: str,
        region: str,
        rate_limiting: bool,
        retry: RetryPolicy | None,
        clock: Callable[[], float],
        rng: Callable[[], float],
        base_path: str,
        wall_clock: Callable[[], float],
        app_identity: str | None = None,
    ) -> None:
        if not isinstance(operations, OperationIndex):
            raise ConfigurationError(
                f"operations must be an OperationIndex (e.g. OperationIndex.default()), "
                f"got {type(operations).__name__}"
            )
        for name, value in (("identity", identity), ("region", region)):
            if not isinstance(value, str) or not value:
                raise ConfigurationError(f"{name} must be a non-empty string, got {value!r}")
        self.operations = operations
        self.identity = identity
        # Grantless operations are limited per application, not per seller.
        self.app_identity = app_identity if app_identity is not None else identity
        self.region = region
        self.rate_limiting = rate_limiting
        self.retry = retry if retry is not None else RetryPolicy()
        self.clock = clock
        self.rng = rng
        self.base_path = base_path
        self.wall_clock = wall_clock

    def prepare(self, request: httpx.Request) -> Operation | None:
        """The request's operation (tagged when built, else looked up once); rewrite for it.

        Raises:
            ConfigurationError: the path no longer has the shape of the operation's
                template (a path parameter was empty, ``.`` or ``..``, or something
                rewrote the URL): nothing is sent.
        """
        op = operation_of(request, self.operations, self.base_path)
        if op is None:
            return None
        problem = path_problem(op, operation_path(request, self.base_path))
        if problem is not None:
            raise ConfigurationError(
                f"refusing to send {op.package}.{op.name} ({op.operation_id}): {problem}; "
                "an empty, '.' or '..' path parameter would reach another operation"
            )
        if op.csv:
            query = request.url.query
            refuse_csv_commas(op, query)
            joined = join_csv_query(query, op.csv)
            if joined != query:
                request.url = request.url.copy_with(query=joined)
        return op

    def key(self, op: Operation) -> tuple[BucketKey, float, int]:
        """The bucket key and the seed (rate, burst) for ``op``."""
        rate = op.rate if op.rate is not None else DEFAULT_RATE
        burst = op.burst if op.burst is not None else DEFAULT_BURST
        identity = self.app_identity if op.grantless_scope is not None else self.identity
        return BucketKey(identity, self.region, op.operation_id), rate, burst

    def advertised_rate(self, op: Operation, response: httpx.Response) -> float | None:
        """The rate ``x-amzn-RateLimit-Limit`` announces, if usable."""
        header = response.headers.get(RATE_LIMIT)
        rate = parse_rate_limit(header)
        if header is not None and rate is None:
            # Header values are never logged; saying that it was unusable is enough.
            _log.debug(
                "ignoring x-amzn-RateLimit-Limit for %s: not a positive number", op.operation_id
            )
        return rate

    def decide_response(
        self, op: Operation, response: httpx.Response, attempt: int, waited: float, left: float
    ) -> Decision:
        if response.status_code < 429:
            return _RETURN  # the common case skips header parsing
        retry_after = parse_retry_after(
            response.headers.get("Retry-After"),
            date=response.headers.get("Date"),
            wall_now=self.wall_clock(),
        )
        return decide(
            retry_safe=op.retry_safe,
            attempt=attempt,
            waited=waited,
            policy=self.retry,
            rng=self.rng,
            status=response.status_code,
            retry_after=retry_after,
            remaining=left,
        )

    def decide_error(
        self, op: Operation, error: httpx.HTTPError, attempt: int, waited: float, left: float
    ) -> Decision:
        return decide(
            retry_safe=op.retry_safe,
            attempt=attempt,
            waited=waited,
            policy=self.retry,
            rng=self.rng,
            error=error,
            remaining=left,
        )

    def check_wait(self, op: Operation, wait: float, attempt: int, left: float) -> None:
        """Refuse a slot beyond ``max_queue_wait`` or the deadline (the store did not take it)."""
        limit = self.retry.max_queue_wait
        sent = "nothing was sent" if attempt == 1 else f"not resent after attempt {attempt - 1}"
        if limit is not None and wait > limit:
            raise ThrottledError(
                f"{op.operation_id} would have waited {wait:.1f} s for a rate-limit slot, more "
                f"than RetryPolicy.max_queue_wait ({limit:g} s); {sent}. Other calls of "
                "this operation are queued ahead (or a 429 paused it): make fewer concurrent "
                "calls of it, or raise max_queue_wait (None waits as long as it takes, for "
                "batch jobs)",
                operation=op.operation_id,
            )
        if wait > left:
            raise ThrottledError(
                f"{op.operation_id} would have waited {wait:.1f} s for a rate-limit slot, past "
                f"the call's deadline (RetryPolicy.deadline={self.retry.deadline:g} s, "
                f"{max(left, 0.0):.1f} s left); {sent}. Make fewer concurrent calls of it, or "
                "raise RetryPolicy.deadline",
                operation=op.operation_id,
            )
        if wait > _LOG_WAIT_OVER:
            _log.debug(
                "%s waits %.1fs for a rate-limit slot (attempt %d)", op.operation_id, wait, attempt
            )

    def outcome_unknown(self, op: Operation, error: httpx.HTTPError) -> OutcomeUnknownError:
        return OutcomeUnknownError(
            f"the connection broke ({type(error).__name__}) after {op.operation_id} was sent, "
            "so it may or may not have taken effect; check (e.g. with the matching get "
            "operation) before sending it again",
            operation=op.operation_id,
        )

    @staticmethod
    def took_effect(
        op: Operation, response: httpx.Response, error: httpx.HTTPError
    ) -> OutcomeUnknownError:
        """A 2xx answer to an unsafe operation whose body could not be read."""
        return OutcomeUnknownError(
            f"{op.operation_id} answered HTTP {response.status_code}, so it did take effect, but "
            f"its body could not be read ({type(error).__name__}): the result is lost. Do not "
            "send it again; look the result up (e.g. with the matching get operation)",
            status=response.status_code,
            operation=op.operation_id,
            request_id=response.headers.get(REQUEST_ID),
        )

    def gave_up(
        self, op: Operation, host: str, attempts: int, error: httpx.HTTPError, deadline: float
    ) -> TransportError:
        """The error for a request that got no usable answer."""
        if self.clock() >= deadline:
            why = (
                f"did not finish within its deadline (RetryPolicy.deadline="
                f"{self.retry.deadline:g} s; last: {describe(error)})"
            )
        else:
            why = f"failed ({describe(error)})"
        return TransportError(
            f"{op.operation_id} ({op.method} to {host}) {why}, after {attempts} attempt(s)",
            operation=op.operation_id,
            host=host,
            attempts=attempts,
        )

    @staticmethod
    def log_attempt(
        op: Operation,
        attempt: int,
        wait: float,
        duration: float,
        response: httpx.Response | None,
        error: BaseException | None,
        decision: Decision,
    ) -> None:
        if not _log.isEnabledFor(logging.DEBUG):
            return
        status: object = response.status_code if response is not None else type(error).__name__
        request_id = response.headers.get(REQUEST_ID) if response is not None else None
        _log.debug(
            "%s %s %s -> %s request_id=%s attempt=%d wait=%.3fs duration=%.3fs next=%s%s",
            op.operation_id,
            op.method,
            op.path,
            status,
            request_id,
            attempt,
            wait,
            duration,
            decision.action.value,
            f" in {decision.delay:.3f}s ({decision.reason})"
            if decision.action is Action.RETRY
            else "",
        )

    def deadline_of(self, request: httpx.Request) -> float:
        """When ``request`` must be done by: set when it first reaches the transport.

        Kept on the request, so the resend after a token refresh (the same request,
        sent again by :class:`~selling_partner._login.LwaAuth`) shares it.
        """
        deadline = request.extensions.get(DEADLINE_EXTENSION)
        if not isinstance(deadline, float):
            deadline = float(self.clock() + self.retry.deadline)
            request.extensions[DEADLINE_EXTENSION] = deadline
        return deadline

    def exchange(
        self, op: Operation, host: str, deadline: float
    ) -> Generator[tuple[_ExchangeStep, Any], Any, httpx.Response]:
        """The attempts of one request of ``op``, as steps for a shell to carry out.

        Yields ``(step, argument)``; the shell performs it and sends back the
        result: the wait for ``RESERVE``; for ``SEND`` (argument: the deadline on
        the core's clock) the response with its body read, the
        ``httpx.TransportError`` raised before one came, or a :class:`_Cut` when
        the body broke off; None otherwise. Returns the response to hand back;
        raises :class:`TransportError`, :class:`OutcomeUnknownError` or
        :class:`ThrottledError`.
        """
        key, rate, burst = self.key(op)
        attempt = 0
        waited = 0.0
        while True:
            attempt += 1
            wait = 0.0
            if self.rate_limiting:
                left = deadline - self.clock()
                queue = self.retry.max_queue_wait
                limit = max(0.0, left if queue is None else min(queue, left))
                wait = yield (_ExchangeStep.RESERVE, (key, rate, burst, self.clock(), limit))
                self.check_wait(op, wait, attempt, left)
                if wait > 0:
                    yield _ExchangeStep.SLEEP, wait
                    if attempt > 1:
                        waited += wait
            started = self.clock()
            outcome = yield _ExchangeStep.SEND, deadline
            now = self.clock()
            left = deadline - now
            error: httpx.HTTPError | None = None
            if isinstance(outcome, _Cut):
                response: httpx.Response = outcome.response
                if self.rate_limiting:
                    yield (
                        _ExchangeStep.OBSERVE,
                        (key, rate, burst, now, self.advertised_rate(op, response)),
                    )
                if response.status_code >= 300:
                    # The status says what happened: decided on as usual (429 and safe 5xx
                    # retried), then raised by the hook without Amazon's details.
                    outcome = _emptied(response)
                elif op.retry_safe:
                    error = outcome.error
                else:
                    raise self.took_effect(op, response, outcome.error) from outcome.error
            elif isinstance(outcome, httpx.TransportError):
                error = outcome
                if self.rate_limiting:
                    # Anchor even without a response (see _ratelimit.anchor).
                    yield _ExchangeStep.OBSERVE, (key, rate, burst, now, None)
            if error is not None:
                decision = self.decide_error(op, error, attempt, waited, left)
                self.log_attempt(op, attempt, wait, now - started, None, error, decision)
                if decision.action is Action.OUTCOME_UNKNOWN:
                    raise self.outcome_unknown(op, error) from error
                if decision.action is not Action.RETRY:
                    raise self.gave_up(op, host, attempt, error, deadline) from error
                yield _ExchangeStep.SLEEP, decision.delay
                waited += decision.delay
                continue
            response = outcome
            if self.rate_limiting and not isinstance(outcome, _Emptied):
                yield (
                    _ExchangeStep.OBSERVE,
                    (key, rate, burst, now, self.advertised_rate(op, response)),
                )
            decision = self.decide_response(op, response, attempt, waited, left)
            self.log_attempt(op, attempt, wait, now - started, response, None, decision)
            if decision.action is not Action.RETRY:
                if decision.pause_bucket and self.rate_limiting:
                    # Given up on a long Retry-After: the next call must still honour it.
                    until = now + min(decision.delay, MAX_PAUSE)
                    yield _ExchangeStep.PAUSE, (key, rate, burst, now, until, started)
                response.extensions[ATTEMPTS_EXTENSION] = attempt
                return response
            yield _ExchangeStep.DISCARD, response
            if decision.pause_bucket and self.rate_limiting:
                # The next reserve waits out the pause; other callers of the bucket too.
                yield _ExchangeStep.PAUSE, (key, rate, burst, now, now + decision.delay, started)
            else:
                yield _ExchangeStep.SLEEP, decision.delay
                waited += decision.delay


class _Cut:
    """An answer whose body broke off (or ran past the deadline) while it was read."""

    __slots__ = ("error", "response")

    def __init__(self, response: httpx.Response, error: httpx.HTTPError) -> None:
        self.response = response
        self.error = error


class _Emptied(httpx.Response):
    """The status and headers of a :class:`_Cut` answer, with an empty body."""


def _emptied(response: httpx.Response) -> httpx.Response:
    skip = {"content-length", "content-encoding", "transfer-encoding"}
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in skip]
    emptied = _Emptied(response.status_code, headers=headers, content=b"")
    emptied.extensions.update(response.extensions)
    return emptied


def _clamp(request: httpx.Request, timeouts: Any, left: float) -> None:
    """Bound each network wait of the next attempt by the time left before the deadline."""
    left = max(left, 0.001)
    base = timeouts if isinstance(timeouts, dict) else {}
    request.extensions["timeout"] = {
        name: left if base.get(name) is None else min(float(base[name]), left)
        for name in ("connect", "read", "write", "pool")
    }


def _past_deadline() -> httpx.ReadTimeout:
    return httpx.ReadTimeout("the call ran past its deadline while its answer was arriving")


class _DeadlineStream(httpx.SyncByteStream):
    """A response body that stops at the deadline (a trickling server is cut off)."""

    def __init__(
        self, inner: httpx.SyncByteStream, deadline: float, clock: Callable[[], float]
    ) -> None:
        self._inner = inner
        self._deadline = deadline
        self._clock = clock

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            if self._clock() > self._deadline:
                raise _past_deadline()
            yield chunk

    def close(self) -> None:
        self._inner.close()


class _AsyncDeadlineStream(httpx.AsyncByteStream):
    """Async :class:`_DeadlineStream`."""

    def __init__(
        self, inner: httpx.AsyncByteStream, deadline: float, clock: Callable[[], float]
    ) -> None:
        self._inner = inner
        self._deadline = deadline
        self._clock = clock

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            if self._clock() > self._deadline:
                raise _past_deadline()
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


class SpApiTransport(httpx.BaseTransport):
    """Sync httpx transport adding SP-API rate limiting, retries and query-array joining.

    Args:
        inner: The transport that does the I/O (``httpx.HTTPTransport()``, or
            ``httpx.MockTransport`` in tests).
        operations: The operation index (usually ``OperationIndex.default()``).
        identity: Short non-secret digest naming the seller/application
            credentials; buckets are kept per identity.
        region: Region name (buckets are per region).
        rate_limiting: ``False`` sends without waiting for tokens (429s are
            still retried).
        store: Where buckets live; one per transport by default. Share one
            store between clients of the same seller to share their limits.
        retry: Retry bounds; ``RetryPolicy()`` by default.
        clock: Monotonic clock in seconds.
        sleep: Blocking sleep.
        rng: Uniform random source in [0, 1) for backoff jitter.
        base_path: The endpoint's own path (a gateway's ``/spapi``), left out when
            matching a request to its operation.
        wall_clock: Wall-clock seconds, for an HTTP-date ``Retry-After`` that comes
            without a ``Date`` header.
        app_identity: Non-secret digest naming the application (client id):
            grantless operations are limited per application, so their buckets
            are kept under it (``identity`` when not given).
    """

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        operations: OperationIndex,
        identity: str,
        region: str,
        rate_limiting: bool = True,
        store: BucketStore | None = None,
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        rng: Callable[[], float] = random.random,
        base_path: str = "",
        wall_clock: Callable[[], float] = time.time,
        app_identity: str | None = None,
    ) -> None:
        self._core = _Core(
            operations=operations,
            identity=identity,
            region=region,
            rate_limiting=rate_limiting,
            retry=retry,
            clock=clock,
            rng=rng,
            base_path=base_path,
            wall_clock=wall_clock,
            app_identity=app_identity,
        )
        if store is not None and not implements(store, BucketStore):
            raise ConfigurationError(
                f"store must implement BucketStore (reserve, observe, pause), "
                f"got {type(store).__name__}"
            )
        self._inner = inner
        self._store: BucketStore = store if store is not None else InMemoryBucketStore()
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, pacing and retrying it if it is an SP-API operation."""
        op = self._core.prepare(request)
        if op is None:
            return self._inner.handle_request(request)
        timeouts = request.extensions.get("timeout")
        steps = self._core.exchange(op, request.url.host, self._core.deadline_of(request))
        reply: Any = None
        while True:
            try:
                step, argument = steps.send(reply)
            except StopIteration as done:
                response: httpx.Response = done.value
                return response
            reply = None
            if step is _ExchangeStep.SEND:
                reply = self._send(request, timeouts, argument)
            elif step is _ExchangeStep.SLEEP:
                self._sleep(argument)
            elif step is _ExchangeStep.RESERVE:
                key, rate, burst, now, max_wait = argument
                reply = self._store.reserve(key, rate, burst, now, max_wait=max_wait)
            elif step is _ExchangeStep.OBSERVE:
                self._store.observe(*argument)
            elif step is _ExchangeStep.PAUSE:
                self._store.pause(*argument)
            else:
                argument.close()

    def _send(
        self, request: httpx.Request, timeouts: Any, deadline: float
    ) -> httpx.Response | httpx.TransportError | _Cut:
        """One attempt, its body read inside it (a cut body is this attempt's failure)."""
        clock = self._core.clock
        _clamp(request, timeouts, deadline - clock())
        started = time.perf_counter()
        try:
            response = self._inner.handle_request(request)
        except httpx.TransportError as exc:
            return exc
        if not response.is_stream_consumed:
            assert isinstance(response.stream, httpx.SyncByteStream)
            response.stream = _DeadlineStream(response.stream, deadline, clock)
        try:
            response.read()
        except (httpx.TransportError, httpx.DecodingError) as exc:
            response.close()
            return _Cut(response, exc)
        # httpx sets it when it closes the body itself; here the body was read already.
        response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
        return response

    def close(self) -> None:
        """Close the inner transport."""
        self._inner.close()


class AsyncSpApiTransport(httpx.AsyncBaseTransport):
    """Asyncio twin of :class:`SpApiTransport`; same arguments, ``sleep`` is awaited.

    ``store`` may be a :class:`BucketStore` (called directly: the in-memory one
    never blocks for long) or an :class:`AsyncBucketStore` (awaited).
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        operations: OperationIndex,
        identity: str,
        region: str,
        rate_limiting: bool = True,
        store: BucketStore | AsyncBucketStore | None = None,
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        rng: Callable[[], float] = random.random,
        base_path: str = "",
        wall_clock: Callable[[], float] = time.time,
        app_identity: str | None = None,
    ) -> None:
        """Create the transport; see :class:`SpApiTransport` (``sleep``: ``asyncio.sleep``)."""
        self._core = _Core(
            operations=operations,
            identity=identity,
            region=region,
            rate_limiting=rate_limiting,
            retry=retry,
            clock=clock,
            rng=rng,
            base_path=base_path,
            wall_clock=wall_clock,
            app_identity=app_identity,
        )
        if store is not None and not (
            implements(store, AsyncBucketStore) or implements(store, BucketStore)
        ):
            raise ConfigurationError(
                f"store must implement BucketStore or AsyncBucketStore, got {type(store).__name__}"
            )
        self._inner = inner
        chosen = store if store is not None else InMemoryBucketStore()
        # Decided once: isinstance() against a Protocol is too slow for every request.
        self._astore: AsyncBucketStore | None = None
        self._store: BucketStore | None = None
        if implements(chosen, AsyncBucketStore):
            self._astore = cast(AsyncBucketStore, chosen)
        else:
            self._store = cast(BucketStore, chosen)
        if sleep is None:
            import asyncio  # only async transports need it; it costs ~35 ms to import

            sleep = asyncio.sleep
        self._sleep = sleep

    async def _reserve(
        self, key: BucketKey, rate: float, burst: int, now: float, max_wait: float | None
    ) -> float:
        if self._astore is not None:
            return await self._astore.areserve(key, rate, burst, now, max_wait=max_wait)
        assert self._store is not None
        return self._store.reserve(key, rate, burst, now, max_wait=max_wait)

    async def _pause(
        self, key: BucketKey, rate: float, burst: int, now: float, until: float, sent: float
    ) -> None:
        if self._astore is not None:
            await self._astore.apause(key, rate, burst, now, until, sent)
        else:
            assert self._store is not None
            self._store.pause(key, rate, burst, now, until, sent)

    async def _observe(
        self, key: BucketKey, rate: float, burst: int, now: float, new: float | None
    ) -> None:
        if self._astore is not None:
            await self._astore.aobserve(key, rate, burst, now, new)
        else:
            assert self._store is not None
            self._store.observe(key, rate, burst, now, new)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, pacing and retrying it if it is an SP-API operation."""
        op = self._core.prepare(request)
        if op is None:
            return await self._inner.handle_async_request(request)
        timeouts = request.extensions.get("timeout")
        steps = self._core.exchange(op, request.url.host, self._core.deadline_of(request))
        reply: Any = None
        while True:
            try:
                step, argument = steps.send(reply)
            except StopIteration as done:
                response: httpx.Response = done.value
                return response
            reply = None
            if step is _ExchangeStep.SEND:
                reply = await self._send(request, timeouts, argument)
            elif step is _ExchangeStep.SLEEP:
                await self._sleep(argument)
            elif step is _ExchangeStep.RESERVE:
                reply = await self._reserve(*argument)
            elif step is _ExchangeStep.OBSERVE:
                await self._observe(*argument)
            elif step is _ExchangeStep.PAUSE:
                await self._pause(*argument)
            else:
                await argument.aclose()

    async def _send(
        self, request: httpx.Request, timeouts: Any, deadline: float
    ) -> httpx.Response | httpx.TransportError | _Cut:
        """One attempt, its body read inside it (see :meth:`SpApiTransport._send`)."""
        clock = self._core.clock
        _clamp(request, timeouts, deadline - clock())
        started = time.perf_counter()
        try:
            response = await self._inner.handle_async_request(request)
        except httpx.TransportError as exc:
            return exc
        if not response.is_stream_consumed:
            assert isinstance(response.stream, httpx.AsyncByteStream)
            response.stream = _AsyncDeadlineStream(response.stream, deadline, clock)
        try:
            await response.aread()
        except (httpx.TransportError, httpx.DecodingError) as exc:
            await response.aclose()
            return _Cut(response, exc)
        response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
        return response

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self._inner.aclose()
