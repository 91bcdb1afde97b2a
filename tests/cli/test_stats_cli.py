"""`btam-desktop stats PATH --year 2026-27 [--format json|csv]`, run as a script would."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from btam_desktop.domain import clock
from btam_desktop.domain.case import school_year_of
from btam_desktop.domain.statistics import (
    Figure,
    PublishedTable,
    school_year,
    year_label,
)
from btam_desktop.domain.suppression import suppress
from btam_desktop.services.contracts.stats import YearStatistics
from btam_desktop.services.stats import as_csv
from tests.cli.test_cli_contract import demo, demo_master, run

__all__ = ["demo", "demo_master"]  # the fixtures, shared with the contract tests

THIS_YEAR = year_label(school_year_of(clock.today()))


def test_json_names_every_figure_and_hides_small_counts(demo: Path) -> None:
    result = run("stats", demo, "--year", THIS_YEAR)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["year"] == THIS_YEAR and data["minimum"] == 10
    assert data["suppressed_as"] == "<10"
    assert [t["figure"] for t in data["tables"]] == [f.value for f in Figure]
    for table in data["tables"]:
        for value in [*(v for row in table["cells"] for v in row), table["total"]]:
            assert value is None or value == 0 or value >= 10
    assert data["not_counted_yet"] == []
    race = next(t for t in data["tables"] if t["figure"] == "race_ethnicity")
    # The demo types in its enrollment: each group's share beside it, with the ratio.
    assert [d["name"] for d in race["derived"]] == [
        "Share of cases",
        "Enrollment",
        "Share of enrollment",
        "Ratio",
    ]


def test_csv_is_one_long_table_with_small_counts_as_less_than(demo: Path) -> None:
    result = run("stats", demo, "--year", THIS_YEAR, "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert rows[0] == ["School year", "Figure", "Row", "Column", "Count"]
    # Shares, enrollment (the school's own figure) and ratios are lines of their own, worked
    # out from the shown counts: blank where a count is hidden.
    derived = {"Share of cases", "Enrollment", "Share of enrollment", "Ratio"}
    counts = {r[4] for r in rows[1:] if r[2] != "Median days" and r[3] not in derived}
    assert counts <= {"<10", "0"} | {str(n) for n in range(10, 100_000)}
    ratios = [r for r in rows[1:] if r[3] == "Ratio"]
    assert ratios and all(r[4] == "" or float(r[4]) >= 0 for r in ratios)
    assert {r[0] for r in rows[1:]} == {THIS_YEAR}


@pytest.mark.parametrize("year", ["2026", "2026-28", "26-27", "next year", "2026-2028"])
def test_a_bad_year_exits_2_with_the_form_to_use(demo: Path, year: str) -> None:
    result = run("stats", demo, "--year", year)
    assert result.returncode == 2
    assert "is not a school year like 2026-27" in result.stderr
    assert result.stdout == ""


def test_a_label_that_looks_like_a_formula_is_neutralized() -> None:
    period = school_year(2026)
    table = PublishedTable(
        Figure.FIRST_LEVEL, "Levels", ("=HYPERLINK(1)", "-low"), ("Cases",), suppress([[12], [30]])
    )
    result = YearStatistics(
        2026, "2026-27", period.start, period.end, 10, 42, None, (table,), (), (2026,)
    )
    text = as_csv(result).decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in text and ",'-low," in text
