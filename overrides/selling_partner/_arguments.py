"""Arguments checked the way Amazon's models say, before anything is sent.

Per-parameter facts (type, enum, date-time/date, list, body model, required)
are derived once per operation from the generated function's signature
(:class:`Parameters`; the generated annotations are the model's types), and
the wire names from the operation table's ``params`` column. For each call:

- Amazon's parameter names (``packageNumber=``, ``MarketplaceIds=``) get an
  error naming the Python name to pass (``package_number=``): the typed accessors'
  signatures take the Python names only, so type checkers and the runtime agree;
- ``marketplace_ids`` / ``marketplace_id`` left out are filled from
  ``SellingPartner(marketplace=...)``; a required one left out without a client
  marketplace is an error naming it;
- every value is checked against its type and enum; an aware ``datetime`` (or an
  ISO 8601 string with an offset) is sent as Amazon writes date-times
  (``2024-01-01T00:00:00Z``, a fraction only when non-zero), a naive one is
  refused; a ``date`` goes where the model wants a date;
- path, query and header values are checked against the model's limits (the table's
  ``limits``: pattern, string length, number bounds, list size, also per list item);
- a request body may be the generated model or a plain mapping in Amazon's wire
  names (camelCase, as Amazon's documentation writes it), validated against the
  model (a model in its wire form, from ``to_dict()``): the first problem is named
  by its JSON path.

Every problem raises :class:`InvalidArgumentError` naming the parameter, what
the model expects and what was given.
"""

from __future__ import annotations

import datetime
import difflib
import enum
import inspect
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._errors import InvalidArgumentError
from ._operations import Operation
from ._tolerant import expected_text, spec_of, utc_text

__all__ = [
    "MARKETPLACE_PARAMETERS",
    "AmazonDateTime",
    "Parameters",
    "amazon_name_error",
    "check_arguments",
    "kind_of",
    "to_model",
]

# Filled from SellingPartner(marketplace=...) when a call leaves them out (the typed
# accessors let a required one be left out: scripts/_accessors.py, same names).
MARKETPLACE_PARAMETERS = ("marketplace_ids", "marketplace_id")

Kind = tuple[Any, ...]

_SCALARS: dict[Any, str] = {str: "str", int: "int", float: "float", bool: "bool"}


class AmazonDateTime(datetime.datetime):
    """An aware datetime whose ``isoformat()`` is Amazon's spelling (``...T00:00:00Z``).

    The generated code writes date-times with ``isoformat()``; giving it this
    subclass makes the wire text Amazon's own, in queries and bodies alike.
    """

    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        """``2024-01-01T00:00:00Z``; milliseconds (or microseconds) only when non-zero."""
        return utc_text(self)

    @classmethod
    def of(cls, value: datetime.datetime) -> AmazonDateTime:
        """The same instant, in UTC, as an :class:`AmazonDateTime`."""
        v = value.astimezone(datetime.UTC)
        return cls(
            v.year, v.month, v.day, v.hour, v.minute, v.second, v.microsecond, tzinfo=datetime.UTC
        )


def kind_of(annotation: Any) -> Kind | None:
    """A generated annotation as a ``_spec`` kind (None: Unset/None only)."""
    options = [annotation]
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        options = list(typing.get_args(annotation))
    kinds: list[Kind] = []
    for option in options:
        if option is type(None) or getattr(option, "__name__", "") == "Unset":
            continue
        origin = typing.get_origin(option)
        if origin is list:
            (inner,) = typing.get_args(option) or (Any,)
            kinds.append(("list", kind_of(inner) or ("any",)))
        elif option in _SCALARS:
            kinds.append((_SCALARS[option],))
        elif option is datetime.datetime:
            kinds.append(("datetime",))
        elif option is datetime.date:
            kinds.append(("date",))
        elif isinstance(option, type) and issubclass(option, enum.Enum):
            kinds.append(("enum", option))
        elif isinstance(option, type) and hasattr(option, "_spec"):
            kinds.append(("model", option))
        else:
            kinds.append(("any",))
    if not kinds:
        return None
    if len(kinds) == 1:
        return kinds[0]
    return ("union", tuple(kinds))


@dataclass(frozen=True, slots=True)
class Parameters:
    """What one operation's arguments must be, derived once from its generated signature.

    Attributes:
        kinds: Python name -> the kind its value must have.
        required: the Python names without a default.
        aliases: Amazon's parameter names (and their lower-case forms) -> Python name.
        limits: Python name -> the model's limits on its value (``Operation.limits``).
    """

    kinds: Mapping[str, Kind]
    required: frozenset[str]
    aliases: Mapping[str, str]
    limits: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    @classmethod
    def derive(cls, op: Operation, signature: inspect.Signature) -> Parameters:
        """The facts of ``op`` from its generated function's ``signature``."""
        kinds: dict[str, Kind] = {}
        required: set[str] = set()
        for name, param in signature.parameters.items():
            if name == "client":
                continue
            kinds[name] = kind_of(param.annotation) or ("any",)
            if param.default is inspect.Parameter.empty:
                required.add(name)
        aliases: dict[str, str] = {}
        params = op.params
        for location in (params.path, params.query, params.header):
            for wire, python in location.items():
                if wire != python:
                    aliases[wire] = python
                    aliases.setdefault(wire.lower(), python)
        return cls(kinds, frozenset(required), aliases, op.limits)


def _where(op: Operation) -> str:
    return f"{op.package}.{op.name}()"


def _given(value: Any) -> str:
    """What was given: the type, and short scalar values (never a mapping's content)."""
    if isinstance(value, bool | int | float | enum.Enum) or value is None:
        return repr(value.value if isinstance(value, enum.Enum) else value)
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return f"the str {text!r}"
    if isinstance(value, datetime.datetime) and value.tzinfo is None:
        return "a naive datetime (no tzinfo)"
    return f"a {type(value).__name__}"


def _expected(kind: Kind) -> str:
    if kind[0] == "union":
        return " or ".join(_expected(k) for k in kind[1])
    if kind[0] == "datetime":
        return "an aware datetime (or an ISO 8601 string with an offset)"
    if kind[0] == "date":
        return "a date (or an ISO 8601 date string)"
    if kind[0] == "enum":
        values = [str(m.value) for m in kind[1]]
        shown = ", ".join(values[:12]) + (", ..." if len(values) > 12 else "")
        return f"a {kind[1].__name__} (one of {shown})"
    if kind[0] == "model":
        return f"a {kind[1].__name__} or a mapping in Amazon's names"
    return expected_text(kind)


class _Problem(Exception):
    """One problem at a JSON path of an argument (turned into InvalidArgumentError)."""

    def __init__(self, path: str, text: str) -> None:
        super().__init__(path, text)
        self.path = path
        self.text = text


def amazon_name_error(op: Operation, facts: Parameters, name: str) -> InvalidArgumentError | None:
    """The error for ``name=`` when it is Amazon's name of a parameter, else None."""
    if name in facts.kinds:
        return None
    python = facts.aliases.get(name) or facts.aliases.get(name.lower())
    if python is None:
        return None
    return InvalidArgumentError(
        f"{_where(op)}: {name}= is Amazon's name of the parameter; pass {python}= "
        "(the Python names are the ones type checkers and help() show)"
    )


def check_arguments(
    op: Operation,
    facts: Parameters,
    kwargs: dict[str, Any],
    marketplace_id: str | None = None,
) -> dict[str, Any]:
    """``kwargs`` filled, checked and converted for the generated function.

    Names the generated function does not take are left as they are (its
    signature check reports them), except Amazon's names of its parameters.

    Raises:
        InvalidArgumentError: a value of the wrong type or enum, a naive datetime, a
            body mapping that does not match the model, Amazon's name of a parameter,
            or a required marketplace parameter left out with no client marketplace.
    """
    out: dict[str, Any] = {}
    for name, value in kwargs.items():
        error = amazon_name_error(op, facts, name)
        if error is not None:
            raise error
        out[name] = value
    for name in MARKETPLACE_PARAMETERS:
        kind = facts.kinds.get(name)
        if kind is None or not _left_out(out.get(name)):
            continue
        if marketplace_id is not None:
            out[name] = [marketplace_id] if kind[0] == "list" else marketplace_id
        elif name in facts.required and all(given in facts.kinds for given in out):
            # (an unknown name may be a misspelt marketplace id: the signature check
            # names it and what the operation takes)
            example = '["ATVPDKIKX0DER"]' if kind[0] == "list" else '"ATVPDKIKX0DER"'
            raise InvalidArgumentError(
                f"{_where(op)}: {name} is required: pass {name}={example}, or give the "
                'client a marketplace (SellingPartner(marketplace="US") fills it)'
            )
    for name, value in out.items():
        kind = facts.kinds.get(name)
        # the generator's UNSET (and None) mean "not sent"; pagination clears defaults so
        if kind is None or value is None or type(value).__name__ == "Unset":
            continue
        try:
            out[name] = _convert(kind, value, "$")
            limits = facts.limits.get(name)
            if limits:
                _within(limits, out[name], "$")
        except _Problem as problem:
            where = name if problem.path == "$" else f"{name} at {problem.path}"
            raise InvalidArgumentError(f"{_where(op)}: {where}: {problem.text}") from None
    return out


def _outside(size: int, low: int | None, high: int | None) -> bool:
    return (low is not None and size < low) or (high is not None and size > high)


def _within(limits: Mapping[str, Any], value: Any, path: str) -> None:
    """Refuse ``value`` (already converted) outside the model's ``limits``."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, list):
        size = len(value)
        low, high = limits.get("min_items"), limits.get("max_items")
        if _outside(size, low, high):
            raise _Problem(path, f"must hold {_range(low, high)} items, got {size}")
        items = limits.get("items")
        if items:
            for i, item in enumerate(value):
                _within(items, item, f"{path}[{i}]")
        return
    if isinstance(value, str):
        size = len(value)
        low, high = limits.get("min_length"), limits.get("max_length")
        if _outside(size, low, high):
            raise _Problem(path, f"must be {_range(low, high)} characters long, got {size}")
        pattern = limits.get("pattern")
        compiled = _pattern(pattern) if isinstance(pattern, str) else None
        if compiled is not None and compiled.search(value) is None:
            raise _Problem(path, f"must match the model's pattern {pattern!r}, got {_given(value)}")
        return
    if isinstance(value, int | float) and not isinstance(value, bool):
        low, high = limits.get("minimum"), limits.get("maximum")
        open_low, open_high = limits.get("exclusive_minimum"), limits.get("exclusive_maximum")
        if low is not None and (value <= low if open_low else value < low):
            raise _Problem(
                path, f"must be {'above' if open_low else 'at least'} {low}, got {value}"
            )
        if high is not None and (value >= high if open_high else value > high):
            raise _Problem(
                path, f"must be {'below' if open_high else 'at most'} {high}, got {value}"
            )


def _range(low: Any, high: Any) -> str:
    if low is not None and high is not None:
        return f"{low} to {high}" if low != high else f"exactly {low}"
    return f"at least {low}" if low is not None else f"at most {high}"


_PATTERNS: dict[str, re.Pattern[str] | None] = {}


def _pattern(text: str) -> re.Pattern[str] | None:
    """The model's pattern compiled once (None: not a Python regex; then it is not checked,
    so a dialect difference never refuses a value Amazon would take)."""
    if text not in _PATTERNS:
        try:
            _PATTERNS[text] = re.compile(text)
        except re.error:
            _PATTERNS[text] = None
    return _PATTERNS[text]


def _left_out(value: Any) -> bool:
    """None or the generator's UNSET: the call did not give the argument."""
    return value is None or type(value).__name__ == "Unset"


def to_model(cls: type, data: Mapping[str, Any]) -> Any:
    """A generated model from a mapping in Amazon's wire names, checked against the model.

    Raises:
        InvalidArgumentError: the first problem, by its JSON path.
    """
    try:
        return _model(cls, data, "$")
    except _Problem as problem:
        raise InvalidArgumentError(f"{cls.__name__} at {problem.path}: {problem.text}") from None


def _convert(kind: Kind, value: Any, path: str) -> Any:
    tag = kind[0]
    if tag == "any":
        return value
    if tag == "union":
        for option in kind[1]:
            try:
                return _convert(option, value, path)
            except _Problem:
                continue
        raise _Problem(path, f"must be {_expected(kind)}, got {_given(value)}")
    if tag in ("str", "int", "float", "bool"):
        ok = {
            "str": isinstance(value, str),
            "int": isinstance(value, int) and not isinstance(value, bool),
            "float": isinstance(value, int | float) and not isinstance(value, bool),
            "bool": isinstance(value, bool),
        }[tag]
        if not ok:
            raise _Problem(path, f"must be {_expected(kind)}, got {_given(value)}")
        return value
    if tag == "datetime":
        return _datetime(value, path)
    if tag == "date":
        return _date(value, path)
    if tag == "enum":
        return _enum(kind[1], value, path)
    if tag == "list":
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, list | tuple | set):
            raise _Problem(
                path, f"must be a list of {_expected(kind[1])}, got {_given(value)} (pass [value])"
            )
        return [_convert(kind[1], v, f"{path}[{i}]") for i, v in enumerate(value)]
    # model
    cls = kind[1]
    if isinstance(value, cls):
        # checked in its wire form like a mapping (a naive datetime, an enum value the
        # model does not list), and rebuilt so date-times go out in Amazon's spelling
        return _model(cls, value.to_dict(), path)
    if isinstance(value, Mapping):
        return _model(cls, value, path)
    raise _Problem(path, f"must be {_expected(kind)}, got {_given(value)}")


def _datetime(value: Any, path: str) -> AmazonDateTime:
    if isinstance(value, str):
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            raise _Problem(
                path,
                f"must be an ISO 8601 date-time such as 2024-01-01T00:00:00Z, got {_given(value)}",
            ) from None
        if parsed.tzinfo is None:
            raise _Problem(path, "the date-time string has no offset: add Z (UTC) or +hh:mm")
        return AmazonDateTime.of(parsed)
    if not isinstance(value, datetime.datetime):
        hint = (
            " (a date has no time of day: pass a datetime with tzinfo)"
            if isinstance(value, datetime.date)
            else ""
        )
        raise _Problem(path, f"must be {_expected(('datetime',))}, got {_given(value)}{hint}")
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise _Problem(
            path,
            "must be an aware datetime: a naive one has no time zone, and Amazon would read "
            "it as UTC; pass e.g. datetime(2024, 1, 1, tzinfo=datetime.UTC)",
        )
    return AmazonDateTime.of(value)


def _date(value: Any, path: str) -> datetime.date:
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise _Problem(
                path, f"must be a date such as 2024-01-31, got {_given(value)}"
            ) from None
    if isinstance(value, datetime.datetime):
        raise _Problem(path, "must be a date, got a datetime: pass value.date()")
    if not isinstance(value, datetime.date):
        raise _Problem(path, f"must be {_expected(('date',))}, got {_given(value)}")
    return value


def _enum(cls: type[enum.Enum], value: Any, path: str) -> enum.Enum:
    if isinstance(value, cls):
        return value
    if isinstance(value, enum.Enum):
        value = value.value
    if not isinstance(value, str | int) or value not in cls._value2member_map_:
        raise _Problem(path, f"must be {_expected(('enum', cls))}, got {_given(value)}")
    return cls(value)


def _model(cls: type, data: Any, path: str) -> Any:
    if not isinstance(data, Mapping):
        raise _Problem(path, f"must be an object {cls.__name__}, got {_given(data)}")
    fields, extra = spec_of(cls)
    wires = {wire for wire, *_ in fields}
    kwargs: dict[str, Any] = {}
    for wire, name, required, kind in fields:
        value = data.get(wire)
        if value is None:
            if name in data and name != wire:
                raise _Problem(
                    f"{path}.{name}", f"use Amazon's name {wire!r} in a mapping (not {name!r})"
                )
            if required:
                raise _Problem(f"{path}.{wire}", f"missing: the model requires {_expected(kind)}")
            continue
        kwargs[name] = _convert(kind, value, f"{path}.{wire}")
    unknown = [key for key in data if key not in wires]
    additional: dict[str, Any] = {}
    for key in unknown:
        close = difflib.get_close_matches(key, sorted(wires), n=1, cutoff=0.85)
        if extra is None or close:
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise _Problem(f"{path}.{key}", f"{cls.__name__} has no field {key!r}{hint}")
        if data[key] is not None:
            additional[key] = _convert(extra, data[key], f"{path}.{key}")
    instance = cls(**kwargs)
    if additional:
        instance.additional_properties.update(additional)
    return instance
