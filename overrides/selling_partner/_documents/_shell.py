"""What :class:`Documents` and :class:`AsyncDocuments` share: settings and the S3 client."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from .._errors import ConfigurationError
from .._httpx_log import redact_presigned_urls
from .._proxy import Proxies
from .._retry import RetryPolicy
from .._vocabulary import DEFAULT_TIMEOUT
from ._core import Context

__all__ = [
    "CallIo",
    "Shell",
]

_Transport = TypeVar("_Transport", httpx.BaseTransport, httpx.AsyncBaseTransport)
_Http = TypeVar("_Http", httpx.Client, httpx.AsyncClient)


class Shell(Generic[_Transport, _Http]):
    """Settings both shells share, the core's :class:`Context`, and the S3 leg's client.

    A shell names its transport type and opens its own kind of httpx client
    (:meth:`_new_client`); everything else about them is the same.
    """

    _transport_type: type[_Transport]
    _other_shell: str  # the shell to use with the other kind of client

    def __init__(
        self,
        sp: Any,
        *,
        transport: _Transport | None,
        proxies: Proxies | None,
        timeout: httpx.Timeout | None,
        retry: RetryPolicy | None,
        rng: Callable[[], float] | None,
        wall_clock: Callable[[], float] | None,
    ) -> None:
        if retry is not None and not isinstance(retry, RetryPolicy):
            raise ConfigurationError(f"retry must be a RetryPolicy, got {type(retry).__name__}")
        if transport is not None and not isinstance(transport, self._transport_type):
            raise ConfigurationError(
                f"transport must be an httpx.{self._transport_type.__name__}, "
                f"got {type(transport).__name__}; {self._other_shell}"
            )
        self._sp = sp
        self._timeout = timeout if timeout is not None else DEFAULT_TIMEOUT
        self._context = Context(
            sp=sp,
            retry=retry if retry is not None else RetryPolicy(),
            rng=rng if rng is not None else random.random,
            wall_clock=wall_clock if wall_clock is not None else time.time,
        )
        self._transport: _Transport | None = transport
        self._proxies = proxies
        self._http: _Http | None = None
        # One httpx client per shell, even when threads start downloads together.
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._sp!r})"

    def _client(self) -> _Http:
        with self._lock:
            if self._http is None:
                redact_presigned_urls()
                self._http = self._new_client()
            return self._http

    def _new_client(self) -> _Http:
        """An httpx client on the borrowed transport, or on one of the shell's own.

        No auth, no hooks, no base URL: a presigned URL carries its own credential.
        """
        raise NotImplementedError

    def _detach(self) -> _Http | None:
        """The S3 leg's client, forgotten here: the caller closes it."""
        with self._lock:
            http, self._http = self._http, None
        return http


class CallIo(Generic[_Http]):
    """What the I/O of one call keeps: the shell's client, and the one answer left open.

    The shells' subclasses carry out ``_core``'s steps, one method per step.
    """

    __slots__ = ("_http", "_open", "_shell")

    def __init__(self, shell: Shell[Any, _Http]) -> None:
        self._shell: Shell[Any, _Http] = shell
        self._http: _Http | None = None
        self._open: httpx.Response | None = None

    def _client(self) -> _Http:
        # Taken at the first send: a call refused by its checks opens no client.
        if self._http is None:
            self._http = self._shell._client()
        return self._http

    def _closing(self) -> httpx.Response | None:
        """The open answer, forgotten here: the caller closes it."""
        response, self._open = self._open, None
        return response
