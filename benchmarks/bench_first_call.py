"""First-call benchmark: a fresh process builds a client and makes its first call.

The bench of record for issue 10: a new interpreter imports ``selling_partner``,
builds a ``SellingPartner`` and calls
``sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)``
against the local fake SP-API (``tests/fake_spapi``, started once in this
process). That first call pays for everything a fresh process pays for: the
lazy imports (httpx, the runtime, the operation table, the API package and its
typed accessors), the Login with Amazon token, the connection, and parsing.

Figures (median / min of ``--runs`` fresh interpreters, bytecode cached as an
installed wheel has it; interpreter start-up not counted):

* ``import selling_partner``;
* ``construct + first call``: from ``SellingPartner(...)`` to the parsed model;
* ``total``: from before the import to the parsed model (the figure of record);
* the CPU time of that total (the child's own work: on a busy machine it varies
  far less than wall time, so it shows what a change saves);
* the wheel's size (built from the worktree), with ``--wheel``.

``--compare DIR`` runs the same child against another checkout too (its
``overrides/`` and ``generated/`` first on ``PYTHONPATH``), alternating with this
tree run by run, so both see the same machine load: before/after figures.

Run: ``./dev bench`` or ``.venv/bin/python benchmarks/bench_first_call.py [--runs N] [--wheel]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fake_spapi import (  # noqa: E402  (tests/ is put on the path just above)
    FAKE_CLIENT_ID,
    FAKE_CLIENT_SECRET,
    FAKE_REFRESH_TOKEN,
    FakeSpApi,
)

CHILD = """
import json, time
t0, c0 = time.perf_counter(), time.process_time()
import selling_partner
t1 = time.perf_counter()
sp = selling_partner.SellingPartner(
    client_id={client_id!r}, client_secret={client_secret!r},
    refresh_token={refresh_token!r}, endpoint={endpoint!r}, token_url={token_url!r}, env={{}})
result = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)
t2, c2 = time.perf_counter(), time.process_time()
assert type(result).__name__ == "GetPackageTrackingDetailsResponse", type(result)
sp.close()
print(json.dumps({{"import": (t1 - t0) * 1000, "call": (t2 - t1) * 1000,
                  "total": (t2 - t0) * 1000, "cpu": (c2 - c0) * 1000}}))
"""


def _wheel_size() -> tuple[int, int, int]:
    """The wheel built from the worktree: bytes, bytes unpacked, files."""
    with tempfile.TemporaryDirectory(prefix="bench-wheel-") as out:
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(ROOT), "-w", out],
            check=True,
            capture_output=True,
        )
        [wheel] = Path(out).glob("*.whl")
        with zipfile.ZipFile(wheel) as archive:
            infos = archive.infolist()
            return wheel.stat().st_size, sum(i.file_size for i in infos), len(infos)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="fresh interpreters")
    parser.add_argument("--wheel", action="store_true", help="also build the wheel, print size")
    parser.add_argument("--compare", type=Path, help="another checkout to measure alongside")
    args, _ = parser.parse_known_args(argv)  # ./dev bench passes its arguments to every script
    trees: dict[str, Path | None] = {"this tree": None}
    if args.compare is not None:
        trees[str(args.compare)] = args.compare
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    with FakeSpApi() as server, tempfile.TemporaryDirectory(prefix="bench-pyc-") as pyc:
        code = CHILD.format(
            client_id=FAKE_CLIENT_ID,
            client_secret=FAKE_CLIENT_SECRET,
            refresh_token=FAKE_REFRESH_TOKEN,
            endpoint=server.endpoint,
            token_url=server.token_url,
        )
        for i in range(max(1, args.runs) + 1):
            for n, (name, tree) in enumerate(trees.items()):
                env = dict(os.environ, PYTHONPYCACHEPREFIX=f"{pyc}/{n}")
                env.pop("PYTHONDONTWRITEBYTECODE", None)
                if tree is not None:
                    env["PYTHONPATH"] = f"{tree / 'overrides'}{os.pathsep}{tree / 'generated'}"
                out = subprocess.run(
                    [sys.executable, "-c", code],
                    capture_output=True,
                    text=True,
                    check=True,
                    env=env,
                ).stdout
                if i:  # the first run only fills the bytecode cache
                    runs[name].append(json.loads(out.strip().splitlines()[-1]))
    for name, measured in runs.items():
        print(f"first call against the local fake, {name} (median / min of {len(measured)}, ms)")
        for key, label in (
            ("import", "import selling_partner"),
            ("call", "construct + first call"),
            ("total", "total (import to parsed model)"),
            ("cpu", "CPU time of that (steadier when busy)"),
        ):
            values = [r[key] for r in measured]
            print(f"  {label:40s} {statistics.median(values):9.1f} / {min(values):9.1f}")
    if args.wheel:
        size, unpacked, files = _wheel_size()
        print(f"wheel: {size / 1e6:.2f} MB ({unpacked / 1e6:.1f} MB unpacked, {files} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
