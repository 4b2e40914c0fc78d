"""First-call benchmark: a fresh process builds a client and makes its first call.

The bench of record for issue 10: a new interpreter imports ``selling_partner``,
builds a ``SellingPartner`` and calls
``sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)``
against the local fake SP-API (``tests/fakes/fake_spapi``, started once in this
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
``--python-amazon-sp-api PY`` and ``--amazon-sdk PY`` (scratch venvs holding
python-amazon-sp-api, or Amazon's SDK ``amzn-sp-api``) add their first calls
against the same fake, for the issue's comparison on this machine.

Run: ``./dev bench`` or ``.venv/bin/python benchmarks/bench_first_call.py [--runs N] [--wheel]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "fakes"))

from fake_spapi import (  # noqa: E402  (tests/fakes/ is put on the path just above)
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


# python-amazon-sp-api's first call, pointed at the same fake (its LWA client's
# scheme and host, its endpoint), for a figure from the same machine and run.
PYTHON_AMAZON_SP_API = """
import json, time
t0, c0 = time.perf_counter(), time.process_time()
from sp_api.api import FulfillmentOutbound
from sp_api.auth import AccessTokenClient
t1 = time.perf_counter()
class Fake(AccessTokenClient):
    scheme = "http://"
    host = {host!r}
client = FulfillmentOutbound(
    credentials=dict(refresh_token={refresh_token!r}, lwa_app_id={client_id!r},
                     lwa_client_secret={client_secret!r}),
    auth_token_client_class=Fake)
client.endpoint = {endpoint!r}
result = client.get_package_tracking_details(packageNumber=1)
t2, c2 = time.perf_counter(), time.process_time()
assert result.payload, result
print(json.dumps({{"import": (t1 - t0) * 1000, "call": (t2 - t1) * 1000,
                  "total": (t2 - t0) * 1000, "cpu": (c2 - c0) * 1000}}))
"""


# Amazon's own SDK (amzn-sp-api), pointed at the same fake: its client, token and call.
AMAZON_SDK = """
import json, time, logging
t0, c0 = time.perf_counter(), time.process_time()
from spapi import FbaOutboundApi, SPAPIClient, SPAPIConfig
t1 = time.perf_counter()
logging.disable(logging.INFO)  # its import sets up INFO logging of every request
config = SPAPIConfig({client_id!r}, {client_secret!r}, refresh_token={refresh_token!r})
client = SPAPIClient(config, oauth_endpoint={token_url!r}, endpoint={endpoint!r})
result = FbaOutboundApi(client.api_client).get_package_tracking_details(package_number=1)
t2, c2 = time.perf_counter(), time.process_time()
assert result.payload, result
print(json.dumps({{"import": (t1 - t0) * 1000, "call": (t2 - t1) * 1000,
                  "total": (t2 - t0) * 1000, "cpu": (c2 - c0) * 1000}}))
"""


# The floor for any client on httpx: import it, fetch a token, make the call,
# decode the JSON (no model, no limiter, no retries).
BARE_HTTPX = """
import json, time
t0, c0 = time.perf_counter(), time.process_time()
import httpx
t1 = time.perf_counter()
with httpx.Client() as client:
    token = client.post({token_url!r}, data=dict(
        grant_type="refresh_token", refresh_token={refresh_token!r},
        client_id={client_id!r}, client_secret={client_secret!r})).json()["access_token"]
    answer = client.get({endpoint!r} + "/fba/outbound/2020-07-01/tracking",
                        params={{"packageNumber": 1}}, headers={{"x-amz-access-token": token}})
    result = json.loads(answer.content)
t2, c2 = time.perf_counter(), time.process_time()
assert result["payload"], result
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


# What a user's `pip install selling-partner` brings (runtime dependencies and
# theirs), at the versions the dev venv holds.
RUNTIME = (
    "httpx",
    "httpcore",
    "h11",
    "anyio",
    "sniffio",
    "idna",
    "certifi",
    "attrs",
    "python-dateutil",
    "six",
    "platformdirs",
    "typing_extensions",
)


def _user_python() -> str:
    """A venv holding only the runtime dependencies (no dev tools, no `cli` extra).

    The dev venv also holds click and rich (the `cli` extra, pytest, mkdocs):
    with them installed `import httpx` imports httpx's own command line, which a
    user without them does not pay for. Made once in the ignored `.cache/`.
    """
    from importlib import metadata

    home = ROOT / ".cache" / "bench-user-venv"
    pins = []
    for name in RUNTIME:
        try:
            pins.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    stamp = home / "pins.txt"
    python = home / "bin" / "python"
    if not python.exists() or not stamp.exists() or stamp.read_text() != "\n".join(pins):
        shutil.rmtree(home, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(home)], check=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "-q",
                "--disable-pip-version-check",
                "--python",
                str(python),
                "install",
                "--no-deps",
                *pins,
            ],
            check=True,
        )
        stamp.write_text("\n".join(pins))
    return str(python)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="fresh interpreters")
    parser.add_argument("--wheel", action="store_true", help="also build the wheel, print size")
    parser.add_argument("--compare", type=Path, help="another checkout to measure alongside")
    parser.add_argument(
        "--python-amazon-sp-api",
        metavar="PYTHON",
        help="a scratch venv's python holding python-amazon-sp-api: its first call alongside",
    )
    parser.add_argument(
        "--amazon-sdk",
        metavar="PYTHON",
        help="a scratch venv's python holding Amazon's SDK (amzn-sp-api): its first call alongside",
    )
    parser.add_argument(
        "--dev-venv",
        action="store_true",
        help="run in the dev venv (click, rich, pytest... installed) instead of a venv"
        " holding only the runtime dependencies, as a user's install has",
    )
    args, _ = parser.parse_known_args(argv)  # ./dev bench passes its arguments to every script
    # name -> (python, PYTHONPATH tree or None, child code)
    python = sys.executable if args.dev_venv else _user_python()
    where = "dev venv" if args.dev_venv else "runtime dependencies only"
    with FakeSpApi() as server, tempfile.TemporaryDirectory(prefix="bench-pyc-") as pyc:
        facts = {
            "client_id": FAKE_CLIENT_ID,
            "client_secret": FAKE_CLIENT_SECRET,
            "refresh_token": FAKE_REFRESH_TOKEN,
            "endpoint": server.endpoint,
            "token_url": server.token_url,
        }
        code = CHILD.format(**facts)
        children: dict[str, tuple[str, Path | None, str]] = {
            f"this tree, {where}": (python, ROOT, code)
        }
        children["bare httpx (the floor for an httpx client)"] = (
            python,
            None,
            BARE_HTTPX.format(**facts),
        )
        if args.compare is not None:
            children[f"{args.compare}, {where}"] = (python, args.compare, code)
        if args.python_amazon_sp_api:
            host = server.endpoint.split("://", 1)[1]
            children["python-amazon-sp-api"] = (
                args.python_amazon_sp_api,
                None,
                PYTHON_AMAZON_SP_API.format(host=host, **facts),
            )
        if args.amazon_sdk:
            children["Amazon's SDK (amzn-sp-api)"] = (
                args.amazon_sdk,
                None,
                AMAZON_SDK.format(**facts),
            )
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in children}
        for i in range(max(1, args.runs) + 1):
            for n, (name, (interpreter, tree, child)) in enumerate(children.items()):
                env = dict(os.environ, PYTHONPYCACHEPREFIX=f"{pyc}/{n}")
                env.pop("PYTHONDONTWRITEBYTECODE", None)
                if tree is not None:
                    env["PYTHONPATH"] = f"{tree / 'overrides'}{os.pathsep}{tree / 'generated'}"
                out = subprocess.run(
                    [interpreter, "-c", child],
                    capture_output=True,
                    text=True,
                    check=True,
                    env=env,
                ).stdout
                if i:  # the first run only fills the bytecode cache
                    runs[name].append(json.loads(out.strip().splitlines()[-1]))
    for name, measured in runs.items():
        print(
            f"first call against the local fake, {name}"
            f" (median / min of {len(measured)}, ms; targets: import < 40, total < 60)"
        )
        for key, label in (
            ("import", "import the library"),
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
