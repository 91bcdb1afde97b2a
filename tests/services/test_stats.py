"""Program statistics against a hand-built case file: five cases taken through the services on
pinned days, every figure counted by hand (table-driven), then published with suppression."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.evaluation import (
    Discipline,
    Evaluation,
    LawEnforcement,
    Race,
    Service,
    Sex,
    enrollment,
)
from btam_desktop.domain.plan import Closure, Intervention, InterventionStatus, InterventionType
from btam_desktop.domain.prevention import FIGURES
from btam_desktop.domain.records import new_id
from btam_desktop.domain.referral import Student
from btam_desktop.domain.statistics import Figure, build, school_year, tables
from btam_desktop.services import (
    assess,
    cases,
    evaluation,
    harm_to_self,
    intake,
    manage,
    members,
    session as sessions,
    stats,
)
from btam_desktop.services.contracts.cases import CaseEdit
from btam_desktop.services.session import TEST_KDF, Session
from btam_desktop.storage import stats_repo
from tests.conftest import PinClock, make_case_file
from tests.scenario import required_answers


def _refer(s: Session, name: str, channel: str, at: datetime, *, iep: bool = False) -> str:
    result, _ = intake.intake_referral(
        s,
        intake.ReferralInput(
            student=Student(name=name, grade="8", iep_504=iep),
            channel=channel,
            reporter_name="Priya Anand-Moss",
            verbatim="Said something worrying in class.",
            received_at=at.astimezone(),
        ),
    )
    return result.case_id


def _assess(s: Session, case_id: str, level: str, on: date, second: str) -> None:
    cases.change_status(s, case_id, CaseStatus.ASSESSMENT)
    form = assess.new_assessment_form(s, case_id)
    assess.record_assessment(
        s,
        case_id,
        assess.AssessmentInput(
            "ntac",
            required_answers(form.pack),
            level,
            "Seen by the team.",
            (s.member_id, second),
            assessed_on=on,
        ),
    )


def _item(kind: InterventionType, status: InterventionStatus, s: Session) -> Intervention:
    return Intervention(
        id=new_id(),
        domain="Subject",
        type=kind,
        description=f"{kind.value} for the student",
        start_on=date(2026, 9, 1),
        responsible_id=s.member_id,
        status=status,
        status_reason="The family declined." if status is InterventionStatus.DISCONTINUED else "",
    )


def _plan(s: Session, case_id: str, *items: Intervention) -> None:
    cases.change_status(s, case_id, CaseStatus.MANAGEMENT)
    manage.save_plan(s, case_id, "Support", items, 0)


@pytest.fixture
def built(tmp_path: Path, pin_clock: PinClock) -> Iterator[Session]:
    opened: list[Session] = []
    try:
        yield _build(pin_clock, tmp_path / "team.btam", opened)
    finally:
        for s in opened:  # locked even when building failed half-way
            sessions.lock(s)


def _build(pin: PinClock, folder: Path, built: list[Session]) -> Session:
    pin(datetime(2026, 6, 20, 9, 0))
    s, _ = make_case_file(folder)
    built.append(s)
    marcus, _ = members.add_member(
        s, "Marcus Feldspar", "psychologist", "marcus passphrase ok", kdf=TEST_KDF
    )
    second = marcus.id
    # E: last school year, closed in this one after its assessment, level unchanged.
    e = _refer(s, "Eli Ashgrove", "in_person", datetime(2026, 6, 20, 8, 0))
    pin(datetime(2026, 6, 22, 10, 0))
    intake.record_screening(s, e, "inquiry", second, "")
    pin(datetime(2026, 6, 25, 10, 0))
    _assess(s, e, "moderate", date(2026, 6, 25), second)
    pin(datetime(2026, 8, 15, 10, 0))
    manage.close_case(s, e, Closure(summary="Concern resolved at assessment."))
    # Opened last school year: its evaluation fields count in 2025-26, not here.
    evaluation.save(
        s,
        e,
        Evaluation(hispanic=False, races=frozenset({Race.WHITE}), discipline=Discipline.SUSPENSION),
    )
    # A: email, screened the same day, high at first, low at closure, closed in management.
    pin(datetime(2026, 9, 1, 15, 0))
    a = _refer(s, "Ada Brightwater", "email", datetime(2026, 9, 1, 9, 0))
    intake.record_screening(s, a, "inquiry", second, "")
    pin(datetime(2026, 9, 4, 15, 0))
    _assess(s, a, "high", date(2026, 9, 4), second)
    _plan(
        s,
        a,
        _item(InterventionType.COUNSELING, InterventionStatus.DONE, s),
        _item(InterventionType.MENTORING, InterventionStatus.PLANNED, s),
    )
    pin(datetime(2026, 11, 20, 15, 0))
    cases.update_case(s, a, CaseEdit(level_of_concern="low"))
    manage.close_case(s, a, Closure(summary="Doing well."), "The mentor starts in spring.")
    evaluation.save(
        s,
        a,
        Evaluation(
            hispanic=True,
            races=frozenset({Race.WHITE}),
            sex=Sex.FEMALE,
            english_learner=False,
            services=frozenset({Service.COUNSELING, Service.MENTORING}),
            discipline=Discipline.NONE,
            law_enforcement=LawEnforcement.NONE,
        ),
    )
    # B: phone, dismissed two days later.
    pin(datetime(2026, 9, 12, 15, 0))
    b = _refer(s, "Bo Carrow", "phone", datetime(2026, 9, 10, 9, 0))
    intake.record_screening(s, b, "dismiss", second, "A misunderstood joke.")
    evaluation.save(
        s,
        b,
        Evaluation(
            hispanic=False,
            races=frozenset({Race.BLACK, Race.WHITE}),
            sex=Sex.MALE,
            discipline=Discipline.IN_SCHOOL,
        ),
    )
    # C: tip line, handled at screening the same day.
    pin(datetime(2026, 10, 3, 15, 0))
    c = _refer(s, "Cy Dunmore", "tip_line", datetime(2026, 10, 3, 9, 0))
    intake.record_screening(s, c, "handle", second, "Transient; resolved with an apology.")
    evaluation.save(
        s,
        c,
        Evaluation(
            hispanic=False,
            races=frozenset({Race.ASIAN}),
            sex=Sex.MALE,
            english_learner=True,
            services=frozenset({Service.FAMILY}),
            law_enforcement=LawEnforcement.CONSULTED,
        ),
    )
    # D: tip line, screened 15 days later, assessed 36 days after the report; still open.
    pin(datetime(2026, 10, 5, 15, 0))
    # Nothing recorded for program evaluation but the IEP or 504 plan intake asks about.
    d = _refer(s, "Di Everly", "tip_line", datetime(2026, 10, 5, 9, 0), iep=True)
    pin(datetime(2026, 10, 20, 15, 0))
    intake.record_screening(s, d, "inquiry", second, "")
    pin(datetime(2026, 11, 10, 15, 0))
    _assess(s, d, "moderate", date(2026, 11, 10), second)
    _plan(
        s,
        d,
        _item(InterventionType.SUPERVISION, InterventionStatus.ACTIVE, s),
        _item(InterventionType.COUNSELING, InterventionStatus.DISCONTINUED, s),
    )
    # Harm to self: D marked at screening, the mark removed and set again (counted once).
    harm_to_self.mark(s, d, date(2026, 10, 20), second, "screening")
    harm_to_self.unmark(s, d, "Set on the wrong day.")
    harm_to_self.mark(s, d, date(2026, 10, 19), second, "screening")
    pin(datetime(2027, 3, 15, 10, 0))
    return s


def _counts(s: Session) -> dict[Figure, dict[tuple[str, str], int]]:
    got = tables(stats_repo.case_facts(s.ocf.conn), school_year(2026), cases.level_choices(s))
    return {
        t.figure: {
            (row, column): t.counts[i][j]
            for i, row in enumerate(t.rows)
            for j, column in enumerate(t.columns)
            if t.counts[i][j]
        }
        for t in got
    }


EXPECTED = {
    Figure.BY_MONTH: {("September 2026", "Cases"): 2, ("October 2026", "Cases"): 2},
    Figure.BY_CHANNEL: {("Email", "Cases"): 1, ("Phone", "Cases"): 1, ("Tip line", "Cases"): 2},
    Figure.FIRST_LEVEL: {
        ("High concern", "Cases"): 1,
        ("Moderate concern", "Cases"): 1,
        ("Not assessed", "Cases"): 2,
    },
    Figure.OUTCOMES: {
        ("Dismissed at screening", "Cases"): 1,
        ("Handled at screening level", "Cases"): 1,
        ("Closed after assessment", "Cases"): 1,
        ("Closed during management", "Cases"): 1,
    },
    Figure.CLOSING_LEVEL: {
        ("Low concern", "Cases"): 1,
        ("Moderate concern", "Cases"): 1,
        ("No level recorded", "Cases"): 2,
    },
    Figure.LEVEL_CHANGE: {("Went down", "Cases"): 1, ("Stayed the same", "Cases"): 1},
    Figure.INTERVENTIONS: {
        ("Counseling or mental-health referral", "Delivered"): 1,
        ("Counseling or mental-health referral", "Discontinued"): 1,
        ("Mentoring / trusted adult", "Planned"): 1,
        ("Supervision", "Under way"): 1,
    },
    Figure.DAYS_TO_SCREENING: {
        ("Same day", "Cases"): 2,
        ("1-2 days", "Cases"): 1,
        ("15-30 days", "Cases"): 1,
    },
    Figure.DAYS_TO_ASSESSMENT: {("3-7 days", "Cases"): 1, ("Over 30 days", "Cases"): 1},
    Figure.RACE: {
        ("Hispanic/Latino (of any race)", "Cases"): 1,  # Hispanic and White: Hispanic
        ("Asian", "Cases"): 1,
        ("Two or more races", "Cases"): 1,
        ("Not recorded", "Cases"): 1,
    },
    Figure.SEX: {("Female", "Cases"): 1, ("Male", "Cases"): 2, ("Not recorded", "Cases"): 1},
    Figure.IEP_504: {("IEP or 504 plan", "Cases"): 1, ("No IEP or 504 plan", "Cases"): 3},
    Figure.ENGLISH_LEARNER: {
        ("English learner", "Cases"): 1,
        ("Not an English learner", "Cases"): 1,
        ("Not recorded", "Cases"): 2,
    },
    Figure.DISCIPLINE: {
        ("No discipline", "Cases"): 1,
        ("In-school discipline", "Cases"): 1,
        ("Not recorded", "Cases"): 2,
    },
    Figure.LAW_ENFORCEMENT: {
        ("No law-enforcement involvement", "Cases"): 1,
        ("Law enforcement consulted", "Cases"): 1,
        ("Not recorded", "Cases"): 2,
    },
    Figure.SERVICES: {
        ("Counseling", "Cases"): 1,
        ("Mentoring", "Cases"): 1,
        ("Family support", "Cases"): 1,
    },
    Figure.HARM_TO_SELF: {("Harm to self identified", "Cases"): 1, ("Not identified", "Cases"): 3},
}


def test_every_figure_counts_the_hand_built_file(built: Session) -> None:
    counted = _counts(built)
    # The prevention view's figures are counted in test_prevention.py.
    assert set(EXPECTED) == set(Figure) - set(FIGURES)
    for figure, expected in EXPECTED.items():
        assert (figure, counted[figure]) == (figure, expected)


def test_the_year_is_published_with_every_small_count_hidden(built: Session) -> None:
    result = stats.year_statistics(built, 2026)
    assert (result.label, result.start, result.end) == (
        "2026-27",
        date(2026, 7, 1),
        date(2027, 6, 30),
    )
    assert result.minimum == 10
    assert result.years == (2026, 2025)
    assert result.opened is None and result.closed is None  # 4 of each: under 10
    for table in result.tables:
        shown = [v for row in table.values.cells for v in row if v is not None]
        assert all(v == 0 for v in shown), table.figure
    assert all(m.days is None for m in result.medians)
    assert result.not_counted == ()
    assert result.enrollment is None


def test_this_school_year_by_default_and_any_dates(built: Session) -> None:
    assert stats.year_statistics(built).year == 2026  # the clock reads March 2027
    since_june = stats.year_statistics(built, start=date(2026, 6, 1), end=date(2026, 9, 30))
    assert since_june.year is None and since_june.label == "2026-06-01 to 2026-09-30"
    months = since_june.tables[0].rows
    assert months[0] == "June 2026" and months[-1] == "September 2026"


def test_a_period_needs_both_ends(built: Session) -> None:
    from btam_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="both"):
        stats.year_statistics(built, start=date(2026, 6, 1))
    with pytest.raises(ValidationError, match="not a school year"):
        stats.year_statistics(built, 9999)


def test_medians_and_a_minimum_of_one_publish_the_counts(built: Session) -> None:
    facts = stats_repo.case_facts(built.ocf.conn)
    figures = build(facts, school_year(2026), cases.level_choices(built), minimum=1)
    assert [(m.figure, m.count, m.days) for m in figures.medians] == [
        (Figure.DAYS_TO_SCREENING, 4, 1.0),  # 0, 0, 2 and 15 days
        (Figure.DAYS_TO_ASSESSMENT, 2, 19.5),  # 3 and 36 days
    ]
    assert figures.table(Figure.BY_MONTH).values.total == 4
    assert figures.table(Figure.INTERVENTIONS).values.column_totals == (1, 1, 1, 1)


#: Enrollment of 2026-27 for the shares: 400 students.
ENROLLMENT = enrollment(
    2026,
    400,
    {
        "hispanic": 100,
        "asian": 40,
        "two_or_more": 20,
        "white": 200,
        "female": 196,
        "male": 200,
        "iep_504": 60,
        "english_learner": 50,
    },
)

#: (figure, row) -> (share of cases, enrollment, share of enrollment, ratio), counted by hand
#: with a minimum of 1 (nothing hidden). Shares of cases are among cases with the group
#: recorded: 3 for race/ethnicity and sex, 4 for the plan, 2 for English learners.
SHARES = [
    (Figure.RACE, "Hispanic/Latino (of any race)", (1 / 3, 100, 0.25, (1 / 3) / 0.25)),
    (Figure.RACE, "Asian", (1 / 3, 40, 0.10, (1 / 3) / 0.10)),
    (Figure.RACE, "White", (0.0, 200, 0.5, 0.0)),
    (Figure.RACE, "Black or African American", (0.0, None, None, None)),  # not typed in
    (Figure.RACE, "Not recorded", (None, None, None, None)),
    (Figure.SEX, "Male", (2 / 3, 200, 0.5, (2 / 3) / 0.5)),
    (Figure.IEP_504, "IEP or 504 plan", (0.25, 60, 0.15, 0.25 / 0.15)),
    (Figure.IEP_504, "No IEP or 504 plan", (0.75, 340, 0.85, 0.75 / 0.85)),
    (Figure.ENGLISH_LEARNER, "English learner", (0.5, 50, 0.125, 4.0)),
    (Figure.ENGLISH_LEARNER, "Not an English learner", (0.5, 350, 0.875, 0.5 / 0.875)),
]


@pytest.mark.parametrize(("figure", "row", "expected"), SHARES)
def test_each_group_s_share_of_cases_beside_its_share_of_enrollment(
    built: Session,
    figure: Figure,
    row: str,
    expected: tuple[float | None, int | None, float | None, float | None],
) -> None:
    facts = stats_repo.case_facts(built.ocf.conn)
    table = build(
        facts, school_year(2026), cases.level_choices(built), minimum=1, enrollment=ENROLLMENT
    ).table(figure)
    assert [d.name for d in table.derived] == [
        "Share of cases",
        "Enrollment",
        "Share of enrollment",
        "Ratio",
    ]
    i = table.rows.index(row)
    got = [d.values[i] for d in table.derived]
    for value, want in zip(got, expected, strict=True):
        assert value == (None if want is None else pytest.approx(want))


def test_the_year_carries_the_typed_enrollment_and_hides_shares_of_hidden_counts(
    built: Session,
) -> None:
    evaluation.save_enrollment(built, 2026, 400, dict(ENROLLMENT.counts))
    result = stats.year_statistics(built, 2026)
    assert result.enrollment == ENROLLMENT
    race = next(t for t in result.tables if t.figure is Figure.RACE)
    share, enrolled, of_school, ratio = race.derived
    hispanic = race.rows.index("Hispanic/Latino (of any race)")
    # Every count is under 10: no share of cases, no ratio; enrollment is the school's own.
    assert share.values[hispanic] is None and ratio.values[hispanic] is None
    assert enrolled.values[hispanic] == 100 and of_school.values[hispanic] == 0.25
    data = stats.as_json(result)
    assert '"name": "Ratio"' in data
    csv = stats.as_csv(result).decode("utf-8-sig")
    assert "Hispanic/Latino (of any race),Share of enrollment,25.0%" in csv
