"""What the committed cassettes cover, and that each one replays byte-consistently.

Reads the cassette files themselves (no client): every Fulfillment Outbound
operation of the generated table has at least one recorded exchange, and every
recorded body has the length its ``Content-Length`` header says.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from _fo_calls import FO_OPERATIONS
from _recording import cassette_root
from selling_partner._operations import OperationIndex
from vcr_scrub import iter_cassettes

pytestmark = pytest.mark.reads_cassettes

FO_PACKAGES = {package for package, _ in FO_OPERATIONS}


def _interactions() -> list[tuple[Path, dict[str, object]]]:
    out = []
    for path in iter_cassettes(cassette_root()):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
        out += [(path, i) for i in data["interactions"]]
    return out


def test_every_fo_operation_has_a_recorded_success() -> None:
    index = OperationIndex.default()
    expected = {(p, n) for p in FO_PACKAGES for n in index.operations(p)}
    assert len(expected) == 23  # 14 in 2020-07-01, 9 in 2026-07-04
    covered = set()
    for _, interaction in _interactions():
        request, response = interaction["request"], interaction["response"]
        assert isinstance(request, dict) and isinstance(response, dict)
        op = index.lookup(str(request["method"]), urlsplit(str(request["uri"])).path)
        if op is not None and 200 <= int(response["status"]["code"]) < 300:
            covered.add((op.package, op.name))
    assert expected - covered == set()


def test_every_recorded_body_matches_its_content_length() -> None:
    checked = 0
    for path, interaction in _interactions():
        for part in ("request", "response"):
            message = interaction[part]
            assert isinstance(message, dict)
            body = message["body"]["string"] if part == "response" else message["body"]
            raw = body.encode("utf-8") if isinstance(body, str) else bytes(body or b"")
            for name, values in (message.get("headers") or {}).items():
                if name.lower() == "content-length":
                    assert int(values[0]) == len(raw), f"{path.name}: {part} Content-Length"
                    checked += 1
    assert checked > 0
