"""The operation index: the generated per-operation table as typed, searchable data.

Everything the runtime does differently per operation (rate limit, comma-joined
query arrays, whether a resend is safe, pagination) is read from
``selling_partner_generated.operations``, never written as if-chains. This module
turns that plain table into :class:`Operation` values and answers "which
operation is this request?" from its method and concrete URL path.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any
from urllib.parse import unquote

__all__ = ["CreateLookup", "Operation", "OperationIndex", "OperationParams", "Retirement"]

_TABLE_MODULE = "selling_partner_generated.operations"
_REQUIRED = ("operation_id", "module", "method", "path")


_EMPTY: Mapping[str, str] = MappingProxyType({})


def _names(where: str, value: object) -> Mapping[str, str]:
    if value is None:
        return _EMPTY
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ValueError(f"{where} must map wire names to python names, got {value!r}")
    return MappingProxyType(dict(value))


@dataclass(frozen=True, slots=True)
class OperationParams:
    """How the generated function names the request's parts.

    Attributes:
        path: Path parameters, wire name (``sellerFulfillmentOrderId``) to the
            generated function's argument (``seller_fulfillment_order_id``).
        query: Query parameters, wire name to argument name.
        header: Header parameters, wire name to argument name.
        body: The argument carrying the request body, or ``None``.
        body_model: Import path of the body's model class
            (``selling_partner_generated.<package>.models.<module>.<Class>``), or
            ``None`` when there is no JSON model body.
    """

    path: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    query: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    header: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    body: str | None = None
    body_model: str | None = None

    @classmethod
    def from_facts(cls, where: str, facts: object) -> OperationParams:
        """Build from the table's ``params`` column (``None``: an older table without it).

        Raises:
            ValueError: the column is malformed.
        """
        if facts is None:
            return cls()
        if not isinstance(facts, Mapping):
            raise ValueError(f"{where}: params must be a mapping, got {facts!r}")
        body, body_model = facts.get("body"), facts.get("body_model")
        for key, value in (("body", body), ("body_model", body_model)):
            if value is not None and not isinstance(value, str):
                raise ValueError(f"{where}: params {key} must be a string or None, got {value!r}")
        return cls(
            path=_names(f"{where}: params path", facts.get("path")),
            query=_names(f"{where}: params query", facts.get("query")),
            header=_names(f"{where}: params header", facts.get("header")),
            body=body,
            body_model=body_model,
        )


def _paths(where: str, value: object) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ValueError(f"{where} must map paths to paths, got {value!r}")
    return tuple(value.items())


@dataclass(frozen=True, slots=True)
class CreateLookup:
    """How to make a create's outcome certain (``spec/creates.toml``).

    Attributes:
        lookup: Python name of the get operation (same package) that finds the object.
        arguments: (lookup parameter wire name, where in the create request) pairs;
            request paths start with ``path.``, ``query.``, ``header.`` or ``body.``.
        found: (lookup answer path, create request path) pairs: every request value
            must be among the answer's values. Empty: any 2xx lookup answer is found.
        answer: (create answer path, lookup answer path) pairs the caller's answer
            is built from when the object was found.
        status: The create's documented success status.
    """

    lookup: str
    arguments: tuple[tuple[str, str], ...]
    found: tuple[tuple[str, str], ...] = ()
    answer: tuple[tuple[str, str], ...] = ()
    status: int = 200

    @classmethod
    def from_facts(cls, where: str, facts: object) -> CreateLookup | None:
        """Build from the table's ``create_lookup`` column (None: none).

        Raises:
            ValueError: the column is malformed.
        """
        if facts is None:
            return None
        if not isinstance(facts, Mapping) or not isinstance(facts.get("lookup"), str):
            raise ValueError(f"{where}: create_lookup must be a mapping with a lookup name")
        status = facts.get("status", 200)
        if not isinstance(status, int) or not 200 <= status < 300:
            raise ValueError(f"{where}: create_lookup status must be a 2xx, got {status!r}")
        return cls(
            lookup=facts["lookup"],
            arguments=_paths(f"{where}: create_lookup arguments", facts.get("arguments") or {}),
            found=_paths(f"{where}: create_lookup found", facts.get("found") or {}),
            answer=_paths(f"{where}: create_lookup answer", facts.get("answer") or {}),
            status=status,
        )


@dataclass(frozen=True, slots=True)
class Retirement:
    """What Amazon removed: a whole API package, or one operation of it.

    Attributes:
        package: Package name it has (or would have had), e.g. ``reports_v2020_09_04``.
        name: Python function name of the removed operation; ``None`` for a whole package.
        title: Human name of the API version, e.g. ``Reports API v2020-09-04``.
        whole: Whether the whole API version is gone.
        operation_id: Amazon's operationId of the removed operation, or ``None``.
        successor: What to call instead (``package`` or ``package.function``), or ``None``.
        note: What to do instead, or ``None``.
        removed: The date calls started to fail (``YYYY-MM-DD``), or ``None``.
    """

    package: str
    name: str | None
    title: str
    whole: bool
    operation_id: str | None = None
    successor: str | None = None
    note: str | None = None
    removed: str | None = None

    def describe(self, prefix: str = "", replacements: Sequence[tuple[str, str]] = ()) -> str:
        """What is gone and what replaces it: the one wording of "API was retired".

        ``RetiredOperationError`` says exactly this, with ``prefix="sp."`` (names as
        code to write) and, for a whole package, its operations' ``replacements``
        (old python name, successor), summed up when each keeps its name.
        """
        when = f" on {self.removed}" if self.removed else ""
        if self.name is None:
            what = f"{prefix}{self.package}: {self.title}"
        else:
            what = f"{prefix}{self.package}.{self.name} ({self.operation_id}, {self.title})"
        parts = [f"{what} was removed by Amazon{when}."]
        if self.successor:
            parts.append(f"Use {prefix}{self.successor} instead.")
        if self.note:
            parts.append(self.note)
        if replacements and all(new == f"{self.successor}.{old}" for old, new in replacements):
            old = replacements[0][0]
            parts.append(
                f"Every operation keeps its name, e.g. {prefix}{self.successor}.{old}"
                f" for {prefix}{self.package}.{old}."
            )
        elif replacements:
            moved = "; ".join(f"{old} -> {prefix}{new}" for old, new in replacements)
            parts.append(f"Replacements: {moved}.")
        return " ".join(parts)


def _optional_str(where: str, facts: Mapping[str, Any], key: str) -> str | None:
    value = facts.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{where}: {key} must be a string or None, got {value!r}")
    return value


def _retirements(retired: Mapping[str, Any]) -> dict[tuple[str, str | None], Retirement]:
    """The RETIRED table as (package, python name or None) -> Retirement."""
    found: dict[tuple[str, str | None], Retirement] = {}
    for package, entry in retired.items():
        where = f"RETIRED entry {package}"
        if not isinstance(entry, Mapping) or not isinstance(entry.get("title"), str):
            raise ValueError(f"{where} lacks a title; regenerate the table with `./dev regen`")
        whole = bool(entry.get("whole", False))
        title = str(entry["title"])
        package_level = Retirement(
            package=package,
            name=None,
            title=title,
            whole=whole,
            successor=_optional_str(where, entry, "successor"),
            note=_optional_str(where, entry, "note"),
            removed=_optional_str(where, entry, "removed"),
        )
        if whole:
            found[(package, None)] = package_level
        operations = entry.get("operations") or {}
        for name, facts in operations.items():
            op_where = f"{where}.{name}"
            if not isinstance(facts, Mapping):
                raise ValueError(f"{op_where} must be a mapping, got {facts!r}")
            found[(package, name)] = Retirement(
                package=package,
                name=name,
                title=title,
                whole=whole,
                operation_id=_optional_str(op_where, facts, "operation_id"),
                successor=_optional_str(op_where, facts, "successor"),
                note=_optional_str(op_where, facts, "note"),
                removed=_optional_str(op_where, facts, "removed") or package_level.removed,
            )
    return found


@dataclass(frozen=True, slots=True)
class Operation:
    """The facts about one SP-API operation, from the generated table.

    Attributes:
        package: Generated package name, e.g. ``fulfillment_outbound_v2020_07_01``.
        name: Python function name, e.g. ``get_package_tracking_details``.
        operation_id: Amazon's operationId, e.g. ``getPackageTrackingDetails``.
        module: Full module path of the generated endpoint module.
        method: HTTP method, upper case.
        path: Path template with ``{name}`` placeholders.
        rate: Requests per second of the usage plan, or ``None`` if unknown.
        burst: Burst of the usage plan, or ``None`` if unknown.
        csv: Query parameters (wire names) sent as one comma-joined value.
        multi: Query parameters (wire names) sent as repeated keys.
        retry_safe: Whether resending cannot do the work twice.
        pagination: How the operation pages, or ``None``.
        reference: Link to Amazon's reference page.
        params: How the generated function names path, query, header and body.
        grantless_scope: LWA scope of the client-credentials token a grantless
            operation takes, or ``None`` (the selling partner's refresh-token grant).
        restricted: Whether the operation needs a Restricted Data Token.
        data_elements: ``dataElements`` the RDT request may name for it
            (e.g. ``buyerInfo``); empty for most restricted operations.
        create_lookup: For a create that carries the caller's own unique id, how
            to look the object up when the answer was lost (``spec/creates.toml``).
        limits: Python name of a path, query or header parameter -> the model's
            limits on it (``pattern``, ``min_length``, ``max_length``, ``minimum``,
            ``maximum``, ``exclusive_minimum``/``exclusive_maximum`` flags,
            ``min_items``, ``max_items``, ``items``: the same for list items).
    """

    package: str
    name: str
    operation_id: str
    module: str
    method: str
    path: str
    rate: float | None
    burst: int | None
    csv: frozenset[str]
    multi: frozenset[str]
    retry_safe: bool
    pagination: Mapping[str, Any] | None
    reference: str
    params: OperationParams = field(default_factory=OperationParams)
    grantless_scope: str | None = None
    restricted: bool = False
    data_elements: tuple[str, ...] = ()
    create_lookup: CreateLookup | None = None
    limits: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def from_facts(cls, package: str, name: str, facts: Mapping[str, Any]) -> Operation:
        """Build an operation from one entry of the generated table.

        Raises:
            ValueError: a required column is missing or has the wrong type.
        """
        where = f"operations table entry {package}.{name}"
        missing = [key for key in _REQUIRED if not isinstance(facts.get(key), str)]
        if missing:
            raise ValueError(
                f"{where} lacks string column(s) {', '.join(missing)}; "
                "regenerate the table with `./dev regen`"
            )
        rate = facts.get("rate")
        burst = facts.get("burst")
        if rate is not None and (not isinstance(rate, int | float) or rate <= 0):
            raise ValueError(f"{where}: rate must be a positive number or None, got {rate!r}")
        if burst is not None and (not isinstance(burst, int) or burst < 1):
            raise ValueError(f"{where}: burst must be a positive integer or None, got {burst!r}")
        method = str(facts["method"]).upper()
        pagination = facts.get("pagination")
        scope = facts.get("grantless_scope")
        if scope is not None and (not isinstance(scope, str) or not scope):
            raise ValueError(f"{where}: grantless_scope must be a scope string or None")
        elements = facts.get("data_elements") or ()
        if isinstance(elements, str) or not all(isinstance(e, str) for e in elements):
            raise ValueError(f"{where}: data_elements must be a tuple of strings")
        return cls(
            package=package,
            name=name,
            operation_id=str(facts["operation_id"]),
            module=str(facts["module"]),
            method=method,
            path=str(facts["path"]),
            rate=None if rate is None else float(rate),
            burst=burst,
            csv=frozenset(facts.get("csv") or ()),
            multi=frozenset(facts.get("multi") or ()),
            # A table without the column must not make POSTs retryable by accident.
            retry_safe=bool(facts.get("retry_safe", method in ("GET", "HEAD"))),
            pagination=None if pagination is None else MappingProxyType(dict(pagination)),
            reference=str(facts.get("reference", "")),
            params=OperationParams.from_facts(where, facts.get("params")),
            grantless_scope=scope,
            restricted=bool(facts.get("restricted", False)),
            data_elements=tuple(elements),
            create_lookup=CreateLookup.from_facts(where, facts.get("create_lookup")),
            limits=MappingProxyType(dict(facts.get("limits") or {})),
        )


@dataclass
class _Node:
    """One path segment of the lookup trie."""

    literal: dict[str, _Node] = field(default_factory=dict)
    placeholder: _Node | None = None
    ops: dict[str, tuple[str, str]] = field(default_factory=dict)  # method -> (package, name)


def _segments(path: str) -> list[str]:
    """Split a path into segments, ignoring leading, trailing and doubled slashes."""
    return [seg for seg in path.split("/") if seg]


def _is_placeholder(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


class OperationIndex:
    """All known operations, by package and name, and by method and URL path.

    Build it with :meth:`default` (the generated table) or :meth:`from_table`
    (any table of the same shape, e.g. a tiny one in a test).
    """

    def __init__(
        self,
        operations: Mapping[str, Mapping[str, Operation]],
        retired: Mapping[str, Any] | None = None,
    ) -> None:
        """Index operations given as ``{package: {python name: Operation}}``.

        Args:
            operations: The live operations.
            retired: A table shaped like the generated ``RETIRED`` (what Amazon removed).

        Raises:
            ValueError: two operations share a method and path template, or the
                retired table is malformed.
        """
        self._retired = _retirements(retired or {})
        self._by_package: dict[str, Mapping[str, Operation]] = {
            package: MappingProxyType(dict(ops)) for package, ops in operations.items()
        }
        # Table rows whose Operation objects are built on first use of their package
        # (the generated table: a client uses a few of its 66 packages).
        self._rows: dict[str, Mapping[str, Mapping[str, Any]]] = {}
        self._root = _Node()
        for ops in self._by_package.values():
            for op in ops.values():
                self._insert(op.package, op.name, op.method, op.path)

    @classmethod
    def from_table(
        cls,
        api_packages: Mapping[str, Any],
        operations: Mapping[str, Mapping[str, Any]],
        retired: Mapping[str, Any] | None = None,
    ) -> OperationIndex:
        """Build an index from tables shaped like the generated ``API_PACKAGES``/``OPERATIONS``.

        Args:
            api_packages: Package name to package facts; every package of
                ``operations`` must be listed.
            operations: Package name to python function name to facts.
            retired: Shaped like the generated ``RETIRED``; ``None`` for none.

        Raises:
            ValueError: the tables are inconsistent or an entry is malformed.
        """
        unknown = sorted(set(operations) - set(api_packages))
        if unknown:
            raise ValueError(
                f"operations table names package(s) {', '.join(unknown)} missing from "
                "API_PACKAGES; regenerate the table with `./dev regen`"
            )
        built = {
            package: {
                name: Operation.from_facts(package, name, facts) for name, facts in ops.items()
            }
            for package, ops in operations.items()
        }
        for package in api_packages:
            built.setdefault(package, {})
        return cls(built, retired)

    @classmethod
    def lazy_table(
        cls,
        api_packages: Mapping[str, Any],
        operations: Mapping[str, Mapping[str, Any]],
        retired: Mapping[str, Any] | None = None,
    ) -> OperationIndex:
        """:meth:`from_table` for a trusted table: each package's operations are built
        (and their rows checked) on first use of that package.

        Methods and paths are indexed at once, so clashes still raise here.

        Raises:
            ValueError: the tables are inconsistent, or two operations share a
                method and path template.
        """
        unknown = sorted(set(operations) - set(api_packages))
        if unknown:
            raise ValueError(
                f"operations table names package(s) {', '.join(unknown)} missing from "
                "API_PACKAGES; regenerate the table with `./dev regen`"
            )
        index = cls({}, retired)
        index._rows = {package: operations.get(package, {}) for package in api_packages}
        for package, rows in index._rows.items():
            for name, facts in rows.items():
                method, path = facts.get("method"), facts.get("path")
                if not isinstance(method, str) or not isinstance(path, str):
                    raise ValueError(
                        f"operations table entry {package}.{name} lacks method or path; "
                        "regenerate the table with `./dev regen`"
                    )
                index._insert(package, name, method.upper(), path)
        return index

    @classmethod
    def default(cls) -> OperationIndex:
        """The index of the generated table, built on first use and cached."""
        return _default_index()

    def packages(self) -> tuple[str, ...]:
        """Names of all packages, sorted."""
        return tuple(sorted(self._by_package.keys() | self._rows.keys()))

    def operations(self, package: str) -> Mapping[str, Operation]:
        """The operations of ``package`` by python function name.

        Raises:
            KeyError: unknown package.
        """
        found = self._by_package.get(package)
        if found is not None:
            return found
        rows = self._rows.get(package)
        if rows is None:
            raise KeyError(f"unknown API package {package!r}")
        built = MappingProxyType(
            {name: Operation.from_facts(package, name, facts) for name, facts in rows.items()}
        )
        # Two threads may build the same package: either result is the same.
        return self._by_package.setdefault(package, built)

    def get(self, package: str, name: str) -> Operation:
        """One operation by package and python function name.

        Raises:
            KeyError: unknown package or operation.
        """
        ops = self.operations(package)
        try:
            return ops[name]
        except KeyError:
            raise KeyError(f"package {package!r} has no operation {name!r}") from None

    def retired(self, package: str, name: str | None = None) -> Retirement | None:
        """Why ``sp.<package>`` or ``sp.<package>.<name>`` does not exist, if Amazon removed it.

        Args:
            package: The package name asked for.
            name: The function name asked for, or ``None`` for the package itself.

        Returns:
            The removed operation; for an unlisted name in a wholly removed
            package, the package's retirement; ``None`` if nothing was removed
            under that name (a typo, or a live operation).
        """
        if name is not None:
            found = self._retired.get((package, name))
            if found is not None:
                return found
        return self._retired.get((package, None))

    def retirements(self) -> tuple[Retirement, ...]:
        """Everything removed, sorted by package then name (whole packages first)."""
        return tuple(
            sorted(self._retired.values(), key=lambda r: (r.package, r.name is not None, r.name))
        )

    def __iter__(self) -> Iterator[Operation]:
        for package in self.packages():
            yield from self.operations(package).values()

    def __len__(self) -> int:
        return sum(len(self.operations(package)) for package in self.packages())

    def lookup(self, method: str, path: str) -> Operation | None:
        """The operation a request for ``method`` and concrete ``path`` calls, if any.

        ``path`` may be percent-encoded (as in ``httpx.URL.raw_path``, without
        the query): an encoded ``/`` inside a value stays inside its segment.
        Literal segments beat ``{placeholders}``, checked left to right.
        """
        segments = [unquote(seg) for seg in _segments(path.split("?", 1)[0])]
        found = self._match(self._root, segments, 0, method.upper())
        return None if found is None else self.get(*found)

    def _insert(self, package: str, name: str, method: str, path: str) -> None:
        node = self._root
        for seg in _segments(path):
            if _is_placeholder(seg):
                if node.placeholder is None:
                    node.placeholder = _Node()
                node = node.placeholder
            else:
                node = node.literal.setdefault(seg, _Node())
        clash = node.ops.get(method)
        if clash is not None:
            raise ValueError(
                f"{package}.{name} and {clash[0]}.{clash[1]} both answer "
                f"{method} {path}; the table must give each request one operation"
            )
        node.ops[method] = (package, name)

    def _match(
        self, node: _Node, segments: list[str], i: int, method: str
    ) -> tuple[str, str] | None:
        if i == len(segments):
            return node.ops.get(method)
        child = node.literal.get(segments[i])
        if child is not None:
            found = self._match(child, segments, i + 1, method)
            if found is not None:
                return found
        if node.placeholder is not None:
            return self._match(node.placeholder, segments, i + 1, method)
        return None


@functools.cache
def _default_index() -> OperationIndex:
    # Imported lazily: `import selling_partner` must stay cheap and side-effect free.
    table = importlib.import_module(_TABLE_MODULE)
    return OperationIndex.lazy_table(
        table.API_PACKAGES, table.OPERATIONS, getattr(table, "RETIRED", None)
    )
