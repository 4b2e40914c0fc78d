"""The Prism contract check can fail: a request that breaks the model is flagged."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
from pathlib import Path

import _prism
import httpx
import pytest
from _prism import PrismServer, stop


def _violations(response: httpx.Response) -> list[dict[str, object]]:
    raw = response.headers.get("sl-violations")
    return [] if raw is None else list(json.loads(raw))


def test_prism_flags_a_missing_required_query_parameter(
    prism_servers: dict[str, PrismServer],
) -> None:
    server = prism_servers["fulfillment_outbound_v2020_07_01"]
    response = httpx.get(f"{server.url}/fba/outbound/2020-07-01/features", timeout=30)
    messages = [str(v["message"]) for v in _violations(response)]
    assert any("marketplaceid" in m.lower() for m in messages), messages


def test_prism_flags_a_value_outside_the_enum_and_an_overlong_header(
    prism_servers: dict[str, PrismServer],
) -> None:
    server = prism_servers["fulfillment_outbound_v2026_07_04"]
    response = httpx.get(
        f"{server.url}/fulfillment/outbound/2026-07-04/orders",
        params={"updatedAfter": "2026-11-01T00:00:00Z", "shipments": "SOMETIMES"},
        headers={"x-amzn-fulfillment-service-id": "F" * 41},
        timeout=30,
    )
    locations = sorted(str(v["location"]) for v in _violations(response))
    assert locations == [
        "['request', 'header', 'x-amzn-fulfillment-service-id']",
        "['request', 'query', 'shipments']",
    ]


def test_prism_accepts_a_request_that_follows_the_model(
    prism_servers: dict[str, PrismServer],
) -> None:
    server = prism_servers["fulfillment_outbound_v2020_07_01"]
    response = httpx.get(
        f"{server.url}/fba/outbound/2020-07-01/features",
        params={"marketplaceId": "ATVPDKIKX0DER"},
        timeout=30,
    )
    assert _violations(response) == []
    assert response.status_code == 200


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")  # a zombie has ended; only its exit status is left


def test_stop_ends_the_children_of_a_server_too(tmp_path: Path) -> None:
    # Prism forks its HTTP server when NODE_ENV=production (--multiprocess):
    # stopping the CLI process alone would leave that child serving.
    pid_file = tmp_path / "child.pid"
    proc = subprocess.Popen(
        ["sh", "-c", f"sleep 300 & echo $! > {pid_file}; wait"], start_new_session=True
    )
    for _ in range(500):  # bounded: the shell writes the file at once
        if pid_file.exists() and pid_file.read_text().strip():
            break
        time.sleep(0.01)
    child = int(pid_file.read_text())
    stop([proc])
    assert proc.returncode is not None
    for _ in range(500):  # the signal is delivered asynchronously
        if not _alive(child):
            break
        time.sleep(0.01)
    assert not _alive(child)


def test_a_port_taken_before_prism_binds_it_is_retried_on_another(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Free ports are picked then handed to Prism: another process on this shared
    # machine may take one in between. Prism then exits (EADDRINUSE); start again.
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        ports = iter([busy.getsockname()[1], _prism._free_port()])
        monkeypatch.setattr(_prism, "_free_port", lambda: next(ports))
        package = "fulfillment_outbound_v2020_07_01"
        env = {**os.environ, "NO_COLOR": "1"}
        proc, server = _prism.start_prism(package, _prism.fo_model_paths()[package], tmp_path, env)
        try:
            assert server.url != f"http://127.0.0.1:{busy.getsockname()[1]}"
            response = httpx.get(f"{server.url}/fba/outbound/2020-07-01/features", timeout=30)
            assert "sl-violations" in response.headers
        finally:
            stop([proc])
