"""Where a download writes: the caller's sink, or memory bounded by ``max_size``."""

from __future__ import annotations

import io
from typing import Any, Protocol

from .._errors import ConfigurationError
from ._kinds import Kind
from ._s3 import DocumentTooLargeError

__all__ = [
    "DEFAULT_MAX_DOWNLOAD",
    "Memory",
    "Writable",
    "check_max_size",
    "check_sink",
]

#: Most bytes (after gunzip) an in-memory download (``download_*``) holds unless the
#: call passes ``max_size=``; bigger documents go to a file with ``stream_*``.
DEFAULT_MAX_DOWNLOAD = 256 * 1024 * 1024


class Writable(Protocol):
    def write(self, data: bytes, /) -> object: ...


class Memory(io.BytesIO):
    """The sink of an in-memory download: refuses to grow past ``limit`` bytes.

    Gunzip hands over at most 1 MiB per write, so a gzip bomb stops within a
    chunk of the limit.
    """

    def __init__(self, kind: Kind, limit: int | None) -> None:
        super().__init__()
        self._kind = kind
        self._limit = limit

    def write(self, data: Any, /) -> int:
        if self._limit is not None and self.tell() + len(data) > self._limit:
            stream = self._kind.stream
            raise DocumentTooLargeError(
                f"the {self._kind.what} is larger than max_size ({self._limit:,} bytes) and was "
                f"not read further: write it to a file with sp.documents.{stream}(id, file) "
                "(memory stays flat), or pass a larger max_size= (None: no limit)"
            )
        return super().write(data)


def check_max_size(value: object) -> int | None:
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and value > 0):
        return value
    raise ConfigurationError(
        f"max_size must be a positive number of bytes or None (no limit), got {value!r}"
    )


def check_sink(sink: object) -> None:
    if not callable(getattr(sink, "write", None)):
        raise ConfigurationError(
            f"sink must have a write(bytes) method (a file opened 'wb', io.BytesIO), "
            f"got {type(sink).__name__}"
        )
