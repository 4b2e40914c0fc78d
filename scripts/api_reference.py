"""The SP-APIs pages of the documentation site, written from the operation table.

One page per API package, and an index: every operation's method, path, usage plan
(rate and burst), whether it is restricted, grantless or paginated, and a link to
Amazon's reference page. Only facts from `selling_partner_generated.operations` and
spec/registry.toml (the pinned commit) are used: no prose from Amazon's models.
The site build calls this through scripts/docs_hooks.py; nothing here is committed
as Markdown, so the pages follow every regeneration.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MODELS_REPO = "https://github.com/amzn/selling-partner-api-models"
FOLDER = "apis"


def pinned_commit(root: Path = ROOT) -> str:
    """The upstream commit the generated packages come from (spec/registry.toml)."""
    with (root / "spec" / "registry.toml").open("rb") as f:
        return str(tomllib.load(f)["upstream"]["commit"])


def _table() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    from selling_partner_generated import operations

    return operations.API_PACKAGES, operations.OPERATIONS, operations.RETIRED


def _rate(value: object) -> str:
    if value is None:
        return "unknown"
    return format(float(value), "g")  # type: ignore[arg-type]


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def page_path(package: str) -> str:
    """The site path of an API's page, e.g. ``apis/orders_v0.md``."""
    return f"{FOLDER}/{package}.md"


def render_api(
    package: str,
    info: Mapping[str, str],
    operations: Mapping[str, Mapping[str, Any]],
    retired: Mapping[str, Any] | None,
    commit: str,
) -> str:
    """One API's page: a header of facts and one table row per operation."""
    gone_ops: Mapping[str, Any] = (retired or {}).get("operations", {})
    model = info["model"]
    lines = [
        f"# {package}",
        "",
        f"- Version: `{info['version']}`",
        f"- Accessor: `sp.{package}` (`AsyncSellingPartner` too)",
        f"- Generated package: `selling_partner_generated.{package}`",
        f"- Amazon's model: [`{model.removeprefix('models/')}`]"
        f"({MODELS_REPO}/blob/{commit}/{model}) at the pinned commit",
        f"- Operations: {len(operations)}",
        "",
    ]
    if retired and retired.get("whole"):
        successor = retired.get("successor")
        lines += [
            '!!! warning "Retired"',
            f"    Amazon removed {retired.get('title') or 'this API version'}: every call raises "
            "`RetiredOperationError`" + (f" naming `{successor}`." if successor else "."),
            "",
        ]
    lines += [
        "Rate is requests per second and burst the bucket size, from the operation's "
        "usage plan (*unknown*: 0.5/s, burst 1, until Amazon's rate-limit header "
        "says otherwise). See [Rate limits and retries](../rate-limits.md), "
        "[restricted data and grantless operations](../credentials.md).",
        "",
        "| Operation | Method | Path | Rate | Burst | Restricted | Grantless | Paginated "
        "| Amazon |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name in sorted(operations):
        op = operations[name]
        restricted = ""
        if op.get("restricted"):
            elements = op.get("data_elements") or ()
            restricted = "yes" + (f" ({', '.join(elements)})" if elements else "")
        scope = op.get("grantless_scope")
        grantless = f"`{scope}`" if scope else ""
        pagination = op.get("pagination")
        paginated = f"`{pagination['request']}`" if pagination else ""
        title = f"`{name}`<br>`{op['operation_id']}`"
        if name in gone_ops or (retired and retired.get("whole")):
            title += "<br>*retired*"
        reference = op.get("reference")
        link = f"[reference]({reference})" if reference else ""
        burst = "unknown" if op.get("burst") is None else str(op["burst"])
        lines.append(
            "| "
            + " | ".join(
                [
                    title,
                    str(op["method"]),
                    f"`{_cell(str(op['path']))}`",
                    _rate(op.get("rate")),
                    burst,
                    restricted,
                    grantless,
                    paginated,
                    link,
                ]
            )
            + " |"
        )
    return "\n".join(lines) + "\n"


def render_index(
    packages: Mapping[str, Mapping[str, str]],
    operations: Mapping[str, Mapping[str, Any]],
    retired: Mapping[str, Any],
) -> str:
    """The index of every API, with its version and operation count."""
    total = sum(len(operations.get(p, {})) for p in packages)
    lines = [
        "# SP-APIs",
        "",
        f"{len(packages)} APIs, {total} operations, generated from Amazon's models at "
        "the commit pinned in `spec/registry.toml`. Each page lists every operation "
        "with its method, path, usage plan, flags and a link to Amazon's reference "
        "page; it is written from the operation table when the site is built.",
        "",
        "| API | Version | Operations | Model |",
        "| --- | --- | --- | --- |",
    ]
    for package in sorted(packages):
        info = packages[package]
        note = " (retired)" if retired.get(package, {}).get("whole") else ""
        lines.append(
            f"| [{package}]({package}.md){note} | `{info['version']}` | "
            f"{len(operations.get(package, {}))} | `{info['model'].removeprefix('models/')}` |"
        )
    return "\n".join(lines) + "\n"


def pages(root: Path = ROOT) -> dict[str, str]:
    """Every SP-APIs page: site path -> Markdown."""
    packages, operations, retired = _table()
    commit = pinned_commit(root)
    out = {f"{FOLDER}/index.md": render_index(packages, operations, retired)}
    for package in sorted(packages):
        out[page_path(package)] = render_api(
            package, packages[package], operations.get(package, {}), retired.get(package), commit
        )
    return out
