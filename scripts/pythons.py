"""The CPython interpreters this machine has, for the CI matrix and the packaging test.

Looks for each supported minor version on PATH (`python3.12`), then among pyenv's
installed versions (whose shims refuse a version that is not selected), and keeps
only interpreters that run and report the version asked for. Nothing is downloaded:
a version that is not on the machine is reported missing, never faked.

    python scripts/pythons.py            # one "3.12 /path/to/python3.12" line per interpreter found
    python scripts/pythons.py --missing  # the supported versions not found
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys

SUPPORTED = ("3.11", "3.12", "3.13")


def _version_of(python: str) -> str | None:
    try:
        out = subprocess.run(
            [python, "-c", "import sys, ssl, venv; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def _candidates(minor: str) -> list[str]:
    found = []
    on_path = shutil.which(f"python{minor}")
    if on_path:
        found.append(on_path)
    roots = [os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")]
    for root in roots:
        found += sorted(
            glob.glob(os.path.join(root, "versions", f"{minor}.*", "bin", f"python{minor}"))
        )
    return found


def find(minors: tuple[str, ...] = SUPPORTED) -> dict[str, str]:
    """Minor version -> a working interpreter's path, for each version found."""
    out: dict[str, str] = {}
    for minor in minors:
        for python in _candidates(minor):
            if _version_of(python) == minor:
                out[minor] = python
                break
    return out


def main(argv: list[str]) -> int:
    found = find()
    if "--missing" in argv:
        for minor in SUPPORTED:
            if minor not in found:
                print(minor)
        return 0
    for minor, python in found.items():
        print(minor, python)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
