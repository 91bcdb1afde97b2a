"""The state report against the hand-built case file of `test_stats`: every figure key reads
the count counted by hand (table-driven), the CSV holds exactly what the Statistics screen
publishes (suppressed where it is), no count under the minimum is ever exported (hypothesis),
and the export is logged with no student data."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from btam_desktop.domain.disclosure import DocumentKind
from btam_desktop.domain.evaluation import Discipline, Group, LawEnforcement, Service, Sex
from btam_desktop.domain.pack import LevelChoice
from btam_desktop.domain.state_report import (
    SUPPRESSED,
    StateReport,
    StateRow,
    figure_keys,
    values,
)
from btam_desktop.domain.statistics import CaseFacts, build, school_year
from btam_desktop.packs.builtin import builtin_packs
from btam_desktop.services import assess, cases, packs, session as sessions, state_report, stats
from btam_desktop.services.errors import ValidationError
from btam_desktop.services.session import Session
from btam_desktop.storage import print_repo, stats_repo
from tests.conftest import PinClock
from tests.packs.test_packs import DISTRICT
from tests.services.test_annual_report import NAMES
from tests.services.test_stats import _build

NTAC_LEVELS = [(lv.id, lv.label) for lv in builtin_packs()["ntac"].levels]

#: Each figure key and its count in the hand-built file's school year 2026-27 (four cases
#: opened: A, B, C, D; four closed: E, A, B, C), counted by hand from `test_stats._build`.
BY_HAND = {
    "cases_opened": 4,
    "cases_closed": 4,
    "harm_to_self": 1,  # D
    "iep_504": 1,  # D
    "english_learner": 1,  # C
    "first_level.low": 0,
    "first_level.moderate": 1,  # D
    "first_level.high": 1,  # A
    "first_level.not_assessed": 2,  # B, C
    "closing_level.low": 1,  # A
    "closing_level.moderate": 1,  # E
    "closing_level.high": 0,
    "closing_level.no_level": 2,  # B, C
    "outcome.dismissed": 1,  # B
    "outcome.handled": 1,  # C
    "outcome.after_inquiry": 0,
    "outcome.after_assessment": 1,  # E
    "outcome.from_management": 1,  # A
    "outcome.from_monitoring": 0,
    "channel.in_person": 0,  # E, but opened last school year
    "channel.phone": 1,
    "channel.email": 1,
    "channel.tip_line": 2,
    "channel.app": 0,
    "channel.other": 0,
    "discipline.none": 1,  # A
    "discipline.in_school": 1,  # B
    "discipline.suspension": 0,  # E's, opened last school year
    "discipline.expulsion": 0,
    "discipline.alternative_placement": 0,
    "law_enforcement.none": 1,  # A
    "law_enforcement.consulted": 1,  # C
    "law_enforcement.arrest": 0,
    "service.counseling": 1,
    "service.mental_health_referral": 0,
    "service.mentoring": 1,
    "service.family_support": 1,
    "service.other": 0,
    "race.hispanic": 1,  # A: Hispanic and White
    "race.american_indian": 0,
    "race.asian": 1,  # C
    "race.black": 0,
    "race.pacific_islander": 0,
    "race.white": 0,
    "race.two_or_more": 1,  # B
    "sex.female": 1,
    "sex.male": 2,
    "sex.nonbinary": 0,
    "level_change.down": 1,  # A: high to low
    "level_change.same": 1,  # E: moderate both
    "level_change.up": 0,
}

#: A district pack on NTAC that publishes counts from 3 and maps a state's form.
MAPPED = (
    DISTRICT
    + """
[statistics]
min_cell = 3

[state_report]
collection = "Ridgeview-style yearly count"
form_year = "2025-26"

[[state_report.rows]]
column = "=TOTAL"
question = "Cases opened"
figure = "cases_opened"

[[state_report.rows]]
column = "not_assessed"
question = "Cases not assessed"
figure = "first_level.not_assessed"

[[state_report.rows]]
column = "high"
question = "Cases assessed at high concern"
figure = "first_level.high"

[[state_report.rows]]
column = "male"
question = "Male students"
figure = "sex.male"

[[state_report.rows]]
column = "arrests"
question = "Arrests"
figure = "law_enforcement.arrest"
"""
)


@pytest.fixture
def built(tmp_path: Path, pin_clock: PinClock) -> Iterator[Session]:
    opened: list[Session] = []
    try:
        s = _build(pin_clock, tmp_path / "team.btam", opened)
        packs.import_district_pack(s, "ridgeview.toml", MAPPED)
        assess.set_team_pack(s, "ridgeview-ntac")
        yield s
    finally:
        for s in opened:
            sessions.lock(s)


def _every_key() -> StateReport:
    rows = tuple(StateRow(key, key, key) for key in figure_keys(NTAC_LEVELS))
    return StateReport("Every figure", "2025-26", rows)


def test_every_figure_key_reads_the_count_counted_by_hand(built: Session) -> None:
    facts = stats_repo.case_facts(built.ocf.conn)
    # A minimum of 1 publishes every count: the keys read the raw figures.
    figures = build(facts, school_year(2026), cases.level_choices(built), minimum=1)
    got = {v.column: v.count for v in values(_every_key(), figures.tables, NTAC_LEVELS)}
    assert set(BY_HAND) == set(figure_keys(NTAC_LEVELS))  # the whole vocabulary, by hand
    assert got == BY_HAND


def _csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_the_csv_holds_what_the_statistics_screen_publishes(built: Session) -> None:
    screen = stats.year_statistics(built, 2026)
    assert screen.state_report == "Ridgeview-style yearly count (form of 2025-26)"
    data, count = state_report.csv_for(built, 2026)
    rows = _csv(data)
    assert rows[:5] == [
        ["School", "Maple Hollow Middle School"],
        ["School year", "2026-27"],
        ["State form", "Ridgeview-style yearly count"],
        ["Form year", "2025-26"],
        ["Aggregate counts, no student data"],
    ]
    assert rows[5][0].startswith("'suppressed': fewer than 3 cases")
    assert rows[7] == ["Column", "Question", "Value"]
    # Four opened (shown, 4 >= 3); 2 not assessed and 1 high (under 3: hidden); 2 male
    # (hidden) and no arrest (zeros are shown, as on the screen).
    assert rows[8:] == [
        ["'=TOTAL", "Cases opened", "4"],  # a formula start is neutralized
        ["not_assessed", "Cases not assessed", SUPPRESSED],
        ["high", "Cases assessed at high concern", SUPPRESSED],
        ["male", "Male students", SUPPRESSED],
        ["arrests", "Arrests", "0"],
    ]
    assert count == 5
    assert screen.opened == 4
    text = data.decode("utf-8-sig")
    assert not [name for name in NAMES if name in text]


def test_the_export_is_logged_with_no_student_data(built: Session, tmp_path: Path) -> None:
    target = tmp_path / "state.csv"
    exported, _ = state_report.write_csv(built, 2026, target)
    assert target.read_bytes() == state_report.csv_for(built, 2026)[0]
    assert exported.rows == 5
    logged = [
        d
        for d in print_repo.all_disclosures(built.ocf.conn)
        if d.document is DocumentKind.STATE_REPORT
    ]
    assert [(d.document_id, d.recipient, d.options) for d in logged] == [
        (exported.document_id, "", {"year": "2026-27", "rows": 5})
    ]
    events = [e for e in built.ocf.audit.events() if e.action.startswith("document.")]
    assert [(e.action, e.entity_id, e.case_id) for e in events] == [
        ("document.exported", exported.disclosure_id, "")
    ]
    assert events[0].detail["document"] == "state-report"
    assert not [name for name in NAMES if name in json.dumps(events[0].detail)]


def test_a_model_with_no_mapping_is_refused_and_nothing_written(
    built: Session, tmp_path: Path
) -> None:
    assess.set_team_pack(built, "ntac")
    assert stats.year_statistics(built, 2026).state_report == ""
    target = tmp_path / "state.csv"
    with pytest.raises(ValidationError, match=r"maps no state report"):
        state_report.write_csv(built, 2026, target)
    assert not target.exists()


LEVELS = [LevelChoice("ntac", i, label, rank) for rank, (i, label) in enumerate(NTAC_LEVELS, 1)]


@st.composite
def case_facts(draw: st.DrawFn) -> CaseFacts:
    opened = date(2026, 7, 1) + timedelta(days=draw(st.integers(0, 364)))
    level = draw(st.sampled_from([None, *NTAC_LEVELS]))
    closed = draw(st.one_of(st.none(), st.integers(0, 200)))
    return CaseFacts(
        opened_on=opened,
        pack_id="ntac",
        first_level=("ntac", level[0]) if level else None,
        closed_on=opened + timedelta(days=closed) if closed is not None else None,
        closed_from="monitoring" if closed is not None else "",
        closing_level=("ntac", level[0]) if level and closed is not None else None,
        group=draw(st.sampled_from(["", *Group])),
        sex=draw(st.sampled_from(["", *Sex])),
        iep_504=draw(st.booleans()),
        english_learner=draw(st.sampled_from([None, True, False])),
        services=tuple(draw(st.sets(st.sampled_from(list(Service)), max_size=2))),
        discipline=draw(st.sampled_from(["", *Discipline])),
        law_enforcement=draw(st.sampled_from(["", *LawEnforcement])),
        harm_to_self=draw(st.booleans()),
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(case_facts(), max_size=40), st.integers(3, 12))
def test_no_exported_count_is_under_the_minimum(facts: list[CaseFacts], minimum: int) -> None:
    """Every exported value is an entry the screen publishes: suppressed, zero, or at least
    the minimum (complementary suppression comes with it: the screen's tables have it)."""
    figures = build(facts, school_year(2026), LEVELS, minimum=minimum)
    exported = values(_every_key(), figures.tables, NTAC_LEVELS)
    assert all(v.count is None or v.count == 0 or v.count >= minimum for v in exported)
    assert all((v.text == SUPPRESSED) == (v.count is None) for v in exported)
