"""The accessors: ``sp.<package>`` (:class:`Api`) and ``sp.<package>.<operation>`` (:class:`Call`).

``sp.<package>.<name>(**kwargs)`` calls the generated ``sync_detailed`` (or
``asyncio_detailed``) with that package's client and returns the parsed model;
``.detailed(**kwargs)`` returns the full :class:`ApiResponse`; ``.pages`` and
``.detailed_pages`` follow the next-page token (:mod:`._pagination`). Arguments
are checked against the generated function's signature before anything is sent
(names, types, enums, date-times, body mappings: :mod:`._arguments`); an answer
that strays from the model is read tolerantly (:mod:`._tolerant`) unless
``strict=True`` (per call, or the client's ``strict``); ``restricted=`` is checked
against the table and marks the call for :class:`~selling_partner._request_tokens.TokenRouter`
(:data:`RESTRICTED_CALL`). Retired
APIs and operations raise :class:`RetiredOperationError` naming what replaces them.

What an accessor needs from its client is an :class:`Owner` (the operation index
and ``client_for``) and its :class:`CallRules`.
"""

from __future__ import annotations

import contextvars
import functools
import importlib
import inspect
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Protocol

import httpx

from ._arguments import Parameters, amazon_name_error, check_arguments
from ._creates import Step, certain, recovered
from ._errors import (
    ConfigurationError,
    ResponseParseError,
    RetiredOperationError,
    SellingPartnerError,
)
from ._headers import REQUEST_ID
from ._large_answers import CallResponses
from ._operations import Operation, OperationIndex
from ._pagination import _NO_PAGE, PageCursor, plan_for
from ._request_tokens import RESTRICTED_CALL, needs_refresh_token
from ._response import ApiResponse, parse_error
from ._routing import CALLING
from ._tolerant import PARSE_ERRORS, Deviation, DeviationLog, reread, types_of

__all__ = [
    "CALL_RESPONSES",
    "Api",
    "AsyncCall",
    "Call",
    "CallRules",
    "Owner",
    "SyncCall",
    "acollect_response",
    "collect_response",
    "retired_error",
    "suggest",
]

_log = logging.getLogger("selling_partner.client")


class Owner(Protocol):
    """What an accessor needs from its client."""

    @property
    def operations(self) -> OperationIndex:
        """The operation index."""
        ...

    def client_for(self, package: str) -> Any:
        """The generated ``Client`` of ``package``, wired to the shared httpx client."""
        ...


@dataclass(frozen=True, slots=True)
class CallRules:
    """The client settings an operation call checks.

    Attributes:
        restricted_data: ``restricted=True`` is the default of restricted operations.
        seller: the default grant is a seller's refresh token (RDTs need one).
        default_grant: the client has a default grant (else grantless operations only).
        strict: answers that stray from the model raise (else they are read tolerantly).
        marketplace_id: fills ``marketplace_ids``/``marketplace_id`` left out of a call.
        deviations: logs each deviation once per client.
    """

    restricted_data: bool
    seller: bool
    default_grant: bool
    strict: bool = False
    marketplace_id: str | None = None
    deviations: DeviationLog | None = None


# The responses seen during one operation call, so a parse failure can be told
# apart from bad arguments. A list per call: the hook appends, the caller reads.
CALL_RESPONSES: contextvars.ContextVar[CallResponses | None] = contextvars.ContextVar(
    "selling_partner_seen", default=None
)


def collect_response(response: httpx.Response) -> None:
    """Response hook: add ``response`` to the current call's :data:`CALL_RESPONSES` list.

    A large 2xx answer pauses the garbage collector until the call ends (:mod:`._large_answers`).
    """
    seen = CALL_RESPONSES.get()
    if seen is not None:
        seen.add(response)


async def acollect_response(response: httpx.Response) -> None:
    """Async :func:`collect_response`."""
    collect_response(response)


def retired_error(
    index: OperationIndex, package: str, name: str | None
) -> RetiredOperationError | None:
    """The error for a retired API (``name`` None) or operation, if it is one.

    Names the successor as code to write (``sp.reports_v2021_06_30.create_report``)
    and Amazon's note, from the table's ``RETIRED`` (spec/retired.toml).
    """
    found = index.retired(package, name)
    if found is None:
        return None
    moved: list[tuple[str, str]] = []
    if found.name is None:
        moved = [
            (r.name, r.successor)
            for r in index.retirements()
            if r.package == package and r.name is not None and r.successor
        ]
    return RetiredOperationError(found.describe("sp.", moved))


def _restricted_value(value: object) -> bool | tuple[str, ...] | None:
    """Normalise a ``restricted=`` argument (None: not given)."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return (value,)
    if isinstance(value, Iterable):
        elements = tuple(value)
        if all(isinstance(e, str) for e in elements):
            return elements
    raise ConfigurationError(
        f"restricted= takes True, False, or data elements such as ('buyerInfo', "
        f"'shippingAddress'), got {value!r}"
    )


def suggest(name: str, candidates: list[str]) -> str:
    """``"; did you mean a, b?"`` for a mistyped ``name``, or ``""``."""
    import difflib  # only on a typo: not worth its import on every client start

    close = difflib.get_close_matches(name, candidates, n=3, cutoff=0.6)
    close += [c for c in candidates if c.startswith(name + "_") and c not in close][:3]
    return f"; did you mean {', '.join(close)}?" if close else ""


class Api:
    """The operations of one API package: ``sp.<package>.<operation>``."""

    def __init__(self, owner: Owner, package: str, rules: CallRules, call: type[Call]) -> None:
        """Accessors of ``package``'s operations, as ``call`` (sync or async) objects."""
        self._owner = owner
        self._package = package
        self._rules = rules
        self._call = call
        self._ops: dict[str, Call] = {}

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        call = self._ops.get(name)
        if call is not None:
            return call
        ops = self._owner.operations.operations(self._package)
        op = ops.get(name)
        if op is None:
            retired = retired_error(self._owner.operations, self._package, name)
            if retired is not None:
                raise retired
            raise AttributeError(
                f"API {self._package} has no operation {name!r}" + suggest(name, sorted(ops))
            )
        call = self._call(self._owner, op, self._rules)
        return self._ops.setdefault(name, call)

    def __dir__(self) -> list[str]:
        return sorted(
            set(super().__dir__()) | set(self._owner.operations.operations(self._package))
        )

    def __repr__(self) -> str:
        count = len(self._owner.operations.operations(self._package))
        return f"<API {self._package}: {count} operations>"


class Call:
    """One operation bound to a client; ``.detailed`` gives the full response.

    Besides the generated function's arguments every call takes ``restricted=``:
    ``True`` (all the operation's data elements), a tuple of data elements such
    as ``("buyerInfo", "shippingAddress")``, or ``False`` (the LWA token, no
    PII). Only operations the table marks ``restricted`` accept it. The RDT is
    fetched for the request's method, concrete path and data elements, cached
    until shortly before it expires, and sent instead of the LWA token.
    """

    _function = ""

    def __init__(self, owner: Owner, op: Operation, rules: CallRules) -> None:
        """Bind ``op`` to ``owner`` under ``rules``."""
        self._owner = owner
        self._rules = rules
        self.operation = op
        self._fn: Callable[..., Any] | None = None
        self._signature: inspect.Signature | None = None
        self._facts: Parameters | None = None
        self._accepts: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
        self._module: ModuleType | None = None

    def __repr__(self) -> str:
        op = self.operation
        return f"<operation {op.package}.{op.name} ({op.method} {op.path}) {op.reference}>"

    def _load(self) -> tuple[Callable[..., Any], inspect.Signature]:
        if self._fn is None or self._signature is None:
            module: ModuleType = importlib.import_module(self.operation.module)
            self._module = module
            fn = getattr(module, self._function)
            self._signature = inspect.signature(fn)
            self._facts = Parameters.derive(self.operation, self._signature)
            self._accepts = _accepted(self._signature)
            self._fn = fn
        return self._fn, self._signature

    def refused(self, exc: TypeError, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Exception:
        """What to raise for a call whose arguments Python refused to bind to the typed
        accessor's signature (``exc``): Amazon's name of a parameter names the Python
        name to pass; an unknown keyword suggests close names; else ``exc``.
        """
        op = self.operation
        if args:
            return TypeError(
                f"{op.package}.{op.name}() takes keyword arguments only, no positional argument"
            )
        if "restricted" in kwargs and not op.restricted:
            try:
                self._data_elements(kwargs["restricted"])  # says "drop restricted="
            except ConfigurationError as not_restricted:
                return not_restricted
        self._load()
        assert self._facts is not None  # set by _load
        accepted = [*self._facts.kinds, "strict", *(("restricted",) if op.restricted else ())]
        for name in kwargs:
            error = amazon_name_error(op, self._facts, name)
            if error is not None:
                return error
            if name not in accepted:
                return TypeError(
                    f"{op.package}.{op.name}() got an unexpected keyword argument {name!r}"
                    + (suggest(name, accepted) or f"; it takes {', '.join(accepted)}")
                )
        return exc

    def _data_elements(self, value: object) -> tuple[str, ...] | None:
        """The data elements to ask an RDT for, or None for the LWA token.

        Raises:
            ConfigurationError: ``restricted=`` on an operation that is not
                restricted, an unknown data element, or no refresh token.
        """
        op = self.operation
        wanted = _restricted_value(value)
        if wanted is None:
            wanted = self._rules.restricted_data and op.restricted
        if wanted is False:
            return None
        if not op.restricted:
            raise ConfigurationError(
                f"{op.package}.{op.name} is not a restricted operation: it returns no data that "
                "needs a Restricted Data Token; drop restricted="
            )
        if not self._rules.seller:
            raise needs_refresh_token(op)
        if wanted is True:
            return op.data_elements
        offered = ", ".join(op.data_elements)
        if not op.data_elements:
            raise ConfigurationError(
                f"{op.package}.{op.name} takes no data elements: pass restricted=True"
            )
        unknown = [e for e in wanted if e not in op.data_elements]
        if unknown or not wanted:
            raise ConfigurationError(
                f"{op.package}.{op.name}: restricted= names {', '.join(unknown) or 'nothing'}; "
                f"its data elements are {offered} (or pass restricted=True for all)"
            )
        return tuple(dict.fromkeys(wanted))

    def _prepare(
        self, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[Any, Any, dict[str, Any]]:
        """The generated function, its client, and the checked arguments (see _arguments)."""
        op = self.operation
        if args:
            raise TypeError(f"{op.package}.{op.name}() takes keyword arguments only")
        if op.grantless_scope is None and not self._rules.default_grant:
            raise needs_refresh_token(op)
        _, signature = self._load()
        if "client" in kwargs:
            raise TypeError(f"{op.package}.{op.name}() supplies its own client; drop client=")
        assert self._facts is not None  # set by _load
        kwargs = check_arguments(op, self._facts, kwargs, self._rules.marketplace_id)
        client = self._owner.client_for(op.package)
        names, required = self._accepts
        if kwargs.keys() <= names and required <= kwargs.keys():
            return self._fn, client, kwargs
        try:  # what is wrong, in Python's words
            signature.bind(client=client, **kwargs)
        except TypeError as exc:
            params = [p for p in signature.parameters if p != "client"]
            raise TypeError(
                f"{op.package}.{op.name}(): {exc}; it takes {', '.join(params) or 'no arguments'}"
            ) from None
        return self._fn, client, kwargs

    def _cursor(
        self, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[PageCursor, dict[str, Any]]:
        """Check a paged call's arguments now (not on first iteration); start its cursor."""
        extra: dict[str, Any] = {k: kwargs.pop(k) for k in ("restricted", "strict") if k in kwargs}
        self._data_elements(extra.get("restricted"))
        self._strict(extra.get("strict"))
        _, signature = self._load()
        accepted = {
            name: p.default is inspect.Parameter.empty
            for name, p in signature.parameters.items()
            if name != "client"
        }
        # The generator's "send nothing" sentinel is the default of its optional
        # arguments; an argument with any other default (page_size=10) is always sent.
        unset = [
            p.default for p in signature.parameters.values() if type(p.default).__name__ == "Unset"
        ]
        clear = {
            name: unset[0]
            for name, p in signature.parameters.items()
            if unset
            and name != "client"
            and p.default is not inspect.Parameter.empty
            and p.default is not None
            and type(p.default).__name__ != "Unset"
        }
        plan = plan_for(self.operation, accepted, clear)
        _, _, kwargs = self._prepare(args, dict(kwargs))
        return PageCursor(plan, kwargs), extra

    def _strict(self, value: object) -> bool:
        """A call's ``strict=`` (None: the client's setting)."""
        if value is None:
            return self._rules.strict
        if not isinstance(value, bool):
            raise ConfigurationError(f"strict= takes True or False, got {value!r}")
        return value

    def _reread(
        self, seen: list[httpx.Response], client: Any, strict: bool, exc: Exception
    ) -> tuple[Any, tuple[Deviation, ...]]:
        """The answer the generated model refused, read tolerantly; else ``exc`` again."""
        if strict or not seen or isinstance(exc, SellingPartnerError):
            raise exc
        op = self.operation
        raw = seen[-1]
        try:
            generated, deviations = reread(
                importlib.import_module(op.module),
                client,
                raw,
                op.operation_id,
                raw.headers.get(REQUEST_ID),
            )
        except PARSE_ERRORS:
            raise exc from None
        return generated, deviations

    def _finish(
        self,
        generated: Any,
        seen: CallResponses,
        started: float,
        deviations: tuple[Deviation, ...] | None = None,
    ) -> ApiResponse[Any]:
        """The call's ApiResponse, its deviations logged; ``deviations`` None: not re-read."""
        raw = seen[-1] if seen else None
        if deviations is None:  # a large answer's reader may have found some
            deviations = () if seen.stream is None else tuple(seen.stream.deviations)
        if deviations and self._rules.deviations is not None:
            self._rules.deviations.report(self.operation.operation_id, deviations)
        _check_shape(self.operation, generated, raw)
        result = ApiResponse.build(generated, self.operation.operation_id, raw, deviations)
        if not _log.isEnabledFor(logging.DEBUG):
            return result
        _log.debug(
            "call operation=%s method=%s path=%s status=%d request_id=%s attempts=%s duration=%.3f",
            self.operation.operation_id,
            self.operation.method,
            self.operation.path,
            result.status_code,
            result.request_id,
            result.attempts,
            time.perf_counter() - started,
        )
        return result

    def _scope(self, elements: tuple[str, ...] | None, strict: bool) -> _CallScope:
        """Around one send: see :class:`_CallScope`."""
        return _CallScope(self, elements, None if strict else types_of(self._module))

    def _lookup(self) -> Call:
        """The accessor of this create's lookup operation (``spec/creates.toml``)."""
        rule = self.operation.create_lookup
        assert rule is not None
        op = self._owner.operations.operations(self.operation.package)[rule.lookup]
        return type(self)(self._owner, op, self._rules)

    def _parse_failure(self, seen: list[httpx.Response], exc: Exception) -> Exception | None:
        # A KeyError/TypeError/ValueError after the answer arrived comes from the model's
        # from_dict (arguments were checked before sending): report it without body content.
        # Error statuses raise in the hook before parsing, unless raise_errors=False.
        if isinstance(exc, SellingPartnerError) or not seen:
            return None
        raw = seen[-1]
        return parse_error(self.operation.operation_id, raw.status_code, raw.headers, exc)


@functools.lru_cache(maxsize=1024)
def _accepted(signature: inspect.Signature) -> tuple[frozenset[str], frozenset[str]]:
    """The keyword names a generated function takes and those it requires (not ``client``).

    Checked on every call instead of ``signature.bind`` (which costs more than the
    rest of the argument checks); ``bind`` still words the error when one fails.
    Kept on the call object: hashing a signature for the cache costs 4 us a call.
    """
    params = {n: p for n, p in signature.parameters.items() if n != "client"}
    kinds = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    if any(p.kind not in kinds for p in params.values()):
        return frozenset(), frozenset(params)  # never taken: bind decides
    required = frozenset(n for n, p in params.items() if p.default is inspect.Parameter.empty)
    return frozenset(params), required


def _check_shape(op: Operation, generated: Any, raw: httpx.Response | None) -> None:
    """Refuse a 2xx JSON array parsed as a model object (``from_dict([])`` accepts it)."""
    parsed = getattr(generated, "parsed", None)
    if raw is None or not 200 <= raw.status_code < 300 or not hasattr(parsed, "to_dict"):
        return
    if raw.content.lstrip()[:1] == b"[":
        raise ResponseParseError(
            f"the HTTP {raw.status_code} answer of {op.operation_id} does not match Amazon's "
            "model: a JSON array where the model wants an object",
            status=raw.status_code,
            operation=op.operation_id,
            request_id=raw.headers.get(REQUEST_ID),
        )


def _page_of(response: ApiResponse[Any]) -> Any:
    """The page's model for its next token, when read without deviations."""
    return _NO_PAGE if response.deviations else response.parsed


class _CallScope:
    """Around one send of a call: its marks, its responses, FAST reading; errors worded.

    Marks the call (:data:`CALLING`: the operation, which tags the request the
    generated code builds, see :mod:`._routing`; :data:`RESTRICTED_CALL`), collects
    its responses (:data:`CALL_RESPONSES`) and, for a tolerant client, sets the
    generated package's ``READER`` to FAST (:mod:`._tolerant`). On the way out a
    KeyError/TypeError/ValueError (or a RecursionError from JSON nested thousands
    deep) after an answer arrived becomes a ResponseParseError that names no body
    content. A class, not two ``@contextmanager`` generators: this runs on every
    call, and the generators cost about 5 us of it.
    """

    __slots__ = ("_call", "_calling", "_mark", "_reader", "_token", "_types", "seen")

    def __init__(self, call: Call, elements: tuple[str, ...] | None, types: Any) -> None:
        self._call = call
        self._types = types
        op = call.operation
        self.seen = CallResponses(op.operation_id, types)
        self._token = CALL_RESPONSES.set(self.seen)
        self._mark = RESTRICTED_CALL.set(
            None if elements is None else (op.package, op.name, elements)
        )
        self._calling = CALLING.set(op)
        self._reader = None if types is None else types.READER.set(types.FAST)

    def __enter__(self) -> CallResponses:
        return self.seen

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> None:
        if self._reader is not None:
            self._types.READER.reset(self._reader)
        seen = self.seen
        try:
            if isinstance(exc, UnicodeEncodeError):
                op = self._call.operation
                if seen:
                    raise parse_error(
                        op.operation_id, seen[-1].status_code, seen[-1].headers, exc
                    ) from None
                # Text HTTP cannot carry (a lone surrogate) in a path, query or body argument.
                raise ConfigurationError(
                    f"{op.package}.{op.name}: an argument holds text that cannot be sent "
                    f"({exc.reason}); pass valid Unicode text"
                ) from exc
            if isinstance(exc, KeyError | TypeError | ValueError | RecursionError):
                error = self._call._parse_failure(seen, exc)
                if error is not None:
                    raise error from None
        finally:
            seen.end()
            CALLING.reset(self._calling)
            RESTRICTED_CALL.reset(self._mark)
            CALL_RESPONSES.reset(self._token)


class SyncCall(Call):
    _function = "sync_detailed"

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Call the operation; return the parsed model."""
        return self.detailed(*args, **kwargs).parsed

    def detailed(self, *args: Any, **kwargs: Any) -> ApiResponse[Any]:
        """Call the operation; return status, headers, request id, rate limit and model.

        A create listed in ``spec/creates.toml`` whose answer is lost is looked up
        (see :mod:`._creates`): ``.recovered`` says when the answer came that way.
        """
        rule = self.operation.create_lookup
        if rule is None:
            return self._send(args, kwargs)
        lookup = self._lookup()
        steps = certain(self.operation, rule, lookup.operation, kwargs)
        reply: Any = None
        while True:
            try:
                step, argument = steps.send(reply)
            except StopIteration as done:
                answer, found, sends = done.value
                if found is None:
                    return answer  # type: ignore[no-any-return]
                client = self._owner.client_for(self.operation.package)
                return recovered(self.operation, rule, found, client, sends)
            try:
                if step is Step.SEND:
                    reply = self._send(args, dict(kwargs))
                else:
                    assert isinstance(lookup, SyncCall)
                    reply = lookup.detailed(**argument)
            except SellingPartnerError as exc:
                reply = exc

    def _send(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> ApiResponse[Any]:
        elements = self._data_elements(kwargs.pop("restricted", None))
        strict = self._strict(kwargs.pop("strict", None))
        fn, client, kwargs = self._prepare(args, kwargs)
        started = time.perf_counter()
        deviations: tuple[Deviation, ...] | None = None
        with self._scope(elements, strict) as seen:
            try:
                generated = fn(client=client, **kwargs)
            except PARSE_ERRORS as exc:
                generated, deviations = self._reread(seen, client, strict, exc)
        return self._finish(generated, seen, started, deviations)

    def pages(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        """Call a paged operation page after page; yield each page's parsed model.

        Takes the operation's arguments (a saved next-page token resumes). Follows
        the table's next-page token until a page has none; for the operations
        Amazon wants it so, later pages send the token alone.

        Raises:
            ConfigurationError: the operation does not page (at once, not when iterated).
            ApiError: the server repeated a next-page token (instead of looping forever).
        """
        return (response.parsed for response in self.detailed_pages(*args, **kwargs))

    def detailed_pages(self, *args: Any, **kwargs: Any) -> Iterator[ApiResponse[Any]]:
        """:meth:`pages`, yielding each page's full :class:`ApiResponse`."""
        cursor, extra = self._cursor(args, kwargs)
        return self._walk(cursor, extra)

    def _walk(self, cursor: PageCursor, extra: dict[str, Any]) -> Iterator[ApiResponse[Any]]:
        kwargs: dict[str, Any] | None = cursor.first()
        while kwargs is not None:
            response = self.detailed(**kwargs, **extra)
            yield response
            kwargs = cursor.next(
                response.content, request_id=response.request_id, page=_page_of(response)
            )


class AsyncCall(Call):
    _function = "asyncio_detailed"

    async def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Call the operation; return the parsed model."""
        return (await self.detailed(*args, **kwargs)).parsed

    async def detailed(self, *args: Any, **kwargs: Any) -> ApiResponse[Any]:
        """Call the operation; return status, headers, request id, rate limit and model.

        Creates listed in ``spec/creates.toml``: see :meth:`SyncCall.detailed`.
        """
        rule = self.operation.create_lookup
        if rule is None:
            return await self._send(args, kwargs)
        lookup = self._lookup()
        steps = certain(self.operation, rule, lookup.operation, kwargs)
        reply: Any = None
        while True:
            try:
                step, argument = steps.send(reply)
            except StopIteration as done:
                answer, found, sends = done.value
                if found is None:
                    return answer  # type: ignore[no-any-return]
                client = self._owner.client_for(self.operation.package)
                return recovered(self.operation, rule, found, client, sends)
            try:
                if step is Step.SEND:
                    reply = await self._send(args, dict(kwargs))
                else:
                    assert isinstance(lookup, AsyncCall)
                    reply = await lookup.detailed(**argument)
            except SellingPartnerError as exc:
                reply = exc

    async def _send(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> ApiResponse[Any]:
        elements = self._data_elements(kwargs.pop("restricted", None))
        strict = self._strict(kwargs.pop("strict", None))
        fn, client, kwargs = self._prepare(args, kwargs)
        started = time.perf_counter()
        deviations: tuple[Deviation, ...] | None = None
        with self._scope(elements, strict) as seen:
            try:
                generated = await fn(client=client, **kwargs)
            except PARSE_ERRORS as exc:
                generated, deviations = self._reread(seen, client, strict, exc)
        return self._finish(generated, seen, started, deviations)

    def pages(self, *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
        """Async :meth:`SyncCall.pages`: ``async for page in sp.<package>.<op>.pages(...)``.

        Raises:
            ConfigurationError: the operation does not page (at once, not when iterated).
            ApiError: the server repeated a next-page token (instead of looping forever).
        """
        cursor, extra = self._cursor(args, kwargs)
        return self._parsed(self._walk(cursor, extra))

    def detailed_pages(self, *args: Any, **kwargs: Any) -> AsyncIterator[ApiResponse[Any]]:
        """Async :meth:`SyncCall.detailed_pages`."""
        cursor, extra = self._cursor(args, kwargs)
        return self._walk(cursor, extra)

    @staticmethod
    async def _parsed(responses: AsyncIterator[ApiResponse[Any]]) -> AsyncIterator[Any]:
        async for response in responses:
            yield response.parsed

    async def _walk(
        self, cursor: PageCursor, extra: dict[str, Any]
    ) -> AsyncIterator[ApiResponse[Any]]:
        kwargs: dict[str, Any] | None = cursor.first()
        while kwargs is not None:
            response = await self.detailed(**kwargs, **extra)
            yield response
            kwargs = cursor.next(
                response.content, request_id=response.request_id, page=_page_of(response)
            )
