"""`btam-desktop report PATH annual --year 2026-27 -o OUT.pdf`, run as a script would: the
figures of `btam-desktop stats` on paper, and a bad year refused with exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli_contract import demo, demo_master, run
from tests.cli.test_stats_cli import THIS_YEAR
from tests.reports.pdftext import text

__all__ = ["demo", "demo_master"]  # the fixtures, shared with the contract tests


def _shown(value: int | None) -> str:
    return "—" if value is None else str(value)


def test_the_report_prints_the_figures_stats_gives(demo: Path, tmp_path: Path) -> None:
    figures = run("stats", demo, "--year", THIS_YEAR)
    assert figures.returncode == 0, figures.stderr
    out = tmp_path / "annual.pdf"
    result = run("report", demo, "annual", "--year", THIS_YEAR, "-o", out)
    assert result.returncode == 0, result.stderr
    assert "no student is identified" in result.stdout
    assert "CONFIDENTIAL" not in result.stdout
    printed = text(out.read_bytes())
    assert f"annual report {THIS_YEAR}" in printed and "CONFIDENTIAL" not in printed
    # A table of no rows prints a sentence instead (tests/services/test_prevention.py).
    for table in [t for t in json.loads(figures.stdout)["tables"] if t["rows"]]:
        if table.get("derived"):  # shares and ratios print after the counts, formatted
            for label, cells in zip(table["rows"], table["cells"], strict=True):
                assert " ".join([label, *map(_shown, cells)]) in printed, table["figure"]
            continue
        wide = len(table["columns"]) > 1
        rows = [
            " ".join([label, *map(_shown, cells), *([_shown(total)] if wide else [])])
            for label, cells, total in zip(
                table["rows"], table["cells"], table["row_totals"], strict=True
            )
        ]
        last = [*table["column_totals"], table["total"]] if wide else [table["total"]]
        assert " ".join([*rows, "Total", *map(_shown, last)]) in printed, table["figure"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--year", "2026-28"), "--year 2026-28: '2026-28' is not a school year like 2026-27."),
        (("--year", "next"), "is not a school year like 2026-27"),
        ((), "report annual needs --year, e.g. --year 2026-27."),
    ],
)
def test_a_bad_or_missing_year_exits_2_and_writes_nothing(
    demo: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    out = tmp_path / "annual.pdf"
    result = run("report", demo, "annual", *args, "-o", out)
    assert result.returncode == 2
    assert message in result.stderr
    assert not out.exists() and result.stdout == ""


def test_year_is_for_the_annual_report_only(demo: Path, tmp_path: Path) -> None:
    result = run("report", demo, "roster", "--year", THIS_YEAR, "-o", tmp_path / "r.pdf")
    assert result.returncode == 2 and "--year is for the annual report." in result.stderr
