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
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any
from urllib.parse import unquote

__all__ = ["Operation", "OperationIndex"]

_TABLE_MODULE = "selling_partner_generated.operations"
_REQUIRED = ("operation_id", "module", "method", "path")


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
        )


@dataclass
class _Node:
    """One path segment of the lookup trie."""

    literal: dict[str, _Node] = field(default_factory=dict)
    placeholder: _Node | None = None
    ops: dict[str, Operation] = field(default_factory=dict)  # by method


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

    def __init__(self, operations: Mapping[str, Mapping[str, Operation]]) -> None:
        """Index operations given as ``{package: {python name: Operation}}``.

        Raises:
            ValueError: two operations share a method and path template.
        """
        self._by_package: dict[str, Mapping[str, Operation]] = {
            package: MappingProxyType(dict(ops)) for package, ops in operations.items()
        }
        self._root = _Node()
        for ops in self._by_package.values():
            for op in ops.values():
                self._insert(op)

    @classmethod
    def from_table(
        cls, api_packages: Mapping[str, Any], operations: Mapping[str, Mapping[str, Any]]
    ) -> OperationIndex:
        """Build an index from tables shaped like the generated ``API_PACKAGES``/``OPERATIONS``.

        Args:
            api_packages: Package name to package facts; every package of
                ``operations`` must be listed.
            operations: Package name to python function name to facts.

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
        return cls(built)

    @classmethod
    def default(cls) -> OperationIndex:
        """The index of the generated table, built on first use and cached."""
        return _default_index()

    def packages(self) -> tuple[str, ...]:
        """Names of all packages, sorted."""
        return tuple(sorted(self._by_package))

    def operations(self, package: str) -> Mapping[str, Operation]:
        """The operations of ``package`` by python function name.

        Raises:
            KeyError: unknown package.
        """
        try:
            return self._by_package[package]
        except KeyError:
            raise KeyError(f"unknown API package {package!r}") from None

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

    def __iter__(self) -> Iterator[Operation]:
        for package in self.packages():
            yield from self._by_package[package].values()

    def __len__(self) -> int:
        return sum(len(ops) for ops in self._by_package.values())

    def lookup(self, method: str, path: str) -> Operation | None:
        """The operation a request for ``method`` and concrete ``path`` calls, if any.

        ``path`` may be percent-encoded (as in ``httpx.URL.raw_path``, without
        the query): an encoded ``/`` inside a value stays inside its segment.
        Literal segments beat ``{placeholders}``, checked left to right.
        """
        segments = [unquote(seg) for seg in _segments(path.split("?", 1)[0])]
        return self._match(self._root, segments, 0, method.upper())

    def _insert(self, op: Operation) -> None:
        node = self._root
        for seg in _segments(op.path):
            if _is_placeholder(seg):
                if node.placeholder is None:
                    node.placeholder = _Node()
                node = node.placeholder
            else:
                node = node.literal.setdefault(seg, _Node())
        clash = node.ops.get(op.method)
        if clash is not None:
            raise ValueError(
                f"{op.package}.{op.name} and {clash.package}.{clash.name} both answer "
                f"{op.method} {op.path}; the table must give each request one operation"
            )
        node.ops[op.method] = op

    def _match(self, node: _Node, segments: list[str], i: int, method: str) -> Operation | None:
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
    return OperationIndex.from_table(table.API_PACKAGES, table.OPERATIONS)
