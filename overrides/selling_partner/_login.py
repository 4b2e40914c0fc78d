"""Login with Amazon: access tokens for SP-API, fetched once and cached.

Pure core (no I/O): :func:`token_request_form` builds the form,
:func:`interpret_token_response` turns LWA's answer into a token, a retry or an
:class:`~selling_partner.AuthError`, :func:`lwa_backoff` says how long to wait.
Shells: :class:`LwaTokenProvider` does the sync and async I/O with an injected
transport, clock and sleep; :class:`LwaAuth` plugs it into httpx.

Single flight. At most one token request is in flight per (token cache, key) in
the process, whichever mix of threads, asyncio tasks, sync and async clients asks:
a ``threading.Lock`` per (cache instance, key) is the guarantee; async callers
first queue on a per-event-loop ``asyncio.Lock`` so the loop is not blocked, and
take the thread lock without blocking when it is free (the common case), or wait
for it in the default executor when a sync caller holds it. Every waiter re-reads
the cache after getting the lock, so it finds the token the first caller stored.
Across processes, a shared cache (``SharedTokenCache``, e.g. Redis) runs the
fetch itself, one per key for the whole fleet. Calling a *sync* client from
inside a running event loop while an async client of the same cache refreshes
could wait up to ``lock_timeout`` (then it fetches on its own rather than deadlock).

Tokens are refreshed ``REFRESH_MARGIN`` (60 s) before ``expires_in`` runs out.

Bounded in time: one token request (its attempts, backoff and reads) never takes
longer than ``LwaRetry.deadline`` (a trickling server is cut off). When it
fails, the callers that were waiting for it get the same failure instead of
each asking Login with Amazon again (a caller that comes later tries afresh).
"""

from __future__ import annotations

import copy
import functools
import logging
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote, quote_plus

import httpx

from ._cookies import AsyncTokenClient, TokenClient
from ._credentials import Credentials, mask
from ._errors import (
    AuthError,
    ConfigurationError,
    ErrorDetail,
    SellingPartnerError,
    ServerError,
    TransportError,
    describe,
)
from ._headers import ACCESS_TOKEN, header_value_problem
from ._locks import lock_for
from ._regions import LWA_TOKEN_URL
from ._token_cache import AsyncTokenCache, CacheAccess, CachedToken, InMemoryTokenCache, TokenCache
from ._vocabulary import (
    AUTH_RETRY_PENDING,
    REFRESH_MARGIN,
    is_token_rejection,
    json_or_none,
    parsed_url,
)

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "LwaAuth",
    "LwaRetry",
    "LwaTokenProvider",
    "TokenSource",
    "interpret_token_response",
    "lwa_backoff",
    "token_request_form",
]

_log = logging.getLogger("selling_partner.auth")

_OPERATION = "LoginWithAmazon"

_LWA_HINTS = {
    "invalid_grant": "the refresh token is invalid, revoked or was issued to another app: "
    "authorise the app again and use the new refresh token",
    "invalid_client": "the client id or client secret is wrong or expired: copy both from the "
    "app's LWA credentials in Seller/Developer Central (secrets rotate)",
    "unauthorized_client": "this app may not use this grant type",
    "invalid_scope": "the scope is not valid for a grantless token, e.g. use "
    "'sellingpartnerapi::notifications'",
    "invalid_request": "the token request is malformed: check that no credential is empty or "
    "padded with spaces",
}


@dataclass(frozen=True, slots=True)
class LwaRetry:
    """Bounded retries of the token request on LWA 5xx/429 and connection errors.

    Attributes:
        max_attempts: token requests in total, first included.
        backoff_base: wait before the second attempt; doubles each attempt.
        backoff_max: cap of one wait.
        deadline: most seconds one token fetch takes in all (attempts, waits and
            reads); each attempt's timeouts are cut to the time left.
    """

    max_attempts: int = 4
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    deadline: float = 60.0


@dataclass(frozen=True, slots=True)
class _Transient:
    """LWA's answer says: try again later."""

    status: int | None
    reason: str


def _within(timeout: httpx.Timeout | float, left: float) -> httpx.Timeout:
    """``timeout`` with each of its waits cut to the ``left`` seconds before the deadline."""
    left = max(left, 0.001)
    base = httpx.Timeout(timeout)
    return httpx.Timeout(
        connect=left if base.connect is None else min(base.connect, left),
        read=left if base.read is None else min(base.read, left),
        write=left if base.write is None else min(base.write, left),
        pool=left if base.pool is None else min(base.pool, left),
    )


def _asyncio_sleep() -> Callable[[float], Awaitable[None]]:
    import asyncio  # loaded by the running loop already; not at import (~35 ms)

    return asyncio.sleep


def token_request_form(credentials: Credentials) -> dict[str, str]:
    """The form fields of the token request for the credentials' grant."""
    form = {
        "grant_type": credentials.grant_type,
        "client_id": credentials.client_id,
        "client_secret": credentials.client_secret,
    }
    if credentials.refresh_token is not None:
        form["refresh_token"] = credentials.refresh_token
    else:
        assert credentials.scope is not None
        form["scope"] = credentials.scope
    return form


class _Form:
    """The token request's form, built only where it is sent.

    What the retry loop holds instead of the form itself: error trackers that
    record local variables (``capture_locals``) see this repr, not the secrets.
    """

    __slots__ = ("_credentials",)

    def __init__(self, credentials: Credentials) -> None:
        self._credentials = credentials

    def __repr__(self) -> str:
        return f"<LWA {self._credentials.grant_type} form, credentials not shown>"

    def fields(self) -> dict[str, str]:
        return token_request_form(self._credentials)


def lwa_backoff(attempt: int, retry: LwaRetry) -> float:
    """Seconds to wait after failed attempt number ``attempt`` (1-based)."""
    return float(min(retry.backoff_max, retry.backoff_base * 2 ** (attempt - 1)))


def _redact(text: str, credentials: Credentials) -> str:
    """``text`` without the credentials, also in the form-encoded spellings LWA was sent."""
    for secret in (credentials.client_secret, credentials.refresh_token, credentials.client_id):
        if secret:
            for spelling in {secret, quote_plus(secret), quote(secret, safe="")}:
                text = text.replace(spelling, "[redacted]")
    return text


def interpret_token_response(
    status: int, content: bytes, now: float, credentials: Credentials
) -> CachedToken | _Transient:
    """Turn LWA's answer into a token, a transient failure, or an error.

    Raises:
        AuthError: LWA refused the request (4xx other than 429), or answered 200
            without an access token. Never retried.
    """
    body = json_or_none(content)
    if status == 200:
        token = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token or header_value_problem(token) is not None:
            raise AuthError(
                "Login with Amazon answered 200 without an access_token that can be sent",
                status=status,
                operation=_OPERATION,
            )
        return CachedToken.expiring(token, now, body.get("expires_in"))
    if status == 429 or status >= 500:
        return _Transient(status, f"HTTP {status}")
    code = _redact(str(body.get("error", "")), credentials) if isinstance(body, dict) else ""
    description = str(body.get("error_description", "")) if isinstance(body, dict) else ""
    hint = _LWA_HINTS.get(code, "check the app's LWA credentials and the grant")
    what = f"{code}: {_redact(description, credentials)}" if code else f"HTTP {status}"
    raise AuthError(
        f"Login with Amazon refused the token request ({what}); {hint}",
        status=status,
        operation=_OPERATION,
        errors=(ErrorDetail(code=code, message=_redact(description, credentials)),) if code else (),
    )


class LwaTokenProvider:
    """Gets access tokens for one set of credentials: cache first, LWA when stale.

    Args:
        credentials: the app's credentials and grant.
        token_url: Login with Amazon's token URL (override for tests/proxies).
        transport: the sync inner transport (also used by the SP-API calls).
        async_transport: the async inner transport.
        cache: where tokens live; shared caches share tokens and single flight.
        timeout: the token request's timeout.
        retry: the bounded retry policy for LWA 5xx/429 and connection errors.
        clock: wall-clock seconds (``time.time``), for expiry.
        sleep: sync sleep, for backoff.
        async_sleep: async sleep, for backoff (``asyncio.sleep`` by default).
        lock_timeout: longest wait for another caller's refresh before fetching anyway.
    """

    def __init__(
        self,
        credentials: Credentials,
        *,
        token_url: str = LWA_TOKEN_URL,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        cache: TokenCache | AsyncTokenCache | None = None,
        timeout: httpx.Timeout | float = 30.0,
        retry: LwaRetry | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
        lock_timeout: float = 300.0,
    ) -> None:
        self._credentials = credentials
        self._token_url = token_url
        try:
            self._token_endpoint = parsed_url(token_url)  # not parsed again per request
        except (httpx.InvalidURL, TypeError) as exc:
            raise ConfigurationError(
                f"token_url must be an http(s) URL (Login with Amazon's token endpoint), "
                f"got {token_url!r}"
            ) from exc
        self._transport = transport
        self._async_transport = async_transport
        self._cache = CacheAccess(cache if cache is not None else InMemoryTokenCache())
        self._timeout = timeout
        self._retry = retry or LwaRetry()
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._lock_timeout = lock_timeout
        self.cache_key = f"lwa:{credentials.identity}"
        self._thread_lock = lock_for(self._cache.cache, self.cache_key)
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None
        self._client_guard = threading.Lock()
        # Fetches finished (either way), and the last one's failure with its number:
        # callers that waited for a fetch that failed share its failure.
        self._finished = 0
        self._failure: tuple[int, SellingPartnerError] | None = None

    def __repr__(self) -> str:
        return (
            f"LwaTokenProvider(client_id={mask(self._credentials.client_id)!r}, "
            f"grant={self._credentials.grant_type!r}, token_url={self._token_url!r})"
        )

    @property
    def credentials(self) -> Credentials:
        """The credentials this provider fetches tokens for."""
        return self._credentials

    def _usable(self, token: CachedToken) -> bool:
        return token.fresh(self._clock(), REFRESH_MARGIN)

    def _cached(self) -> str | None:
        token = self._cache.get(self.cache_key)
        return token.access_token if token is not None and self._usable(token) else None

    async def _acached(self) -> str | None:
        token = await self._cache.aget(self.cache_key)
        return token.access_token if token is not None and self._usable(token) else None

    def invalidate(self, access_token: str) -> None:
        """Forget ``access_token`` (SP-API rejected it), unless already replaced."""
        self._cache.delete(self.cache_key, access_token)

    async def ainvalidate(self, access_token: str) -> None:
        """Async :meth:`invalidate`."""
        await self._cache.adelete(self.cache_key, access_token)

    def _share_failure(self, arrived: int) -> None:
        """Raise the failure of a fetch that finished while this caller waited for it."""
        failure = self._failure
        if failure is not None and failure[0] > arrived:
            shared = copy.copy(failure[1])
            raise shared from failure[1].__cause__

    def _store(self, fetched: CachedToken | None, failure: SellingPartnerError | None) -> None:
        """Record a finished fetch (call with the lock held)."""
        self._finished += 1  # a fetched token is stored by the cache access (fetch)
        self._failure = None if failure is None else (self._finished, failure)

    # -- sync shell ----------------------------------------------------------------

    def token(self) -> str:
        """A fresh access token: from the cache, or from LWA (one fetch per key)."""
        cached = self._cached()
        if cached is not None:
            return cached
        arrived = self._finished
        got = self._thread_lock.acquire(timeout=self._lock_timeout)
        try:
            cached = self._cached()
            if cached is not None:
                return cached
            self._share_failure(arrived)
            try:
                fetched = self._cache.fetch(self.cache_key, self._fetch, self._usable)
            except SellingPartnerError as exc:
                self._store(None, exc)
                raise
            self._store(fetched, None)
            return fetched.access_token
        finally:
            if got:
                self._thread_lock.release()

    def _http(self) -> httpx.Client:
        with self._client_guard:
            if self._client is None:
                self._client = TokenClient(transport=self._transport, timeout=self._timeout)
            return self._client

    def _fetch(self) -> CachedToken:
        deadline = self._clock() + self._retry.deadline
        steps = self._attempts(deadline)
        reply: tuple[int, bytes] | httpx.HTTPError | None = None
        while True:
            try:
                form, wait = steps.send(reply)
            except StopIteration as done:
                token: CachedToken = done.value
                return token
            reply = None
            if wait is not None:
                self._sleep(wait)
                continue
            reply = self._post(form, deadline)

    def _post(self, form: _Form, deadline: float) -> tuple[int, bytes] | httpx.HTTPError:
        """One token request: ``(status, body)``, read by the deadline, or the httpx error.

        Its own frame, so the answer (a token) is no local variable of a frame an
        error tracker could record later.
        """
        try:
            timeout = _within(self._timeout, deadline - self._clock())
            body = bytearray()
            with self._http().stream(
                "POST", self._token_endpoint, data=form.fields(), timeout=timeout
            ) as response:
                for chunk in response.iter_bytes():
                    self._check_deadline(deadline)
                    body += chunk
            return response.status_code, bytes(body)
        except (httpx.TransportError, httpx.DecodingError) as exc:
            # Its traceback's frames hold the form and the answer as locals: drop them.
            return exc.with_traceback(None)

    def _check_deadline(self, deadline: float) -> None:
        if self._clock() > deadline:
            raise httpx.ReadTimeout("the token request ran past its deadline")

    # -- async shell ---------------------------------------------------------------

    async def atoken(self) -> str:
        """Async :meth:`token`: never blocks the event loop while another caller fetches."""
        cached = await self._acached()
        if cached is not None:
            return cached
        import asyncio  # loaded by the running loop already; not at import (~35 ms)

        arrived = self._finished
        loop = asyncio.get_running_loop()
        loop_lock = self._loop_locks.setdefault(loop, asyncio.Lock())
        async with loop_lock:
            cached = await self._acached()
            if cached is not None:
                return cached
            got = self._thread_lock.acquire(blocking=False)
            if not got:
                got = await self._wait_thread_lock(loop)
            try:
                cached = await self._acached()
                if cached is not None:
                    return cached
                self._share_failure(arrived)
                try:
                    fetched = await self._cache.afetch(self.cache_key, self._afetch, self._usable)
                except SellingPartnerError as exc:
                    self._store(None, exc)
                    raise
                self._store(fetched, None)
                return fetched.access_token
            finally:
                if got:
                    self._thread_lock.release()

    async def _wait_thread_lock(self, loop: asyncio.AbstractEventLoop) -> bool:
        import asyncio

        lock = self._thread_lock
        future = loop.run_in_executor(
            None, functools.partial(lock.acquire, timeout=self._lock_timeout)
        )
        try:
            return await asyncio.shield(future)
        except asyncio.CancelledError:
            # The executor thread may still get the lock after we were cancelled:
            # release it then, or every later refresh would wait for lock_timeout.
            def release_if_got(done: asyncio.Future[bool]) -> None:
                if not done.cancelled() and done.exception() is None and done.result():
                    lock.release()

            future.add_done_callback(release_if_got)
            raise

    def _ahttp(self) -> httpx.AsyncClient:
        with self._client_guard:
            if self._async_client is None:
                self._async_client = AsyncTokenClient(
                    transport=self._async_transport, timeout=self._timeout
                )
            return self._async_client

    async def _afetch(self) -> CachedToken:
        deadline = self._clock() + self._retry.deadline
        steps = self._attempts(deadline)
        reply: tuple[int, bytes] | httpx.HTTPError | None = None
        while True:
            try:
                form, wait = steps.send(reply)
            except StopIteration as done:
                token: CachedToken = done.value
                return token
            reply = None
            if wait is not None:
                await (self._async_sleep or _asyncio_sleep())(wait)
                continue
            reply = await self._apost(form, deadline)

    async def _apost(self, form: _Form, deadline: float) -> tuple[int, bytes] | httpx.HTTPError:
        """Async :meth:`_post`."""
        try:
            timeout = _within(self._timeout, deadline - self._clock())
            body = bytearray()
            async with self._ahttp().stream(
                "POST", self._token_endpoint, data=form.fields(), timeout=timeout
            ) as response:
                async for chunk in response.aiter_bytes():
                    self._check_deadline(deadline)
                    body += chunk
            return response.status_code, bytes(body)
        except (httpx.TransportError, httpx.DecodingError) as exc:
            return exc.with_traceback(None)  # see _post

    # -- shared decisions ----------------------------------------------------------

    def _attempts(self, deadline: float) -> Generator[tuple[_Form, float | None], Any, CachedToken]:
        """The bounded token requests, as steps both shells carry out.

        Yields ``(form, None)``: post the form, send back ``(status, body)`` or
        the httpx error; or ``(form, wait)``: sleep ``wait`` seconds. Returns the
        token; raises once the retries or the deadline are spent.
        """
        form = _Form(self._credentials)
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            reply = yield form, None
            failure: httpx.HTTPError | None = None
            if isinstance(reply, httpx.HTTPError):
                outcome: CachedToken | _Transient = _Transient(None, type(reply).__name__)
                failure = reply
            else:
                status, content = reply
                outcome = interpret_token_response(
                    status, content, self._clock(), self._credentials
                )
            wait = self._after_attempt(attempt, outcome, time.perf_counter() - started)
            if isinstance(outcome, CachedToken):
                return outcome
            late = wait is not None and self._clock() + wait >= deadline
            if wait is None or late or self._clock() >= deadline:
                error = self._give_up(outcome, attempt, failure, deadline=wait is not None)
                raise error from failure
            yield form, wait

    def _after_attempt(
        self, attempt: int, outcome: CachedToken | _Transient, duration: float
    ) -> float | None:
        """Log the attempt; the wait before the next one, or None to stop."""
        if isinstance(outcome, CachedToken):
            _log.debug(
                "lwa token grant=%s attempt=%d status=200 duration=%.3f expires_in=%.0f",
                self._credentials.grant_type,
                attempt,
                duration,
                outcome.expires_at - self._clock(),
            )
            return None
        wait = lwa_backoff(attempt, self._retry) if attempt < self._retry.max_attempts else None
        _log.debug(
            "lwa token grant=%s attempt=%d failed=%s duration=%.3f wait=%s",
            self._credentials.grant_type,
            attempt,
            outcome.reason,
            duration,
            "none" if wait is None else f"{wait:.2f}",
        )
        return wait

    def _give_up(
        self, outcome: _Transient, attempts: int, failure: Exception | None, deadline: bool
    ) -> SellingPartnerError:
        late = (
            f", within its deadline (LwaRetry.deadline={self._retry.deadline:g} s)"
            if deadline
            else ""
        )
        if failure is not None:
            host = self._token_endpoint.host
            return TransportError(
                f"Login with Amazon ({host}) could not be reached ({describe(failure)}; "
                f"after {attempts} attempt(s){late}); check the network, or token_url=",
                operation=_OPERATION,
                host=host,
                attempts=attempts,
            )
        return ServerError(
            f"Login with Amazon is unavailable ({outcome.reason} after {attempts} attempts"
            f"{late}); try again later",
            status=outcome.status,
            operation=_OPERATION,
        )

    def close(self) -> None:
        """Close the sync HTTP client used for token requests."""
        with self._client_guard:
            client, self._client = self._client, None
        if client is not None:
            client.close()

    async def aclose(self) -> None:
        """Close the async HTTP client used for token requests."""
        with self._client_guard:
            client, self._async_client = self._async_client, None
        if client is not None:
            await client.aclose()


def _errors_of(response: httpx.Response) -> tuple[ErrorDetail, ...]:
    return ErrorDetail.list_from_body(json_or_none(response.content))


class TokenSource(Protocol):
    """Anything that hands out one kind of access token (LWA grant, RDT)."""

    def token(self) -> str:
        """A fresh token (sync)."""
        ...

    async def atoken(self) -> str:
        """A fresh token (async)."""
        ...

    def invalidate(self, access_token: str) -> None:
        """Forget ``access_token``: SP-API rejected it."""
        ...

    async def ainvalidate(self, access_token: str) -> None:
        """Async :meth:`invalidate` (a cache may need I/O)."""
        ...


class LwaAuth(httpx.Auth):
    """httpx auth: adds ``x-amz-access-token``; on a token rejection refreshes once.

    The token is only attached to requests for the SP-API endpoint's origin (scheme,
    host and port), so a presigned document URL fetched through the same client
    never receives it. Which token a request gets is ``choose(request)`` when given
    (per operation: seller, grantless or Restricted Data Token), else ``provider``.
    """

    def __init__(
        self,
        provider: TokenSource | None = None,
        *,
        endpoint: str,
        choose: Callable[[httpx.Request], TokenSource] | None = None,
    ) -> None:
        """Send tokens from ``provider`` (or ``choose``) to ``endpoint``'s origin only."""
        if provider is None and choose is None:
            raise TypeError("LwaAuth needs a provider or a choose function")
        self._provider = provider
        self._choose = choose
        url = parsed_url(endpoint)  # once per endpoint: every seller view has an LwaAuth
        self._origin = (url.scheme, url.host, url.port)

    def __repr__(self) -> str:
        scheme, host, port = self._origin
        source = repr(self._provider) if self._provider is not None else "per operation"
        return f"LwaAuth({source}, origin={scheme}://{host}{f':{port}' if port else ''})"

    def _applies(self, request: httpx.Request) -> bool:
        url = request.url
        return (url.scheme, url.host, url.port) == self._origin

    def _source(self, request: httpx.Request) -> TokenSource:
        if self._choose is not None:
            return self._choose(request)
        assert self._provider is not None
        return self._provider

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        """Send with a token; after a token rejection, refresh and send once more."""
        if not self._applies(request):
            yield request
            return
        source = self._source(request)
        # The token lives only in the request's headers, never in a local variable
        # (error trackers record locals; httpx leaves header values out of reprs).
        request.headers[ACCESS_TOKEN] = source.token()
        request.extensions[AUTH_RETRY_PENDING] = True
        response = yield request
        request.extensions[AUTH_RETRY_PENDING] = False
        if response.status_code == 403:
            response.read()
            if is_token_rejection(403, _errors_of(response)):
                _log.debug("access token rejected (403); refreshing once and resending")
                source.invalidate(request.headers[ACCESS_TOKEN])
                request.headers[ACCESS_TOKEN] = source.token()
                yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Async :meth:`sync_auth_flow`."""
        if not self._applies(request):
            yield request
            return
        source = self._source(request)
        request.headers[ACCESS_TOKEN] = await source.atoken()  # no local: see sync_auth_flow
        request.extensions[AUTH_RETRY_PENDING] = True
        response = yield request
        request.extensions[AUTH_RETRY_PENDING] = False
        if response.status_code == 403:
            await response.aread()
            if is_token_rejection(403, _errors_of(response)):
                _log.debug("access token rejected (403); refreshing once and resending")
                await source.ainvalidate(request.headers[ACCESS_TOKEN])
                request.headers[ACCESS_TOKEN] = await source.atoken()
                yield request
