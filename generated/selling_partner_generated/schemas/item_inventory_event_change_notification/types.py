"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from contextvars import ContextVar
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define, field, fields


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        # copy, deepcopy and pickle give back the one UNSET (identity checks rely on it)
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes = field(repr=False)
    headers: MutableMapping[str, str]
    parsed: T | None


# How the models' from_dict reads an answer; set by a caller around one parse
# (selling_partner sets it; generated code never imports selling_partner):
# - None (the default): as openapi-python-client generates it;
# - FAST: as generated, but a deviation from the model that would otherwise pass
#   silently (null for a field, a date-time without offset, a JSON value of the wrong
#   type, an enum value the model does not list) raises, so the caller can re-read
#   the answer with its own reader;
# - a callable(cls, data): from_dict returns callable(cls, data) (the caller's
#   tolerant reader, which records each deviation with its JSON path).
FAST: Any = object()
READER: ContextVar[Any] = ContextVar(
    "item_inventory_event_change_notification_client.READER", default=None
)


class DeviationError(ValueError):
    """Raised in FAST mode by a deviation the generated reading would let through."""


def absent(instance: Any, name: str) -> Any:
    """``__getattr__`` of a model: a required field Amazon left out (or sent unreadable).

    The caller's reader stores a notes object in ``_parse_notes``; its ``missing``
    names the field, the operation and the request id.
    """
    if not name.startswith("_"):
        notes = instance._parse_notes
        if notes is not None:
            error = notes.missing(type(instance), name)
            if error is not None:
                raise error
    raise AttributeError(
        f"{type(instance).__name__!r} object has no attribute {name!r}"
    )


_ABSENT: Any = object()


def model_eq(instance: Any, other: Any) -> Any:
    """``==`` of two models, field by field; a required field Amazon left out equals only its like."""
    if other.__class__ is not instance.__class__:
        return NotImplemented
    for attribute in fields(type(instance)):
        if attribute.eq is False:
            continue
        if getattr(instance, attribute.name, _ABSENT) != getattr(
            other, attribute.name, _ABSENT
        ):
            return False
    return True


def model_getstate(instance: Any) -> dict[str, Any]:
    """Pickle and copy state: the fields that are set (a missing required field stays missing)."""
    state = {}
    for attribute in fields(type(instance)):
        value = getattr(instance, attribute.name, _ABSENT)
        if value is not _ABSENT:
            state[attribute.name] = value
    return state


def model_setstate(instance: Any, state: Mapping[str, Any]) -> None:
    """The inverse of model_getstate."""
    for name, value in state.items():
        object.__setattr__(instance, name, value)


def model_repr(instance: Any) -> str:
    """``Class(a=..., b=...)`` showing the fields that are set only.

    A field left UNSET, an empty ``additional_properties`` and a required field
    Amazon left out are not shown; a field whose attrs ``repr`` is a function
    (model.py.jinja's redactions) is shown through it.
    """
    parts = []
    for attribute in fields(type(instance)):
        if attribute.repr is False:
            continue
        value = getattr(instance, attribute.name, UNSET)
        if isinstance(value, Unset) or (
            attribute.name == "additional_properties" and not value
        ):
            continue
        show = attribute.repr if callable(attribute.repr) else repr
        parts.append(f"{attribute.name}={show(value)}")
    return f"{type(instance).__name__}({', '.join(parts)})"


__all__ = [
    "FAST",
    "READER",
    "UNSET",
    "DeviationError",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "absent",
    "model_eq",
    "model_getstate",
    "model_repr",
    "model_setstate",
]
