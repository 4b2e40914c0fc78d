"""spec/report_types.toml: every entry has a source, its compiled form is committed."""

from __future__ import annotations

from pathlib import Path

import pytest
from regenerate import GENERATED_ROOT
from report_types import ReportTypesError, render_report_types, report_types_table
from selling_partner._reports import report_type_facts


def test_the_committed_table_is_the_compiled_spec() -> None:
    committed = (GENERATED_ROOT / "report_types.py").read_text("utf-8")
    assert committed == render_report_types()


def test_the_types_restricted_toml_names_are_restricted() -> None:
    # spec/restricted.toml's getReportDocument note names these as examples.
    for report_type in (
        "GET_FLAT_FILE_ORDER_REPORT_DATA_SHIPPING",
        "GET_AMAZON_FULFILLED_SHIPMENTS_DATA_INVOICING",
    ):
        assert report_type_facts(report_type).restricted
    assert report_type_facts("GET_MERCHANT_LISTINGS_ALL_DATA").restricted is False
    assert report_type_facts("NOT_LISTED").max_days is None


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("[GET_X]\nformat = 'tsv'\n", "needs a source"),
        ("[GET_X]\nformat = 'pdf'\nsource = 's'\n", "format must be"),
        ("[GET_X]\nmax_days = 0\nsource = 's'\n", "max_days"),
        ("[GET_X]\nrestricted = 'yes'\nsource = 's'\n", "restricted"),
        ("[GET_X]\ncolour = 1\nsource = 's'\n", "unknown keys"),
        ("[get_x]\nsource = 's'\n", "UPPER_SNAKE_CASE"),
        ("[GET_X\n", "report_types"),
    ],
)
def test_a_malformed_entry_is_refused_naming_it(tmp_path: Path, text: str, match: str) -> None:
    path = tmp_path / "report_types.toml"
    path.write_text(text, "utf-8")
    with pytest.raises(ReportTypesError, match=match):
        report_types_table(path)
