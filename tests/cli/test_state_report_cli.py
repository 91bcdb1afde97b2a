"""`btam-desktop state-report PATH --year 2026-27 -o FILE.csv`, run as a script would: the
state's form filled from the hand-built file, and bad input refused in one line (exit 2)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from btam_desktop.domain import clock
from btam_desktop.domain.case import school_year_of
from btam_desktop.domain.statistics import year_label
from btam_desktop.services import assess, packs, session as sessions
from tests.cli.test_cli_contract import demo, demo_master, run
from tests.conftest import PASSPHRASE, PinClock
from tests.services.test_state_report import MAPPED
from tests.services.test_stats import _build

__all__ = ["demo", "demo_master"]  # the fixtures, shared with the contract tests


@pytest.fixture
def mapped(tmp_path: Path, pin_clock: PinClock) -> Iterator[Path]:
    """The hand-built file on a district model that maps a state's form, locked."""
    opened: list[sessions.Session] = []
    try:
        s = _build(pin_clock, tmp_path / "team.btam", opened)
        packs.import_district_pack(s, "ridgeview.toml", MAPPED)
        assess.set_team_pack(s, "ridgeview-ntac")
    finally:
        for s in opened:
            sessions.lock(s)
    yield tmp_path / "team.btam"


def _rows(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8-sig") as f:
        return list(csv.reader(f))


def test_the_form_is_written_with_its_header_and_suppression(mapped: Path, tmp_path: Path) -> None:
    out = tmp_path / "state.csv"
    done = run(
        "state-report", mapped, "--year", "2026-27", "-o", out, env={"BTAM_PASSPHRASE": PASSPHRASE}
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Wrote 5 state fields to ")
    rows = _rows(out)
    assert rows[1] == ["School year", "2026-27"] and rows[4] == [
        "Aggregate counts, no student data"
    ]
    assert rows[8:10] == [
        ["'=TOTAL", "Cases opened", "4"],
        ["not_assessed", "Cases not assessed", "suppressed"],
    ]


@pytest.mark.parametrize("year", ["2026", "26-27", "next year"])
def test_a_bad_year_exits_2_in_one_line(demo: Path, tmp_path: Path, year: str) -> None:
    out = tmp_path / "state.csv"
    result = run("state-report", demo, "--year", year, "-o", out)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "is not a school year like 2026-27" in result.stderr
    assert not out.exists()


def test_a_model_without_a_mapping_exits_2_in_one_line(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "state.csv"
    this_year = year_label(school_year_of(clock.today()))
    result = run("state-report", demo, "--year", this_year, "-o", out)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "maps no state report" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_a_folder_or_a_missing_folder_is_a_usage_error(demo: Path, tmp_path: Path) -> None:
    for target, says in (
        (tmp_path, "not a folder"),
        (tmp_path / "no" / "x.csv", "existing folder"),
    ):
        result = run("state-report", demo, "--year", "2026-27", "-o", target)
        assert result.returncode == 2 and says in result.stderr
