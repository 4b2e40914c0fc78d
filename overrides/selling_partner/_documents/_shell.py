"""What :class:`Documents` and :class:`AsyncDocuments` share: settings, not I/O."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx

from .._errors import ConfigurationError
from .._retry import RetryPolicy
from .._vocabulary import DEFAULT_TIMEOUT
from ._bodies import gunzip_needed
from ._kinds import _Kind
from ._transfer import _Transfer


class _Shell:
    """Settings both shells share."""

    def __init__(
        self,
        sp: Any,
        *,
        timeout: httpx.Timeout | None,
        retry: RetryPolicy | None,
        rng: Callable[[], float] | None,
        wall_clock: Callable[[], float] | None,
    ) -> None:
        if retry is not None and not isinstance(retry, RetryPolicy):
            raise ConfigurationError(f"retry must be a RetryPolicy, got {type(retry).__name__}")
        self._sp = sp
        self._timeout = timeout if timeout is not None else DEFAULT_TIMEOUT
        self._retry = retry if retry is not None else RetryPolicy()
        self._rng = rng if rng is not None else random.random
        self._wall_clock = wall_clock if wall_clock is not None else time.time
        # One httpx client per shell, even when threads start downloads together.
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._sp!r})"

    def _transfer(self, method: str, url: str, compression: str | None, again: str) -> _Transfer:
        gunzip_needed(compression, None)  # an unknown algorithm fails before any request
        return _Transfer(
            method=method,
            url=url,
            policy=self._retry,
            rng=self._rng,
            wall_clock=self._wall_clock,
            compression=compression,
            again=again,
        )

    def _operation(self, kind: _Kind) -> Any:
        return getattr(getattr(self._sp, kind.package), kind.operation)
