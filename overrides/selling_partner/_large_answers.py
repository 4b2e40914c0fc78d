"""Large answers are parsed with the garbage collector paused.

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

import httpx

__all__ = ["LARGE", "CallResponses"]

LARGE = 256 * 1024
"""Bytes of a 2xx answer from which its parse runs with the collector paused."""


class CallResponses(list[httpx.Response]):
    """The responses one operation call has seen; a large one pauses the collector."""

    __slots__ = ("_paused",)

    def __init__(self) -> None:
        super().__init__()
        self._paused = False

    def add(self, response: httpx.Response) -> None:
        """Keep ``response``; pause the collector if it is a large 2xx answer."""
        self.append(response)
        if (
            not self._paused
            and 200 <= response.status_code < 300
            and len(response.content) >= LARGE
            and gc.isenabled()
        ):
            gc.disable()
            self._paused = True

    def end(self) -> None:
        """The call is over: turn the collector back on if this call turned it off."""
        if self._paused:
            self._paused = False
            gc.enable()
