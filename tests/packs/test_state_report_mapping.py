"""A state's yearly collection as pack data: `[state_report]` read into rows of the closed
figure vocabulary, checked by `packs check` with file, line and field, and a district's
mapping replacing the model's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from btam_desktop.domain.state_report import StateReport, StateRow, figure_keys
from btam_desktop.packs.builtin import builtin_packs
from btam_desktop.packs.loader import PackError, parse
from tests.packs.test_packs import DISTRICT, VALID

MAPPING = """
[state_report]
collection = "Ridgeview-style yearly count"
form_year = "2025-26"

[[state_report.rows]]
column = "total"
question = "Cases opened"
figure = "cases_opened"

[[state_report.rows]]
column = "low"
question = "Assessed low"
figure = "first_level.low"
"""


def test_a_pack_maps_state_fields_to_figures_in_order() -> None:
    pack = parse(VALID + MAPPING, "p.toml")
    assert pack.state_report == StateReport(
        "Ridgeview-style yearly count",
        "2025-26",
        (
            StateRow("total", "Cases opened", "cases_opened"),
            StateRow("low", "Assessed low", "first_level.low"),
        ),
    )
    assert pack.state_report.title == "Ridgeview-style yearly count (form of 2025-26)"
    assert parse(VALID, "p.toml").state_report is None


def test_the_state_packs_map_only_figures_the_app_computes() -> None:
    packs = builtin_packs()
    mapped = {pack_id for pack_id, p in packs.items() if p.state_report}
    assert mapped == {"virginia-style", "florida-style", "texas-style"}
    for pack_id in mapped:
        pack = packs[pack_id]
        assert pack.state_report is not None
        keys = figure_keys([(lv.id, lv.label) for lv in pack.levels])
        assert all(row.figure in keys for row in pack.state_report.rows), pack_id
        assert pack.state_report.form_year == "2025-26"
    texas = packs["texas-style"]
    assert "not endorsed" in texas.name and "own wording" in texas.licence.lower()
    figures = {row.figure for row in texas.state_report.rows} if texas.state_report else set()
    assert {"discipline.suspension", "discipline.expulsion", "service.mental_health_referral"} <= (
        figures
    )


def test_a_district_mapping_replaces_the_models_whole() -> None:
    base = builtin_packs()["virginia-style"]
    district = DISTRICT.replace('extends = "ntac"', 'extends = "virginia-style"')
    own = MAPPING.replace("first_level.low", "first_level.imminent")
    child = parse(district + own, "d.toml", base)
    assert child.state_report is not None
    assert [r.column for r in child.state_report.rows] == ["total", "low"]
    assert parse(district, "d.toml", base).state_report == base.state_report


DEFECTS = [
    ("no form year", MAPPING.replace('form_year = "2025-26"', ""),
     "state_report.form_year", "is missing"),
    ("odd form year", MAPPING.replace('"2025-26"', '"2025"'),
     "state_report.form_year", "not a year like 2025-26"),
    ("unknown figure", MAPPING.replace('"cases_opened"', '"arrests_total"'),
     "state_report.rows[0].figure", "'arrests_total' is not a figure the app computes"),
    ("unknown level", MAPPING.replace("first_level.low", "first_level.severe"),
     "state_report.rows[1].figure", "'severe' is not one of the levels (low)"),
    ("wrong catch-all", MAPPING.replace("first_level.low", "first_level.no_level"),
     "state_report.rows[1].figure", "nor not_assessed"),
    ("same column twice", MAPPING.replace('column = "low"', 'column = "total"'),
     "state_report.rows[1].column", "duplicate column id 'total'"),
    ("no collection", MAPPING.replace('collection = "Ridgeview-style yearly count"', ""),
     "state_report.collection", "is missing"),
    ("unknown field", MAPPING + "weight = 2\n", "state_report.rows[1].weight", "is not one of"),
    ("no rows", '\n[state_report]\ncollection = "C"\nform_year = "2025-26"\nrows = []\n',
     "state_report.rows", "at least one row"),
    ("no figure", MAPPING.replace('figure = "cases_opened"', ""),
     "state_report.rows[0].figure", "is missing"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "field", "message"), DEFECTS, ids=[d[0] for d in DEFECTS])
def test_each_mapping_defect_names_its_field(
    name: str, text: str, field: str, message: str
) -> None:
    with pytest.raises(PackError) as caught:
        parse(VALID + text, "district.toml")
    assert [p for p in caught.value.problems if p.field == field and message in p.message], str(
        caught.value
    )


def test_an_extending_pack_is_checked_against_the_merged_levels() -> None:
    """A district on Virginia-style may name `imminent` (the base's level), not `medium`."""
    base = builtin_packs()["virginia-style"]
    district = DISTRICT.replace('extends = "ntac"', 'extends = "virginia-style"')
    with pytest.raises(PackError) as caught:
        parse(district + MAPPING.replace("first_level.low", "closing_level.medium"), "d.toml", base)
    assert "state_report.rows[1].figure" in str(caught.value)


def test_packs_check_names_the_file_and_line_of_a_bad_row(tmp_path: Path) -> None:
    bad = tmp_path / "district.toml"
    text = VALID + MAPPING.replace('"cases_opened"', '"cases_total"')
    bad.write_text(text, "utf-8")
    failed = subprocess.run(
        [sys.executable, "-m", "btam_desktop", "packs", "check", str(bad)],
        capture_output=True,
        text=True,
    )
    line = text.splitlines().index('figure = "cases_total"') + 1
    assert failed.returncode == 1
    assert (
        f"district.toml:{line}: state_report.rows[0].figure: 'cases_total' is not a figure"
        in failed.stderr
    )
