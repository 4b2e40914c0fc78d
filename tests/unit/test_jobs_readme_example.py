"""The README's jobs example runs as written against the fake SP-API and prints what it says."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.realtime
def test_the_readme_jobs_example_runs() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    block = re.search(
        r"<!-- jobs-example:start -->\n```python\n(.*?)```\n<!-- jobs-example:end -->", readme, re.S
    )
    assert block is not None, "README.md lost its jobs example markers"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tests" / "fakes")}
    out = subprocess.run(
        [sys.executable, "-c", block.group(1)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    ).stdout.splitlines()
    assert out[0] == "{'seller-sku': 'SKU-1', 'price': '9,99 €'}"
    assert "'messagesProcessed': 0" in out[1]
    assert out[2] == "[{'asin': 'B0001'}, {'asin': 'B0002'}]"
