"""Import-cost benchmark: what importing the library, one operation and everything costs.

Each figure is the median (and minimum) of fresh interpreter runs, timed inside
the child from before the first import to after the last, so interpreter start-up
is not counted. Bytecode is cached in a temporary ``PYTHONPYCACHEPREFIX`` primed
once, as an installed wheel would have it (pip compiles on install); pass
``--no-bytecode`` to measure compiling from source on every run.

Figures:

* ``import httpx`` (the floor: the runtime needs it for any call);
* ``import selling_partner`` (must import no API package);
* the operations table (``selling_partner_generated.operations``, 370 entries);
* one operation: the getOrders module alone, and ``sp.orders_v0.get_orders``
  resolved through a ``SellingPartner`` (table, client, its package only);
* everything: every module of every generated package (``--skip-all`` skips it).

``--wheel`` also builds the wheel into a temporary folder and prints its size.
Run: ``./dev bench`` or ``.venv/bin/python benchmarks/bench_import.py [--runs N]``.
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

SP = (
    "import selling_partner\n"
    "sp = selling_partner.SellingPartner(client_id='amzn1.application-oa2-client.bench', "
    "client_secret='bench-secret', refresh_token='Atzr|bench', region='na', env={})\n"
    "sp.orders_v0.get_orders._load()\n"
)
EVERYTHING = (
    "import importlib, pkgutil, selling_partner_generated as g\n"
    "for m in pkgutil.walk_packages(g.__path__, g.__name__ + '.'):\n"
    "    importlib.import_module(m.name)\n"
)
CASES = {
    "import httpx": "import httpx\n",
    "import selling_partner": "import selling_partner\n",
    "operations table": "import selling_partner_generated.operations\n",
    "getOrders module": "import selling_partner_generated.orders_v0.api.orders_v0.get_orders\n",
    "sp.orders_v0.get_orders (first use)": SP,
    "everything (all generated modules)": EVERYTHING,
}


def _timed(code: str) -> str:
    return (
        "import time\n_t = time.perf_counter()\n"
        + code
        + "print(f'{(time.perf_counter() - _t) * 1000:.3f}')\n"
    )


def _run(code: str, env: dict[str, str]) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _timed(code)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=ROOT,
    ).stdout
    return float(out.strip().splitlines()[-1])


def _loaded_api_packages(env: dict[str, str]) -> list[str]:
    code = (
        "import json, sys, selling_partner\n"
        "print(json.dumps(sorted({m.split('.')[1] for m in sys.modules "
        "if m.startswith('selling_partner_generated.')})))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    loaded: list[str] = json.loads(out.stdout)
    return loaded


def _wheel_size() -> tuple[int, int, int]:
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
    parser.add_argument("--runs", type=int, default=7, help="fresh interpreters per figure")
    parser.add_argument("--no-bytecode", action="store_true", help="compile from source each run")
    parser.add_argument("--skip-all", action="store_true", help="skip the everything figure")
    parser.add_argument("--wheel", action="store_true", help="also build the wheel, print size")
    args, _ = parser.parse_known_args(argv)  # ./dev bench passes its arguments to every script
    with tempfile.TemporaryDirectory(prefix="bench-pyc-") as pyc:
        env = dict(os.environ)
        if args.no_bytecode:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        else:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = pyc
            _run(EVERYTHING + "import httpx, selling_partner\n", env)  # prime the cache
        mode = "from source" if args.no_bytecode else "bytecode cached"
        print(f"import cost ({mode}; median / min of {args.runs} fresh interpreters, ms)")
        for name, code in CASES.items():
            if args.skip_all and code is EVERYTHING:
                continue
            runs = max(1, args.runs if code is not EVERYTHING else min(args.runs, 3))
            times = [_run(code, env) for _ in range(runs)]
            print(f"  {name:40s} {statistics.median(times):9.1f} / {min(times):9.1f}")
        loaded = _loaded_api_packages(env)
        print(f"  API packages loaded by `import selling_partner`: {loaded or 'none'}")
    if args.wheel:
        size, unpacked, files = _wheel_size()
        print(f"wheel: {size / 1e6:.2f} MB ({unpacked / 1e6:.1f} MB unpacked, {files} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
