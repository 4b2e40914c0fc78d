"""What every package's typed accessors share (scripts/regenerate.py; do not edit).

The base classes of the operation and API accessor classes, the wrapper that lets
the runtime explain a refused keyword, and the filter of the arguments a caller
gave. One module for all packages (each package passes its own UNSET).
"""

import functools
import inspect
from typing import TYPE_CHECKING, Any


class OperationBase:
    """An operation bound to a client; calls go to the runtime's call object."""

    __slots__ = ("_call",)

    def __init__(self, call: Any) -> None:
        self._call = call

    if not TYPE_CHECKING:

        def __init_subclass__(cls, **kwargs):
            # Python refuses an unknown keyword before the method runs: the runtime
            # says what to pass instead (Amazon's packageNumber= -> package_number=).
            super().__init_subclass__(**kwargs)
            for name in ("__call__", "detailed", "pages", "detailed_pages"):
                if name in vars(cls):
                    setattr(cls, name, explained(vars(cls)[name]))

    def __repr__(self) -> str:
        return repr(self._call)

    if not TYPE_CHECKING:
        # The runtime call object's other attributes (``operation``), for untyped use.
        def __getattr__(self, name):
            return getattr(self._call, name)


class ApiBase:
    """The operations of one API package; unknown names go to the runtime's accessor."""

    __slots__ = ("_api", "_operations")

    def __init__(self, api: Any) -> None:
        self._api = api
        self._operations: dict[str, Any] = {}

    def _operation(self, name: str, kind: Any) -> Any:
        found = self._operations.get(name)
        if found is None:
            found = self._operations.setdefault(name, kind(getattr(self._api, name)))
        return found

    def __repr__(self) -> str:
        return repr(self._api)

    if not TYPE_CHECKING:
        # Retired operations and misspelled names: the runtime says what to use instead.
        def __getattr__(self, name):
            return getattr(self._api, name)


def given(values: dict[str, Any], unset: Any) -> dict[str, Any]:
    """The arguments the caller gave (``unset``, the package's UNSET, and None for
    restricted/strict, mean "not given")."""
    return {
        name: value
        for name, value in values.items()
        if name != "self"
        and value is not unset
        and not (value is None and name in ("restricted", "strict"))
    }


def explained(method: Any) -> Any:
    """``method`` whose refused keywords the runtime explains (signature kept for help())."""
    if inspect.iscoroutinefunction(method):
        # Calling a coroutine function only binds its arguments: a refused keyword
        # raises at the call, as Python's own error would, not when awaited.
        @functools.wraps(method)
        def explained_async(self: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                return method(self, *args, **kwargs)
            except TypeError as exc:
                raise self._call.refused(exc, args, kwargs) from None

        mark = getattr(inspect, "markcoroutinefunction", None)  # Python 3.12+
        return explained_async if mark is None else mark(explained_async)

    @functools.wraps(method)
    def explained(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except TypeError as exc:
            if exc.__traceback__ is not None and exc.__traceback__.tb_next is None:
                # raised by Python binding the arguments, not by the call itself
                raise self._call.refused(exc, args, kwargs) from None
            raise

    return explained
