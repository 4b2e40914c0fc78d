"""The built wheel in a fresh venv: console script, `sandbox serve`, a user's pytest project.

Offline: the wheel is built with the pinned hatchling from the dev venv, installed
with ``pip --no-index --no-deps``; its dependencies (httpx, typer, ...) come from
the dev venv's site-packages through a ``.pth`` line (a plain directory, so the
editable install there is not picked up: ``selling_partner`` is the wheel's).
Amazon's models reach the fake through ``SPAPI_MODELS_MIRROR`` (the pipeline's
verified cache) into a temporary user cache, as a user's would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fetch_models import fetch
from selling_partner.testing import FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN
from spec_registry import ROOT, load_registry

USER_TEST = """
import pytest
from selling_partner import NotFoundError


def test_tracking(offline_sp):
    t = offline_sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)
    assert t.payload.current_status == "DELIVERED"


def test_not_found_and_controls(offline_sp, offline_spapi):
    tracking = "fulfillment_outbound_v2020_07_01.getPackageTrackingDetails"
    offline_spapi.respond_next(tracking, 404, {"errors": [{"code": "NotFound", "message": "no"}]})
    with pytest.raises(NotFoundError) as caught:
        offline_sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=2)
    assert caught.value.errors[0].code == "NotFound"
    assert offline_spapi.calls(tracking) == 1
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("selling_partner-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("venv")
    # No pip of its own (ensurepip is slow): the dev venv's pip installs into it.
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(home)], check=True, capture_output=True
    )
    python = home / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    subprocess.run(
        [*pip, "install", "-q", "--no-index", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
    )
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(purelib, "_dev_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return home


@pytest.fixture(scope="module")
def user_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    registry = load_registry()
    fetch([registry.get("fulfillment_outbound_v2020_07_01")], registry=registry)
    mirror = ROOT / ".cache" / "models" / registry.commit
    keep = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "TMPDIR")}
    return {
        **keep,
        "SPAPI_MODELS_MIRROR": str(mirror),
        "SELLING_PARTNER_CACHE": str(tmp_path_factory.mktemp("user-cache")),
        "SELLING_PARTNER_CONFIG": str(tmp_path_factory.mktemp("cfg") / "none.toml"),
        "SELLING_PARTNER_CLIENT_ID": FAKE_CLIENT_ID,
        "SELLING_PARTNER_CLIENT_SECRET": FAKE_CLIENT_SECRET,
        "SELLING_PARTNER_REFRESH_TOKEN": FAKE_REFRESH_TOKEN,
    }


def test_the_wheel_ships_no_amazon_model(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "selling_partner/testing/registry.toml" in names
    assert "selling_partner/testing/_fake/_server.py" in names
    assert "selling_partner/cli/_app.py" in names
    assert not [n for n in names if n.startswith("models/") or "-model/" in n]
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "selling-partner = selling_partner.cli:main" in text
    assert "selling_partner = selling_partner.testing.pytest_plugin" in text


@pytest.fixture
def served(venv: Path, user_env: dict[str, str], tmp_path: Path) -> Iterator[tuple[str, Path]]:
    log = tmp_path / "serve.err"
    with log.open("wb") as err:
        proc = subprocess.Popen(
            [str(venv / "bin" / "selling-partner"), "sandbox", "serve", "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=err,
            env=user_env,
            cwd=tmp_path,
        )
        try:
            assert proc.stdout is not None
            first = proc.stdout.readline().decode()
            assert first.startswith("offline SP-API on http://127.0.0.1:"), log.read_text()
            yield first.split()[3], log
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def test_serve_then_call_with_the_installed_script(
    venv: Path, user_env: dict[str, str], served: tuple[str, Path], tmp_path: Path
) -> None:
    endpoint, log = served
    where = subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-c",
            "import selling_partner; print(selling_partner.__file__)",
        ],
        capture_output=True,
        text=True,
        env=user_env,
        check=True,
    ).stdout
    assert where.startswith(str(venv)), where
    result = subprocess.run(
        [
            str(venv / "bin" / "selling-partner"),
            "--endpoint",
            endpoint,
            "--token-url",
            endpoint + "/auth/o2/token",
            "call",
            "fulfillment_outbound_v2020_07_01",
            "get_package_tracking_details",
            "--param",
            "package_number=1",
        ],
        capture_output=True,
        text=True,
        env=user_env,
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["payload"]["currentStatus"] == "DELIVERED"
    # the model came from the mirror into the user's cache, and the server said so once
    cached = list(
        Path(user_env["SELLING_PARTNER_CACHE"]).rglob("fulfillmentOutbound_2020-07-01.json")
    )
    assert len(cached) == 1
    assert log.read_text().count("fetching Amazon's SP-API models") == 1
    bad = subprocess.run(
        [str(venv / "bin" / "selling-partner"), "call", "orders_v0", "nope"],
        capture_output=True,
        text=True,
        env=user_env,
        timeout=60,
    )
    assert bad.returncode == 2
    assert "API orders_v0 has no operation 'nope'" in bad.stderr


def test_a_user_project_uses_the_pytest_fixtures(
    venv: Path, user_env: dict[str, str], tmp_path: Path
) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "pytest.ini").write_text("[pytest]\n")
    (project / "test_mine.py").write_text(USER_TEST)
    result = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        capture_output=True,
        text=True,
        env=user_env,
        cwd=project,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout
