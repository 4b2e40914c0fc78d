"""The default operation index builds a package's operations on first use of that package."""

from __future__ import annotations

import pytest
from selling_partner._operations import OperationIndex
from selling_partner_generated import operations as table


def test_lazy_index_equals_the_eager_one() -> None:
    eager = OperationIndex.from_table(table.API_PACKAGES, table.OPERATIONS, table.RETIRED)
    lazy = OperationIndex.lazy_table(table.API_PACKAGES, table.OPERATIONS, table.RETIRED)
    assert lazy.packages() == eager.packages()
    assert len(lazy) == len(eager) == 370
    for op in eager:
        assert lazy.get(op.package, op.name) == op
        concrete = op.path.replace("{", "x").replace("}", "")
        assert lazy.lookup(op.method, concrete) == eager.lookup(op.method, concrete)
    assert lazy.retirements() == eager.retirements()


def test_lazy_index_builds_only_what_is_used() -> None:
    lazy = OperationIndex.lazy_table(table.API_PACKAGES, table.OPERATIONS)
    assert lazy._by_package == {}
    found = lazy.lookup("GET", "/fba/outbound/2020-07-01/tracking")
    assert found is not None and found.operation_id == "getPackageTrackingDetails"
    assert list(lazy._by_package) == ["fulfillment_outbound_v2020_07_01"]
    lazy.operations("orders_v0")
    assert set(lazy._by_package) == {"fulfillment_outbound_v2020_07_01", "orders_v0"}
    assert OperationIndex.default().packages() == tuple(sorted(table.API_PACKAGES))


def test_lazy_index_still_refuses_clashes_and_unknown_packages() -> None:
    row = {"operation_id": "a", "module": "m", "method": "get", "path": "/x/{id}"}
    twins = {"p": {"a": row, "b": {**row, "operation_id": "b", "path": "/x/{other}"}}}
    with pytest.raises(ValueError, match="both answer GET"):
        OperationIndex.lazy_table({"p": {}}, twins)
    with pytest.raises(ValueError, match="missing from API_PACKAGES"):
        OperationIndex.lazy_table({}, {"q": {}})
    with pytest.raises(ValueError, match="lacks method or path"):
        OperationIndex.lazy_table({"p": {}}, {"p": {"a": {"operation_id": "a"}}})
    with pytest.raises(KeyError, match="unknown API package"):
        OperationIndex.lazy_table({"p": {}}, {}).operations("nope")
