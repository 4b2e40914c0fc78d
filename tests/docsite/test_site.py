"""The documentation site: the SP-APIs pages come from the operation table, the
build is strict (a broken internal link fails it), and the quick start page
renders its code blocks in headless Chromium (a screenshot is kept as an artefact
in build/test-artifacts/, which git ignores).
"""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import struct
import subprocess
import sys
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path

import api_reference
import pytest
import yaml
from selling_partner_generated import operations as table

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "build" / "test-artifacts"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]


def test_one_reference_page_per_api_with_every_operation() -> None:
    pages = api_reference.pages()
    assert set(pages) == {"apis/index.md"} | {
        api_reference.page_path(p) for p in table.API_PACKAGES
    }
    commit = api_reference.pinned_commit()
    for package, ops in table.OPERATIONS.items():
        page = pages[api_reference.page_path(package)]
        assert f"{package}/blob/" not in page  # the model link names Amazon's repository
        assert f"/blob/{commit}/{table.API_PACKAGES[package]['model']}" in page
        rows = [line for line in page.splitlines() if line.startswith("| `")]
        assert len(rows) == len(ops)
        for name, op in ops.items():
            (row,) = [r for r in rows if r.startswith(f"| `{name}`<br>")]
            cells = [c.strip() for c in row.strip("|").split(" | ")]
            assert cells[1] == op["method"]
            assert cells[2] == f"`{op['path']}`"
            rate = op["rate"]
            assert cells[3] == ("unknown" if rate is None else format(float(rate), "g"))
            assert cells[4] == ("unknown" if op["burst"] is None else str(op["burst"]))
            assert cells[5].startswith("yes") == bool(op["restricted"])
            assert (cells[6] != "") == bool(op["grantless_scope"])
            assert (cells[7] != "") == bool(op["pagination"])
            assert cells[8] == f"[reference]({op['reference']})"
        assert f"[{package}]({package}.md)" in pages["apis/index.md"]


def test_flags_show_on_known_operations() -> None:
    pages = api_reference.pages()
    orders = pages["apis/orders_v0.md"]
    (address,) = [r for r in orders.splitlines() if r.startswith("| `get_order_address`")]
    assert "| yes" in address
    (orders_row,) = [r for r in orders.splitlines() if r.startswith("| `get_orders`")]
    assert "`NextToken`" in orders_row
    notifications = pages["apis/notifications_v1.md"]
    (dest,) = [r for r in notifications.splitlines() if r.startswith("| `get_destinations`")]
    assert "`sellingpartnerapi::notifications`" in dest


def _mkdocs(config: Path, site: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    built = _mkdocs(ROOT / "mkdocs.yml", out)
    assert built.returncode == 0, built.stdout + built.stderr
    return out


def test_site_has_every_page(site: Path) -> None:
    for page in (
        "index",
        "quickstart",
        "credentials",
        "rate-limits",
        "jobs",
        "errors",
        "regenerating",
        "reference",
    ):
        assert (site / f"{page}.html").is_file(), page
    for package in table.API_PACKAGES:
        assert (site / "apis" / f"{package}.html").is_file(), package
    reference = (site / "reference.html").read_text()
    assert 'id="selling_partner.SellingPartner"' in reference  # mkdocstrings ran


def test_a_broken_internal_link_fails_the_strict_build(tmp_path: Path) -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n\nSee [the guide](guide.md).\n")
    config.update(docs_dir=str(docs), nav=[{"Home": "index.md"}], plugins=["search"])
    config.pop("hooks")
    good = tmp_path / "good.yml"
    good.write_text(yaml.safe_dump(config))
    (docs / "guide.md").write_text("# Guide\n")
    config["nav"].append({"Guide": "guide.md"})
    good.write_text(yaml.safe_dump(config))
    assert _mkdocs(good, tmp_path / "site").returncode == 0
    (docs / "guide.md").unlink()
    config["nav"].pop()
    good.write_text(yaml.safe_dump(config))
    broken = _mkdocs(good, tmp_path / "site")
    assert broken.returncode != 0
    assert "guide.md" in broken.stdout + broken.stderr


@pytest.fixture
def served(site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.fail("headless Chromium is needed: apt-get install chromium (.ci/run installs it)")
    return found


def _png_size_and_colours(png: bytes) -> tuple[int, int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    idat, pos = b"", 8
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        if png[pos + 4 : pos + 8] == b"IDAT":
            idat += png[pos + 8 : pos + 8 + length]
        pos += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


def test_quick_start_renders_its_code_blocks_in_chromium(served: str, tmp_path: Path) -> None:
    chromium = _chromium()
    url = f"{served}/quickstart.html"
    base = [
        chromium,
        *CHROMIUM_FLAGS,
        f"--user-data-dir={tmp_path / 'profile'}",
        "--virtual-time-budget=10000",
    ]
    dom = subprocess.run(
        [*base, "--dump-dom", url], capture_output=True, text=True, timeout=120, check=False
    )
    assert dom.returncode == 0, dom.stderr[-2000:]
    source = (ROOT / "docs" / "site" / "quickstart.md").read_text()
    blocks = re.findall(r"^```\w*\n(.*?)^```", source, flags=re.S | re.M)
    assert len(blocks) >= 5
    html = dom.stdout
    # Pygments highlighting (built) and the copy button on each block (added by the
    # theme's JavaScript in the browser: the page ran, not just loaded).
    assert html.count('class="highlight"') >= len(blocks)
    assert len(re.findall(r'md-code__button[^>]*data-md-type="copy"', html)) == len(blocks)
    text = re.sub(r"<[^>]+>", "", html).replace("&gt;", ">").replace("&quot;", '"')
    for block in blocks:
        first = block.splitlines()[0].strip()
        assert first in text, first
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "quickstart.png"
    shot.unlink(missing_ok=True)
    done = subprocess.run(
        [*base, "--window-size=1280,1600", f"--screenshot={shot}", url],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and shot.is_file(), done.stderr[-2000:]
    width, height, colours = _png_size_and_colours(shot.read_bytes())
    assert (width, height) == (1280, 1600)
    assert colours > 16  # not a blank page


def test_readme_links_to_every_guide_page() -> None:
    readme = (ROOT / "README.md").read_text()
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    linked = set(re.findall(r"\]\((docs/site/[^)#]+)\)", readme))
    for entry in config["nav"]:
        (page,) = entry.values()
        if page != "index.md" and not page.startswith("apis/"):
            assert f"docs/site/{page}" in linked, page
    for target in linked:
        assert (ROOT / target).is_file(), target
