"""Issue 5: every generated operation is reachable as ``sp.<package>.<name>``, sync and async,
and importing ``selling_partner`` imports no API package (an accessor loads its own on use)."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys

import pytest
from fake_spapi import FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN
from selling_partner import AsyncSellingPartner, SellingPartner
from selling_partner_generated import operations as table

SETTINGS = {
    "client_id": FAKE_CLIENT_ID,
    "client_secret": FAKE_CLIENT_SECRET,
    "refresh_token": FAKE_REFRESH_TOKEN,
    "region": "na",
    "env": {},
}


@pytest.mark.parametrize("kind", [SellingPartner, AsyncSellingPartner])
def test_every_operation_has_an_accessor(kind: type[SellingPartner]) -> None:
    sp = kind(**SETTINGS)  # type: ignore[arg-type]
    names = 0
    for package, ops in table.OPERATIONS.items():
        api = getattr(sp, package)
        assert set(ops) <= set(dir(api)), package
        for name, facts in ops.items():
            call = getattr(api, name)
            assert call.operation.module == facts["module"], f"{package}.{name}"
            function, signature = call._load()
            # The accessor calls the generated function of its own shell.
            assert inspect.iscoroutinefunction(function) is (kind is AsyncSellingPartner)
            params = facts["params"]
            for argument in [*params["path"].values(), *params["query"].values()]:
                assert argument in signature.parameters, f"{package}.{name}: {argument}"
            names += 1
    assert names == 370
    assert len(table.OPERATIONS) == 66


def _modules_after(code: str) -> list[str]:
    script = (
        "import sys, json\n"
        f"{code}\n"
        "print(json.dumps(sorted({m.split('.')[1] for m in sys.modules "
        "if m.startswith('selling_partner_generated.')})))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded: list[str] = json.loads(run.stdout)
    return loaded


def test_import_selling_partner_imports_no_api_package() -> None:
    assert _modules_after("import selling_partner") == []


def test_an_accessor_imports_only_its_own_package() -> None:
    code = (
        "from selling_partner import SellingPartner\n"
        f"sp = SellingPartner(client_id={FAKE_CLIENT_ID!r}, client_secret={FAKE_CLIENT_SECRET!r}, "
        f"refresh_token={FAKE_REFRESH_TOKEN!r}, region='na', env={{}})\n"
        "sp.orders_v0.get_orders._load()"
    )
    # accessors: the clients' typed API attributes (imports no package); operations: the
    # table the runtime reads on first use; orders_v0: the one API used; _accessor_support:
    # what every package's accessors share (no package of its own).
    assert _modules_after(code) == ["_accessor_support", "accessors", "operations", "orders_v0"]
