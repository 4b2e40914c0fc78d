"""Seller views: many sellers of one app on one client's connections (``sp.for_seller``).

An agency or ERP vendor calls SP-API for thousands of sellers from the same
workers. A view is a :class:`~selling_partner.SellingPartner` (or
:class:`~selling_partner.AsyncSellingPartner`) for another seller that borrows
everything its parent built once:

- the inner transport: connection pool, TLS context, proxies (never closed by a view);
- timeouts, retry policy, rate-limit switch, ``raise_errors``, restricted-data
  defaults, clocks, sleep and the operation table;
- the bucket store and the token cache (whatever the parent has: in memory, or
  a shared store such as Redis), in which the view's buckets and tokens are
  keyed by its own identity, as for any client;
- the grantless token providers (they belong to the app, not to a seller).

What is the seller's own: its grant (refresh token), its identity, its region
and endpoint when given, and the small objects built on them on first use (the
httpx client that carries its token router and rate-limit keys, its accessors).
Nothing registers a view anywhere: a dropped view is garbage, so memory follows
the views alive, not the sellers ever seen. Closing a view only forgets its
objects; closing the parent closes the pool, and every view refuses calls after.

Isolation follows from the keys: a seller's 429 pauses only its own buckets
(identity, region, operation); its ``invalid_grant`` or rejected token raises in
its own calls only and forgets only its own cache entry; single flight of token
fetches is per (cache, key), so another seller's refresh never waits on it.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from ._client import AsyncSellingPartner, SellingPartner
from ._credentials import Credentials
from ._errors import ConfigurationError
from ._regions import Marketplace, Region, resolve_endpoint
from ._vocabulary import base_path_of

__all__ = ["AsyncSellingPartnerView", "SellingPartnerView", "seller_view"]

if TYPE_CHECKING:
    from ._client import _Base

    _ViewBase = _Base[Any, Any]
else:
    _ViewBase = object

# Built afresh on each view (every other private setting is the parent's, shared as is).
_OWN = frozenset(
    (
        *("_http", "_documents", "_lwa", "_closed", "_guard"),
        *("_apis", "_typed", "_generated", "_grantless", "_owned"),
    )
)


class _View(_ViewBase):
    """What both view types add to their client type."""

    _parent: SellingPartner | AsyncSellingPartner

    def _check_open(self) -> None:
        # Called with self._guard held.
        if self._closed or self._parent._closed:
            whose = "this seller view" if self._closed else "the client this seller view belongs to"
            raise ConfigurationError(
                f"{whose} is closed: make the view from an open client "
                "(sp.for_seller(...) inside the parent's `with` block)"
            )

    def client_for(self, package: str) -> Any:
        """The generated ``Client`` of ``package``, wired to this seller's httpx client.

        Raises:
            ConfigurationError: unknown package, or the view or its parent is closed.
        """
        with self._guard:
            self._check_open()
        return super().client_for(package)

    def _grantless_provider(self, scope: str) -> Any:
        # Grantless tokens are the app's: one provider per scope, the parent's.
        return self._parent._grantless_provider(scope)

    def _forget(self) -> None:
        """Mark the view closed, drop its own objects; the shared ones stay open.

        Call with the guard held. The shells drop their httpx client and documents.
        """
        self._closed = True
        self._lwa = None
        self._generated.clear()
        self._apis.clear()
        self._typed.clear()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(region={self._region.name!r}, endpoint={self._endpoint!r}, "
            f"seller={self._identity!r})"
        )


class SellingPartnerView(_View, SellingPartner):
    """A :class:`SellingPartner` for one seller on its parent's connections (``for_seller``)."""

    _parent: SellingPartner

    def close(self) -> None:
        """Drop the view (also done by ``with``); the parent's pool stays open."""
        with self._guard:
            self._forget()
            self._http = None  # wraps the parent's pool: not closed
            # Its document helper has its own S3 client on the borrowed pool: close that.
            docs, self._documents = self._documents, None
        if docs is not None:
            docs.close()


class AsyncSellingPartnerView(_View, AsyncSellingPartner):
    """An :class:`AsyncSellingPartner` for one seller on its parent's connections."""

    _parent: AsyncSellingPartner

    async def aclose(self) -> None:
        """Drop the view (also done by ``async with``); the parent's pool stays open."""
        with self._guard:
            self._forget()
            self._http = None  # wraps the parent's pool: not closed
            docs, self._documents = self._documents, None
        if docs is not None:
            await docs.aclose()


def seller_view(
    parent: SellingPartner | AsyncSellingPartner,
    refresh_token: str,
    *,
    region: Region | str | None = None,
    marketplace: Marketplace | str | None = None,
    endpoint: str | None = None,
) -> Any:
    """The view of ``parent`` for the seller of ``refresh_token`` (see ``for_seller``).

    Raises:
        ConfigurationError: an empty refresh token, an unknown region or
            marketplace, a bad endpoint, or ``parent`` is closed.
    """
    root = parent._parent if isinstance(parent, _View) else parent
    if not isinstance(refresh_token, str) or not refresh_token.strip():
        raise ConfigurationError(
            "for_seller() needs the seller's refresh token: a non-empty string (Atzr|...)"
        )
    credentials = Credentials(root._client_id, root._client_secret, refresh_token.strip())
    # The parent's pool exists once its httpx client does (and closes with it).
    root.httpx_client()
    view_type = SellingPartnerView if isinstance(root, SellingPartner) else AsyncSellingPartnerView
    view: Any = object.__new__(view_type)
    # The parent's private settings are shared as is, including what later versions
    # add (a Redis store, inner-transport options); then the seller's own parts.
    # Public names (accessors a client may cache) act for the parent's seller: never copied.
    state = {k: v for k, v in vars(root).items() if k.startswith("_") and k not in _OWN}
    view.__dict__.update(state)
    view._parent = root
    view._settings = root._settings.with_transport(root._pooled)
    view._credentials = credentials
    view._identity = credentials.identity
    view._rules = type(root._rules)(
        restricted_data=root._rules.restricted_data, seller=True, default_grant=True
    )
    if region is not None or marketplace is not None or endpoint is not None:
        view._region, view._endpoint = resolve_endpoint(
            region=region if region is not None or marketplace is not None else root._region,
            marketplace=marketplace,
            sandbox=root._settings.sandbox,
            endpoint=endpoint,
        )
        view._base_path = base_path_of(view._endpoint)
        view._marketplace = None if marketplace is None else Marketplace.parse(marketplace)
    view._guard = threading.Lock()
    view._apis = {}
    view._typed = {}
    view._owned = ()  # the parent's Redis store and cache: the parent closes them
    view._generated = {}
    view._grantless = {}
    return view
