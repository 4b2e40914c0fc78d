"""``--param name=value`` and ``--body`` turned into an operation's arguments.

Pure: takes the operation's facts and its generated function, returns keyword
arguments of the types the generated function declares (int, float, bool,
ISO dates, enums, lists, models), or raises :class:`ArgumentError` saying
what to fix. Names may be the generated argument (``package_number``) or
Amazon's wire name (``packageNumber``).
"""

from __future__ import annotations

import datetime
import enum
import inspect
import json
import types
import typing
from collections.abc import Callable, Sequence
from typing import Any

from .._calls import suggest
from .._operations import Operation

__all__ = ["ArgumentError", "call_arguments", "convert", "parse_body"]


class ArgumentError(ValueError):
    """A ``--param`` or ``--body`` the operation cannot take (exit code 2)."""


_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}


def _members(annotation: Any) -> list[Any]:
    """The types a parameter accepts, without the generator's ``Unset`` and ``None``."""
    origin = typing.get_origin(annotation)
    if origin is typing.Union or isinstance(annotation, types.UnionType):
        return [
            a
            for a in typing.get_args(annotation)
            if a is not type(None) and getattr(a, "__name__", "") != "Unset"
        ]
    return [annotation]


def _scalar(text: str, kind: Any, where: str) -> Any:
    if kind is str or kind is Any:
        return text
    if kind is bool:
        lowered = text.strip().lower()
        if lowered in _TRUE | _FALSE:
            return lowered in _TRUE
        raise ArgumentError(f"{where}: expected true or false, got {text!r}")
    if kind is int:
        try:
            return int(text)
        except ValueError:
            raise ArgumentError(f"{where}: expected an integer, got {text!r}") from None
    if kind is float:
        try:
            return float(text)
        except ValueError:
            raise ArgumentError(f"{where}: expected a number, got {text!r}") from None
    if kind is datetime.datetime:
        try:
            return datetime.datetime.fromisoformat(text)
        except ValueError:
            raise ArgumentError(
                f"{where}: expected an ISO 8601 date-time such as 2024-01-31T12:00:00Z, "
                f"got {text!r}"
            ) from None
    if kind is datetime.date:
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            raise ArgumentError(
                f"{where}: expected an ISO 8601 date such as 2024-01-31, got {text!r}"
            ) from None
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        for member in kind:
            if text in (member.value, member.name):
                return member
        allowed = ", ".join(str(m.value) for m in kind)
        raise ArgumentError(f"{where}: {text!r} is not one of {allowed}")
    if isinstance(kind, type) and hasattr(kind, "from_dict"):
        return _model(kind, _json(text, where), where)
    raise ArgumentError(f"{where}: cannot be given on the command line ({kind!r})")


def _json(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise ArgumentError(f"{where}: not valid JSON ({exc})") from None


def _model(kind: type, value: Any, where: str) -> Any:
    try:
        return kind.from_dict(value)  # type: ignore[attr-defined]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ArgumentError(
            f"{where}: does not match {kind.__name__} ({type(exc).__name__}: {exc})"
        ) from None


def convert(values: Sequence[str], annotation: Any, where: str) -> Any:
    """``values`` (one per ``--param`` of this name) as ``annotation`` says.

    A list parameter takes comma-separated values, repeated ``--param`` or both.
    """
    problems: list[str] = []
    for kind in _members(annotation):
        if typing.get_origin(kind) is list:
            (item,) = typing.get_args(kind) or (str,)
            parts = [part for value in values for part in value.split(",") if part != ""]
            try:
                return [_scalar(part, item, where) for part in parts]
            except ArgumentError as exc:
                problems.append(str(exc))
                continue
        if len(values) > 1:
            problems.append(f"{where}: given {len(values)} times; it takes one value")
            continue
        try:
            return _scalar(values[0], kind, where)
        except ArgumentError as exc:
            problems.append(str(exc))
    raise ArgumentError("; ".join(dict.fromkeys(problems)) or f"{where}: cannot convert")


def _hints(fn: Callable[..., Any]) -> dict[str, Any]:
    try:
        return typing.get_type_hints(fn)
    except Exception:  # an unresolvable hint: fall back to the raw annotations
        return {n: p.annotation for n, p in inspect.signature(fn).parameters.items()}


def call_arguments(op: Operation, fn: Callable[..., Any], pairs: Sequence[str]) -> dict[str, Any]:
    """Keyword arguments of ``fn`` from ``name=value`` pairs.

    Raises:
        ArgumentError: an unknown name, a pair without ``=``, a value of the
            wrong type, or a required argument missing (the message lists them).
    """
    hints = _hints(fn)
    signature = inspect.signature(fn)
    accepted = [n for n in signature.parameters if n not in ("client", op.params.body)]
    wire = {**op.params.path, **op.params.query, **op.params.header}
    grouped: dict[str, list[str]] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or not name:
            raise ArgumentError(f"--param {pair!r}: write it as name=value")
        python = wire.get(name, name)
        if python not in accepted:
            known = ", ".join(accepted) or "no parameters"
            raise ArgumentError(
                f"{op.package}.{op.name} has no parameter {name!r}"
                + suggest(python, accepted)
                + f" (it takes {known})"
            )
        grouped.setdefault(python, []).append(value)
    out = {
        name: convert(values, hints.get(name, str), f"--param {name}")
        for name, values in grouped.items()
    }
    missing = [
        n
        for n in accepted
        if signature.parameters[n].default is inspect.Parameter.empty and n not in out
    ]
    if missing:
        raise ArgumentError(
            f"{op.package}.{op.name} needs " + ", ".join(f"--param {n}=..." for n in missing)
        )
    return out


def parse_body(op: Operation, fn: Callable[..., Any], text: str | None) -> dict[str, Any]:
    """``{"body": <model>}`` from a JSON document, or ``{}`` when none is given.

    Raises:
        ArgumentError: the operation takes no body, needs one and got none, or
            the document does not match its model.
    """
    name = op.params.body
    if name is None:
        if text is not None:
            raise ArgumentError(f"{op.package}.{op.name} takes no request body; drop --body")
        return {}
    parameter = inspect.signature(fn).parameters.get(name)
    required = parameter is not None and parameter.default is inspect.Parameter.empty
    if text is None:
        if required:
            raise ArgumentError(
                f"{op.package}.{op.name} needs a request body: --body FILE (JSON) or --body -"
            )
        return {}
    value = _json(text, "--body")
    annotation = _hints(fn).get(name, Any)
    for kind in _members(annotation):
        if typing.get_origin(kind) is list and isinstance(value, list):
            (item,) = typing.get_args(kind) or (Any,)
            if isinstance(item, type) and hasattr(item, "from_dict"):
                return {name: [_model(item, v, f"--body[{i}]") for i, v in enumerate(value)]}
            return {name: value}
        if isinstance(kind, type) and hasattr(kind, "from_dict") and isinstance(value, dict):
            return {name: _model(kind, value, "--body")}
    return {name: value}
