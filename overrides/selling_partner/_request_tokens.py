"""Which token each SP-API request carries: the seller's, a grantless one, or an RDT.

Read from the operation table, per request (the operation the request was built
for, :func:`~selling_partner._routing.operation_of`; the transport reuses it):

1. the call asked for restricted data (``restricted=``, see ``_client``) and this
   request is that call's operation: a Restricted Data Token for its method,
   path and data elements (:mod:`._rdt`). The path is the concrete one
   (``/orders/v0/orders/902-.../address``: that order only), or with
   ``generic_paths`` the operation's template (``/orders/v0/orders/{orderId}/address``:
   any order of the seller, which Amazon documents for the Tokens API), so one
   RDT serves a loop over many orders;
2. the operation has a ``grantless_scope``: an LWA token from the
   client-credentials grant for that scope (same client id and secret; a
   separate token-cache entry per scope);
3. otherwise the client's default grant: the seller's refresh token (or, on a
   client built with ``scope=``, that scope);
4. no default grant: :class:`~selling_partner.ConfigurationError` saying a
   refresh token is needed.

The call marks itself in :data:`RESTRICTED_CALL` (a context variable, so threads
and asyncio tasks never see each other's marks); the token request for the RDT
itself, made while the mark is set, is another operation and takes rule 2-4.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable

import httpx

from ._errors import ConfigurationError
from ._login import TokenSource
from ._operations import Operation, OperationIndex
from ._rdt import RdtProvider, RestrictedResource
from ._routing import operation_of
from ._vocabulary import operation_path

__all__ = [
    "RESTRICTED_CALL",
    "TokenRouter",
    "grantless_scope",
    "needs_refresh_token",
]

#: (package, python name, data elements) of the restricted call in progress, if any.
RESTRICTED_CALL: contextvars.ContextVar[tuple[str, str, tuple[str, ...]] | None] = (
    contextvars.ContextVar("selling_partner_restricted_call", default=None)
)


def grantless_scope(op: Operation | None) -> str | None:
    """The LWA scope of a grantless operation, or None for a seller operation."""
    return None if op is None else op.grantless_scope


def needs_refresh_token(op: Operation | None) -> ConfigurationError:
    """The error for a seller operation on a client built without a refresh token."""
    what = f"{op.package}.{op.name} ({op.operation_id})" if op is not None else "this request"
    return ConfigurationError(
        f"{what} acts for a selling partner and needs a refresh token: build the client with "
        "refresh_token= (or set SELLING_PARTNER_REFRESH_TOKEN); a client with only client_id "
        "and client_secret can call grantless operations only"
    )


class _RdtSource:
    """The :class:`TokenSource` of one restricted resource."""

    def __init__(self, provider: RdtProvider, resource: RestrictedResource) -> None:
        self._provider = provider
        self._resource = resource

    def token(self) -> str:
        return self._provider.token(self._resource)

    async def atoken(self) -> str:
        return await self._provider.atoken(self._resource)

    def invalidate(self, access_token: str) -> None:
        self._provider.invalidate(self._resource, access_token)

    async def ainvalidate(self, access_token: str) -> None:
        await self._provider.ainvalidate(self._resource, access_token)


class TokenRouter:
    """Picks the token source of each request (see the module docstring).

    Args:
        operations: the operation index (finds the request's operation).
        default: the client's default grant (seller, or the ``scope=`` given), or None.
        grantless: the token source for a grantless scope (the client caches them).
        rdt: the Restricted Data Token provider, or None.
        generic_paths: ask RDTs for the operation's path template, not the concrete path.
        base_path: the endpoint's own path (a gateway's ``/spapi``), not part of an
            operation's path.
    """

    def __init__(
        self,
        *,
        operations: OperationIndex,
        default: TokenSource | None,
        grantless: Callable[[str], TokenSource],
        rdt: RdtProvider | None = None,
        generic_paths: bool = False,
        base_path: str = "",
    ) -> None:
        self._operations = operations
        self._generic_paths = generic_paths
        self._default = default
        self._grantless = grantless
        self._rdt = rdt
        self._base_path = base_path

    def __call__(self, request: httpx.Request) -> TokenSource:
        """The token source for ``request``.

        Raises:
            ConfigurationError: a seller operation on a client without a refresh token.
        """
        op = operation_of(request, self._operations, self._base_path)
        wanted = RESTRICTED_CALL.get()
        if (
            wanted is not None
            and op is not None
            and self._rdt is not None
            and (op.package, op.name) == wanted[:2]
        ):
            where = op.path if self._generic_paths else operation_path(request, self._base_path)
            return _RdtSource(self._rdt, RestrictedResource(op.method, where, wanted[2]))
        scope = grantless_scope(op)
        if scope is not None:
            return self._grantless(scope)
        if self._default is None:
            raise needs_refresh_token(op)
        return self._default
