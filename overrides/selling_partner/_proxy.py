"""Forward proxies for SP-API, Login with Amazon and S3 alike.

httpx applies ``HTTPS_PROXY``/``HTTP_PROXY``/``NO_PROXY`` only when a client
builds its own transport; the clients here bring theirs (the SP-API transport
wraps it, Login with Amazon and the S3 leg borrow it), so they decide here:

- ``proxy=None`` (the default): the environment, read when the client is built
  (never at import): ``HTTPS_PROXY`` for https URLs, ``HTTP_PROXY`` for http URLs,
  ``ALL_PROXY`` for either, lower-case names too; ``NO_PROXY`` lists hosts
  (``example.com`` also covers its subdomains, ``.example.com`` too;
  ``host:port``; ``*`` for every host) that go direct;
- ``proxy="http://user:pass@proxy:3128"``: every request through that proxy,
  the environment ignored;
- ``proxy=False``: no proxy, whatever the environment says.

The inner transport (:func:`routed_transport`) picks, per request, a direct
``httpx.HTTPTransport`` or one with ``proxy=``; one per distinct proxy.
Proxy URLs can carry credentials: they are never in a repr, log or message.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx

from ._errors import ConfigurationError
from ._tls import AsyncSchemeTransport, SchemeTransport

__all__ = [
    "POOL_LIMITS",
    "AsyncRoutedTransport",
    "Proxies",
    "RoutedTransport",
    "check_pool_bound",
]

#: The pool of each inner transport. httpx's default keeps at most 20 idle
#: connections, and httpcore counts every connection (busy or idle) against that
#: bound: past 20 concurrent requests each one that finishes closes its
#: connection, and the next opens a new one (a TLS handshake with Amazon). At 50
#: tasks that was 1,218 new connections per 1,000 calls; keeping as many idle as
#: open makes it the 50 the tasks need (docs/throughput.md).
POOL_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)


def check_pool_bound(max_connections: object) -> None:
    """Refuse a connection bound that is not a positive int (the opt-in transports' check).

    Raises:
        ConfigurationError: ``max_connections`` is not an int >= 1.
    """
    if isinstance(max_connections, bool) or not isinstance(max_connections, int):
        raise ConfigurationError(f"max_connections must be an int, got {max_connections!r}")
    if max_connections < 1:
        raise ConfigurationError(f"max_connections must be >= 1, got {max_connections}")


def _env(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(name.lower()) or env.get(name.upper())
    return value.strip() or None if value else None


def _check(url: str, where: str) -> str:
    if "://" not in url:
        url = "http://" + url  # as curl and httpx read "proxy:3128"
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        raise ConfigurationError(f"{where} is not a proxy URL") from None
    if parsed.scheme not in ("http", "https", "socks5") or not parsed.host:
        raise ConfigurationError(
            f"{where} must be an http://, https:// or socks5:// proxy URL with a host "
            f"(e.g. http://proxy.example:3128), got scheme {parsed.scheme!r}"
        )
    return url


@dataclass(frozen=True)
class Proxies:
    """Which proxy, if any, each URL goes through.

    Attributes:
        http: Proxy URL for ``http://`` URLs, or None (direct).
        https: Proxy URL for ``https://`` URLs, or None (direct).
        no_proxy: Hosts (``host``, ``.domain``, ``host:port`` or ``*``) that go direct.
    """

    http: str | None = field(default=None, repr=False)
    https: str | None = field(default=None, repr=False)
    no_proxy: tuple[str, ...] = ()

    def __repr__(self) -> str:
        # Proxy URLs may hold a user and password: show the host only.
        def host(url: str | None) -> str | None:
            return None if url is None else httpx.URL(url).host

        return f"Proxies(http={host(self.http)!r}, https={host(self.https)!r}, no_proxy=...)"

    @classmethod
    def resolve(cls, proxy: object, env: Mapping[str, str]) -> Proxies | None:
        """The proxies for a client's ``proxy=`` argument; None when every URL goes direct.

        Raises:
            ConfigurationError: ``proxy=`` (or a proxy variable) is not a proxy URL.
        """
        if proxy is False:
            return None
        if isinstance(proxy, str) and proxy:
            url = _check(proxy, "proxy=")
            return cls(http=url, https=url)
        if proxy is not None:
            raise ConfigurationError(
                "proxy= takes a proxy URL such as 'http://proxy.example:3128', False (no "
                "proxy), or None (HTTPS_PROXY/HTTP_PROXY/NO_PROXY from the environment), "
                f"got {type(proxy).__name__}"
            )
        every = _env(env, "ALL_PROXY")
        https = _env(env, "HTTPS_PROXY") or every
        http = _env(env, "HTTP_PROXY") or every
        if https is None and http is None:
            return None
        hosts = tuple(
            entry.strip().lower()
            for entry in (_env(env, "NO_PROXY") or "").split(",")
            if entry.strip()
        )
        return cls(
            http=None if http is None else _check(http, "HTTP_PROXY"),
            https=None if https is None else _check(https, "HTTPS_PROXY"),
            no_proxy=hosts,
        )

    def for_url(self, url: httpx.URL) -> str | None:
        """The proxy URL for ``url``, or None to go direct."""
        proxy = self.https if url.scheme == "https" else self.http
        if proxy is None or self._bypassed(url):
            return None
        return proxy

    def _bypassed(self, url: httpx.URL) -> bool:
        host = url.host.lower().strip("[]")
        port = url.port or (443 if url.scheme == "https" else 80)
        for entry in self.no_proxy:
            if entry == "*":
                return True
            name, _, entry_port = (
                entry.rpartition(":") if entry.count(":") == 1 else (entry, "", "")
            )
            if entry_port and entry_port != str(port):
                continue
            name = name.lstrip(".").strip("[]")
            if host == name or host.endswith("." + name):
                return True
        return False


class RoutedTransport(httpx.BaseTransport):
    """A direct transport, or one per proxy, chosen per request by :class:`Proxies`."""

    def __init__(self, proxies: Proxies | None) -> None:
        """Open the transports ``proxies`` needs (a direct one always)."""
        self._proxies = proxies
        # Direct: TLS set up on the first https request (_tls).
        self._direct = SchemeTransport(limits=POOL_LIMITS)
        self._via: dict[str, httpx.HTTPTransport] = {}
        if proxies is not None:
            for url in {proxies.http, proxies.https} - {None}:
                assert url is not None
                self._via[url] = httpx.HTTPTransport(proxy=url, limits=POOL_LIMITS)

    def __repr__(self) -> str:
        return f"RoutedTransport({self._proxies!r})"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` directly or through its proxy."""
        proxy = None if self._proxies is None else self._proxies.for_url(request.url)
        transport = self._direct if proxy is None else self._via[proxy]
        return transport.handle_request(request)

    def close(self) -> None:
        """Close every transport."""
        self._direct.close()
        for transport in self._via.values():
            transport.close()


class AsyncRoutedTransport(httpx.AsyncBaseTransport):
    """Asyncio twin of :class:`RoutedTransport`."""

    def __init__(self, proxies: Proxies | None) -> None:
        """Open the transports ``proxies`` needs (a direct one always)."""
        self._proxies = proxies
        # Direct: TLS set up on the first https request (_tls).
        self._direct = AsyncSchemeTransport(limits=POOL_LIMITS)
        self._via: dict[str, httpx.AsyncHTTPTransport] = {}
        if proxies is not None:
            for url in {proxies.http, proxies.https} - {None}:
                assert url is not None
                self._via[url] = httpx.AsyncHTTPTransport(proxy=url, limits=POOL_LIMITS)

    def __repr__(self) -> str:
        return f"AsyncRoutedTransport({self._proxies!r})"

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` directly or through its proxy."""
        proxy = None if self._proxies is None else self._proxies.for_url(request.url)
        transport = self._direct if proxy is None else self._via[proxy]
        return await transport.handle_async_request(request)

    async def aclose(self) -> None:
        """Close every transport."""
        await self._direct.aclose()
        for transport in self._via.values():
            await transport.aclose()
