"""Run the recording workflow into a scratch folder and check its result (``./dev record --check``).

1. copy the committed cassettes (``tests/cassettes/cassettes``) to a scratch folder;
2. record every cassette again into it against the local fake SP-API (the
   ``vcr`` tests, ``--record-mode=rewrite``; ``SPAPI_RECORD_TARGET`` is forced
   to ``fake``: this check never talks to Amazon);
3. replay the scratch folder offline, network blocked, with the secret and PII
   scan and the coverage checks (the ``vcr`` and ``reads_cassettes`` tests,
   ``SPAPI_CASSETTE_DIR`` pointing at the scratch folder; the suite's other
   tests of tests/cassettes ran in ``./dev test`` already);
4. compare it with the committed cassettes on what matters
   (``tests/cassette_compare.py``): any difference fails, with a diff.

The committed cassettes are never written. Extra arguments go to both pytest
runs (``-k``, ``-x``...). Exit status: 0 when every step passed.

Usage::

    python scripts/record_check.py            # what CI runs
    python scripts/record_check.py --keep     # keep the scratch folder to look at it
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
COMMITTED = TESTS / "cassettes" / "cassettes"


def _step(message: str) -> None:
    print(f"\033[1m==> {message}\033[0m", file=sys.stderr, flush=True)


def _pytest(scratch: Path, extra: list[str], *record: str) -> int:
    env = {**os.environ, "SPAPI_CASSETTE_DIR": str(scratch), "SPAPI_RECORD_TARGET": "fake"}
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q"]
    command += [str(TESTS / "cassettes"), *record, *extra]
    return subprocess.run(command, cwd=ROOT, env=env, check=False).returncode


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args, extra = parser.parse_known_args(argv)
    sys.path.insert(0, str(TESTS))
    from cassette_compare import compare

    scratch_parent = Path(tempfile.mkdtemp(prefix="cassettes-"))
    scratch = scratch_parent / "cassettes"
    try:
        shutil.copytree(COMMITTED, scratch)
        started = time.perf_counter()
        _step(f"recording every cassette against the local fake into {scratch}")
        if _pytest(scratch, extra, "-m", "vcr", "--record-mode=rewrite") != 0:
            print("record_check: recording against the fake failed", file=sys.stderr)
            return 1
        _step("replaying the scratch copy offline (network blocked), scanning it for secrets")
        if _pytest(scratch, extra, "-m", "vcr or reads_cassettes") != 0:
            print(
                "record_check: the fresh recording does not replay or scan clean", file=sys.stderr
            )
            return 1
        _step("comparing it with the committed cassettes (random values left out)")
        problems = compare(scratch, COMMITTED)
        for problem in problems:
            print(problem, file=sys.stderr)
        elapsed = time.perf_counter() - started
        if problems:
            print(
                f"record_check: {len(problems)} committed cassette(s) no longer match what the "
                "client sends and the fake answers: re-record with ./dev record, review the "
                "diff, commit",
                file=sys.stderr,
            )
            return 1
        count = sum(1 for _ in scratch.rglob("*.yaml"))
        print(
            f"record_check: {count} cassettes recorded, replayed, scanned, matched: {elapsed:.0f} s"
        )
        return 0
    finally:
        if args.keep:
            print(f"record_check: scratch folder kept: {scratch}", file=sys.stderr)
        else:
            shutil.rmtree(scratch_parent, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
