"""Harm to self through the services: the mark set and removed (with a reason, kept with the
case, not in the audit log), the protocol's steps recorded and read back, the safety plan saved
and edited, a plan item of its kind seen, and every event carrying ids only."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from btam_desktop.domain import clock
from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.harm_to_self import CRISIS_LINE, MarkSource, progress
from btam_desktop.domain.plan import Intervention, InterventionType
from btam_desktop.domain.records import new_id
from btam_desktop.services import cases, harm_to_self as harm, manage, printing
from btam_desktop.services.errors import ValidationError
from btam_desktop.services.session import Session
from tests.reports.pdftext import pages, text
from tests.scenario import kenzie_in_management

TODAY = clock.today()
REASON = "Counselor's screening: the remark was a song lyric; Kenzie is safe."


def _details(session: Session, case_id: str) -> list[tuple[str, str]]:
    return [
        (e.action, json.dumps(e.detail))
        for e in session.ocf.audit.events(case_id)
        if e.action.startswith("harm.")
    ]


def test_mark_and_unmark_keep_who_when_and_why(session: Session) -> None:
    case_id, marcus = kenzie_in_management(session)
    assert harm.view(session, case_id).mark is None
    mark, changes = harm.mark(session, case_id, TODAY, marcus, "screening")
    assert changes.cases == {case_id}
    view = harm.view(session, case_id)
    assert view.mark == mark and mark.source is MarkSource.SCREENING
    assert mark.identified_by == marcus and mark.identified_on == TODAY
    with pytest.raises(ValidationError, match="already marked"):
        harm.mark(session, case_id, TODAY, marcus)
    with pytest.raises(ValidationError, match="why"):
        harm.unmark(session, case_id, "   ")
    harm.unmark(session, case_id, REASON)
    view = harm.view(session, case_id)
    assert view.mark is None
    (old,) = view.history
    assert old.clear_reason == REASON and old.cleared_by == session.member_id
    # Marked again later: a second row; the first keeps its reason.
    harm.mark(session, case_id, TODAY, None)
    assert [m.in_force for m in harm.view(session, case_id).history] == [False, True]
    events = _details(session, case_id)
    assert [a for a, _ in events] == ["harm.marked", "harm.unmarked", "harm.marked"]
    assert all("Kenzie" not in d and "lyric" not in d for _, d in events)


def test_bad_input_changes_nothing(session: Session) -> None:
    case_id, _ = kenzie_in_management(session)
    with pytest.raises(ValidationError, match="after today"):
        harm.mark(session, case_id, TODAY + timedelta(days=1), None)
    with pytest.raises(ValidationError, match="screening, assessment or case"):
        harm.mark(session, case_id, TODAY, None, "hallway")
    with pytest.raises(ValidationError, match="member of the team"):
        harm.mark(session, case_id, TODAY, "nobody")
    with pytest.raises(ValidationError, match="not marked"):
        harm.unmark(session, case_id, "no reason")
    assert harm.view(session, case_id).history == ()


def test_protocol_steps_round_trip_and_count(session: Session) -> None:
    case_id, marcus = kenzie_in_management(session)
    view = harm.view(session, case_id)
    assert view.protocol is not None
    assert progress(view.protocol, view.steps) == (0, 5)
    harm.record_step(
        session, case_id, harm.StepInput(step_id="screen", done_on=TODAY, by_id=marcus)
    )
    harm.record_step(
        session,
        case_id,
        harm.StepInput(
            step_id="parents",
            done_on=TODAY,
            by_name="Ms. Oyelaran (principal)",
            note="Mother called at 14:10; she will pick Kenzie up.",
        ),
    )
    # Recorded again: the earlier record changes, no second row.
    harm.record_step(
        session,
        case_id,
        harm.StepInput(step_id="screen", done_on=TODAY - timedelta(days=1), by_id=marcus),
    )
    view = harm.view(session, case_id)
    assert progress(view.protocol, view.steps) == (2, 5)
    steps = {s.step_id: s for s in view.steps}
    assert steps["screen"].done_on == TODAY - timedelta(days=1)
    assert steps["parents"].by_name == "Ms. Oyelaran (principal)"
    assert steps["parents"].note.startswith("Mother called")
    assert steps["screen"].label.startswith("A trained staff member")
    with pytest.raises(ValidationError, match="not a step"):
        harm.record_step(session, case_id, harm.StepInput(step_id="x", done_on=TODAY, by_id=marcus))
    with pytest.raises(ValidationError, match="who did"):
        harm.record_step(session, case_id, harm.StepInput(step_id="follow_up", done_on=TODAY))
    details = [d for a, d in _details(session, case_id) if a == "harm.step_recorded"]
    assert details == ['{"step": "screen"}', '{"step": "parents"}', '{"step": "screen"}']


def test_safety_plan_saved_edited_and_seen_on_the_plan(session: Session) -> None:
    case_id, marcus = kenzie_in_management(session)
    with pytest.raises(ValidationError, match="empty"):
        harm.save_safety_plan(session, case_id, harm.SafetyPlanInput(made_on=TODAY))
    plan, _ = harm.save_safety_plan(
        session,
        case_id,
        harm.SafetyPlanInput(
            made_on=TODAY, warning_signs="Staying in my room", coping="Drawing", crisis_line=""
        ),
    )
    assert plan.crisis_line == CRISIS_LINE and plan.saved_by == session.member_id
    again, _ = harm.save_safety_plan(
        session,
        case_id,
        harm.SafetyPlanInput(made_on=TODAY, warning_signs="Staying in my room", adults="Coach"),
    )
    assert again.id == plan.id and again.adults == "Coach" and again.coping == ""
    assert not harm.view(session, case_id).on_plan
    manage.save_plan(
        session,
        case_id,
        "Keep Kenzie safe.",
        (
            Intervention(
                id=new_id(),
                domain="Student",
                type=InterventionType.SAFETY_PLAN,
                description="Safety plan made with Kenzie; reviewed weekly",
                start_on=TODAY,
                responsible_id=marcus,
            ),
        ),
        0,
    )
    assert harm.view(session, case_id).on_plan


def test_a_closed_case_takes_no_new_mark(session: Session) -> None:
    case_id, _ = kenzie_in_management(session)
    cases.change_status(session, case_id, CaseStatus.CLOSED, "Moved away.")
    with pytest.raises(ValidationError, match="closed"):
        harm.mark(session, case_id, TODAY, None)


def test_the_safety_plan_prints_on_one_confidential_page_and_is_logged(
    session: Session, tmp_path: Path
) -> None:
    case_id, _ = kenzie_in_management(session)
    request = printing.PrintRequest("safety-plan", case_id)
    with pytest.raises(ValidationError, match="No safety plan"):
        printing.prepare(session, request)
    harm.save_safety_plan(
        session,
        case_id,
        harm.SafetyPlanInput(
            made_on=TODAY,
            made_with="Ms. Okafor-Lind (school counselor)",
            warning_signs="I stop answering my friends.\nI can't sleep.",
            coping="Headphones and a walk around the track",
            people_places="The art room at lunch; my cousin Dev",
            adults="Coach Ruiz (room 14); Mom",
        ),
    )
    prepared = printing.prepare(session, request)
    assert len(pages(prepared.pdf)) == 1
    words = text(prepared.pdf)
    for expected in (
        "CONFIDENTIAL",
        "Safety plan",
        "Kenzie",
        "Warning signs",
        "I stop answering my friends.",
        "Headphones and a walk around the track",
        "The art room at lunch",
        "Coach Ruiz (room 14)",
        "988",
        "not a clinical assessment",
    ):
        assert expected in words, expected
    (tmp_path / "safety-plan.pdf").write_bytes(prepared.pdf)
    disclosure, _ = printing.record_print(session, prepared)
    assert disclosure.case_id == case_id and disclosure.document.value == "safety-plan"
    assert [d.id for d in printing.disclosures_of(session, case_id)] == [disclosure.id]
