"""The typed accessors: ``<package>/accessors.py`` per API package, and ``accessors.py``.

``sp.<package>`` and ``sp.<package>.<operation>`` are typed by classes written
here from two sources: the generated function module of each operation (its
``sync_detailed`` keyword arguments, copied exactly, with the imports their
annotations and defaults need) and the per-operation table row (facts for the
docstrings). The success type of each operation comes from the generator's
parser (its 2xx responses).

Each operation class delegates to the runtime's call object
(``selling_partner._calls.SyncCall``/``AsyncCall``), which stays the one engine:
argument checks, ``restricted=``, retired operations and "did you mean" live
there. Generated code imports nothing from ``selling_partner`` at run time;
``ApiResponse`` is named for type checkers only (under ``TYPE_CHECKING``).

One function decides each parameter's annotation (:func:`annotation`) and one its
default (:func:`default`), so what the runtime accepts can be widened in one place:
a model body also takes a mapping, and a required ``marketplace_ids`` /
``marketplace_id`` (:data:`MARKETPLACE_PARAMETERS`) may be left out (``UNSET``:
the runtime fills it from ``SellingPartner(marketplace=...)`` or raises naming
it). Every method also takes ``strict=`` (None: the client's setting).

Python binds the accessor's signature before the runtime sees a call, so the
accessors' base class wraps each method once (:class:`_Operation`, at class
creation, invisible to type checkers and editors): a keyword Python refuses is
explained by the runtime (Amazon's ``packageNumber=`` -> "pass package_number=").
"""

from __future__ import annotations

import ast
import builtins
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "MARKETPLACE_PARAMETERS",
    "AccessorError",
    "Param",
    "annotation",
    "api_class",
    "class_name",
    "read_function",
    "render_package",
    "render_surface",
]

TOP_PACKAGE = "selling_partner_generated"
_BUILTINS = set(dir(builtins))
# Names the accessor module itself imports (not taken from the generated module).
_OWN = {
    "UNSET",
    "Any",
    "AsyncIterator",
    "Iterator",
    "Literal",
    "Mapping",
    "Sequence",
    "TYPE_CHECKING",
    "Unset",
}
# The parameters the runtime fills from the client's marketplace when a call leaves them
# out (selling_partner._arguments.MARKETPLACE_PARAMETERS; a pipeline test keeps them equal).
MARKETPLACE_PARAMETERS = ("marketplace_ids", "marketplace_id")


class AccessorError(RuntimeError):
    """The generated function module does not have the shape the accessors copy."""


@dataclass(frozen=True, slots=True)
class Param:
    """One keyword argument of a generated function.

    Attributes:
        name: the python name.
        annotation: the generated annotation, as source.
        default: the generated default, as source, or None when required.
        body_model: the argument is the JSON body and its type is this model class.
    """

    name: str
    annotation: str
    default: str | None
    body_model: str | None = None


@dataclass(slots=True)
class FunctionInfo:
    """What the accessors copy from one generated function module."""

    params: list[Param]
    imports: dict[str, str]  # local name -> the import line that binds it (relative to package)
    names: dict[str, set[str]] = field(default_factory=dict)  # param -> names its annotation uses
    default_names: set[str] = field(default_factory=set)


def class_name(python_name: str) -> str:
    """``get_package_tracking_details`` -> ``GetPackageTrackingDetails``."""
    return "".join(part[:1].upper() + part[1:] for part in python_name.split("_"))


def api_class(package: str, *, asynchronous: bool = False) -> str:
    """The accessor class of ``package``: ``FulfillmentOutboundV20200701Api`` (``Async...``)."""
    return ("Async" if asynchronous else "") + class_name(package) + "Api"


def _call_class(python_name: str, *, asynchronous: bool) -> str:
    return ("Async" if asynchronous else "") + class_name(python_name) + "Call"


def annotation(param: Param) -> str:
    """The accessor's annotation of ``param``: the generated one, widened where the runtime
    accepts more.

    A JSON body typed by a model also takes a mapping in Amazon's wire names; a
    required marketplace parameter may be left out (``Unset``, see :func:`default`).
    """
    if param.body_model is not None:
        return f"{param.annotation} | Mapping[str, Any]"
    if _filled(param):
        return f"{param.annotation} | Unset"
    return param.annotation


def default(param: Param) -> str | None:
    """The accessor's default of ``param`` as source (None: required).

    The generated default, except that a required marketplace parameter defaults to
    ``UNSET`` ("not given"): the runtime fills it from the client's marketplace, or
    raises ``InvalidArgumentError`` naming it.
    """
    if _filled(param):
        return "UNSET"
    return param.default


def _filled(param: Param) -> bool:
    return param.default is None and param.name in MARKETPLACE_PARAMETERS


def _names(node: ast.AST) -> set[str]:
    """Root names an expression uses (``datetime`` of ``datetime.datetime``)."""
    found = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            found.add(sub.id)
    return found


def _import_line(node: ast.ImportFrom | ast.Import, alias: ast.alias) -> tuple[str, str]:
    local = alias.asname or alias.name.split(".")[0]
    what = alias.name if alias.asname is None else f"{alias.name} as {alias.asname}"
    if isinstance(node, ast.Import):
        return local, f"import {what}"
    if node.level == 0:
        return local, f"from {node.module} import {what}"
    # The function module is <package>.api.<tag>.<module>: level 3 is the package,
    # which is the accessor module's level 1.
    if node.level != 3:
        raise AccessorError(f"unexpected relative import level {node.level}")
    if node.module is None:
        return local, f"from . import {what}"
    return local, f"from .{node.module} import {what}"


def read_function(path: Path, body_model: str | None, body: str | None) -> FunctionInfo:
    """The keyword arguments of ``sync_detailed`` in a generated function module."""
    tree = ast.parse(path.read_text("utf-8"))
    imports: dict[str, str] = {}
    function = None
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            for alias in node.names:
                local, line = _import_line(node, alias)
                imports[local] = line
        if isinstance(node, ast.FunctionDef) and node.name == "sync_detailed":
            function = node
    if function is None:
        raise AccessorError(f"{path}: no sync_detailed")
    args = function.args
    if args.posonlyargs or args.vararg or args.kwarg:
        raise AccessorError(f"{path}: sync_detailed takes more than named arguments")
    # Path parameters come first, positional-or-keyword; the accessors take every
    # argument by keyword (as the runtime requires).
    positional_defaults = [None] * (len(args.args) - len(args.defaults)) + list(args.defaults)
    info = FunctionInfo(params=[], imports=imports)
    for arg, default in zip(
        [*args.args, *args.kwonlyargs],
        [*positional_defaults, *args.kw_defaults],
        strict=True,
    ):
        if arg.arg == "client":
            continue
        if arg.annotation is None:
            raise AccessorError(f"{path}: argument {arg.arg} has no annotation")
        model = body_model.rsplit(".", 1)[1] if body_model and arg.arg == body else None
        info.params.append(
            Param(
                name=arg.arg,
                annotation=ast.unparse(arg.annotation),
                default=None if default is None else ast.unparse(default),
                body_model=model,
            )
        )
        info.names[arg.arg] = _names(arg.annotation)
        if default is not None:
            info.default_names |= _names(default)
    return info


@dataclass(frozen=True, slots=True)
class OperationSource:
    """One operation as the accessors see it: its table row, function and success type."""

    name: str
    facts: Mapping[str, Any]
    function: FunctionInfo
    result: str  # the 2xx model type, as source (names from the function module's imports)


def _rate(facts: Mapping[str, Any]) -> str:
    rate, burst = facts.get("rate"), facts.get("burst")
    if rate is None:
        return (
            "Rate limit: not published in the model (0.5 request/s, burst 1, until "
            "x-amzn-RateLimit-Limit says otherwise)."
        )
    return f"Rate limit: {rate:g} requests/second, burst {burst}."


def _facts_doc(op: OperationSource) -> list[str]:
    """The docstring lines of an operation: facts only, no prose from the model."""
    facts = op.facts
    lines = [f"{facts['operation_id']}: {facts['method']} {facts['path']}", "", _rate(facts)]
    pagination = facts.get("pagination")
    if pagination:
        lines.append(f"Paginated: next-page token {pagination['request']!s}; .pages() follows it.")
    if facts.get("restricted"):
        elements = ", ".join(facts.get("data_elements") or ())
        lines.append(
            "Restricted: restricted=True"
            + (f" (or some of {elements})" if elements else "")
            + " sends a Restricted Data Token."
        )
    if facts.get("grantless_scope"):
        lines.append(f"Grantless: a client-credentials token for {facts['grantless_scope']}.")
    lines += ["", f"Reference: {facts['reference']}"]
    return lines


def _docstring(lines: Sequence[str], indent: str) -> list[str]:
    body = [f"{indent}{line}" if line else "" for line in lines]
    body[0] = f'{indent}"""{lines[0]}'
    if len(lines) == 1:
        return [body[0] + '"""']
    return [*body, f'{indent}"""']


def _restricted(facts: Mapping[str, Any]) -> str | None:
    if not facts.get("restricted"):
        return None
    elements = facts.get("data_elements") or ()
    if not elements:
        return "bool | None"
    literal = "Literal[" + ", ".join(f'"{e}"' for e in elements) + "]"
    return f"bool | {literal} | Sequence[{literal}] | None"


def _quoted(text: str, quote: bool) -> str:
    return f'"{text}"' if quote else text


def _signature(op: OperationSource, models: set[str], result: str) -> str:
    params = []
    for param in op.function.params:
        text = annotation(param)
        uses_model = bool(op.function.names[param.name] & models) or param.body_model is not None
        given = default(param)
        params.append(
            f"{param.name}: {_quoted(text, uses_model)}" + ("" if given is None else f" = {given}")
        )
    restricted = _restricted(op.facts)
    if restricted is not None:
        params.append(f"restricted: {restricted} = None")
    params.append("strict: bool | None = None")
    inner = ", ".join(["self", "*", *params])
    return f"({inner}) -> {result}"


def _operation_class(op: OperationSource, models: set[str], *, asynchronous: bool) -> list[str]:
    name = _call_class(op.name, asynchronous=asynchronous)
    result = op.result
    prefix, wait = ("async ", "await ") if asynchronous else ("", "")
    iterator = "AsyncIterator" if asynchronous else "Iterator"
    lines = [f"class {name}(_Operation):", *_docstring(_facts_doc(op), "    "), ""]
    methods = [
        (
            prefix,
            "__call__",
            f'"{result}"',
            "Send the request; return the parsed 2xx model (errors raise).",
            f"{wait}self._call",
        ),
        (
            prefix,
            "detailed",
            f'"ApiResponse[{result}]"',
            "Send the request; return status, headers, request id, rate limit and model.",
            f"{wait}self._call.detailed",
        ),
    ]
    if op.facts.get("pagination"):
        methods += [
            (
                "",
                "pages",
                f'"{iterator}[{result}]"',
                "Every page's parsed model, following the next-page token.",
                "self._call.pages",
            ),
            (
                "",
                "detailed_pages",
                f'"{iterator}[ApiResponse[{result}]]"',
                "Every page's full response, following the next-page token.",
                "self._call.detailed_pages",
            ),
        ]
    for kind, method, returns, doc, target in methods:
        lines += [
            f"    {kind}def {method}{_signature(op, models, returns)}:",
            f'        """{doc}"""',
            f"        return {target}(**_given(locals()))",
            "",
        ]
    return lines


def _api_class(
    package: str, ops: Sequence[OperationSource], version: str, *, asynchronous: bool
) -> list[str]:
    lines = [
        f"class {api_class(package, asynchronous=asynchronous)}(_Api):",
        f'    """sp.{package}: API version {version}, {len(ops)} operations."""',
        "",
    ]
    for op in ops:
        kind = _call_class(op.name, asynchronous=asynchronous)
        lines += [
            "    @property",
            f"    def {op.name}(self) -> {kind}:",
            *_docstring(_facts_doc(op), "        "),
            f'        return self._operation("{op.name}", {kind})',
            "",
        ]
    return lines


SUPPORT = '''"""What every package's typed accessors share (scripts/regenerate.py; do not edit).

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
'''

HELPERS = """
def _given(values: dict[str, Any]) -> dict[str, Any]:
    return given(values, UNSET)
"""


def render_support() -> str:
    """The source of ``selling_partner_generated/_accessor_support.py``."""
    return SUPPORT


def render_package(package: str, version: str, ops: Sequence[OperationSource]) -> str:
    """The source of ``<package>/accessors.py`` (before ruff formats it)."""
    ops = sorted(ops, key=lambda o: o.name)
    imports: dict[str, str] = {}
    runtime_names: set[str] = set()
    typing_names: set[str] = set()
    for op in ops:
        imports.update(op.function.imports)
        runtime_names |= op.function.default_names
        for used in op.function.names.values():
            typing_names |= used
        typing_names |= _names(ast.parse(op.result, mode="eval"))
    models = {name for name, line in imports.items() if line.startswith("from .models")}
    runtime_lines, typing_lines = set(), set()
    for name in sorted((runtime_names | typing_names) - _BUILTINS - _OWN):
        line = imports.get(name)
        if line is None:
            raise AccessorError(f"{package}: no import for {name!r}")
        if name in runtime_names or name not in models:
            runtime_lines.add(line)
        else:
            typing_lines.add(line)
    for op in ops:
        clash = {_call_class(op.name, asynchronous=False), _call_class(op.name, asynchronous=True)}
        if clash & set(imports):
            raise AccessorError(f"{package}: accessor class {clash & set(imports)} is a model")
    lines = [
        f'"""Typed accessors of {package} (``sp.{package}``); generated by '
        "scripts/regenerate.py, do not edit.",
        "",
        "Each operation is a class whose methods take the generated function's keyword",
        "arguments and delegate to the runtime's call object (selling_partner._calls).",
        '"""',
        "",
        "from collections.abc import AsyncIterator, Iterator, Mapping, Sequence",
        "from typing import TYPE_CHECKING, Any, Literal",
        "",
        "from .._accessor_support import ApiBase as _Api",
        "from .._accessor_support import OperationBase as _Operation",
        "from .._accessor_support import given",
        "from .types import UNSET, Unset",
        *sorted(runtime_lines),
        "",
        "if TYPE_CHECKING:",
        "    from selling_partner import ApiResponse",
        *(f"    {line}" for line in sorted(typing_lines)),
        "",
        HELPERS,
        "",
    ]
    for asynchronous in (False, True):
        for op in ops:
            lines += _operation_class(op, models, asynchronous=asynchronous)
            lines.append("")
        lines += _api_class(package, ops, version, asynchronous=asynchronous)
        lines.append("")
    return "\n".join(lines) + "\n"


def render_surface(packages: Iterable[tuple[str, str, int]]) -> str:
    """The source of ``accessors.py``: the clients' typed API attributes.

    ``packages`` gives (package, version, number of operations). ``Apis`` and
    ``AsyncApis`` are mixed into ``SellingPartner`` and ``AsyncSellingPartner``;
    each property imports its package's accessor module on first use and asks
    the client for the accessor (``_typed_api``).
    """
    ordered = sorted(packages)
    lines = [
        '"""The typed API attributes of SellingPartner and AsyncSellingPartner; generated by',
        "scripts/regenerate.py, do not edit.",
        "",
        "Each property imports its API package's accessors on first use, so importing this",
        "module loads no API package.",
        '"""',
        "",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
    ]
    for package, _, _ in ordered:
        lines.append(
            f"    from .{package}.accessors import {api_class(package, asynchronous=True)}, "
            f"{api_class(package)}"
        )
    for asynchronous in (False, True):
        lines += [
            "",
            "",
            f"class {'AsyncApis' if asynchronous else 'Apis'}:",
            f'    """sp.<package>: the {len(ordered)} API packages, '
            f'{"async" if asynchronous else "sync"}."""',
            "",
            "    __slots__ = ()",
            "",
            "    def _typed_api(self, package: str, kind: Any) -> Any:",
            '        """The accessor of ``package`` as ``kind`` (the client implements it)."""',
            "        raise NotImplementedError",
        ]
        for package, version, count in ordered:
            kind = api_class(package, asynchronous=asynchronous)
            lines += [
                "",
                "    @property",
                f'    def {package}(self) -> "{kind}":',
                f'        """sp.{package}: API version {version}, {count} operations."""',
                f"        from .{package}.accessors import {kind}",
                "",
                f'        return self._typed_api("{package}", {kind})',
            ]
    return "\n".join(lines) + "\n"
