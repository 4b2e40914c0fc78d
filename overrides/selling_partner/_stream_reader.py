"""Large answers read into their models as the JSON is scanned, a window at a time.

A page of thousands of orders parsed the usual way exists twice at its peak:
as the tree of dicts ``json.loads`` builds (three times the page), then as
models. :class:`StreamReader` reads a large 2xx answer of a tolerant call
(:mod:`._large_answers` decides which) straight into the generated models:

- the objects on the way down from the top (the response, its ``payload``) are
  walked key by key, guided by each model's ``_spec()``;
- an array of models (the page's orders) is read a window (64 KiB) of whole
  items at a time, scanned by the standard library's C scanner
  (:mod:`._json_window`); each item is turned into its model (the generated
  ``from_dict`` first, :class:`~._tolerant.Reader`'s field-by-field walk only
  when it strays) and the window's dicts are dropped before the next is read;
- every other value is scanned whole, as ``json.loads`` would.

The models are the ones the usual parse makes, with the same deviations
recorded at the same JSON paths. Only the peak differs: the models and one
window's items, where it was the text, the whole tree and the models.

The generated code asks for it without knowing: the call's response gets a
``json()`` that returns a :class:`Pending` placeholder, and the generated
package's ``READER`` is this reader, which the generated ``from_dict`` of the
answer's model hands the placeholder to. Anything else that reads the
placeholder (it is a ``Mapping``) gets the body decoded the usual way.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping
from typing import Any

from ._json_window import JsonWindow
from ._tolerant import _NOTHING, PARSE_ERRORS, Reader, spec_of, worth_a_fast_read

__all__ = ["Pending", "StreamReader", "streamable"]


def streamable(content: bytes) -> bool:
    """Whether ``content`` is UTF-8 JSON text whose top value is an object."""
    head = content[:64].lstrip(b" \t\r\n")
    # json.loads reads UTF-16 and UTF-32 too: their first characters hold zero bytes
    return head[:1] == b"{" and b"\x00" not in head[:4]


class Pending(Mapping[str, Any]):
    """The JSON object of a large answer, not decoded yet.

    The :class:`StreamReader` reads it into models directly; anything else that
    reads it gets the body decoded by ``json.loads``, once.
    """

    __slots__ = ("_decoded", "content")

    def __init__(self, content: bytes) -> None:
        """The body ``content``, to be read later."""
        self.content = content
        self._decoded: dict[str, Any] | None = None

    def _data(self) -> dict[str, Any]:
        if self._decoded is None:
            decoded = json.loads(self.content)
            if not isinstance(decoded, dict):  # streamable() looked only at its start
                raise TypeError("the body is not a JSON object")
            self._decoded = decoded
        return self._decoded

    def __getitem__(self, key: str) -> Any:
        return self._data()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data())

    def __len__(self) -> int:
        return len(self._data())

    def __repr__(self) -> str:
        return f"<JSON object of {len(self.content)} bytes, not decoded yet>"


class _Built:
    """A value already read into its model (or list of models) while scanning."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


class StreamReader(Reader):
    """A :class:`Reader` that reads a :class:`Pending` body as it scans it."""

    def __call__(self, cls: type, data: Any) -> Any:
        """``from_dict`` of the answer's model (the generated code calls this)."""
        if not isinstance(data, Pending):
            return super().__call__(cls, data)
        window = JsonWindow(data.content)
        result = self._object(window, cls, "$")
        if window.peek():
            raise ValueError(f"not JSON: extra data at byte {window.offset()}")
        return result

    def _object(self, window: JsonWindow, cls: type, path: str) -> Any:
        """The model ``cls`` at an object, its children read as they are scanned."""
        fields, _extra = spec_of(cls)
        kinds = {wire: kind for wire, _name, _required, kind in fields}
        data: dict[str, Any] = {}
        window.take("{")
        if window.peek() == "}":
            window.pos += 1
        else:
            while True:
                key = window.value()
                if not isinstance(key, str):
                    raise ValueError(f"not JSON: an object key at byte {window.offset()}")
                window.take(":")
                kind = kinds.get(key)
                data[key] = self._child(window, kind, f"{path}.{key}") if kind else window.value()
                following = window.peek()
                window.pos += 1
                if following == "}":
                    break
                if following != ",":
                    raise ValueError(f"not JSON: expected ',' or '}}' at byte {window.offset()}")
        return self.model(cls, data, path, fast=False)

    def _child(self, window: JsonWindow, kind: tuple[Any, ...], path: str) -> Any:
        """A field's value: an object or array of models read as scanned, else scanned whole."""
        first = window.peek()
        if kind[0] == "model" and first == "{":
            return _Built(self._object(window, kind[1], path))
        if kind[0] == "list" and kind[1][0] == "model" and first == "[":
            return _Built(self._items(window, kind[1], path))
        return window.value()

    def _items(self, window: JsonWindow, kind: tuple[Any, ...], path: str) -> list[Any]:
        """An array of models, each item read into its model before the next is scanned."""
        cls = kind[1]
        items: list[Any] = []
        append = items.append
        from_dict = cls.from_dict
        tried = self.fast_reads(cls)
        hooks = sys.modules[cls.__module__]
        token = hooks.READER.set(hooks.FAST)  # the generated reading, as Reader.model's first try
        try:
            for index, raw in enumerate(window.items()):
                if raw.__class__ is dict and worth_a_fast_read(tried):
                    try:
                        append(from_dict(raw))
                    except PARSE_ERRORS:
                        tried[0] += 1
                    else:
                        tried[1] += 1
                        continue
                # walked field by field, out of FAST mode (where an enum refuses values
                # it does not list)
                hooks.READER.reset(token)
                where = f"{path}[{index}]"
                if isinstance(raw, Mapping):
                    append(self.model(cls, raw, where, fast=False))
                else:
                    value = self.value(kind, raw, where)  # null or not an object: recorded
                    if value is not _NOTHING:
                        append(value)
                token = hooks.READER.set(hooks.FAST)
        finally:
            hooks.READER.reset(token)
        return items

    def value(self, kind: tuple[Any, ...], raw: Any, path: str) -> Any:
        """As :meth:`Reader.value`; a value read while scanning is taken as it is."""
        if raw.__class__ is _Built:
            return raw.value
        return super().value(kind, raw, path)
