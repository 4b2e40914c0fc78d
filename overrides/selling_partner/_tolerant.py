"""Reading Amazon's answers when they stray from Amazon's own models.

A 2xx body is first parsed by the generated ``from_dict`` in the models' FAST
mode (``types.READER``, see spec/templates/types.py.jinja): exactly the
generated code, except that a deviation it would let through silently (null,
a date-time without offset, a JSON value of the wrong type, an unknown enum
value) raises. An answer that raises is read again by :class:`Reader`, which
walks each model's ``_spec()`` and records every :class:`Deviation` (JSON path,
kind, what the model expects; never a value):

- ``null`` or a value of the wrong JSON type in an optional field: the field is
  UNSET (as if absent); in a list, the item is left out;
- a date-time without offset: read as UTC; an impossible date: as a wrong value;
- an enum value the model does not list: kept (a pseudo-member, as the
  generated enums always do);
- a required field Amazon left out, or sent as null or unreadable: the
  attribute is not set, and reading it raises :class:`MissingFieldError`
  (also an ``AttributeError``: ``getattr(model, name, None)`` works) naming the
  field, its JSON path, the operation and the request id; ``error.raw`` holds
  what Amazon sent, if anything. ``to_dict()`` writes such a field back as Amazon
  sent it (or leaves it out), so nothing read is lost.

A body that is not JSON, or not an object where the operation answers one,
still raises :class:`ResponseParseError`.
"""

from __future__ import annotations

import datetime
import enum
import logging
import re
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._errors import MissingFieldError

__all__ = [
    "PARSE_ERRORS",
    "Deviation",
    "DeviationLog",
    "Notes",
    "Reader",
    "expected_text",
    "spec_of",
]

_log = logging.getLogger("selling_partner.models")

#: What the generated parsing raises on a body that does not match the model.
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


class _Nothing:
    """Nothing was sent (not even null); survives copy and pickle as the one instance."""

    __slots__ = ()

    def __reduce__(self) -> str:
        return "_NOTHING"

    def __repr__(self) -> str:
        return "<nothing>"


_NOTHING: Any = _Nothing()
_INDEX = re.compile(r"\[\d+\]")


@dataclass(frozen=True, slots=True)
class Deviation:
    """One place where an answer strays from Amazon's model.

    Attributes:
        path: JSON path in the body, e.g. ``$.payload.fulfillmentOrders[1].featureConstraints``.
        kind: ``missing`` (a required field is absent), ``null``, ``wrong type``,
            ``date-time without offset`` (read as UTC), ``invalid date-time``,
            ``invalid date``, ``unknown enum value`` (kept).
        expected: what the model says, e.g. ``array of FeatureSettings``.
    """

    path: str
    kind: str
    expected: str

    def __str__(self) -> str:
        return f"{self.path}: {self.kind} (expected {self.expected})"


def spec_of(cls: type) -> tuple[tuple[tuple[str, str, bool, tuple[Any, ...]], ...], Any]:
    """A generated model's fields: (wire name, Python name, required, type) and its extras."""
    spec = _SPECS.get(cls)
    if spec is None:
        spec = _SPECS[cls] = cls._spec()  # type: ignore[attr-defined]
    return spec


_SPECS: dict[type, tuple[tuple[tuple[str, str, bool, tuple[Any, ...]], ...], Any]] = {}

_JSON_NAMES = {
    "str": "string",
    "int": "integer",
    "float": "number",
    "bool": "boolean",
    "datetime": "date-time",
    "date": "date",
    "any": "any value",
}


def expected_text(kind: tuple[Any, ...]) -> str:
    """What a ``_spec`` type means, in the words of Amazon's model."""
    tag = kind[0]
    if tag == "list":
        return f"array of {expected_text(kind[1])}"
    if tag == "model":
        return f"object {kind[1].__name__}"
    if tag == "enum":
        return f"{kind[1].__name__} value"
    return _JSON_NAMES[tag]


def utc_text(value: datetime.datetime) -> str:
    """A date-time as Amazon writes it: ``2024-01-01T00:00:00Z`` (fraction only when non-zero)."""
    value = value.astimezone(datetime.UTC)
    text = value.strftime("%Y-%m-%dT%H:%M:%S")
    if value.microsecond % 1000 == 0 and value.microsecond:
        text += f".{value.microsecond // 1000:03d}"
    elif value.microsecond:
        text += f".{value.microsecond:06d}"
    return text + "Z"


class Notes:
    """Kept on a model that lacks required fields (``_parse_notes``): who asked, what is missing."""

    __slots__ = ("fields", "operation", "request_id")

    def __init__(
        self, operation: str, request_id: str | None, fields: dict[str, tuple[str, Any]]
    ) -> None:
        """``fields``: Python name -> (JSON path, what Amazon sent or nothing)."""
        self.operation = operation
        self.request_id = request_id
        self.fields = fields

    def missing(self, cls: type, name: str) -> MissingFieldError | None:
        """The error for reading ``name``, if Amazon left it out (None: not a missing field)."""
        found = self.fields.get(name)
        if found is None:
            return None
        path, raw = found
        what = "has no" if raw is _NOTHING else "has no readable"
        return MissingFieldError(
            f"{cls.__name__}.{name}: the answer of {self.operation} {what} value at {path}, "
            "which Amazon's model requires (ApiResponse.deviations lists every such place; "
            "error.raw is what Amazon sent, if anything)",
            field=name,
            path=path,
            operation=self.operation,
            request_id=self.request_id,
            raw=None if raw is _NOTHING else raw,
        )

    def to_dict(self, instance: Any) -> dict[str, Any]:
        """``to_dict`` of a model with missing fields: what was read, as Amazon sent it."""
        fields, extra = spec_of(type(instance))
        out: dict[str, Any] = {}
        if extra is not None:
            out.update({k: _dump(extra, v) for k, v in instance.additional_properties.items()})
        for wire, name, _required, kind in fields:
            if name in self.fields:
                raw = self.fields[name][1]
                if raw is not _NOTHING:
                    out[wire] = raw
                continue
            value = getattr(instance, name)
            if type(value).__name__ != "Unset":
                out[wire] = _dump(kind, value)
        return out


def _dump(kind: tuple[Any, ...], value: Any) -> Any:
    tag = kind[0]
    if tag == "list" and isinstance(value, list):
        return [_dump(kind[1], v) for v in value]
    if tag == "model" and hasattr(value, "to_dict"):
        return value.to_dict()
    if tag == "enum" and isinstance(value, enum.Enum):
        return value.value
    if tag in ("datetime", "date") and isinstance(value, datetime.date):
        return value.isoformat()
    return value


class Reader:
    """Reads one answer into the generated models, recording every deviation."""

    def __init__(self, operation: str, request_id: str | None) -> None:
        """A reader for one answer of ``operation``."""
        self.operation = operation
        self.request_id = request_id
        self.deviations: list[Deviation] = []
        self._tried: dict[type, list[int]] = {}
        self._unlisted: dict[tuple[type, str], Any] = {}

    def __call__(self, cls: type, data: Any) -> Any:
        """``from_dict`` of the top-level model (the generated code calls this)."""
        if not isinstance(data, Mapping):
            raise TypeError(f"the body is not a JSON object ({cls.__name__})")
        return self.model(cls, data, "$", fast=False)

    def fast_reads(self, cls: type) -> list[int]:
        """How many of ``cls``'s objects the generated reading refused and read: [failed, read]."""
        tried = self._tried.get(cls)
        if tried is None:
            tried = self._tried[cls] = [0, 0]
        return tried

    def _note(self, path: str, kind: str, expected: tuple[Any, ...]) -> None:
        text = _EXPECTED.get(expected)
        if text is None:  # one text per type: a page of deviations shares them
            text = _EXPECTED[expected] = expected_text(expected)
        self.deviations.append(Deviation(path, kind, text))

    def model(self, cls: type, data: Mapping[str, Any], path: str, fast: bool = True) -> Any:
        """A model instance from ``data``; what cannot be read is recorded.

        The generated ``from_dict`` (FAST mode) reads each object first, so only
        the objects that stray are walked field by field.
        """
        tried = self.fast_reads(cls)
        if fast and worth_a_fast_read(tried):
            hooks = sys.modules[cls.__module__]
            token = hooks.READER.set(hooks.FAST)
            try:
                result = cls.from_dict(data)  # type: ignore[attr-defined]
            except PARSE_ERRORS:
                tried[0] += 1
            else:
                tried[1] += 1
                return result
            finally:
                hooks.READER.reset(token)
        fields, extra, wires, unset = _layout(cls)
        instance: Any = object.__new__(cls)
        missing: dict[str, tuple[str, Any]] | None = None  # made when one is missing
        setattr_ = object.__setattr__
        for wire, name, required, kind, plain, members, moment in fields:
            raw = data.get(wire, _NOTHING)
            # the common cases first, no path built: a value of the right JSON type,
            # a listed enum value, a date-time with its offset
            if raw.__class__ is plain:
                setattr_(instance, name, raw)
                continue
            if raw.__class__ is str:
                if members is not None:
                    member = members.get(raw)
                    if member is not None:
                        setattr_(instance, name, member)
                        continue
                elif moment:
                    try:
                        value = _fromisoformat(raw)
                    except ValueError:
                        pass
                    else:
                        if value.tzinfo is not None:
                            setattr_(instance, name, value)
                            continue
            where = f"{path}.{wire}"
            if raw is _NOTHING:
                if required:
                    self._note(where, "missing", kind)
                    if missing is None:
                        missing = {}
                    missing[name] = (where, _NOTHING)
                else:
                    setattr_(instance, name, unset)
                continue
            value = self.value(kind, raw, where)
            if value is _NOTHING:
                if required:
                    if missing is None:
                        missing = {}
                    missing[name] = (where, raw)
                else:
                    setattr_(instance, name, unset)
            else:
                setattr_(instance, name, value)
        if extra is not None:
            additional = {}
            for key, raw in data.items():
                if key in wires:
                    continue
                value = self.value(extra, raw, f"{path}.{key}")
                if value is not _NOTHING:
                    additional[key] = value
            setattr_(instance, "additional_properties", additional)
        setattr_(
            instance,
            "_parse_notes",
            Notes(self.operation, self.request_id, missing) if missing else None,
        )
        return instance

    def value(self, kind: tuple[Any, ...], raw: Any, path: str) -> Any:
        """One JSON value as ``kind``, or ``_NOTHING`` (recorded) when it cannot be."""
        tag = kind[0]
        if raw is None:
            if tag == "any":
                return raw
            self._note(path, "null", kind)
            return _NOTHING
        if tag == "str":
            ok = type(raw) is str
        elif tag == "int":
            ok = type(raw) is int
        elif tag == "float":
            ok = type(raw) in (int, float)
        elif tag == "bool":
            ok = type(raw) is bool
        elif tag == "any":
            return raw
        elif tag == "model":
            if isinstance(raw, Mapping):
                return self.model(kind[1], raw, path)
            ok = False
        elif tag == "list":
            if isinstance(raw, list):
                items = (self.value(kind[1], item, f"{path}[{i}]") for i, item in enumerate(raw))
                return [item for item in items if item is not _NOTHING]
            ok = False
        elif tag == "enum":
            return self._enum(kind, raw, path)
        elif tag == "datetime":
            return self._datetime(kind, raw, path)
        else:  # date
            return self._date(kind, raw, path)
        if ok:
            return raw
        self._note(path, "wrong type", kind)
        return _NOTHING

    def _enum(self, kind: tuple[Any, ...], raw: Any, path: str) -> Any:
        cls = kind[1]
        if raw.__class__ is str and (cls, raw) in self._unlisted:
            self._note(path, "unknown enum value", kind)
            return self._unlisted[cls, raw]
        try:
            member = cls(raw)
        except ValueError:
            self._note(path, "wrong type", kind)
            return _NOTHING
        if raw not in cls._value2member_map_:
            self._note(path, "unknown enum value", kind)
            if raw.__class__ is str:  # one pseudo-member per value and answer, not per object
                self._unlisted[cls, raw] = member
        return member

    def _datetime(self, kind: tuple[Any, ...], raw: Any, path: str) -> Any:
        if not isinstance(raw, str):
            self._note(path, "wrong type", kind)
            return _NOTHING
        try:
            value = datetime.datetime.fromisoformat(raw)
        except ValueError:
            self._note(path, "invalid date-time", kind)
            return _NOTHING
        if value.tzinfo is None:
            self._note(path, "date-time without offset", kind)
            value = value.replace(tzinfo=datetime.UTC)
        return value

    def _date(self, kind: tuple[Any, ...], raw: Any, path: str) -> Any:
        if not isinstance(raw, str):
            self._note(path, "wrong type", kind)
            return _NOTHING
        try:
            return datetime.date.fromisoformat(raw)
        except ValueError:
            self._note(path, "invalid date", kind)
            return _NOTHING


# JSON types read as they are (a float field also takes an int: see value())
_PLAIN: dict[str, type] = {"str": str, "int": int, "float": float, "bool": bool}

_LAYOUTS: dict[type, tuple[Any, Any, frozenset[str], Any]] = {}


def _layout(cls: type) -> tuple[Any, Any, frozenset[str], Any]:
    """``spec_of`` plus each field's shortcuts, the set of wire names and UNSET, cached.

    A field is (wire name, Python name, required, type, the Python type of a value
    taken as it is, the enum's listed values, whether it is a date-time).
    """
    layout = _LAYOUTS.get(cls)
    if layout is None:
        spec, extra = spec_of(cls)
        fields = tuple(
            (
                wire,
                name,
                required,
                kind,
                _PLAIN.get(kind[0], _NOT_A_CLASS),
                kind[1]._value2member_map_ if kind[0] == "enum" else None,
                kind[0] == "datetime",
            )
            for wire, name, required, kind in spec
        )
        # a model with optional fields imports UNSET from its package's types module
        unset = getattr(sys.modules[cls.__module__], "UNSET", None)
        layout = _LAYOUTS[cls] = (fields, extra, frozenset(w for w, *_ in spec), unset)
    return layout


def worth_a_fast_read(tried: list[int]) -> bool:
    """Whether to try the generated reading first, given :meth:`Reader.fast_reads`.

    A class whose objects keep straying (every order of a page lacks the same
    field) is walked straight away: the failed fast read would be wasted work.
    """
    return tried[0] < 8 or tried[0] < 4 * tried[1]


_EXPECTED: dict[tuple[Any, ...], str] = {}
_NOT_A_CLASS = object()  # no value's class is this
_fromisoformat = datetime.datetime.fromisoformat


class DeviationLog:
    """Logs each (operation, path, kind) once per client at WARNING, without values.

    Paths are logged with list indices as ``[*]``, so a page of 100 orders that all
    lack the same field logs one line.
    """

    def __init__(self) -> None:
        """An empty log."""
        self._seen: set[tuple[str, str, str]] = set()
        self._lock = threading.Lock()

    def report(self, operation: str, deviations: list[Deviation] | tuple[Deviation, ...]) -> None:
        """Log the deviations of one answer that this client has not logged yet."""
        for deviation in deviations:
            path = _INDEX.sub("[*]", deviation.path)
            key = (operation, path, deviation.kind)
            with self._lock:
                if key in self._seen:
                    continue
                self._seen.add(key)
            _log.warning(
                "answer deviates from Amazon's model operation=%s path=%s kind=%s expected=%s",
                operation,
                path,
                deviation.kind,
                deviation.expected,
            )


def types_of(module: Any) -> Any:
    """The generated ``types`` module an endpoint module uses, if it has ``READER``."""
    # every endpoint module imports Response from its package's types module
    response = getattr(module, "Response", None)
    types = sys.modules.get(getattr(response, "__module__", ""))
    return types if hasattr(types, "READER") else None


def reread(
    module: Any,
    client: Any,
    raw: Any,
    operation: str,
    request_id: str | None,
) -> tuple[Any, tuple[Deviation, ...]]:
    """Read ``raw`` (an httpx response) again with a :class:`Reader`; the generated Response.

    Raises:
        KeyError, TypeError, ValueError: the body is not JSON or not an object.
    """
    types = types_of(module)
    if types is None:
        raise TypeError("the generated package has no tolerant reading")
    reader = Reader(operation, request_id)
    token = types.READER.set(reader)
    try:
        generated = module._build_response(client=client, response=raw)
    finally:
        types.READER.reset(token)
    return generated, tuple(reader.deviations)
