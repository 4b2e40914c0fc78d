"""JSON text of a large body, decoded and scanned a window at a time.

``json.loads`` of a 5 MB page first decodes the whole body into one string
(another 5 MB), then builds the whole tree of dicts and lists (three times the
page) before a single model exists. :class:`JsonWindow` decodes the body in
windows of 64 KiB and hands out one JSON value at a time, scanned by the
standard library's own C scanner (the one ``json.loads`` uses), so a reader can
turn each array item into its model and drop the item's dict before the next
one is read.

A value that runs past the end of the window is scanned again once the window
has grown (each growth doubles what is read, so a value of any size costs at
most about twice its scan). A number is taken only when the character after it
is in the window and ends it: a number cut by the window's end (``12`` of
``12345``, ``1.5`` of ``1.5e3``) would otherwise scan as a shorter one.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any

__all__ = ["WINDOW", "JsonWindow"]

WINDOW = 64 * 1024
"""Bytes of the body decoded at a time."""

_SPACE = re.compile(r"[ \t\n\r]*")
_NUMBERS = (int, float)
_ITEM_START = re.compile(r'[ \t\n\r]*\{[ \t\n\r]*"[^"\\]*"')
_AFTER_NUMBER = frozenset(",]} \t\n\r")
_scan: Any = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[attr-defined]


class JsonWindow:
    """A cursor over the JSON text of ``content`` (UTF-8), a window at a time."""

    __slots__ = ("_content", "_decoder", "_end", "_next", "_step", "_window", "pos", "text")

    def __init__(self, content: bytes, window: int = WINDOW) -> None:
        """A cursor at the start of ``content``."""
        self._content = memoryview(content)
        self._decoder = codecs.getincrementaldecoder("utf-8")("surrogatepass")
        self._next = 0  # bytes of content decoded so far
        self._window = self._step = window
        self._end = False
        self.text = ""
        self.pos = 0

    def _more(self, grow: bool = False) -> bool:
        """Decode the next part of the body; False when there is none."""
        if self._end:
            return False
        step = self._step
        if grow:  # the value at pos did not fit: read twice as much next time
            self._step *= 2
        chunk = self._content[self._next : self._next + step]
        self._next += len(chunk)
        self._end = self._next >= len(self._content)
        self.text = self.text[self.pos :] + self._decoder.decode(chunk, final=self._end)
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next character that is not white space ('' at the end of the body)."""
        while True:
            pos = _SPACE.match(self.text, self.pos).end()  # type: ignore[union-attr]
            if pos < len(self.text):
                self.pos = pos
                return self.text[pos]
            self.pos = pos
            if not self._more():
                return ""

    def take(self, char: str) -> None:
        """Step over ``char``, the next character that is not white space."""
        if self.peek() != char:
            raise ValueError(f"not JSON: expected {char!r} at byte {self.offset()}")
        self.pos += 1

    def value(self) -> Any:
        """The next JSON value, decoded as ``json.loads`` would."""
        self.peek()
        while True:
            try:
                found, end = _scan(self.text, self.pos)
            except (StopIteration, ValueError):
                if self._more(grow=True):
                    continue
                raise ValueError(f"not JSON: no valid value at byte {self.offset()}") from None
            # a number is whole only when what follows it is here: 1.5 of 1.5e3 scans too
            if (
                end < len(self.text)
                and (found.__class__ not in _NUMBERS or self.text[end] in _AFTER_NUMBER)
            ) or not self._more(grow=True):  # (at the end of the body what was scanned is all)
                self.pos = end
                self._step = self._window  # the next value starts small again
                return found

    def items(self) -> Iterator[Any]:
        """The values of the array at the cursor, one at a time; the cursor ends after it.

        The items are scanned a window at a time where they can be: one C call
        scans the window's whole items as one array, sharing their keys as
        ``json.loads`` does (a call per item made every item's keys anew, a tenth
        more time). Where the window's whole items end is found by the text
        between two items, up to the second one's first key (``}, {"sellerFul``),
        learned from the first two: items of one model are written alike. Such a
        cut is right exactly when its scan succeeds (a cut inside a string or a
        nested object does not scan). Anything else (an item longer than the
        window, items that are not objects, bad JSON) takes the careful way, an
        item at a time (:meth:`value`).
        """
        self.take("[")
        if self.peek() == "]":
            self.pos += 1
            return
        marker = ""
        failed = worked = 0
        while True:
            if len(self.text) - self.pos <= self._window // 2:
                self._more()  # a window ahead: most of it is whole items
            if marker and (failed < 4 or failed < worked):
                batch, cut = self._whole_items(marker)
                if batch is not None:
                    worked += 1
                    self.pos = cut + 1
                    self.take(",")
                    yield from batch
                    del batch  # (its dicts go before the next window is scanned)
                    continue
                failed += 1  # the careful way for one item, then again
            found = self.value()  # the careful way: the window grown to hold the item
            text = self.text
            last = self.pos - 1
            following = self.peek()
            self.pos += 1
            if following not in (",", "]"):
                raise ValueError(f"not JSON: expected ',' or ']' at byte {self.offset()}")
            if following == "," and self.text is text and text[last] == "}":
                start = _ITEM_START.match(text, self.pos)
                marker = text[last : start.end()] if start else ""
            yield found
            if following == "]":
                return

    def _whole_items(self, marker: str) -> tuple[list[Any] | None, int]:
        """The whole items from the cursor to the window's last ``marker`` (or one of
        the two before it: the text between items may also be in a nested list)."""
        text = self.text
        pos = self.pos
        cut = len(text)
        for _ in range(3):
            cut = text.rfind(marker, pos, cut)
            if cut <= pos:
                break
            try:
                return _scan("[" + text[pos : cut + 1] + "]", 0)[0], cut
            except (StopIteration, ValueError):
                continue
        return None, cut

    def offset(self) -> int:
        """About where the cursor is, in bytes of the body (for error messages)."""
        return self._next - len(self.text[self.pos :].encode("utf-8", "surrogatepass"))
