"""SellingPartner and AsyncSellingPartner: one shared httpx client, per-API accessors.

Wiring (see docs/design.md)::

    httpx.Client(base_url=endpoint, timeout=..., auth=LwaAuth,
                 transport=SpApiTransport(inner), event_hooks={"response": [...]})
      -> set_httpx_client() on one generated Client per API package (lazily)

``sp.<package>`` is an API object built from the operation table;
``sp.<package>.<name>(**kwargs)`` calls the generated ``sync_detailed`` (or
``asyncio_detailed``) with that package's client and returns the parsed model;
``sp.<package>.<name>.detailed(**kwargs)`` returns the full :class:`ApiResponse`.
"""

from __future__ import annotations

import asyncio
import contextvars
import difflib
import importlib
import inspect
import logging
import os
import random
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from types import ModuleType, TracebackType
from typing import Any, Generic, Self, TypeVar, cast

import httpx

from ._auth import LwaAuth, LwaRetry, LwaTokenProvider
from ._credentials import Credentials, mask
from ._errors import ConfigurationError, RetiredOperationError, SellingPartnerError
from ._hooks import async_raise_for_status, raise_for_status
from ._operations import Operation, OperationIndex
from ._ratelimit import AsyncBucketStore, BucketStore
from ._regions import LWA_TOKEN_URL, Marketplace, Region, resolve_endpoint
from ._response import ApiResponse, parse_error
from ._retry import RetryPolicy
from ._token_cache import InMemoryTokenCache, TokenCache
from ._transport import AsyncSpApiTransport, SpApiTransport

__all__ = ["DEFAULT_TIMEOUT", "AsyncSellingPartner", "SellingPartner"]

_log = logging.getLogger("selling_partner.client")

#: Every request's timeout unless ``timeout=`` says otherwise: 10 s to connect,
#: 30 s for each read/write/pool wait.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

# The responses seen during one operation call, so a parse failure can be told
# apart from bad arguments. A list per call: the hook appends, the caller reads.
_SEEN: contextvars.ContextVar[list[httpx.Response] | None] = contextvars.ContextVar(
    "selling_partner_seen", default=None
)


def _remember(response: httpx.Response) -> None:
    seen = _SEEN.get()
    if seen is not None:
        seen.append(response)


async def _aremember(response: httpx.Response) -> None:
    _remember(response)


def _retired(package: str, name: str | None) -> RetiredOperationError | None:
    """The error for a retired API (``name`` None) or operation, if it is one.

    Seam for spec/retired.toml (a later issue fills it); nothing is retired yet.
    """
    return None


def _suggest(name: str, candidates: list[str]) -> str:
    close = difflib.get_close_matches(name, candidates, n=3, cutoff=0.6)
    close += [c for c in candidates if c.startswith(name + "_") and c not in close][:3]
    return f"; did you mean {', '.join(close)}?" if close else ""


def _timeout(value: httpx.Timeout | float) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        parts = (value.connect, value.read, value.write, value.pool)
        if any(p is None for p in parts):
            raise ConfigurationError(
                "every request needs a timeout: give httpx.Timeout a value for connect, read, "
                "write and pool (or pass a number of seconds)"
            )
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ConfigurationError(
            f"timeout must be a positive number of seconds or an httpx.Timeout, got {value!r}"
        )
    return httpx.Timeout(float(value), connect=min(float(value), 10.0))


def _package_root(index: OperationIndex, package: str) -> str:
    for op in index.operations(package).values():
        root, sep, _ = op.module.partition(".api.")
        if sep:
            return root
    return f"selling_partner_generated.{package}"


TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)
SleepT = TypeVar("SleepT", Callable[[float], None], Callable[[float], Awaitable[None]])


class _Base(Generic[TransportT, SleepT]):
    """What both clients share: settings, accessors, generated clients."""

    _async = False

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        refresh_token: str | None = None,
        scope: str | None = None,
        region: Region | str | None = None,
        marketplace: Marketplace | str | None = None,
        sandbox: bool = False,
        endpoint: str | None = None,
        token_url: str | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        rate_limiting: bool = True,
        raise_errors: bool = True,
        retry: RetryPolicy | None = None,
        bucket_store: BucketStore | AsyncBucketStore | None = None,
        token_cache: TokenCache | None = None,
        operations: OperationIndex | None = None,
        env: Mapping[str, str] | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        rng: Callable[[], float] = random.random,
        lwa_retry: LwaRetry | None = None,
        transport: TransportT | None = None,
        sleep: SleepT | None = None,
    ) -> None:
        """Build the client; nothing is sent until the first call.

        Args:
            client_id: LWA client id (else from the environment, see Credentials).
            client_secret: LWA client secret (else from the environment).
            refresh_token: the seller's refresh token (else from the environment).
            scope: a grantless scope instead of a refresh token, e.g.
                ``sellingpartnerapi::notifications``.
            region: ``Region.NA``/``EU``/``FE`` (or ``"na"``...).
            marketplace: a marketplace id or country code; picks the region.
            sandbox: use the region's sandbox host.
            endpoint: SP-API base URL; overrides region and sandbox (proxies, fakes).
            token_url: Login with Amazon token URL (defaults to Amazon's).
            timeout: seconds or an ``httpx.Timeout``; ``DEFAULT_TIMEOUT`` (10 s connect,
                30 s read/write/pool) by default. Every request has one.
            rate_limiting: False turns the client's own rate limiter off (429s are
                still retried).
            raise_errors: False returns 4xx/5xx answers (as ``ApiResponse`` with
                the model's error body) instead of raising; token refreshes and
                retries still happen.
            retry: bounds on retries (``RetryPolicy``).
            bucket_store: where rate-limit buckets live (share one across clients).
            token_cache: where access tokens live (share one across clients).
            transport: the inner httpx transport (``httpx.MockTransport`` in tests);
                used for both SP-API and Login with Amazon.
            operations: the operation index (defaults to the generated table).
            env: the environment to read credentials from (defaults to ``os.environ``,
                read now, never at import).
            clock: monotonic clock for rate limiting.
            wall_clock: wall clock for token expiry.
            sleep: sleep used between retries.
            rng: random source for backoff jitter.
            lwa_retry: bounds on retries of the token request.

        Raises:
            ConfigurationError: a missing credential, unknown region or marketplace,
                or a bad argument; the message says what to fix.
        """
        self._check_io(transport, bucket_store)
        self._inner: TransportT | None = transport
        self._sleep: SleepT | None = sleep
        self._credentials = Credentials.resolve(
            client_id=client_id,
            client_secret=client_secret,
            refresh_token=refresh_token,
            scope=scope,
            env=os.environ if env is None else env,
        )
        self._region, self._endpoint = resolve_endpoint(
            region=region, marketplace=marketplace, sandbox=sandbox, endpoint=endpoint
        )
        self._marketplace = None if marketplace is None else Marketplace.parse(marketplace)
        self._sandbox = bool(sandbox)
        url = LWA_TOKEN_URL if token_url is None else token_url
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise ConfigurationError(
                f"token_url must be an http(s) URL such as {LWA_TOKEN_URL!r}, got {token_url!r}"
            )
        self._token_url = url
        self._timeout = _timeout(timeout)
        if retry is not None and not isinstance(retry, RetryPolicy):
            raise ConfigurationError(f"retry must be a RetryPolicy, got {type(retry).__name__}")
        if token_cache is not None and not isinstance(token_cache, TokenCache):
            raise ConfigurationError(
                f"token_cache must implement TokenCache (get, set, delete), "
                f"got {type(token_cache).__name__}"
            )
        if operations is not None and not isinstance(operations, OperationIndex):
            raise ConfigurationError(
                f"operations must be an OperationIndex, got {type(operations).__name__}"
            )
        self._rate_limiting = bool(rate_limiting)
        self._raise_errors = bool(raise_errors)
        self._retry = retry
        self._bucket_store = bucket_store
        self._token_cache: TokenCache = (
            token_cache if token_cache is not None else InMemoryTokenCache()
        )
        self._operations = operations
        self._clock = clock
        self._wall_clock = wall_clock
        self._rng = rng
        self._lwa_retry = lwa_retry
        self._guard = threading.Lock()
        self._apis: dict[str, Any] = {}
        self._generated: dict[str, Any] = {}

    # -- facts ---------------------------------------------------------------------

    @property
    def region(self) -> Region:
        """The region (it keys the rate-limit buckets)."""
        return self._region

    @property
    def endpoint(self) -> str:
        """The SP-API base URL every request goes to."""
        return self._endpoint

    @property
    def marketplace(self) -> Marketplace | None:
        """The marketplace given when building the client, if any."""
        return self._marketplace

    @property
    def operations(self) -> OperationIndex:
        """The operation index the accessors and the transport use."""
        if self._operations is None:
            self._operations = OperationIndex.default()
        return self._operations

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(region={self._region.name!r}, endpoint={self._endpoint!r}, "
            f"client_id={mask(self._credentials.client_id)!r}, "
            f"grant={self._credentials.grant_type!r})"
        )

    # -- accessors -----------------------------------------------------------------

    def __getattr__(self, name: str) -> Any:
        # Only called for names that are not ordinary attributes.
        if name.startswith("_"):
            raise AttributeError(name)
        with self._guard:
            api = self._apis.get(name)
        if api is not None:
            return api
        packages = self.operations.packages()
        if name not in packages:
            retired = _retired(name, None)
            if retired is not None:
                raise retired
            raise AttributeError(
                f"{type(self).__name__} has no API {name!r}" + _suggest(name, list(packages))
            )
        api = _Api(self, name)
        with self._guard:
            return self._apis.setdefault(name, api)

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(self.operations.packages()))

    def client_for(self, package: str) -> Any:
        """The generated ``Client`` of ``package``, wired to the shared httpx client.

        Use it to call the generated functions directly::

            from selling_partner_generated.fulfillment_outbound_v2020_07_01.api.fba_outbound \\
                import get_package_tracking_details
            get_package_tracking_details.sync(client=sp.client_for(
                "fulfillment_outbound_v2020_07_01"), package_number=1)

        Raises:
            ConfigurationError: unknown package.
        """
        with self._guard:
            client = self._generated.get(package)
        if client is not None:
            return client
        packages = self.operations.packages()
        if package not in packages:
            raise ConfigurationError(
                f"unknown API package {package!r}" + _suggest(package, list(packages))
            )
        module = importlib.import_module(_package_root(self.operations, package) + ".client")
        client = module.Client(base_url=self._endpoint, timeout=self._timeout)
        self._attach(client)
        with self._guard:
            return self._generated.setdefault(package, client)

    def _attach(self, client: Any) -> None:
        raise NotImplementedError

    def _check_io(self, transport: object, bucket_store: object) -> None:
        raise NotImplementedError

    def _provider(self, **io: Any) -> LwaTokenProvider:
        return LwaTokenProvider(
            self._credentials,
            token_url=self._token_url,
            cache=self._token_cache,
            timeout=self._timeout,
            retry=self._lwa_retry,
            clock=self._wall_clock,
            **io,
        )


class _Api:
    """The operations of one API package: ``sp.<package>.<operation>``."""

    def __init__(self, owner: _Base[Any, Any], package: str) -> None:
        self._owner = owner
        self._package = package
        self._ops: dict[str, _Call] = {}

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        call = self._ops.get(name)
        if call is not None:
            return call
        ops = self._owner.operations.operations(self._package)
        op = ops.get(name)
        if op is None:
            retired = _retired(self._package, name)
            if retired is not None:
                raise retired
            raise AttributeError(
                f"API {self._package} has no operation {name!r}" + _suggest(name, sorted(ops))
            )
        call = _AsyncCall(self._owner, op) if self._owner._async else _SyncCall(self._owner, op)
        return self._ops.setdefault(name, call)

    def __dir__(self) -> list[str]:
        return sorted(
            set(super().__dir__()) | set(self._owner.operations.operations(self._package))
        )

    def __repr__(self) -> str:
        count = len(self._owner.operations.operations(self._package))
        return f"<API {self._package}: {count} operations>"


class _Call:
    """One operation bound to a client; ``.detailed`` gives the full response."""

    _function = ""

    def __init__(self, owner: _Base[Any, Any], op: Operation) -> None:
        self._owner = owner
        self.operation = op
        self._fn: Callable[..., Any] | None = None
        self._signature: inspect.Signature | None = None

    def __repr__(self) -> str:
        op = self.operation
        return f"<operation {op.package}.{op.name} ({op.method} {op.path}) {op.reference}>"

    def _prepare(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, Any]:
        op = self.operation
        if args:
            raise TypeError(f"{op.package}.{op.name}() takes keyword arguments only")
        if self._fn is None:
            module: ModuleType = importlib.import_module(op.module)
            fn = getattr(module, self._function)
            self._signature = inspect.signature(fn)
            self._fn = fn
        assert self._signature is not None
        if "client" in kwargs:
            raise TypeError(f"{op.package}.{op.name}() supplies its own client; drop client=")
        client = self._owner.client_for(op.package)
        try:
            self._signature.bind(client=client, **kwargs)
        except TypeError as exc:
            params = [p for p in self._signature.parameters if p != "client"]
            raise TypeError(
                f"{op.package}.{op.name}(): {exc}; it takes {', '.join(params) or 'no arguments'}"
            ) from None
        return self._fn, client

    def _finish(
        self, generated: Any, seen: list[httpx.Response], started: float
    ) -> ApiResponse[Any]:
        raw = seen[-1] if seen else None
        result = ApiResponse.build(generated, self.operation.operation_id, raw)
        _log.debug(
            "call operation=%s method=%s path=%s status=%d request_id=%s attempts=%s duration=%.3f",
            self.operation.operation_id,
            self.operation.method,
            self.operation.path,
            result.status_code,
            result.request_id,
            result.attempts,
            time.perf_counter() - started,
        )
        return result

    def _parse_failure(self, seen: list[httpx.Response], exc: Exception) -> Exception | None:
        # A KeyError/TypeError/ValueError after the answer arrived comes from the model's
        # from_dict (arguments were checked before sending): report it without body content.
        # Error statuses raise in the hook before parsing, unless raise_errors=False.
        if isinstance(exc, SellingPartnerError) or not seen:
            return None
        raw = seen[-1]
        return parse_error(self.operation.operation_id, raw.status_code, raw.headers, exc)


class _SyncCall(_Call):
    _function = "sync_detailed"

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Call the operation; return the parsed model."""
        return self.detailed(*args, **kwargs).parsed

    def detailed(self, *args: Any, **kwargs: Any) -> ApiResponse[Any]:
        """Call the operation; return status, headers, request id, rate limit and model."""
        fn, client = self._prepare(args, kwargs)
        seen: list[httpx.Response] = []
        token = _SEEN.set(seen)
        started = time.perf_counter()
        try:
            generated = fn(client=client, **kwargs)
        except (KeyError, TypeError, ValueError) as exc:
            error = self._parse_failure(seen, exc)
            if error is None:
                raise
            raise error from None
        finally:
            _SEEN.reset(token)
        return self._finish(generated, seen, started)


class _AsyncCall(_Call):
    _function = "asyncio_detailed"

    async def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Call the operation; return the parsed model."""
        return (await self.detailed(*args, **kwargs)).parsed

    async def detailed(self, *args: Any, **kwargs: Any) -> ApiResponse[Any]:
        """Call the operation; return status, headers, request id, rate limit and model."""
        fn, client = self._prepare(args, kwargs)
        seen: list[httpx.Response] = []
        token = _SEEN.set(seen)
        started = time.perf_counter()
        try:
            generated = await fn(client=client, **kwargs)
        except (KeyError, TypeError, ValueError) as exc:
            error = self._parse_failure(seen, exc)
            if error is None:
                raise
            raise error from None
        finally:
            _SEEN.reset(token)
        return self._finish(generated, seen, started)


class SellingPartner(_Base[httpx.BaseTransport, Callable[[float], None]]):
    """A synchronous SP-API client.

    ::

        with SellingPartner(client_id=..., client_secret=..., refresh_token=...,
                            region=Region.NA) as sp:
            t = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(
                package_number=1)
            full = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details.detailed(
                package_number=1)   # ApiResponse: status, headers, request id, rate limit
    """

    _http: httpx.Client | None = None
    _lwa: LwaTokenProvider | None = None

    def _check_io(self, transport: object, bucket_store: object) -> None:
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise ConfigurationError(
                f"transport must be an httpx.BaseTransport (e.g. httpx.HTTPTransport()), got "
                f"{type(transport).__name__}; use AsyncSellingPartner for async transports"
            )
        if bucket_store is not None and not isinstance(bucket_store, BucketStore):
            raise ConfigurationError(
                f"bucket_store must implement BucketStore (reserve, pause, adopt_rate), got "
                f"{type(bucket_store).__name__}; an AsyncBucketStore needs AsyncSellingPartner"
            )

    def httpx_client(self) -> httpx.Client:
        """The shared httpx client (auth, SP-API transport, error hook), built on first use."""
        with self._guard:
            if self._http is None:
                inner = self._inner if self._inner is not None else httpx.HTTPTransport()
                sleep = self._sleep or time.sleep
                self._lwa = self._provider(transport=inner, sleep=sleep)
                self._http = httpx.Client(
                    base_url=self._endpoint,
                    timeout=self._timeout,
                    auth=LwaAuth(self._lwa, endpoint=self._endpoint),
                    transport=SpApiTransport(
                        inner,
                        operations=self.operations,
                        identity=self._credentials.identity,
                        region=self._region.value,
                        rate_limiting=self._rate_limiting,
                        store=cast(BucketStore | None, self._bucket_store),
                        retry=self._retry,
                        clock=self._clock,
                        sleep=sleep,
                        rng=self._rng,
                    ),
                    event_hooks={
                        "response": [_remember, raise_for_status]
                        if self._raise_errors
                        else [_remember]
                    },
                )
            return self._http

    def _attach(self, client: Any) -> None:
        client.set_httpx_client(self.httpx_client())

    def close(self) -> None:
        """Close the HTTP connections (also done by ``with``)."""
        with self._guard:
            http, self._http = self._http, None
            lwa, self._lwa = self._lwa, None
            self._generated.clear()
        if http is not None:
            http.close()
        if lwa is not None:
            lwa.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncSellingPartner(_Base[httpx.AsyncBaseTransport, Callable[[float], Awaitable[None]]]):
    """The asyncio SP-API client: :class:`SellingPartner` with ``await``.

    ::

        async with AsyncSellingPartner(region=Region.EU) as sp:
            t = await sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(
                package_number=1)
    """

    _async = True

    _http: httpx.AsyncClient | None = None
    _lwa: LwaTokenProvider | None = None

    def _check_io(self, transport: object, bucket_store: object) -> None:
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise ConfigurationError(
                "transport must be an httpx.AsyncBaseTransport (e.g. httpx.AsyncHTTPTransport()), "
                f"got {type(transport).__name__}; use SellingPartner for sync transports"
            )
        if bucket_store is not None and not isinstance(
            bucket_store, BucketStore | AsyncBucketStore
        ):
            raise ConfigurationError(
                "bucket_store must implement BucketStore or AsyncBucketStore, got "
                f"{type(bucket_store).__name__}"
            )

    def httpx_client(self) -> httpx.AsyncClient:
        """The shared httpx.AsyncClient (auth, SP-API transport, error hook), built on first use."""
        with self._guard:
            if self._http is None:
                inner = self._inner if self._inner is not None else httpx.AsyncHTTPTransport()
                asleep = self._sleep or asyncio.sleep
                self._lwa = self._provider(async_transport=inner, async_sleep=asleep)
                self._http = httpx.AsyncClient(
                    base_url=self._endpoint,
                    timeout=self._timeout,
                    auth=LwaAuth(self._lwa, endpoint=self._endpoint),
                    transport=AsyncSpApiTransport(
                        inner,
                        operations=self.operations,
                        identity=self._credentials.identity,
                        region=self._region.value,
                        rate_limiting=self._rate_limiting,
                        store=self._bucket_store,
                        retry=self._retry,
                        clock=self._clock,
                        sleep=asleep,
                        rng=self._rng,
                    ),
                    event_hooks={
                        "response": [_aremember, async_raise_for_status]
                        if self._raise_errors
                        else [_aremember]
                    },
                )
            return self._http

    def _attach(self, client: Any) -> None:
        client.set_async_httpx_client(self.httpx_client())

    async def aclose(self) -> None:
        """Close the HTTP connections (also done by ``async with``)."""
        with self._guard:
            http, self._http = self._http, None
            lwa, self._lwa = self._lwa, None
            self._generated.clear()
        if http is not None:
            await http.aclose()
        if lwa is not None:
            await lwa.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
