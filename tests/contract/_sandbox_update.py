"""Rewrite ``sandbox_errors.toml`` and ``counts.json`` from a fresh replay of every case.

Usage (from the project root)::

    .venv/bin/python tests/contract/_sandbox_update.py          # rewrite both files
    .venv/bin/python tests/contract/_sandbox_update.py --check  # exit 1 if either is stale

Review the diff: every new entry is a case that breaks Amazon's model or one
our client does not handle; the latter is a gap to report, not to hide.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
for extra in (ROOT / "scripts", HERE.parent):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from contract import _sandbox as sandbox  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    cases = sandbox.all_cases()
    found = {case: sandbox.problems(case) for case in cases}
    listed_text = sandbox.render_listed(found)
    listing = {case.id: {"violations": p} for case, p in found.items() if p}
    counts_text = sandbox.render_counts(sandbox.counts(listing))
    stale = []
    for path, text in ((sandbox.LISTED_PATH, listed_text), (sandbox.COUNTS_PATH, counts_text)):
        current = path.read_text("utf-8") if path.exists() else None
        if current != text:
            stale.append(path.name)
            if not args.check:
                path.write_text(text, "utf-8")
    elapsed = time.perf_counter() - started
    print(
        f"{len(cases)} sandbox cases, {len(listing)} listed, "
        f"{len(cases) - len(listing)} passing, in {elapsed:.1f} s"
    )
    if stale:
        print(("stale: " if args.check else "rewrote: ") + ", ".join(stale))
    return 1 if stale and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
