"""Stoplight Prism serving Amazon's unmodified Fulfillment Outbound models.

Amazon's models are the contract for what the client sends. A session fixture
takes each FO model from the verified model cache (``scripts/fetch_models.py``,
the pinned upstream bytes, no patch applied), converts it to OpenAPI 3 with the
pinned swagger2openapi into a temporary directory, and starts the pinned
``prism mock --errors`` on 127.0.0.1 and a free port. Prism validates every
request against the model and reports what is wrong in an ``sl-violations``
response header. The servers are stopped when the session ends.

Nothing here reads our own generator's output: the check stands apart from it.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / "node_modules" / ".bin"
# The FO packages of spec/registry.toml (one Prism server each).
FO_PACKAGES = ("fulfillment_outbound_v2020_07_01", "fulfillment_outbound_v2026_07_04")
START_TIMEOUT = 60.0  # seconds; Prism needs about 2 s here, more on a loaded CI machine
PORT_ATTEMPTS = 3  # a free port taken by another process before Prism binds it


@dataclass(frozen=True)
class PrismServer:
    """One running Prism mock server.

    Attributes:
        package: the API package whose model it serves.
        url: its base URL (``http://127.0.0.1:<port>``).
        spec: the converted OpenAPI 3 document it serves.
        log: the file holding Prism's output (its request verdicts).
    """

    package: str
    url: str
    spec: Path
    log: Path


def _tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        pytest.fail(
            f"{path} is missing: run `./dev setup` (npm ci installs the pinned npm tools)",
            pytrace=False,
        )
    return str(path)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_listening(proc: subprocess.Popen[bytes], port: int, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(
                f"Prism exited with {proc.returncode} before listening:\n"
                + log.read_text(errors="replace")[-4000:],
                pytrace=False,
            )
        # Prism prints this line once every route is mounted; a bare TCP accept
        # could come earlier than that.
        if "Prism is listening" in log.read_text(errors="replace"):
            with socket.create_connection(("127.0.0.1", port), timeout=1.0):
                return
        time.sleep(0.1)  # waiting for a child process, not timing the code under test
    pytest.fail(
        f"Prism did not listen within {START_TIMEOUT}s:\n"
        + log.read_text(errors="replace")[-4000:],
        pytrace=False,
    )


def fo_model_paths() -> dict[str, Path]:
    """The verified cached upstream FO models (fetched from the mirror if needed)."""
    from fetch_models import fetch
    from spec_registry import load_registry

    registry = load_registry()
    return fetch([registry.get(p) for p in FO_PACKAGES], registry=registry)


def convert(model: Path, out: Path) -> Path:
    """Convert one Swagger 2.0 model to OpenAPI 3 with the pinned swagger2openapi."""
    result = subprocess.run(
        [_tool("swagger2openapi"), str(model), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    if result.returncode != 0 or not out.is_file():
        pytest.fail(
            f"swagger2openapi refused the unmodified model {model.name}:\n{result.stderr[-4000:]}",
            pytrace=False,
        )
    return out


def start_prism(
    package: str, model: Path, work: Path, env: dict[str, str]
) -> tuple[subprocess.Popen[bytes], PrismServer]:
    """Convert ``model`` and start Prism on it; return once it listens.

    The free port is picked before Prism binds it, so on this shared machine
    another process may take it first: Prism then exits with EADDRINUSE and is
    started again on another port (at most ``PORT_ATTEMPTS`` times).
    """
    spec = convert(model, work / f"{package}.openapi.json")
    log = work / f"{package}.log"
    for attempt in range(1, PORT_ATTEMPTS + 1):
        port = _free_port()
        with log.open("wb") as sink:
            proc = subprocess.Popen(
                [_tool("prism"), "mock", "--errors", "-h", "127.0.0.1", "-p", str(port), str(spec)],
                stdout=sink,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,
            )
        try:
            _wait_listening(proc, port, log)
        except pytest.fail.Exception:
            stop([proc])
            if attempt < PORT_ATTEMPTS and "EADDRINUSE" in log.read_text(errors="replace"):
                continue
            raise
        except BaseException:
            stop([proc])
            raise
        return proc, PrismServer(package, f"http://127.0.0.1:{port}", spec, log)
    raise AssertionError("unreachable: the last attempt returns or raises")


def _signal_group(proc: subprocess.Popen[bytes], sig: signal.Signals) -> None:
    # Each server runs in its own session (start_new_session), so its process
    # group holds every child it forked (Prism's --multiprocess HTTP server).
    with contextlib.suppress(ProcessLookupError):  # the whole group has already exited
        os.killpg(proc.pid, sig)


def stop(procs: list[subprocess.Popen[bytes]]) -> None:
    """Terminate each server's process group, killing any that does not stop in 10 s."""
    for proc in procs:
        _signal_group(proc, signal.SIGTERM)
    for proc in procs:
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=10)
        # Children that ignored SIGTERM, or outlived their parent, go too.
        _signal_group(proc, signal.SIGKILL)
        proc.wait(timeout=10)
