"""Fixtures of the Prism request-contract tests (see ``_prism.py``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from _prism import PrismServer, fo_model_paths, start_prism, stop

# The contract tests send the very calls the cassette tests make (tests/cassettes/_fo_calls.py).
_CASSETTES = str(Path(__file__).resolve().parents[1] / "cassettes")
if _CASSETTES not in sys.path:
    sys.path.append(_CASSETTES)


@pytest.fixture(scope="session")
def prism_servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, PrismServer]]:
    """Start one Prism per FO model; yield package -> server; stop them at the end."""
    if shutil.which("node") is None:
        pytest.fail("node is not on PATH: Prism (npm) needs it", pytrace=False)
    work = tmp_path_factory.mktemp("prism")
    servers: dict[str, PrismServer] = {}
    procs: list[subprocess.Popen[bytes]] = []
    env = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"}
    try:
        for package, model in fo_model_paths().items():
            proc, server = start_prism(package, model, work, env)
            procs.append(proc)
            servers[package] = server
        yield servers
    finally:
        stop(procs)
