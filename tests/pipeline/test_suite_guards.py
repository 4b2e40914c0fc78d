"""The suite's own settings make a data-driven test family fail loudly when its data is empty."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(tmp_path: Path, body: str) -> subprocess.CompletedProcess[str]:
    test = tmp_path / "test_planted.py"
    test.write_text("import pytest\n\n" + body, encoding="utf-8")
    config = ["-c", str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path)]
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *config, str(test)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_an_empty_parametrisation_fails_the_run(tmp_path: Path) -> None:
    result = _run(
        tmp_path,
        '@pytest.mark.parametrize("case", [])\ndef test_cases(case: object) -> None:\n    pass\n',
    )
    assert result.returncode != 0, result.stdout
    assert "Empty parameter set" in result.stdout + result.stderr


def test_an_xfail_that_passes_fails_the_run(tmp_path: Path) -> None:
    result = _run(tmp_path, "@pytest.mark.xfail(reason='gap')\ndef test_gap() -> None:\n    pass\n")
    assert result.returncode == 1, result.stdout
    assert "XPASS(strict)" in result.stdout
