"""Large answers: read as they are scanned, with the garbage collector paused.

A large 2xx JSON answer of a tolerant call is read into its models as its
text is scanned, a window of array items at a time (:mod:`._stream_reader`): at
its peak the parse holds the models and one window's items, not the whole tree
of dicts as well.
For a 5 MB page of 6,587 orders the peak went from 4.4 to 2.3 times the page
(``benchmarks/bench_parse.py``). A strict call (``strict=True``) parses as the
generated code does, the whole body first.

Parsing a 5 MB page makes some 100,000 objects (JSON values, then models). Each
700 of them start a collection, and every few of those walk the whole heap, so
with the collector on the parse took a fifth longer (0.217 against 0.173 s for
a 5 MB listAllFulfillmentOrders page, ``benchmarks/bench_parse.py``). None of
those objects is garbage until the caller drops the page, so the collections
find nothing.

The pause starts in the response hook, once a 2xx answer of at least
:data:`LARGE` bytes has arrived (its body was read inside the transport, so
from there to the end of the call no I/O happens, in the async client either)
and ends when the call ends, whatever happened. It only ever turns on what it
turned off: a collector the program disabled stays disabled, and a call that
finds the collector already paused (by another thread's call) leaves it to
that call.

A faster JSON decoder was measured and left out: orjson decodes that page in
0.052 s against 0.074 s for ``json``, but its peak memory was 80 MB against
22 MB (15 times the page, where the goal is at most 3).
"""

from __future__ import annotations

import gc
import json
from typing import Any

import httpx

from ._headers import REQUEST_ID
from ._stream_reader import Pending, StreamReader, streamable

__all__ = ["LARGE", "CallResponses"]

LARGE = 256 * 1024
"""Bytes of a 2xx answer from which its parse runs with the collector paused."""


class CallResponses(list[httpx.Response]):
    """The responses one operation call has seen; a large one is read as it is scanned.

    Args:
        operation: the operationId (named by a deviation's log line and errors).
        types: the generated package's ``types`` module when the call reads
            tolerantly (its ``READER`` is set for a large answer), else None.
    """

    __slots__ = ("_operation", "_paused", "_types", "stream")

    def __init__(self, operation: str = "", types: Any = None) -> None:
        super().__init__()
        self._paused = False
        self._operation = operation
        self._types = types
        self.stream: StreamReader | None = None
        """The reader of this call's large answer, if it had one (its deviations)."""

    def add(self, response: httpx.Response) -> None:
        """Keep ``response``; a large 2xx answer is read as it is scanned, collector paused."""
        self.append(response)
        if not 200 <= response.status_code < 300 or len(response.content) < LARGE:
            return
        if not self._paused and gc.isenabled():
            gc.disable()
            self._paused = True
        if self._types is not None and streamable(response.content):
            reader = StreamReader(self._operation, response.headers.get(REQUEST_ID))
            # the generated code reads the answer as Model.from_dict(response.json()):
            # json() hands it the body undecoded, and from_dict hands that to the reader
            # (the call's scope resets READER when the call ends)
            response.json = _pending(response.content)  # type: ignore[method-assign]
            self._types.READER.set(reader)
            self.stream = reader

    def end(self) -> None:
        """The call is over: turn the collector back on if this call turned it off."""
        if self._paused:
            self._paused = False
            gc.enable()


def _pending(content: bytes) -> Any:
    """``response.json`` for a large answer: the body as a :class:`Pending` object."""
    pending = Pending(content)

    def read(**kwargs: Any) -> Any:
        if kwargs:  # json.loads options: what httpx's own json() does with them
            return json.loads(content, **kwargs)
        return pending

    return read
