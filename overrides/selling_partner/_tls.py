"""The direct network transport: TLS is set up on the first https request, not before.

``_proxy.RoutedTransport`` sends every request that goes direct (no proxy) here.

``httpx.HTTPTransport()`` builds a verified ``ssl.SSLContext`` at once (loading
the CA bundle costs about 15 ms), also for a client that only ever talks plain
http (a local fake, a gateway, an offline test server). These transports route by
scheme: https requests go to an ``httpx.HTTPTransport`` built by httpx with its
own defaults when the first https request is sent; http requests go to one built
with a context that trusts no certificate authority, so it can never complete a
TLS handshake (it never needs to: it only carries plain http).
"""

from __future__ import annotations

import functools
import ssl
import threading
from typing import Any

import httpx

__all__ = ["AsyncSchemeTransport", "SchemeTransport"]


def _no_trust() -> ssl.SSLContext:
    # Verification stays on (CERT_REQUIRED, hostname checks) with no trust anchors:
    # any handshake through the plain-http transport fails closed.
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class _Routes:
    """The two transports, each built on first use (thread-safe)."""

    def __init__(self, build: Any) -> None:
        self._build = build
        self._lock = threading.Lock()
        self._tls: Any = None
        self._plain: Any = None

    def pick(self, request: httpx.Request) -> Any:
        with self._lock:
            if request.url.scheme == "https":
                if self._tls is None:
                    self._tls = self._build()
                return self._tls
            if self._plain is None:
                self._plain = self._build(verify=_no_trust())
            return self._plain

    def take(self) -> list[Any]:
        with self._lock:
            built = [t for t in (self._tls, self._plain) if t is not None]
            self._tls = self._plain = None
        return built


class SchemeTransport(httpx.BaseTransport):
    """``httpx.HTTPTransport()``, with its TLS context built on the first https request."""

    def __init__(self, **options: Any) -> None:
        """Build nothing yet; ``options`` go to each ``httpx.HTTPTransport`` (``limits=``)."""
        self._routes = _Routes(functools.partial(httpx.HTTPTransport, **options))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the transport for its scheme."""
        transport: httpx.HTTPTransport = self._routes.pick(request)
        return transport.handle_request(request)

    def close(self) -> None:
        """Close whatever was built."""
        for transport in self._routes.take():
            transport.close()


class AsyncSchemeTransport(httpx.AsyncBaseTransport):
    """``httpx.AsyncHTTPTransport()``, with its TLS context built on the first https request."""

    def __init__(self, **options: Any) -> None:
        """Build nothing yet; ``options`` go to each ``httpx.AsyncHTTPTransport``."""
        self._routes = _Routes(functools.partial(httpx.AsyncHTTPTransport, **options))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the transport for its scheme."""
        transport: httpx.AsyncHTTPTransport = self._routes.pick(request)
        return await transport.handle_async_request(request)

    async def aclose(self) -> None:
        """Close whatever was built."""
        for transport in self._routes.take():
            await transport.aclose()
