"""The prevention view (the factors across the cases of a year) against a hand-built case
file: cases assessed under two models, a reassessment and a revised plan, a factor typed in, a
case of last year and one never assessed; every count by hand (table-driven), then published
with the pack's minimum, and carried by `stats.year` into its JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.plan import Intervention, InterventionType
from btam_desktop.domain.prevention import FIGURES, WRITTEN_IN
from btam_desktop.domain.records import new_id
from btam_desktop.domain.referral import Student
from btam_desktop.domain.statistics import Figure, school_year
from btam_desktop.services import (
    assess,
    cases,
    intake,
    manage,
    members,
    prevention,
    printing,
    session as sessions,
    stats,
)
from btam_desktop.services.packs import available
from btam_desktop.services.session import TEST_KDF, Session
from tests.conftest import PinClock, make_case_file
from tests.reports.pdftext import text
from tests.scenario import required_answers

SALEM = "salem-keizer-style"


def _case(s: Session, name: str, at: datetime, second: str) -> str:
    result, _ = intake.intake_referral(
        s,
        intake.ReferralInput(
            student=Student(name=name, grade="7"),
            channel="email",
            reporter_name="Priya Anand-Moss",
            verbatim="Said something worrying in class.",
            received_at=at.astimezone(),
        ),
    )
    intake.record_screening(s, result.case_id, "inquiry", second, "")
    cases.change_status(s, result.case_id, CaseStatus.ASSESSMENT)
    return result.case_id


def _assess(
    s: Session,
    case_id: str,
    second: str,
    risk: tuple[str, ...],
    protective: tuple[str, ...] = (),
    model: str = "ntac",
) -> None:
    pack = available(s.ocf.conn)[model]
    level = pack.levels[0].id
    assess.record_assessment(
        s,
        case_id,
        assess.AssessmentInput(
            model,
            required_answers(pack),
            level,
            "Seen by the team.",
            (s.member_id, second),
            risk_factors=risk,
            protective_factors=protective,
        ),
    )


def _item(s: Session, domain: str, *reduces: str) -> Intervention:
    return Intervention(
        id=new_id(),
        domain=domain,
        type=InterventionType.MENTORING,
        description="Mentoring with a trusted adult",
        start_on=date(2026, 9, 20),
        responsible_id=s.member_id,
        reduces=reduces,
    )


@pytest.fixture
def built(tmp_path: Path, pin_clock: PinClock) -> Iterator[Session]:
    pin_clock(datetime(2026, 6, 10, 9, 0))
    s, _ = make_case_file(tmp_path / "team.btam")
    try:
        marcus, _ = members.add_member(
            s, "Marcus Feldspar", "psychologist", "marcus passphrase ok", kdf=TEST_KDF
        )
        second = marcus.id
        # Last school year: not counted in 2026-27.
        old = _case(s, "Eli Ashgrove", datetime(2026, 6, 10, 8, 0), second)
        _assess(s, old, second, ("Grievance or desire for revenge",))
        pin_clock(datetime(2026, 11, 5, 10, 0))
        # A: two listed factors and one typed in; two plan items against its factors.
        a = _case(s, "Ada Brightwater", datetime(2026, 9, 15, 8, 0), second)
        _assess(
            s,
            a,
            second,
            ("Grievance or desire for revenge", "Communicated intent", "A rivalry at chess club"),
            ("Trusted adult at school",),
        )
        cases.change_status(s, a, CaseStatus.MANAGEMENT)
        manage.save_plan(
            s,
            a,
            "Support",
            (
                _item(s, "Student", "Grievance or desire for revenge"),
                _item(s, "Environment", "Grievance or desire for revenge", "Communicated intent"),
                _item(s, "Student", "Communicated intent"),  # Student twice: the case once
            ),
            0,
        )
        # B: reassessed (the latest counts), its plan revised (the latest counts).
        b = _case(s, "Bo Carrow", datetime(2026, 10, 1, 8, 0), second)
        _assess(s, b, second, ("Being bullied",), ("Help-seeking",))
        _assess(
            s,
            b,
            second,
            ("Grievance or desire for revenge", "Access to weapons"),
            ("Trusted adult at school", "Help-seeking"),
        )
        cases.change_status(s, b, CaseStatus.MANAGEMENT)
        manage.save_plan(s, b, "Support", (_item(s, "Environment", "Access to weapons"),), 0)
        manage.save_plan(
            s,
            b,
            "Support",
            (
                _item(s, "Target", "Access to weapons"),
                _item(s, "Student", "Grievance or desire for revenge"),
            ),
            1,
        )
        # C: another model; "Access to weapons" is its words too, "Trusted adult" is not.
        c = _case(s, "Cy Dunmore", datetime(2026, 11, 2, 8, 0), second)
        _assess(s, c, second, ("Access to weapons", "Recent loss"), ("Trusted adult",), SALEM)
        cases.change_status(s, c, CaseStatus.MANAGEMENT)
        manage.save_plan(s, c, "Support", (_item(s, "Supervision", "Access to weapons"),), 0)
        # D: opened this year, never assessed.
        intake.intake_referral(
            s,
            intake.ReferralInput(
                student=Student(name="Di Everly", grade="6"),
                channel="phone",
                reporter_name="Priya Anand-Moss",
                verbatim="A worrying drawing.",
                received_at=datetime(2026, 11, 3, 8, 0).astimezone(),
            ),
        )
        pin_clock(datetime(2027, 3, 15, 10, 0))
        yield s
    finally:
        sessions.lock(s)


def _counted(s: Session, minimum: int) -> dict[Figure, dict[tuple[str, str], int | None]]:
    published = prevention.factor_tables(s.ocf.conn, school_year(2026), minimum)
    return {
        t.figure: {
            (row, column): t.values.cells[i][j]
            for i, row in enumerate(t.rows)
            for j, column in enumerate(t.columns)
            if t.values.cells[i][j] != 0
        }
        for t in published
    }


EXPECTED = {
    Figure.RISK_FACTORS: {
        ("Grievance or desire for revenge", "Cases"): 2,
        ("Access to weapons", "Cases"): 2,  # one case under each model
        ("Communicated intent", "Cases"): 1,
        ("Recent loss", "Cases"): 1,
        (WRITTEN_IN, "Cases"): 1,
    },
    Figure.PROTECTIVE_FACTORS: {
        ("Trusted adult at school", "Cases"): 2,
        ("Help-seeking", "Cases"): 1,
        ("Trusted adult", "Cases"): 1,
    },
    Figure.FACTOR_INTERVENTIONS: {
        ("Grievance or desire for revenge", "Student"): 2,
        ("Grievance or desire for revenge", "Environment"): 1,
        ("Access to weapons", "Target"): 1,
        ("Access to weapons", "Supervision"): 1,
        ("Communicated intent", "Student"): 1,
        ("Communicated intent", "Environment"): 1,
    },
}


def test_every_factor_counts_the_hand_built_file(built: Session) -> None:
    counted = _counted(built, 1)
    assert set(counted) == set(EXPECTED) == set(FIGURES)
    for figure, expected in EXPECTED.items():
        assert (figure, counted[figure]) == (figure, expected)


def test_most_first_and_every_model_factor_listed(built: Session) -> None:
    risk, protective, against = prevention.factor_tables(
        built.ocf.conn, school_year(2026), minimum=1
    )
    # Most first, ties in the model's order (the team's NTAC first), zeros after, typed last.
    assert risk.rows[:4] == (
        "Grievance or desire for revenge",
        "Access to weapons",
        "Communicated intent",
        "Recent loss",
    )
    assert risk.rows[-1] == WRITTEN_IN and "Being bullied" in risk.rows  # a zero, shown
    assert "A rivalry at chess club" not in risk.rows  # typed words are never shown
    assert protective.values.cells[0] == (2,)
    # The plan domains of the team's model as columns, another model's after them.
    assert against.columns == ("Student", "Target", "Environment", "Events ahead", "Supervision")
    assert against.rows == risk.rows[:4]  # the top factors: the four shown over zero


def test_small_counts_hidden_with_the_packs_minimum(built: Session) -> None:
    counted = _counted(built, 10)
    # Every count here is 1 or 2: hidden, so no factor is "top" and nothing is followed.
    assert all(v is None for v in counted[Figure.RISK_FACTORS].values())
    assert all(v is None for v in counted[Figure.PROTECTIVE_FACTORS].values())
    assert counted[Figure.FACTOR_INTERVENTIONS] == {}
    # A minimum of 2 hides the 1s, keeps the 2s, and follows only the factors shown.
    two = prevention.factor_tables(built.ocf.conn, school_year(2026), 2)
    assert two[0].values.cells[:2] == ((2,), (2,))
    assert None in [c[0] for c in two[0].values.cells]
    assert two[2].rows == ("Grievance or desire for revenge", "Access to weapons")


def test_the_year_carries_the_view_into_json_and_csv(built: Session) -> None:
    result = stats.year_statistics(built, 2026)
    assert [t.figure for t in result.tables][-3:] == list(FIGURES)
    data = json.loads(stats.as_json(result))
    by_figure = {t["figure"]: t for t in data["tables"]}
    assert by_figure["risk_factors"]["rows"][-1] == WRITTEN_IN
    assert by_figure["risk_factors"]["cells"][0] == [None]  # 2 cases: under 10
    assert "factor_interventions" in by_figure
    lines = list(csv.reader(io.StringIO(stats.as_csv(result).decode("utf-8-sig"))))
    titles = {line[1] for line in lines[1:]}
    assert {t.title for t in result.tables[-3:]} <= titles
    risk_title = result.tables[-3].title
    assert ["2026-27", risk_title, "Access to weapons", "Cases", "<10"] in lines


def test_the_annual_report_prints_the_view(built: Session) -> None:
    prepared = printing.prepare(built, printing.PrintRequest("annual", year=2026))
    printed = text(prepared.pdf)
    result = stats.year_statistics(built, 2026)
    first = len(result.tables) - len(FIGURES) + 1
    for number, table in enumerate(result.tables[-3:], first):
        assert f"{number}. {table.title}" in printed
    assert "Grievance or desire for revenge —" in printed  # 2 cases: hidden
    assert "planning prevention across the school" in printed
    # Every count is hidden at 10: no factor is followed, and the page says why.
    assert "No risk factor was named in enough cases to be printed" in printed
    assert "A rivalry at chess club" not in printed and "Ada" not in printed
