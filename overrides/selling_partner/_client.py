"""SellingPartner and AsyncSellingPartner: one shared httpx client, per-API accessors.

Wiring (see docs/design.md)::

    httpx.Client(base_url=endpoint, timeout=..., auth=LwaAuth,
                 transport=SpApiTransport(inner), event_hooks={"response": [...]})
      -> set_httpx_client() on one generated Client per API package (lazily)

``sp.<package>`` is an API object built from the operation table;
``sp.<package>.<name>(**kwargs)`` calls the generated ``sync_detailed`` (or
``asyncio_detailed``) with that package's client and returns the parsed model;
``sp.<package>.<name>.detailed(**kwargs)`` returns the full :class:`ApiResponse`.

Per operation, from the table: ``sp.<package>.<name>.pages(**kwargs)`` follows
the next-page token (``detailed_pages`` yields each :class:`ApiResponse`);
grantless operations get a client-credentials token for their scope (see
``_grants``); ``restricted=`` asks a restricted operation for buyers' PII with a
Restricted Data Token (see ``_rdt``); retired APIs and operations raise
:class:`RetiredOperationError` naming what replaces them.
"""

from __future__ import annotations

import asyncio
import contextvars
import difflib
import hashlib
import importlib
import inspect
import logging
import os
import random
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from types import ModuleType, TracebackType
from typing import Any, Generic, Self, TypeVar, cast

import httpx

from ._auth import LwaAuth, LwaRetry, LwaTokenProvider
from ._credentials import Credentials, mask, resolve_client
from ._errors import ConfigurationError, RetiredOperationError, SellingPartnerError
from ._grants import RESTRICTED_CALL, TokenRouter, needs_refresh_token
from ._hooks import async_raise_for_status, raise_for_status
from ._httpx_log import redact_presigned_urls
from ._operations import Operation, OperationIndex
from ._pagination import PageCursor, plan_for
from ._ratelimit import AsyncBucketStore, BucketStore
from ._rdt import RDT_PATH, RdtProvider
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


def _retired(index: OperationIndex, package: str, name: str | None) -> RetiredOperationError | None:
    """The error for a retired API (``name`` None) or operation, if it is one.

    Names the successor as code to write (``sp.reports_v2021_06_30.create_report``)
    and Amazon's note, from the table's ``RETIRED`` (spec/retired.toml).
    """
    found = index.retired(package, name)
    if found is None:
        return None
    when = f" on {found.removed}" if found.removed else ""
    if found.name is None:
        text = f"sp.{package}: {found.title} was removed by Amazon{when}."
        if found.successor:
            text += f" Use sp.{found.successor} instead."
        if found.note:
            text += f" {found.note}"
        moved = [
            (r.name, r.successor)
            for r in index.retirements()
            if r.package == package and r.name is not None and r.successor
        ]
        if moved and all(new == f"{found.successor}.{old}" for old, new in moved):
            text += (
                f" Every operation keeps its name, e.g. sp.{found.successor}.{moved[0][0]}"
                f" for sp.{package}.{moved[0][0]}."
            )
        elif moved:
            text += " Replacements: " + "; ".join(f"{old} -> sp.{new}" for old, new in moved)
            text += "."
        return RetiredOperationError(text)
    text = f"sp.{package}.{name} ({found.operation_id}, {found.title}) was removed by Amazon{when}."
    if found.successor:
        text += f" Use sp.{found.successor} instead."
    if found.note:
        text += f" {found.note}"
    return RetiredOperationError(text)


def _restricted_value(value: object) -> bool | tuple[str, ...] | None:
    """Normalise a ``restricted=`` argument (None: not given)."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return (value,)
    if isinstance(value, Iterable):
        elements = tuple(value)
        if all(isinstance(e, str) for e in elements):
            return elements
    raise ConfigurationError(
        f"restricted= takes True, False, or data elements such as ('buyerInfo', "
        f"'shippingAddress'), got {value!r}"
    )


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
    # The seller's (or scope=) token provider, built with the shared httpx client.
    _lwa: LwaTokenProvider | None = None

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
        restricted_data: bool = False,
        rdt_paths: str = "concrete",
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
            rate_limiting: False turns the client's own rate limiter off (429s are
                still retried).
            raise_errors: False returns 4xx/5xx answers (as ``ApiResponse`` with
                the model's error body) instead of raising; token refreshes and
                retries still happen.
            restricted_data: True calls every restricted operation (the ones that
                return buyers' PII) with a Restricted Data Token for all its data
                elements, as if each call passed ``restricted=True``; a call's own
                ``restricted=`` wins. The app needs the matching restricted roles.
            rdt_paths: ``"concrete"`` asks each RDT for the request's own path (that
                order only: least privilege, one Tokens API call per order);
                ``"generic"`` for the operation's path template
                (``/orders/v0/orders/{orderId}/address``: any order of the seller,
                one RDT per operation and data elements for its lifetime).
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
        self._credentials, self._client_id, self._client_secret = resolve_client(
            client_id=client_id,
            client_secret=client_secret,
            refresh_token=refresh_token,
            scope=scope,
            env=os.environ if env is None else env,
        )
        # Keys rate-limit buckets and RDTs: the seller's grant, or the app alone.
        self._identity = (
            self._credentials.identity
            if self._credentials is not None
            else hashlib.sha256(f"{self._client_id}\0app".encode()).hexdigest()[:16]
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
        self._restricted_data = bool(restricted_data)
        if rdt_paths not in ("concrete", "generic"):
            raise ConfigurationError(
                f"rdt_paths must be 'concrete' (an RDT per order/path) or 'generic' (one RDT "
                f"per operation, for any order), got {rdt_paths!r}"
            )
        self._generic_rdt_paths = rdt_paths == "generic"
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
        self._grantless: dict[str, LwaTokenProvider] = {}
        self._io: dict[str, Any] = {}

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
            retired = _retired(self.operations, name, None)
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

    def _grant_name(self) -> str:
        if self._credentials is None:
            return "none (grantless operations only)"
        return self._credentials.grant_type

    @property
    def _seller(self) -> bool:
        """Whether the default grant is a seller's refresh token (RDTs need one)."""
        return self._credentials is not None and self._credentials.refresh_token is not None

    def _grantless_provider(self, scope: str) -> LwaTokenProvider:
        """The client-credentials token provider of ``scope`` (one per scope, cached)."""
        with self._guard:
            provider = self._grantless.get(scope)
            if provider is None:
                credentials = Credentials(self._client_id, self._client_secret, scope=scope)
                provider = self._provider(credentials, **self._io)
                self._grantless[scope] = provider
            return provider

    def _router(self, default: LwaTokenProvider | None, rdt: RdtProvider | None) -> TokenRouter:
        return TokenRouter(
            operations=self.operations,
            default=default,
            grantless=self._grantless_provider,
            rdt=rdt if self._seller else None,
            generic_paths=self._generic_rdt_paths,
        )

    def _take_providers(self) -> list[LwaTokenProvider]:
        """Detach every token provider (for closing); call with the guard held."""
        providers = list(self._grantless.values())
        self._grantless.clear()
        lwa, self._lwa = self._lwa, None
        if lwa is not None:
            providers.append(lwa)
        return providers

    def _provider(self, credentials: Credentials, **io: Any) -> LwaTokenProvider:
        return LwaTokenProvider(
            credentials,
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
            retired = _retired(self._owner.operations, self._package, name)
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
    """One operation bound to a client; ``.detailed`` gives the full response.

    Besides the generated function's arguments every call takes ``restricted=``:
    ``True`` (all the operation's data elements), a tuple of data elements such
    as ``("buyerInfo", "shippingAddress")``, or ``False`` (the LWA token, no
    PII). Only operations the table marks ``restricted`` accept it. The RDT is
    fetched for the request's method, concrete path and data elements, cached
    until shortly before it expires, and sent instead of the LWA token.
    """

    _function = ""

    def __init__(self, owner: _Base[Any, Any], op: Operation) -> None:
        self._owner = owner
        self.operation = op
        self._fn: Callable[..., Any] | None = None
        self._signature: inspect.Signature | None = None

    def __repr__(self) -> str:
        op = self.operation
        return f"<operation {op.package}.{op.name} ({op.method} {op.path}) {op.reference}>"

    def _load(self) -> tuple[Callable[..., Any], inspect.Signature]:
        if self._fn is None or self._signature is None:
            module: ModuleType = importlib.import_module(self.operation.module)
            fn = getattr(module, self._function)
            self._signature = inspect.signature(fn)
            self._fn = fn
        return self._fn, self._signature

    def _data_elements(self, value: object) -> tuple[str, ...] | None:
        """The data elements to ask an RDT for, or None for the LWA token.

        Raises:
            ConfigurationError: ``restricted=`` on an operation that is not
                restricted, an unknown data element, or no refresh token.
        """
        op = self.operation
        wanted = _restricted_value(value)
        if wanted is None:
            wanted = self._owner._restricted_data and op.restricted
        if wanted is False:
            return None
        if not op.restricted:
            raise ConfigurationError(
                f"{op.package}.{op.name} is not a restricted operation: it returns no data that "
                "needs a Restricted Data Token; drop restricted="
            )
        if not self._owner._seller:
            raise needs_refresh_token(op)
        if wanted is True:
            return op.data_elements
        offered = ", ".join(op.data_elements)
        if not op.data_elements:
            raise ConfigurationError(
                f"{op.package}.{op.name} takes no data elements: pass restricted=True"
            )
        unknown = [e for e in wanted if e not in op.data_elements]
        if unknown or not wanted:
            raise ConfigurationError(
                f"{op.package}.{op.name}: restricted= names {', '.join(unknown) or 'nothing'}; "
                f"its data elements are {offered} (or pass restricted=True for all)"
            )
        return tuple(dict.fromkeys(wanted))

    def _prepare(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, Any]:
        op = self.operation
        if args:
            raise TypeError(f"{op.package}.{op.name}() takes keyword arguments only")
        if op.grantless_scope is None and self._owner._credentials is None:
            raise needs_refresh_token(op)
        _, signature = self._load()
        if "client" in kwargs:
            raise TypeError(f"{op.package}.{op.name}() supplies its own client; drop client=")
        client = self._owner.client_for(op.package)
        try:
            signature.bind(client=client, **kwargs)
        except TypeError as exc:
            params = [p for p in signature.parameters if p != "client"]
            raise TypeError(
                f"{op.package}.{op.name}(): {exc}; it takes {', '.join(params) or 'no arguments'}"
            ) from None
        return self._fn, client

    def _cursor(
        self, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[PageCursor, dict[str, Any]]:
        """Check a paged call's arguments now (not on first iteration); start its cursor."""
        extra = {"restricted": kwargs.pop("restricted")} if "restricted" in kwargs else {}
        self._data_elements(extra.get("restricted"))
        _, signature = self._load()
        accepted = {
            name: p.default is inspect.Parameter.empty
            for name, p in signature.parameters.items()
            if name != "client"
        }
        # The generator's "send nothing" sentinel is the default of its optional
        # arguments; an argument with any other default (page_size=10) is always sent.
        unset = [
            p.default for p in signature.parameters.values() if type(p.default).__name__ == "Unset"
        ]
        clear = {
            name: unset[0]
            for name, p in signature.parameters.items()
            if unset
            and name != "client"
            and p.default is not inspect.Parameter.empty
            and p.default is not None
            and type(p.default).__name__ != "Unset"
        }
        plan = plan_for(self.operation, accepted, clear)
        self._prepare(args, dict(kwargs))
        return PageCursor(plan, kwargs), extra

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
        elements = self._data_elements(kwargs.pop("restricted", None))
        fn, client = self._prepare(args, kwargs)
        seen: list[httpx.Response] = []
        token = _SEEN.set(seen)
        mark = RESTRICTED_CALL.set(
            None if elements is None else (self.operation.package, self.operation.name, elements)
        )
        started = time.perf_counter()
        try:
            generated = fn(client=client, **kwargs)
        except (KeyError, TypeError, ValueError) as exc:
            error = self._parse_failure(seen, exc)
            if error is None:
                raise
            raise error from None
        finally:
            RESTRICTED_CALL.reset(mark)
            _SEEN.reset(token)
        return self._finish(generated, seen, started)

    def pages(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        """Call a paged operation page after page; yield each page's parsed model.

        Takes the operation's arguments (a saved next-page token resumes). Follows
        the table's next-page token until a page has none; for the operations
        Amazon wants it so, later pages send the token alone.

        Raises:
            ConfigurationError: the operation does not page (at once, not when iterated).
            ApiError: the server repeated a next-page token (instead of looping forever).
        """
        return (response.parsed for response in self.detailed_pages(*args, **kwargs))

    def detailed_pages(self, *args: Any, **kwargs: Any) -> Iterator[ApiResponse[Any]]:
        """:meth:`pages`, yielding each page's full :class:`ApiResponse`."""
        cursor, extra = self._cursor(args, kwargs)
        return self._walk(cursor, extra)

    def _walk(self, cursor: PageCursor, extra: dict[str, Any]) -> Iterator[ApiResponse[Any]]:
        kwargs: dict[str, Any] | None = cursor.first()
        while kwargs is not None:
            response = self.detailed(**kwargs, **extra)
            yield response
            kwargs = cursor.next(response.content, request_id=response.request_id)


class _AsyncCall(_Call):
    _function = "asyncio_detailed"

    async def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Call the operation; return the parsed model."""
        return (await self.detailed(*args, **kwargs)).parsed

    async def detailed(self, *args: Any, **kwargs: Any) -> ApiResponse[Any]:
        """Call the operation; return status, headers, request id, rate limit and model."""
        elements = self._data_elements(kwargs.pop("restricted", None))
        fn, client = self._prepare(args, kwargs)
        seen: list[httpx.Response] = []
        token = _SEEN.set(seen)
        mark = RESTRICTED_CALL.set(
            None if elements is None else (self.operation.package, self.operation.name, elements)
        )
        started = time.perf_counter()
        try:
            generated = await fn(client=client, **kwargs)
        except (KeyError, TypeError, ValueError) as exc:
            error = self._parse_failure(seen, exc)
            if error is None:
                raise
            raise error from None
        finally:
            RESTRICTED_CALL.reset(mark)
            _SEEN.reset(token)
        return self._finish(generated, seen, started)

    def pages(self, *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
        """Async :meth:`_SyncCall.pages`: ``async for page in sp.<package>.<op>.pages(...)``.

        Raises:
            ConfigurationError: the operation does not page (at once, not when iterated).
            ApiError: the server repeated a next-page token (instead of looping forever).
        """
        cursor, extra = self._cursor(args, kwargs)
        return self._parsed(self._walk(cursor, extra))

    def detailed_pages(self, *args: Any, **kwargs: Any) -> AsyncIterator[ApiResponse[Any]]:
        """Async :meth:`_SyncCall.detailed_pages`."""
        cursor, extra = self._cursor(args, kwargs)
        return self._walk(cursor, extra)

    @staticmethod
    async def _parsed(responses: AsyncIterator[ApiResponse[Any]]) -> AsyncIterator[Any]:
        async for response in responses:
            yield response.parsed

    async def _walk(
        self, cursor: PageCursor, extra: dict[str, Any]
    ) -> AsyncIterator[ApiResponse[Any]]:
        kwargs: dict[str, Any] | None = cursor.first()
        while kwargs is not None:
            response = await self.detailed(**kwargs, **extra)
            yield response
            kwargs = cursor.next(response.content, request_id=response.request_id)


class SellingPartner(_Base[httpx.BaseTransport, Callable[[float], None]]):
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

    def _check_io(self, transport: object, bucket_store: object) -> None:
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise ConfigurationError(
                f"transport must be an httpx.BaseTransport (e.g. httpx.HTTPTransport()), got "
                f"{type(transport).__name__}; use AsyncSellingPartner for async transports"
            )
        if bucket_store is not None and not isinstance(bucket_store, BucketStore):
            raise ConfigurationError(
                f"bucket_store must implement BucketStore (reserve, observe, pause), got "
                f"{type(bucket_store).__name__}; an AsyncBucketStore needs AsyncSellingPartner"
            )

    def httpx_client(self) -> httpx.Client:
        """The shared httpx client (auth, SP-API transport, error hook), built on first use."""
        with self._guard:
            if self._http is None:
                redact_presigned_urls()
                inner = self._inner if self._inner is not None else httpx.HTTPTransport()
                sleep = self._sleep or time.sleep
                self._io = {"transport": inner, "sleep": sleep}
                if self._credentials is not None:
                    self._lwa = self._provider(self._credentials, **self._io)
                rdt = RdtProvider(
                    cache=self._token_cache,
                    identity=self._identity,
                    clock=self._wall_clock,
                    post=self._post_rdt,
                )
                self._http = httpx.Client(
                    base_url=self._endpoint,
                    timeout=self._timeout,
                    auth=LwaAuth(endpoint=self._endpoint, choose=self._router(self._lwa, rdt)),
                    transport=SpApiTransport(
                        inner,
                        operations=self.operations,
                        identity=self._identity,
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

    def _post_rdt(self, body: dict[str, Any]) -> httpx.Response:
        # Sent while a call is in progress: keep its response out of that call's record.
        seen = _SEEN.set(None)
        try:
            return self.httpx_client().post(RDT_PATH, json=body)
        finally:
            _SEEN.reset(seen)

    def close(self) -> None:
        """Close the HTTP connections (also done by ``with``)."""
        with self._guard:
            http, self._http = self._http, None
            providers = self._take_providers()
            self._generated.clear()
        if http is not None:
            http.close()
        for provider in providers:
            provider.close()

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
                redact_presigned_urls()
                inner = self._inner if self._inner is not None else httpx.AsyncHTTPTransport()
                asleep = self._sleep or asyncio.sleep
                self._io = {"async_transport": inner, "async_sleep": asleep}
                if self._credentials is not None:
                    self._lwa = self._provider(self._credentials, **self._io)
                rdt = RdtProvider(
                    cache=self._token_cache,
                    identity=self._identity,
                    clock=self._wall_clock,
                    apost=self._apost_rdt,
                )
                self._http = httpx.AsyncClient(
                    base_url=self._endpoint,
                    timeout=self._timeout,
                    auth=LwaAuth(endpoint=self._endpoint, choose=self._router(self._lwa, rdt)),
                    transport=AsyncSpApiTransport(
                        inner,
                        operations=self.operations,
                        identity=self._identity,
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

    async def _apost_rdt(self, body: dict[str, Any]) -> httpx.Response:
        # Sent while a call is in progress: keep its response out of that call's record.
        seen = _SEEN.set(None)
        try:
            return await self.httpx_client().post(RDT_PATH, json=body)
        finally:
            _SEEN.reset(seen)

    async def aclose(self) -> None:
        """Close the HTTP connections (also done by ``async with``)."""
        with self._guard:
            http, self._http = self._http, None
            providers = self._take_providers()
            self._generated.clear()
        if http is not None:
            await http.aclose()
        for provider in providers:
            await provider.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
