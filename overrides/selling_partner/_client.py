"""SellingPartner and AsyncSellingPartner: one shared httpx client, per-API accessors.

Wiring (see docs/design.md)::

    httpx.Client(base_url=endpoint, timeout=..., auth=LwaAuth,
                 transport=SpApiTransport(inner), event_hooks={"response": [...]})
      -> set_httpx_client() on one generated Client per API package (lazily)

``sp.<package>`` and ``sp.<package>.<name>`` are the accessors of ``_calls``
(:class:`~selling_partner._calls.Api`, ``SyncCall``/``AsyncCall``), built from
the operation table. Per request, ``_request_tokens.TokenRouter`` picks the token: a
Restricted Data Token for ``restricted=`` (``_rdt``), a client-credentials token
for a grantless operation, else the seller's grant.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import os
import random
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, cast

import httpx
from selling_partner_generated.accessors import Apis, AsyncApis

from ._calls import (
    CALL_RESPONSES,
    Api,
    AsyncCall,
    Call,
    CallRules,
    SyncCall,
    acollect_response,
    collect_response,
    retired_error,
    suggest,
)
from ._credentials import Credentials, mask, resolve_client
from ._errors import ConfigurationError
from ._hooks import async_raise_for_status, raise_for_status
from ._httpx_log import redact_presigned_urls
from ._login import LwaAuth, LwaRetry, LwaTokenProvider
from ._operations import OperationIndex
from ._proxy import AsyncRoutedTransport, Proxies, RoutedTransport
from ._ratelimit import AsyncBucketStore, BucketStore, InMemoryBucketStore
from ._rdt import RDT_PATH, RdtProvider
from ._regions import LWA_TOKEN_URL, Marketplace, Region, resolve_endpoint
from ._request_tokens import TokenRouter
from ._retry import RetryPolicy
from ._routing import CALLING, AsyncSpApiClient, SpApiClient
from ._token_cache import AsyncTokenCache, InMemoryTokenCache, TokenCache
from ._tolerant import DeviationLog
from ._transport import AsyncSpApiTransport, SpApiTransport
from ._vocabulary import DEFAULT_TIMEOUT, base_path_of, implements, parsed_url

__all__ = ["DEFAULT_TIMEOUT", "AsyncSellingPartner", "SellingPartner"]

_log = logging.getLogger("selling_partner.client")


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


if TYPE_CHECKING:  # _documents loads on first use of sp.documents
    from ._data_kiosk import AsyncDataKiosk, DataKiosk
    from ._documents import AsyncDocuments, Documents
    from ._feeds import AsyncFeeds, Feeds
    from ._reports import AsyncReports, Reports
    from ._subscriptions import AsyncSubscriptions, Subscriptions

TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)
SleepT = TypeVar("SleepT", Callable[[float], None], Callable[[float], Awaitable[None]])


class _Settings(Generic[TransportT, SleepT]):
    """How a client was built: checked once by ``__init__``, never changed after.

    A seller view (``for_seller``) shares its parent's, with its ``transport``
    replaced by the parent's pool. The first group is the same for both shells;
    ``transport`` and ``sleep`` are the shell's own (sync: an ``httpx.BaseTransport``
    and a blocking sleep; async: an ``httpx.AsyncBaseTransport`` and an awaitable
    sleep), typed by the shell's parameters. A plain class with ``__slots__``, not a
    dataclass: it loads with the client's names, and a dataclass costs ~0.7 ms to define.
    """

    __slots__ = (
        "clock",
        "generic_rdt_paths",
        "lwa_retry",
        "proxies",
        "raise_errors",
        "rate_limiting",
        "retry",
        "rng",
        "sandbox",
        "sleep",
        "timeout",
        "token_url",
        "transport",
        "wall_clock",
    )

    # Both shells.
    token_url: str
    timeout: httpx.Timeout
    proxies: Proxies | None  # None with the caller's transport= (configured by the caller)
    retry: RetryPolicy | None
    lwa_retry: LwaRetry | None
    rate_limiting: bool
    raise_errors: bool
    generic_rdt_paths: bool  # rdt_paths="generic"
    sandbox: bool
    clock: Callable[[], float]
    wall_clock: Callable[[], float]
    rng: Callable[[], float]
    # The shell's own.
    transport: TransportT | None  # the inner transport given (None: the client builds one)
    sleep: SleepT | None  # None: the shell's default (time.sleep / asyncio.sleep)

    def __init__(
        self,
        *,
        token_url: str,
        timeout: httpx.Timeout,
        proxies: Proxies | None,
        retry: RetryPolicy | None,
        lwa_retry: LwaRetry | None,
        rate_limiting: bool,
        raise_errors: bool,
        generic_rdt_paths: bool,
        sandbox: bool,
        clock: Callable[[], float],
        wall_clock: Callable[[], float],
        rng: Callable[[], float],
        transport: TransportT | None,
        sleep: SleepT | None,
    ) -> None:
        values = locals()
        for name in self.__slots__:
            object.__setattr__(self, name, values[name])

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only ({name})")

    def with_transport(self, transport: TransportT) -> _Settings[TransportT, SleepT]:
        """These settings on ``transport`` (a seller view on its parent's pool)."""
        values = {name: getattr(self, name) for name in self.__slots__}
        values["transport"] = transport
        return _Settings(**values)


class _Base(Generic[TransportT, SleepT]):
    """What both clients share: settings, accessors, generated clients."""

    _call: type[Call] = SyncCall
    # The seller's (or scope=) token provider, built with the shared httpx client.
    _lwa: LwaTokenProvider | None = None
    # Set by close(): a closed client would otherwise quietly open new connections
    # that nothing closes.
    _closed = False
    # The token caches this shell can use.
    _token_caches: tuple[type, ...] = (TokenCache,)
    # The inner transport (connection pool, TLS context) once built: shared by the
    # httpx client, Login with Amazon and every seller view (for_seller).
    _pooled: Any = None

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
        proxy: str | bool | None = None,
        rate_limiting: bool = True,
        raise_errors: bool = True,
        restricted_data: bool = False,
        strict: bool = False,
        rdt_paths: str = "concrete",
        retry: RetryPolicy | None = None,
        bucket_store: BucketStore | AsyncBucketStore | None = None,
        token_cache: TokenCache | AsyncTokenCache | None = None,
        redis_url: str | None = None,
        token_encryption_key: str | bytes | None = None,
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
                Without one the client can call grantless operations only.
            scope: a grantless scope as the default grant instead of a refresh
                token, e.g. ``sellingpartnerapi::notifications``. Not needed for
                the operations the table marks grantless: they always get a
                client-credentials token for their own scope.
            region: ``Region.NA``/``EU``/``FE`` (or ``"na"``...).
            marketplace: a marketplace id or country code; picks the region.
            sandbox: use the region's sandbox host.
            endpoint: SP-API base URL; overrides region and sandbox (proxies, fakes).
            token_url: Login with Amazon token URL (defaults to Amazon's).
            timeout: seconds or an ``httpx.Timeout``; ``DEFAULT_TIMEOUT`` (10 s connect,
                30 s read/write/pool) by default. Every request has one.
            proxy: a forward proxy for SP-API, Login with Amazon and S3 alike:
                None (default) reads ``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY``/
                ``NO_PROXY`` from ``env`` when the client is built; a URL
                (``"http://proxy.example:3128"``) sends everything through it;
                False goes direct. Not with ``transport=`` (configure yours).
            rate_limiting: False turns the client's own rate limiter off (429s are
                still retried).
            raise_errors: False returns 4xx/5xx answers (as ``ApiResponse`` with
                the model's error body) instead of raising; token refreshes and
                retries still happen.
            restricted_data: True calls every restricted operation (the ones that
                return buyers' PII) with a Restricted Data Token for all its data
                elements, as if each call passed ``restricted=True``; a call's own
                ``restricted=`` wins. The app needs the matching restricted roles.
            strict: True raises ``ResponseParseError`` on an answer that strays from
                Amazon's model (as before issue 9); by default such an answer is read
                tolerantly, each deviation is listed in ``ApiResponse.deviations`` and
                logged once per client at WARNING (see ``_tolerant``). A call's own
                ``strict=`` wins. ``marketplace=`` also fills ``marketplace_ids`` /
                ``marketplace_id`` of calls that leave them out.
            rdt_paths: ``"concrete"`` asks each RDT for the request's own path (that
                order only: least privilege, one Tokens API call per order);
                ``"generic"`` for the operation's path template
                (``/orders/v0/orders/{orderId}/address``: any order of the seller,
                one RDT per operation and data elements for its lifetime).
            retry: bounds on retries (``RetryPolicy``).
            bucket_store: where rate-limit buckets live (share one across clients).
            token_cache: where access tokens live (share one across clients).
            redis_url: share rate limits and tokens with every process using this
                Redis (``redis://host:6379/0``): builds the Redis bucket store and
                token cache (needs ``selling-partner[redis]``); instead of
                ``bucket_store=``/``token_cache=``. The client closes them.
            token_encryption_key: with ``redis_url``, a Fernet key that encrypts the
                tokens stored in Redis (else they are stored in clear).
            transport: the inner httpx transport (``httpx.MockTransport`` in tests);
                used for both SP-API and Login with Amazon.
            operations: the operation index (defaults to the generated table).
            env: the environment to read credentials from (defaults to ``os.environ``,
                read now, never at import).
            clock: monotonic clock for rate limiting.
            wall_clock: wall clock for token expiry (and HTTP-date ``Retry-After``).
            sleep: sleep used between retries.
            rng: random source for backoff jitter.
            lwa_retry: bounds on retries of the token request.

        Raises:
            ConfigurationError: a missing credential, unknown region or marketplace,
                or a bad argument; the message says what to fix.
        """
        self._check_io(transport, bucket_store)
        environment = os.environ if env is None else env
        self._credentials, self._client_id, self._client_secret = resolve_client(
            client_id=client_id,
            client_secret=client_secret,
            refresh_token=refresh_token,
            scope=scope,
            env=environment,
        )
        if transport is not None and proxy not in (None, False):
            raise ConfigurationError(
                "proxy= configures the client's own transport: with transport= set the proxy "
                "on that transport (httpx.HTTPTransport(proxy=...)) instead"
            )
        # Your own transport= goes where it goes: the environment is not read for it.
        proxies = None if transport is not None else Proxies.resolve(proxy, environment)
        # Keys rate-limit buckets and RDTs: the seller's grant, or the app alone
        # (which also keys the buckets of grantless operations).
        self._app_identity = hashlib.sha256(f"{self._client_id}\0app".encode()).hexdigest()[:16]
        self._identity = (
            self._credentials.identity if self._credentials is not None else self._app_identity
        )
        self._region, self._endpoint = resolve_endpoint(
            region=region, marketplace=marketplace, sandbox=sandbox, endpoint=endpoint
        )
        self._base_path = base_path_of(self._endpoint)  # a gateway's /spapi, else ""
        self._marketplace = None if marketplace is None else Marketplace.parse(marketplace)
        url = LWA_TOKEN_URL if token_url is None else token_url
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise ConfigurationError(
                f"token_url must be an http(s) URL such as {LWA_TOKEN_URL!r}, got {token_url!r}"
            )
        timeouts = _timeout(timeout)
        if retry is not None and not isinstance(retry, RetryPolicy):
            raise ConfigurationError(f"retry must be a RetryPolicy, got {type(retry).__name__}")
        if token_cache is not None and not isinstance(token_cache, self._token_caches):
            raise ConfigurationError(
                f"token_cache must implement TokenCache (get, set, delete), "
                f"got {type(token_cache).__name__}"
            )
        self._owned: tuple[Any, ...] = ()
        if redis_url is not None:
            if bucket_store is not None or token_cache is not None:
                raise ConfigurationError(
                    "redis_url builds the bucket store and the token cache: pass redis_url, "
                    "or bucket_store=/token_cache=, not both"
                )
            bucket_store, token_cache = self._owned = self._fleet(redis_url, token_encryption_key)
        elif token_encryption_key is not None:
            raise ConfigurationError(
                "token_encryption_key encrypts tokens stored in Redis: pass redis_url too "
                "(or give the key to RedisTokenCache)"
            )
        if operations is not None and not isinstance(operations, OperationIndex):
            raise ConfigurationError(
                f"operations must be an OperationIndex, got {type(operations).__name__}"
            )
        self._rules = CallRules(
            restricted_data=bool(restricted_data),
            seller=self._credentials is not None and self._credentials.refresh_token is not None,
            default_grant=self._credentials is not None,
            strict=bool(strict),
            marketplace_id=None if self._marketplace is None else self._marketplace.id,
            deviations=DeviationLog(),
        )
        if rdt_paths not in ("concrete", "generic"):
            raise ConfigurationError(
                f"rdt_paths must be 'concrete' (an RDT per order/path) or 'generic' (one RDT "
                f"per operation, for any order), got {rdt_paths!r}"
            )
        self._settings: _Settings[TransportT, SleepT] = _Settings(
            token_url=url,
            timeout=timeouts,
            proxies=proxies,
            retry=retry,
            lwa_retry=lwa_retry,
            rate_limiting=bool(rate_limiting),
            raise_errors=bool(raise_errors),
            generic_rdt_paths=rdt_paths == "generic",
            sandbox=bool(sandbox),
            clock=clock,
            wall_clock=wall_clock,
            rng=rng,
            transport=transport,
            sleep=sleep,
        )
        # One store for the client and its seller views (for_seller): buckets stay per identity.
        self._bucket_store = bucket_store if bucket_store is not None else InMemoryBucketStore()
        self._token_cache: TokenCache | AsyncTokenCache = (
            token_cache if token_cache is not None else InMemoryTokenCache()
        )
        self._operations = operations
        self._guard = threading.Lock()
        self._apis: dict[str, Any] = {}
        self._typed: dict[str, Any] = {}
        self._generated: dict[str, Any] = {}
        self._grantless: dict[str, LwaTokenProvider] = {}

    def _check_open(self) -> None:
        # Called with self._guard held.
        if self._closed:
            raise ConfigurationError(
                f"this {type(self).__name__} is closed: build a new client "
                "(or keep using the one inside its `with` block)"
            )

    def _document_settings(self) -> dict[str, Any]:
        # The S3 leg of sp.documents shares the client's network and bounds.
        s = self._settings
        return {
            "transport": s.transport,
            "proxies": s.proxies,
            "timeout": s.timeout,
            "retry": s.retry,
            "sleep": s.sleep,
            "rng": s.rng,
            "wall_clock": s.wall_clock,
        }

    def _job_settings(self) -> dict[str, Any]:
        # The report, feed and Data Kiosk jobs wait with the client's clocks and sleep.
        s = self._settings
        return {"sleep": s.sleep, "clock": s.clock, "wall_clock": s.wall_clock}

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
            f"client_id={mask(self._client_id)!r}, grant={self._grant_name()!r})"
        )

    # -- accessors -----------------------------------------------------------------

    def _typed_api(self, package: str, kind: Any) -> Any:
        """``sp.<package>``: the generated typed accessor ``kind`` over the runtime's ``Api``.

        Called by the generated properties (``selling_partner_generated.accessors``).

        Raises:
            AttributeError: the client's operation index has no such package.
        """
        with self._guard:
            typed = self._typed.get(package)
        if typed is not None:
            return typed
        typed = kind(self._api(package))
        with self._guard:
            return self._typed.setdefault(package, typed)

    def _api(self, name: str) -> Api:
        """The runtime accessor of API package ``name`` (one per client and package).

        Raises:
            RetiredOperationError: Amazon removed that API version (names the successor).
            AttributeError: no such package (with a "did you mean").
        """
        with self._guard:
            api: Api | None = self._apis.get(name)
        if api is not None:
            return api
        packages = self.operations.packages()
        if name not in packages:
            retired = retired_error(self.operations, name, None)
            if retired is not None:
                raise retired
            raise AttributeError(
                f"{type(self).__name__} has no API {name!r}" + suggest(name, list(packages))
            )
        api = Api(self, name, self._rules, self._call)
        with self._guard:
            found: Api = self._apis.setdefault(name, api)
            return found

    if not TYPE_CHECKING:
        # Hidden from type checkers, so a misspelled API is an error there; at run time
        # retired APIs, typos ("did you mean") and packages of a custom operation index
        # that have no generated accessor come here.
        def __getattr__(self, name: str) -> Any:
            # Only called for names that are not ordinary attributes.
            if name.startswith("_"):
                raise AttributeError(name)
            return self._api(name)

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(self.operations.packages()))

    def for_seller(
        self,
        refresh_token: str,
        *,
        region: Region | str | None = None,
        marketplace: Marketplace | str | None = None,
        endpoint: str | None = None,
    ) -> Self:
        """A client for another seller of the same app, on this client's connections.

        The view shares this client's connection pool and TLS context, timeouts,
        retry policy, rate-limit bucket store, token cache, proxies and operation
        table; only the seller's grant is its own (its tokens and buckets are keyed
        by its identity, as for any client). It costs a few objects: make one per
        task. ``with sp.for_seller(...) as seller:`` (or ``close()``) drops the view
        but never the shared pool; closing this client closes every view.

        Args:
            refresh_token: the seller's refresh token (the app's client id and secret
                are this client's).
            region: the seller's region when it differs from this client's.
            marketplace: a marketplace id or country code; picks the region.
            endpoint: SP-API base URL for the view (a proxy or gateway); by default
                this client's, or the region's host when ``region``/``marketplace``
                is given.

        Raises:
            ConfigurationError: an empty refresh token, an unknown region or
                marketplace, or this client is closed.
        """
        from ._sellers import seller_view

        view: Self = seller_view(
            self,  # type: ignore[arg-type]
            refresh_token,
            region=region,
            marketplace=marketplace,
            endpoint=endpoint,
        )
        return view

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
                f"unknown API package {package!r}" + suggest(package, list(packages))
            )
        name = _package_root(self.operations, package) + ".client"
        module = sys.modules.get(name) or importlib.import_module(name)
        client = module.Client(base_url=self._endpoint, timeout=self._settings.timeout)
        self._attach(client)
        with self._guard:
            return self._generated.setdefault(package, client)

    def _attach(self, client: Any) -> None:
        raise NotImplementedError

    def _fleet(self, url: str, key: str | bytes | None) -> tuple[Any, Any]:
        raise NotImplementedError

    def _check_io(self, transport: object, bucket_store: object) -> None:
        raise NotImplementedError

    def _grant_name(self) -> str:
        if self._credentials is None:
            return "none (grantless operations only)"
        return self._credentials.grant_type

    def _grantless_provider(self, scope: str) -> LwaTokenProvider:
        """The client-credentials token provider of ``scope`` (one per scope, cached)."""
        with self._guard:
            provider = self._grantless.get(scope)
            if provider is None:
                credentials = Credentials(self._client_id, self._client_secret, scope=scope)
                provider = self._provider(credentials)
                self._grantless[scope] = provider
            return provider

    def _router(self, default: LwaTokenProvider | None, rdt: RdtProvider | None) -> TokenRouter:
        return TokenRouter(
            operations=self.operations,
            default=default,
            grantless=self._grantless_provider,
            rdt=rdt if self._rules.seller else None,
            generic_paths=self._settings.generic_rdt_paths,
            base_path=self._base_path,
        )

    def _wire(self, rdt: RdtProvider) -> dict[str, Any]:
        """Build the token provider; the httpx client arguments both shells share.

        Call with the guard held, once the pool (``_pooled``) is built.
        """
        if self._credentials is not None:
            self._lwa = self._provider(self._credentials)
        return {
            "base_url": parsed_url(self._endpoint),
            "timeout": self._settings.timeout,
            "auth": LwaAuth(endpoint=self._endpoint, choose=self._router(self._lwa, rdt)),
        }

    def _transport_settings(self) -> dict[str, Any]:
        """The SP-API transport's arguments both shells share."""
        s = self._settings
        return {
            "operations": self.operations,
            "identity": self._identity,
            "app_identity": self._app_identity,
            "region": self._region.value,
            "rate_limiting": s.rate_limiting,
            "retry": s.retry,
            "clock": s.clock,
            "rng": s.rng,
            "base_path": self._base_path,
            "wall_clock": s.wall_clock,
        }

    def _rdt_provider(self, **shell: Any) -> RdtProvider:
        """The RDT provider, sending through ``shell`` (``post=`` or ``apost=``)."""
        return RdtProvider(
            cache=self._token_cache,
            identity=self._identity,
            clock=self._settings.wall_clock,
            **shell,
        )

    def _event_hooks(self, record: Any, raise_errors: Any) -> dict[str, list[Any]]:
        """The response hooks: ``record`` always, ``raise_errors`` unless turned off."""
        return {"response": [record, raise_errors] if self._settings.raise_errors else [record]}

    def _take_providers(self) -> list[LwaTokenProvider]:
        """Detach the httpx client's generated clients and every token provider.

        For closing; call with the guard held.
        """
        self._generated.clear()
        providers = list(self._grantless.values())
        self._grantless.clear()
        lwa, self._lwa = self._lwa, None
        if lwa is not None:
            providers.append(lwa)
        return providers

    def _provider(self, credentials: Credentials) -> LwaTokenProvider:
        """A token provider for ``credentials`` on the pool, with the shell's own I/O."""
        raise NotImplementedError

    def _lwa_settings(self) -> dict[str, Any]:
        """The token providers' arguments both shells share."""
        s = self._settings
        return {
            "token_url": s.token_url,
            "cache": self._token_cache,
            "timeout": s.timeout,
            "retry": s.lwa_retry,
            "clock": s.wall_clock,
        }


class SellingPartner(_Base[httpx.BaseTransport, Callable[[float], None]], Apis):
    """A synchronous SP-API client.

    ::

        with SellingPartner(client_id=..., client_secret=..., refresh_token=...,
                            region=Region.NA) as sp:
            t = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(
                package_number=1)
            full = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details.detailed(
                package_number=1)   # ApiResponse: status, headers, request id, rate limit
            for page in sp.orders_v0.get_orders.pages(marketplace_ids=["ATVPDKIKX0DER"]):
                ...                 # follows the next-page token (docs/runtime-features.md)
            order = sp.orders_v0.get_order(order_id="902-...", restricted=("buyerInfo",))
                                    # PII with a Restricted Data Token
            sp.notifications_v1.get_destinations()   # grantless: client-credentials token
    """

    _http: httpx.Client | None = None
    _documents: Documents | None = None

    def _check_io(self, transport: object, bucket_store: object) -> None:
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise ConfigurationError(
                f"transport must be an httpx.BaseTransport (e.g. httpx.HTTPTransport()), got "
                f"{type(transport).__name__}; use AsyncSellingPartner for async transports"
            )
        if bucket_store is not None and not implements(bucket_store, BucketStore):
            raise ConfigurationError(
                f"bucket_store must implement BucketStore (reserve, observe, pause), got "
                f"{type(bucket_store).__name__}; an AsyncBucketStore needs AsyncSellingPartner"
            )

    def httpx_client(self) -> httpx.Client:
        """The shared httpx client (auth, SP-API transport, error hook), built on first use."""
        with self._guard:
            self._check_open()
            if self._http is None:
                redact_presigned_urls()
                s = self._settings
                if self._pooled is None:
                    self._pooled = (
                        s.transport if s.transport is not None else RoutedTransport(s.proxies)
                    )
                rdt = self._rdt_provider(post=self._post_rdt)
                self._http = SpApiClient(
                    operations=self.operations,
                    **self._wire(rdt),
                    transport=SpApiTransport(
                        self._pooled,
                        store=cast(BucketStore | None, self._bucket_store),
                        sleep=s.sleep or time.sleep,
                        **self._transport_settings(),
                    ),
                    event_hooks=self._event_hooks(collect_response, raise_for_status),
                )
            return self._http

    def _attach(self, client: Any) -> None:
        client.set_httpx_client(self.httpx_client())

    def _provider(self, credentials: Credentials) -> LwaTokenProvider:
        sleep = self._settings.sleep or time.sleep
        return LwaTokenProvider(
            credentials, transport=self._pooled, sleep=sleep, **self._lwa_settings()
        )

    def _fleet(self, url: str, key: str | bytes | None) -> tuple[Any, Any]:
        from ._fleet import sync_fleet

        return sync_fleet(url, key)

    def _post_rdt(self, body: dict[str, Any]) -> httpx.Response:
        # Sent while a call is in progress: keep its response out of that call's record.
        seen, calling = CALL_RESPONSES.set(None), CALLING.set(None)
        try:
            return self.httpx_client().post(RDT_PATH, json=body)
        finally:
            CALLING.reset(calling)
            CALL_RESPONSES.reset(seen)

    @property
    def documents(self) -> Documents:
        """Report, feed-result and Data Kiosk downloads and feed uploads (presigned S3 URLs).

        The S3 leg uses the client's inner transport, timeout and retry policy,
        but never the SP-API token, rate limiter or error hook.
        """
        from ._documents import Documents

        with self._guard:
            self._check_open()
            if self._documents is None:
                self._documents = Documents(self, **self._document_settings())
            return self._documents

    @property
    def reports(self) -> Reports:
        """Report jobs: ``sp.reports.fetch(report_type, ...)``: create, wait, download, decode."""
        from ._reports import Reports

        return Reports(self, **self._job_settings())

    @property
    def feeds(self) -> Feeds:
        """Feed jobs: ``sp.feeds.submit(feed_type, content, content_type=...)``."""
        from ._feeds import Feeds

        return Feeds(self, **self._job_settings())

    @property
    def data_kiosk(self) -> DataKiosk:
        """Data Kiosk jobs: ``sp.data_kiosk.run(query)`` / ``.rows(query)``."""
        from ._data_kiosk import DataKiosk

        return DataKiosk(self, **self._job_settings())

    @property
    def subscriptions(self) -> Subscriptions:
        """Notification subscriptions: ``sp.subscriptions.subscribe(type, sqs_arn=...)``."""
        from ._subscriptions import Subscriptions

        return Subscriptions(self, **self._job_settings())

    def close(self) -> None:
        """Close the HTTP connections (also done by ``with``); the client cannot be reused."""
        with self._guard:
            self._closed = True
            http, self._http = self._http, None
            docs, self._documents = self._documents, None
            providers = self._take_providers()
        if http is not None:
            http.close()
        if docs is not None:
            docs.close()
        for provider in providers:
            provider.close()
        for owned in self._owned:  # redis_url's store and cache
            owned.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncSellingPartner(
    _Base[httpx.AsyncBaseTransport, Callable[[float], Awaitable[None]]], AsyncApis
):
    """The asyncio SP-API client: :class:`SellingPartner` with ``await``.

    ::

        async with AsyncSellingPartner(region=Region.EU) as sp:
            t = await sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(
                package_number=1)
    """

    _call = AsyncCall
    _token_caches = (TokenCache, AsyncTokenCache)

    _http: httpx.AsyncClient | None = None
    _documents: AsyncDocuments | None = None

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
            self._check_open()
            if self._http is None:
                redact_presigned_urls()
                s = self._settings
                if self._pooled is None:
                    self._pooled = (
                        s.transport if s.transport is not None else AsyncRoutedTransport(s.proxies)
                    )
                rdt = self._rdt_provider(apost=self._apost_rdt)
                self._http = AsyncSpApiClient(
                    operations=self.operations,
                    **self._wire(rdt),
                    transport=AsyncSpApiTransport(
                        self._pooled,
                        store=self._bucket_store,
                        sleep=s.sleep,  # None: asyncio.sleep, imported by the shells on use
                        **self._transport_settings(),
                    ),
                    event_hooks=self._event_hooks(acollect_response, async_raise_for_status),
                )
            return self._http

    def _attach(self, client: Any) -> None:
        client.set_async_httpx_client(self.httpx_client())

    def _provider(self, credentials: Credentials) -> LwaTokenProvider:
        return LwaTokenProvider(
            credentials,
            async_transport=self._pooled,
            async_sleep=self._settings.sleep,
            **self._lwa_settings(),
        )

    def _fleet(self, url: str, key: str | bytes | None) -> tuple[Any, Any]:
        from ._fleet import async_fleet

        return async_fleet(url, key)

    async def _apost_rdt(self, body: dict[str, Any]) -> httpx.Response:
        # Sent while a call is in progress: keep its response out of that call's record.
        seen, calling = CALL_RESPONSES.set(None), CALLING.set(None)
        try:
            return await self.httpx_client().post(RDT_PATH, json=body)
        finally:
            CALLING.reset(calling)
            CALL_RESPONSES.reset(seen)

    @property
    def documents(self) -> AsyncDocuments:
        """Report, feed-result and Data Kiosk downloads and feed uploads, with ``await``.

        The S3 leg uses the client's inner transport, timeout and retry policy,
        but never the SP-API token, rate limiter or error hook.
        """
        from ._documents import AsyncDocuments

        with self._guard:
            self._check_open()
            if self._documents is None:
                self._documents = AsyncDocuments(self, **self._document_settings())
            return self._documents

    @property
    def reports(self) -> AsyncReports:
        """Report jobs: ``await sp.reports.fetch(report_type, ...)``."""
        from ._reports import AsyncReports

        return AsyncReports(self, **self._job_settings())

    @property
    def feeds(self) -> AsyncFeeds:
        """Feed jobs: ``await sp.feeds.submit(feed_type, content, content_type=...)``."""
        from ._feeds import AsyncFeeds

        return AsyncFeeds(self, **self._job_settings())

    @property
    def data_kiosk(self) -> AsyncDataKiosk:
        """Data Kiosk jobs: ``await sp.data_kiosk.run(query)``."""
        from ._data_kiosk import AsyncDataKiosk

        return AsyncDataKiosk(self, **self._job_settings())

    @property
    def subscriptions(self) -> AsyncSubscriptions:
        """Notification subscriptions: ``await sp.subscriptions.subscribe(...)``."""
        from ._subscriptions import AsyncSubscriptions

        return AsyncSubscriptions(self, **self._job_settings())

    async def aclose(self) -> None:
        """Close the HTTP connections (also done by ``async with``); the client cannot be reused."""
        with self._guard:
            self._closed = True
            http, self._http = self._http, None
            docs, self._documents = self._documents, None
            providers = self._take_providers()
        if http is not None:
            await http.aclose()
        if docs is not None:
            await docs.aclose()
        for provider in providers:
            await provider.aclose()
        for owned in self._owned:  # redis_url's store and cache
            await owned.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
