"""``spec/report_types.toml`` compiled for the runtime (``report_types.py`` in generated/).

The runtime's report jobs read which report types need a Restricted Data Token,
how many days one request may cover, and the document format where it cannot be
sniffed. Sources stay in spec/; the compiled module is plain data.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from spec_registry import SPEC_DIR

__all__ = ["REPORT_TYPES_TOML", "ReportTypesError", "render_report_types", "report_types_table"]

REPORT_TYPES_TOML = SPEC_DIR / "report_types.toml"
FORMATS = ("tsv", "csv", "json", "xml")
_NAME = re.compile(r"^[A-Z0-9_]+$")


class ReportTypesError(Exception):
    """``spec/report_types.toml`` is malformed: the message names the entry."""


def report_types_table(path: Path = REPORT_TYPES_TOML) -> dict[str, dict[str, Any]]:
    """Report type -> ``format`` (or None), ``restricted``, ``max_days`` (or None), sorted.

    Raises:
        ReportTypesError: an entry without a source, an unknown key or format, a
            bad ``max_days``, or a name that is not a report type.
    """
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ReportTypesError(f"{path}: {exc}") from exc
    table: dict[str, dict[str, Any]] = {}
    for name in sorted(data):
        entry = data[name]
        where = f"{path.name} [{name}]"
        if not _NAME.match(name) or not isinstance(entry, dict):
            raise ReportTypesError(f"{where}: not a report type entry (UPPER_SNAKE_CASE table)")
        unknown = set(entry) - {"format", "restricted", "max_days", "source"}
        if unknown:
            raise ReportTypesError(f"{where}: unknown keys {sorted(unknown)}")
        if not isinstance(entry.get("source"), str) or not entry["source"].strip():
            raise ReportTypesError(f"{where}: needs a source")
        fmt = entry.get("format")
        if fmt is not None and fmt not in FORMATS:
            raise ReportTypesError(f"{where}: format must be one of {FORMATS}, got {fmt!r}")
        restricted = entry.get("restricted", False)
        if not isinstance(restricted, bool):
            raise ReportTypesError(f"{where}: restricted must be true or false")
        max_days = entry.get("max_days")
        if max_days is not None and (
            not isinstance(max_days, int) or isinstance(max_days, bool) or max_days < 1
        ):
            raise ReportTypesError(f"{where}: max_days must be a whole number of days >= 1")
        table[name] = {"format": fmt, "restricted": restricted, "max_days": max_days}
    return table


def render_report_types(table: dict[str, dict[str, Any]] | None = None) -> str:
    """The source of ``report_types.py``: plain data, imports nothing, stable order."""
    table = report_types_table() if table is None else table
    lines = [
        '"""Report types the report jobs treat specially; generated from spec/report_types.toml.',
        "",
        "Do not edit: scripts/regenerate.py writes it. REPORT_TYPES: report type ->",
        "format (tsv, csv, json, xml or None: sniffed), restricted (the document needs a",
        "Restricted Data Token), max_days (the longest range one request may cover, or None).",
        '"""',
        "",
        "REPORT_TYPES: dict[str, dict[str, object]] = {",
    ]
    for name, facts in table.items():
        lines.append(f"    {_literal(name)}: {{")
        for key in ("format", "restricted", "max_days"):
            lines.append(f"        {_literal(key)}: {_literal(facts[key])},")
        lines.append("    },")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _literal(value: object) -> str:
    # Strings here are report type names, formats and keys: no quotes or escapes inside.
    return f'"{value}"' if isinstance(value, str) else repr(value)
