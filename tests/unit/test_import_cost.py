"""`import selling_partner` is cheap and side-effect free (checked in a fresh interpreter)."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, logging, sys
before = set(sys.modules)
root_handlers = list(logging.getLogger().handlers)
import selling_partner
after_import = sorted(set(sys.modules) - before)
from selling_partner import SellingPartner, AsyncSellingPartner, Region
after_client = sorted(set(sys.modules) - before)
print(json.dumps({
    "import": after_import,
    "client": after_client,
    "handlers": len(logging.getLogger("selling_partner").handlers),
    "httpx_filters": len(logging.getLogger("httpx").filters),
    "root_changed": logging.getLogger().handlers != root_handlers,
    "all_resolve": all(hasattr(selling_partner, n) for n in selling_partner.__all__),
}))
"""


def probe() -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], check=True, capture_output=True, text=True, env={}
    )
    result: dict[str, object] = json.loads(out.stdout)
    return result


def test_import_loads_neither_httpx_nor_generated_code_and_adds_no_handlers() -> None:
    result = probe()
    imported = result["import"]
    assert isinstance(imported, list)
    assert not [m for m in imported if m.startswith(("httpx", "selling_partner_generated"))]
    client = result["client"]
    assert isinstance(client, list)
    assert "httpx" in client
    # The client's names load no API package, not even the operation table: only the
    # typed API attributes (properties that import their package on first use).
    assert [m for m in client if m.startswith("selling_partner_generated")] == [
        "selling_partner_generated",
        "selling_partner_generated.accessors",
    ]
    # asyncio (~35 ms) loads with an async client's first await, not with the names.
    assert "asyncio" not in client
    # redis-py (the optional fleet mode) loads only when a Redis store is built.
    assert not [m for m in client if m == "redis" or m.startswith("redis.")]
    assert result["handlers"] == 0 and result["root_changed"] is False
    assert result["httpx_filters"] == 0  # added when a client builds its httpx client
    assert result["all_resolve"] is True
