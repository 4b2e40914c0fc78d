"""The wheel and the sdist, built from a clean copy of the tree, install and import.

The copy holds exactly what a commit of the work tree would (`git ls-files`: tracked
and new files, nothing ignored), so a file that only exists in a developer's tree
cannot make the build pass. Both artefacts are built with the pinned hatchling,
checked for their contents, and installed in fresh venvs on every supported Python
this machine has (scripts/pythons.py), where `import selling_partner` must work.
The run-time dependencies come from PyPI (pip's cache) into one wheelhouse.
"""

from __future__ import annotations

import email
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
import pythons

ROOT = Path(__file__).resolve().parents[2]
PIP = [sys.executable, "-m", "pip", "-q", "--disable-pip-version-check"]


def _run(cmd: list[str], cwd: Path | None = None) -> str:
    out = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600, check=False)
    assert out.returncode == 0, f"{' '.join(cmd)} failed:\n{out.stdout}\n{out.stderr}"
    return out.stdout


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("dist")
    tree = tmp / "tree"
    listed = _run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], ROOT)
    for rel in filter(None, listed.split("\0")):
        src = ROOT / rel
        if src.is_file():  # a deleted, not yet committed file is not part of the tree
            (tree / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, tree / rel)
    _run([sys.executable, "-m", "hatchling", "build", "-d", str(tmp / "out")], tree)
    (wheel,) = (tmp / "out").glob("*.whl")
    (sdist,) = (tmp / "out").glob("*.tar.gz")
    # The sdist must build on its own: unpack it and build a wheel from it.
    with tarfile.open(sdist) as tar:
        tar.extractall(tmp / "unpacked", filter="data")
    (unpacked,) = (tmp / "unpacked").iterdir()
    _run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(tmp / "from-sdist")],
        unpacked,
    )
    (wheel_from_sdist,) = (tmp / "from-sdist").glob("*.whl")
    wheelhouse = tmp / "wheelhouse"
    # One download per interpreter tested: some dependencies (pydantic-core, through
    # typer) ship compiled wheels per Python version.
    for minor in sorted(pythons.find()):
        _run(
            [
                *PIP,
                "download",
                "--only-binary",
                ":all:",
                "--python-version",
                minor,
                "-d",
                str(wheelhouse),
                "hatchling>=1.27",
                str(wheel),
            ]
        )
    for size_of in (wheel, sdist):
        print(f"{size_of.name}: {size_of.stat().st_size / 1e6:.2f} MB")
    return {
        "wheel": wheel,
        "sdist": sdist,
        "wheel_from_sdist": wheel_from_sdist,
        "wheelhouse": wheelhouse,
    }


def test_wheel_carries_licence_notice_packages_and_metadata(dist: dict[str, Path]) -> None:
    from selling_partner import __version__

    for key in ("wheel", "wheel_from_sdist"):
        with zipfile.ZipFile(dist[key]) as whl:
            names = whl.namelist()
            info = f"selling_partner-{__version__}.dist-info"
            assert f"{info}/licenses/LICENSE" in names, key
            assert f"{info}/licenses/NOTICE" in names, key
            notice = whl.read(f"{info}/licenses/NOTICE").decode()
            assert "amzn/selling-partner-api-models" in notice
            assert "Copyright Amazon.com, Inc. or its affiliates" in notice
            assert "Apache License" in whl.read(f"{info}/licenses/LICENSE").decode()
            assert "selling_partner/__init__.py" in names
            assert "selling_partner_generated/operations.py" in names
            assert "selling_partner_generated/orders_v0/__init__.py" in names
            assert not [n for n in names if n.startswith(("tests/", "spec/", "scripts/"))]
            meta = email.message_from_bytes(whl.read(f"{info}/METADATA"))
            assert meta["Version"] == __version__
            assert meta["License-Expression"] == "Apache-2.0"
            classifiers = meta.get_all("Classifier") or []
            for minor in pythons.SUPPORTED:
                assert f"Programming Language :: Python :: {minor}" in classifiers
            assert "Typing :: Typed" in classifiers
            assert "selling_partner/py.typed" in names
            assert "selling_partner_generated/py.typed" in names
            assert meta.get_all("Project-URL")
            assert meta["Keywords"]


def test_sdist_carries_generated_overrides_licence_notice(dist: dict[str, Path]) -> None:
    with tarfile.open(dist["sdist"]) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    for needed in ("LICENSE", "NOTICE", "CHANGELOG.md", "README.md", "pyproject.toml"):
        assert needed in names
    assert "overrides/selling_partner/__init__.py" in names
    assert "generated/selling_partner_generated/operations.py" in names
    assert not [n for n in names if n.startswith(("tests/", ".cache/", "node_modules/"))]


INTERPRETERS = pythons.find()


@pytest.mark.parametrize("artefact", ["wheel", "sdist"])
@pytest.mark.parametrize("minor", sorted(INTERPRETERS))
def test_installs_in_a_fresh_venv_and_imports(
    dist: dict[str, Path], tmp_path: Path, minor: str, artefact: str
) -> None:
    venv = tmp_path / "venv"
    _run([INTERPRETERS[minor], "-m", "venv", "--without-pip", str(venv)])
    python = venv / "bin" / "python"
    # The dev venv's pip installs into the fresh venv (--python), offline from the
    # wheelhouse; an sdist is built by pip in an isolated environment, as a user's would be.
    _run(
        [
            *PIP,
            "--python",
            str(python),
            "install",
            "--no-compile",
            "--no-index",
            "--find-links",
            str(dist["wheelhouse"]),
            str(dist[artefact]),
        ]
    )
    out = _run(
        [
            str(python),
            "-I",
            "-c",
            "import sys, selling_partner, selling_partner_generated.operations as o;"
            "from selling_partner import SellingPartner;"
            "print('%d.%d' % sys.version_info[:2], selling_partner.__version__, len(o.OPERATIONS))",
        ]
    )
    version, pkg_version, apis = out.split()
    from selling_partner import __version__

    assert (version, pkg_version) == (minor, __version__)
    assert int(apis) > 60


def test_the_running_python_is_among_those_found() -> None:
    assert f"{sys.version_info[0]}.{sys.version_info[1]}" in INTERPRETERS


def test_version_defined_once_and_in_the_changelog() -> None:
    from selling_partner import __version__

    pyproject = (ROOT / "pyproject.toml").read_text()
    assert 'dynamic = ["version"]' in pyproject
    assert "\nversion =" not in pyproject
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert f"## [{__version__}] - " in changelog
    assert "## [Unreleased]" in changelog


def test_dev_update_adds_its_line_under_the_models_section(tmp_path: Path) -> None:
    import update_models

    changelog = tmp_path / "CHANGELOG.md"
    shutil.copy(ROOT / "CHANGELOG.md", changelog)
    before = changelog.read_text()
    update_models._add_changelog_line(
        changelog, tmp_path / "r.md", "a" * 40, "b" * 40, "2027-01-01", []
    )
    after = changelog.read_text()
    line = (
        "- 2027-01-01: models aaaaaaa -> bbbbbbb: 0 API(s) changed, 0 breaking ([report](r.md))\n"
    )
    assert after == before.replace("## [Unreleased]", line + "\n## [Unreleased]", 1)
    update_models._add_changelog_line(
        changelog, tmp_path / "s.md", "b" * 40, "c" * 40, "2027-02-01", []
    )
    newer = (
        "- 2027-02-01: models bbbbbbb -> ccccccc: 0 API(s) changed, 0 breaking ([report](s.md))\n"
    )
    assert changelog.read_text() == after.replace(line, newer + line, 1)
