"""The replay setting itself: network blocked, a missing recording fails loudly."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from _fo_calls import V2020, call_kwargs
from selling_partner import SellingPartner
from vcr.errors import CannotOverwriteExistingCassetteException


@pytest.mark.vcr
def test_network_is_blocked_exactly_when_replaying(recording: bool) -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        blocked = pytest.raises(RuntimeError, match="Network is disabled")
        with socket.socket() as client, blocked if not recording else contextlib.nullcontext():
            client.connect(server.getsockname())


# record_mode "none" even in a recording run: this cassette must never exist.
@pytest.mark.vcr(record_mode="none")
@pytest.mark.default_cassette("never_recorded.yaml")
def test_a_request_without_a_recording_fails_loudly(sp: SellingPartner) -> None:
    with pytest.raises(CannotOverwriteExistingCassetteException):
        sp.fulfillment_outbound_v2020_07_01.get_features(**call_kwargs(V2020, "get_features"))


def test_a_module_without_the_vcr_marker_cannot_use_the_clients(tmp_path: Path) -> None:
    # Unmarked, nothing would be replayed and the network would stay open: the client
    # would call Amazon's real endpoint. The clients refuse; run with this conftest.
    folder = tmp_path / "cassettes"
    folder.mkdir()
    shutil.copy(Path(__file__).with_name("conftest.py"), folder / "conftest.py")
    (folder / "test_unmarked.py").write_text(
        "def test_unmarked(sp):\n    sp.fulfillment_outbound_v2020_07_01\n", encoding="utf-8"
    )
    root = Path(__file__).resolve().parents[2]
    config = ["-c", str(root / "pyproject.toml"), "--rootdir", str(root)]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *config, str(folder)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parent)},  # _recording, _fo_calls
    )
    assert result.returncode != 0, result.stdout
    assert "without @pytest.mark.vcr" in result.stdout, result.stdout[-2000:]
