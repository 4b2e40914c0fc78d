"""The command line is the `cli` extra: without it the console script says what to install.

typer and rich are not runtime dependencies: with click and rich installed,
`import httpx` also imports httpx's own command line (httpx._main, ~70 ms here),
which every user of the library paid on the first call.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A fresh interpreter where typer (the extra) cannot be imported, as in an install
# without `selling-partner[cli]`.
WITHOUT_EXTRA = """
import sys
class Hide:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("typer", "rich", "click"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, Hide())
import selling_partner.cli
selling_partner.cli.main()
"""


def test_runtime_dependencies_leave_the_command_line_out() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = {d.split(">")[0].split("=")[0].split("<")[0].strip() for d in project["dependencies"]}
    assert not names & {"typer", "rich", "click"}, names
    extra = {d.split(">")[0].strip() for d in project["optional-dependencies"]["cli"]}
    assert {"typer", "rich"} <= extra


def test_console_script_without_the_extra_names_it() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", WITHOUT_EXTRA], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 2, proc.stderr
    assert "pip install 'selling-partner[cli]'" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_importing_the_cli_package_needs_no_extra() -> None:
    code = WITHOUT_EXTRA.replace(
        "selling_partner.cli.main()", "print(selling_partner.cli.main.__name__)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "main"
