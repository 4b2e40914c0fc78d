"""Issue 10: the surface users touch is typed, to mypy --strict, pyright, jedi and at run time.

The static checks run against a wheel built from this tree and installed in a
fresh venv (so they prove the ``py.typed`` markers ship): ``user_code/`` is
user-style code; ``reference.py`` must check clean (its ``assert_type`` lines
pin the result types), and every line of ``flagged.py`` marked ``# flagged``
must be reported by both checkers, and no other line.
"""

from __future__ import annotations

import inspect
import json
import os
import pydoc
import re
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest
from fake_spapi import FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN
from selling_partner import (
    AsyncSellingPartner,
    InvalidArgumentError,
    RetiredOperationError,
    SellingPartner,
)
from selling_partner_generated import operations as table

ROOT = Path(__file__).resolve().parents[2]
USER_CODE = Path(__file__).resolve().parent / "user_code"
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
FO = "fulfillment_outbound_v2020_07_01"
SETTINGS = {
    "client_id": FAKE_CLIENT_ID,
    "client_secret": FAKE_CLIENT_SECRET,
    "refresh_token": FAKE_REFRESH_TOKEN,
    "region": "na",
    "env": {},
}


def _flagged_lines() -> set[int]:
    text = (USER_CODE / "flagged.py").read_text("utf-8").splitlines()
    lines = {n for n, line in enumerate(text, 1) if "  # flagged:" in line}
    assert len(lines) >= 10
    return lines


@pytest.fixture(scope="session")
def wheel_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel built from this tree (and its dependencies) installed."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(ROOT), "-w", str(work)],
        check=True,
        capture_output=True,
    )
    [wheel] = work.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert {"selling_partner/py.typed", "selling_partner_generated/py.typed"} <= names
    assert f"selling_partner_generated/{FO}/accessors.py" in names
    target = work / "venv"
    venv.create(target, with_pip=True)
    python = target / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)],
        check=True,
        capture_output=True,
    )
    return python


def _mypy_errors(python: Path, cache: Path) -> dict[str, set[int]]:
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            os.devnull,
            "--python-executable",
            str(python),
            "--cache-dir",
            str(cache),
            str(USER_CODE),
        ],
        capture_output=True,
        text=True,
        cwd=USER_CODE,
    )
    found: dict[str, set[int]] = {}
    for line in run.stdout.splitlines():
        match = re.match(r"(?:.*/)?(\w+\.py):(\d+): error:", line)
        if match:
            found.setdefault(match.group(1), set()).add(int(match.group(2)))
    assert "Found" in run.stdout or "Success" in run.stdout, run.stdout + run.stderr
    return found


def test_mypy_strict_types_results_and_flags_every_mistake(
    wheel_venv: Path, tmp_path: Path
) -> None:
    errors = _mypy_errors(wheel_venv, tmp_path / "mypy-cache")
    assert errors.get("reference.py", set()) == set()
    assert errors.get("flagged.py", set()) == _flagged_lines()


def test_pyright_strict_types_results_and_flags_every_mistake(wheel_venv: Path) -> None:
    run = subprocess.run(
        [
            str(PYRIGHT),
            "-p",
            str(USER_CODE.parent / "pyrightconfig.json"),
            "--pythonpath",
            str(wheel_venv),
            "--outputjson",
            str(USER_CODE),
        ],
        capture_output=True,
        text=True,
    )
    report = json.loads(run.stdout)
    errors: dict[str, set[int]] = {}
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            name = Path(diagnostic["file"]).name
            errors.setdefault(name, set()).add(diagnostic["range"]["start"]["line"] + 1)
    assert report["summary"]["filesAnalyzed"] == 2
    assert errors.get("reference.py", set()) == set()
    assert errors.get("flagged.py", set()) == _flagged_lines()


def test_jedi_completes_apis_operations_and_signatures(wheel_venv: Path) -> None:
    # jedi (an editor's static completion) in the wheel's venv, in a child process.
    probe = f"""
import json, jedi
env = jedi.create_environment({str(wheel_venv)!r}, safe=False)
head = "from selling_partner import SellingPartner\\nsp = SellingPartner()\\n"
def complete(tail):
    script = jedi.Script(head + tail, path="user.py", environment=env)
    return [c.name for c in script.complete(3, len(tail))]
call = "sp.{FO}.get_package_tracking_details("
signatures = jedi.Script(head + call, path="user.py", environment=env).get_signatures(3, len(call))
print(json.dumps({{
    "sp": complete("sp."),
    "fo": complete("sp.{FO}."),
    "signatures": [s.to_string() for s in signatures],
    "params": [p.to_string() for s in signatures for p in s.params],
}}))
"""
    run = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    found = json.loads(run.stdout)
    assert set(table.OPERATIONS) <= set(found["sp"])
    assert len([n for n in found["sp"] if n in table.OPERATIONS]) == 66
    operations = [n for n in found["fo"] if not n.startswith("_")]
    assert sorted(operations) == sorted(table.OPERATIONS[FO]) and len(operations) == 14
    assert found["params"] == ["package_number: int", "strict: bool | None=None"]


@pytest.mark.parametrize("kind", [SellingPartner, AsyncSellingPartner])
def test_signature_help_and_dir_show_the_real_parameters(kind: type[SellingPartner]) -> None:
    sp = kind(**SETTINGS)  # type: ignore[arg-type]
    call = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details
    signature = inspect.signature(call)
    assert str(signature) == (
        "(*, package_number: int, strict: bool | None = None)"
        " -> 'GetPackageTrackingDetailsResponse'"
    )
    assert list(inspect.signature(call.detailed).parameters) == ["package_number", "strict"]
    text = pydoc.render_doc(call, renderer=pydoc.plaintext)
    for fact in (
        "getPackageTrackingDetails: GET /fba/outbound/2020-07-01/tracking",
        "Rate limit: 2 requests/second, burst 30.",
        "https://developer-docs.amazon.com/sp-api/reference/getpackagetrackingdetails",
        "detailed(self, *, package_number: int, strict: bool | None = None)",
    ):
        assert fact in text
    assert set(table.OPERATIONS) <= set(dir(sp))
    assert set(table.OPERATIONS[FO]) <= set(dir(sp.fulfillment_outbound_v2020_07_01))
    # Paginated, restricted and grantless operations say so.
    orders = inspect.getdoc(sp.orders_v0.get_orders) or ""
    assert "Paginated: next-page token NextToken" in orders and "Restricted:" in orders
    assert "restricted" in inspect.signature(sp.orders_v0.get_orders).parameters
    assert "Grantless:" in (inspect.getdoc(sp.notifications_v1.get_destinations) or "")


@pytest.mark.parametrize("kind", [SellingPartner, AsyncSellingPartner])
def test_names_retired_operations_and_did_you_mean_keep_working(
    kind: type[SellingPartner],
) -> None:
    sp = kind(**SETTINGS)  # type: ignore[arg-type]
    api: object = sp.fulfillment_outbound_v2020_07_01
    assert api is sp.fulfillment_outbound_v2020_07_01
    call = getattr(api, "get_package_tracking_details")  # noqa: B009
    assert call is getattr(api, "get_package_tracking_details")  # noqa: B009
    assert call.operation.operation_id == "getPackageTrackingDetails"
    assert "getpackagetrackingdetails" in repr(call)
    with pytest.raises(AttributeError, match="did you mean get_package_tracking_details"):
        getattr(api, "get_package_tracking_detail")  # noqa: B009
    with pytest.raises(AttributeError, match=f"did you mean {FO}"):
        getattr(sp, "fulfillment_outbound_v2020_07_1")  # noqa: B009
    with pytest.raises(RetiredOperationError, match="reports_v2021_06_30"):
        getattr(sp, "reports_v2020_09_04")  # noqa: B009
    with pytest.raises(RetiredOperationError, match="removed by Amazon"):
        getattr(sp.catalog_items_v0, "list_catalog_items")  # noqa: B009
    # Python binds the typed signature: an unknown keyword fails before anything is sent.
    with pytest.raises(TypeError, match="unexpected keyword argument 'package_numbr'"):
        call(package_numbr=1)
    with pytest.raises(TypeError, match="positional"):
        call(1)
    # Amazon's name of a parameter: type checkers flag it; at run time the error names
    # the Python name (InvalidArgumentError is a TypeError), for every method.
    for method in (call, call.detailed):
        with pytest.raises(InvalidArgumentError, match=r"packageNumber= .*pass package_number="):
            method(packageNumber=1)
    # A non-paging operation still says which call to use (at run time too).
    with pytest.raises(Exception, match="does not page"):
        call.pages(package_number=1)


def test_pyright_is_pinned_and_installed() -> None:
    pinned = json.loads((ROOT / "package.json").read_text("utf-8"))["devDependencies"]["pyright"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", pinned)
    assert PYRIGHT.exists() or shutil.which("pyright"), "run ./dev setup (npm ci)"
