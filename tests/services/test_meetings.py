"""Meetings through the services: schedule with an agenda built from the case file, attendance
and quorum, decisions, action items that become case work and tasks, approval, addenda, .ics."""

from __future__ import annotations

import errno
import os
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from btam_desktop.domain import clock
from btam_desktop.domain.errors import NotFoundError, PermissionDeniedError
from btam_desktop.domain.meeting import AgendaKind
from btam_desktop.domain.plan import Intervention, InterventionStatus, InterventionType, Plan
from btam_desktop.domain.records import new_id
from btam_desktop.domain.tasks import TaskKind
from btam_desktop.services import assess, cases, inquiry, manage, meetings, members, roster, tasks
from btam_desktop.services.errors import DiskFullError, ValidationError
from btam_desktop.services.meetings import ActionInput
from btam_desktop.services.session import TEST_KDF, Session
from btam_desktop.storage import manage_repo
from tests.conftest import PinClock
from tests.scenario import kenzie_in_inquiry, kenzie_in_management, required_answers

TODAY = clock.today()
KENZIE = "Kenzie Varga-Holloway"


def _meeting(session: Session, chair: str | None = None, days: int = 3) -> str:
    meeting, _ = meetings.schedule(
        session,
        meetings.MeetingInput(
            TODAY + timedelta(days=days), "15:30", 60, "Room 12", chair or session.member_id
        ),
    )
    return meeting.id


def test_scheduling_builds_the_agenda_from_what_is_due(session: Session) -> None:
    case_id, marcus = kenzie_in_inquiry(session)
    number = cases.get_case(session, case_id).case.number
    items = inquiry.checklist(session, case_id).items
    inquiry.update_item(
        session,
        items[0].id,
        inquiry.ItemEdit(marcus, TODAY - timedelta(days=2), "not_started", "", "", None, False),
    )
    view = meetings.view(session, _meeting(session))
    kinds = [(i.kind, i.title) for i in view.minutes.agenda]
    assert kinds == [  # the case once: its overdue inquiry items join the new referral's item
        (AgendaKind.NEW_REFERRAL, number),
        (AgendaKind.TRAINING, "Training due"),
        (AgendaKind.OTHER, "Other business"),
    ]
    line = view.cases[case_id]
    assert (line.initials, line.student) == ("K.V.-H.", KENZIE)
    assert all(KENZIE not in i.reason and KENZIE not in i.title for i in view.minutes.agenda)


def test_required_notifications_reach_the_agenda_and_the_case_managers_tasks(
    session: Session,
) -> None:
    case_id, marcus = kenzie_in_management(session)
    form = assess.new_assessment_form(session, case_id)
    assess.record_assessment(
        session,
        case_id,
        assess.AssessmentInput(
            "ntac",
            required_answers(form.pack),
            "high",
            "A plan and a date.",
            (session.member_id, marcus),
        ),
    )
    cases.update_case(session, case_id, cases.CaseEdit(case_manager_id=session.member_id))
    agenda = meetings.view(session, _meeting(session)).minutes.agenda
    (kenzie,) = [i for i in agenda if i.case_id == case_id]  # one item for the case
    assert kenzie.reason.endswith("Still to notify: parents or guardians"), kenzie.reason
    mine = [t for t in tasks.tasks_of(session) if t.kind is TaskKind.NOTIFICATION]
    assert [t.title for t in mine] == ["Notify parents or guardians"]
    manage.add_notification(
        session,
        case_id,
        manage.NotificationInput(
            "parents", "Mr. Varga", TODAY, "phone", "The concern and the plan", "school_official"
        ),
    )
    again = meetings.view(session, _meeting(session, days=4)).minutes.agenda
    assert not [i for i in again if "Still to notify" in i.reason]
    assert not [t for t in tasks.tasks_of(session) if t.kind is TaskKind.NOTIFICATION]


def test_attendance_checks_quorum_against_the_packs_roles(session: Session) -> None:
    meeting_id = _meeting(session)
    quorum, _ = meetings.set_attendance(session, meeting_id, (session.member_id,))
    assert quorum.missing == ("counselor", "law_enforcement")
    counselor, _ = members.add_member(
        session, "Lucía Ferreira-Boyd", "counselor", "lucia passphrase ok", kdf=TEST_KDF
    )
    officer, _ = members.add_member(
        session, "Ray Castellan", "sro", "ray passphrase is ok", kdf=TEST_KDF
    )
    quorum, _ = meetings.set_attendance(
        session, meeting_id, (session.member_id, counselor.id, officer.id), "A grade 7 teacher"
    )
    assert quorum.complete and quorum.size == 3
    assert meetings.view(session, meeting_id).meeting.attendance.guests == "A grade 7 teacher"


def test_action_items_flow_into_the_case_and_the_assignees_tasks(session: Session) -> None:
    case_id, marcus = kenzie_in_management(session)
    meeting_id = _meeting(session)
    item = meetings.view(session, meeting_id).minutes.agenda[0]
    assert item.case_id == case_id
    meetings.record_decision(
        session,
        meeting_id,
        item.id,
        "Add a daily check-in.",
        "Steady, but unresolved.",
        "One member would wait.",
    )
    due = TODAY + timedelta(days=6)
    intervention, _ = meetings.add_action(
        session,
        meeting_id,
        meetings.ActionInput(item.id, "intervention", "Daily check-in", marcus, due),
    )
    question, _ = meetings.add_action(
        session,
        meeting_id,
        meetings.ActionInput(item.id, "inquiry", "Ask the bus driver", marcus, due),
    )
    task, _ = meetings.add_action(
        session,
        meeting_id,
        meetings.ActionInput(item.id, "task", "Call the family", marcus, TODAY - timedelta(days=1)),
    )
    plan = manage.plan_view(session, case_id).latest
    assert plan is not None and plan.interventions[-1].id == intervention.linked_id
    assert plan.interventions[-1].responsible_id == marcus
    checklist = inquiry.checklist(session, case_id).items
    assert any(
        i.id == question.linked_id and i.assignee_id == marcus and i.due_on == due
        for i in checklist
    )

    mine = {(t.kind, t.title) for t in tasks.tasks_of(session, marcus)}
    assert {
        (TaskKind.INTERVENTION, "Daily check-in"),
        (TaskKind.INQUIRY, "Ask the bus driver"),
        (TaskKind.ACTION, "Call the family"),
    } <= mine
    assert not [t for t in tasks.tasks_of(session) if t.kind is TaskKind.ACTION]

    with pytest.raises(ValidationError, match="tracked there"):
        tasks.complete_action(session, intervention.id)
    tasks.complete_action(session, task.id)
    assert not [t for t in tasks.tasks_of(session, marcus) if t.kind is TaskKind.ACTION]


def _intervention(who: str, **kw: Any) -> Intervention:
    return Intervention(
        id=new_id(),
        domain="Subject",
        type=InterventionType.COUNSELING,
        description="Weekly counseling",
        start_on=TODAY,
        responsible_id=who,
        frequency="weekly",
        **kw,
    )


def _action_for(session: Session, meeting_id: str, case_id: str, who: str) -> ActionInput:
    item = next(
        i for i in meetings.view(session, meeting_id).minutes.agenda if i.case_id == case_id
    )
    return ActionInput(item.id, "intervention", "Daily check-in", who, TODAY + timedelta(days=6))


def test_an_action_becomes_a_plan_version_like_any_other(session: Session) -> None:
    """A meeting's intervention is a new version of the plan, saved as the Plan tab saves one:
    the same audit event (the timeline counts its interventions), and a plan opened before
    the meeting is not saved over it."""
    case_id, marcus = kenzie_in_management(session)
    before, _ = manage.save_plan(
        session, case_id, "Kenzie feels safe.", (_intervention(marcus),), 0
    )
    meeting_id = _meeting(session)
    action, _ = meetings.add_action(
        session, meeting_id, _action_for(session, meeting_id, case_id, marcus)
    )
    plan = manage.plan_view(session, case_id).latest
    assert plan is not None and (plan.version, plan.goals) == (2, "Kenzie feels safe.")
    assert [i.id for i in plan.interventions] == [before.interventions[0].id, action.linked_id]
    saved = [e.detail for e in session.ocf.audit.events(case_id) if e.action == "plan.saved"]
    assert saved == [
        {"version": 1, "interventions": 1},
        {"version": 2, "interventions": 2, "from": "meeting"},
    ]
    with pytest.raises(manage.PlanChangedError):
        manage.save_plan(session, case_id, "Kenzie feels safe.", before.interventions, 1)


def test_an_action_the_plans_rules_refuse_writes_nothing(session: Session) -> None:
    """The plan an action joins holds an intervention the rules refuse (stored before the rule,
    as an older version could): the action is refused with the Plan tab's words, and no action
    item, plan version or event is written."""
    case_id, marcus = kenzie_in_management(session)
    stopped = _intervention(marcus, status=InterventionStatus.DISCONTINUED)
    with session.ocf.transaction(intent="tests.setup") as tx:
        manage_repo.insert_plan(
            tx,
            Plan(id=new_id(), case_id=case_id, version=1, goals="", interventions=(stopped,)),
            session.member_id,
        )
    meeting_id = _meeting(session)
    events = len(session.ocf.audit.events())
    action = _action_for(session, meeting_id, case_id, marcus)
    with pytest.raises(ValidationError, match="was discontinued: say why"):
        meetings.add_action(session, meeting_id, action)
    with pytest.raises(ValidationError, match="was discontinued: say why"):
        manage.save_plan(session, case_id, "", (stopped,), 1)
    plan = manage.plan_view(session, case_id).latest
    assert plan is not None and plan.version == 1
    assert meetings.view(session, meeting_id).minutes.actions == ()
    assert len(session.ocf.audit.events()) == events


def test_only_the_chair_approves_and_then_the_minutes_are_locked(session: Session) -> None:
    marcus, _ = members.add_member(
        session, "Marcus Feldspar", "psychologist", "marcus passphrase ok", kdf=TEST_KDF
    )
    meeting_id = _meeting(session, chair=marcus.id)
    item = meetings.view(session, meeting_id).minutes.agenda[0]
    with pytest.raises(ValidationError, match="not approved yet"):
        meetings.add_addendum(session, meeting_id, "Too early")
    meetings.set_attendance(session, meeting_id, (session.member_id, marcus.id))
    with pytest.raises(ValidationError, match="Only the chair"):
        meetings.approve(session, meeting_id)
    meetings.update(
        session, meeting_id, meetings.MeetingInput(TODAY, "15:30", 60, "Room 12", session.member_id)
    )
    approved, _ = meetings.approve(session, meeting_id)
    assert approved.approved
    for attempt in (
        lambda: meetings.record_decision(session, meeting_id, item.id, "Late"),
        lambda: meetings.set_attendance(session, meeting_id, ()),
        lambda: meetings.save_agenda(session, meeting_id, []),
        lambda: meetings.approve(session, meeting_id),
    ):
        with pytest.raises(ValidationError, match="approved and locked"):
            attempt()
    meetings.add_addendum(session, meeting_id, "Correction: the room was 14.")
    assert [a.text for a in meetings.view(session, meeting_id).minutes.addenda] == [
        "Correction: the room was 14."
    ]


def test_approval_needs_attendance(session: Session) -> None:
    with pytest.raises(ValidationError, match="who attended"):
        meetings.approve(session, _meeting(session))


def test_minutes_are_not_approved_before_the_meeting_day(
    session: Session, pin_clock: PinClock
) -> None:
    """The minutes of Friday's meeting cannot be approved on Thursday, even late at night."""
    pin_clock(datetime(2026, 12, 10, 23, 55), "America/New_York")  # UTC: already Friday
    meeting, _ = meetings.schedule(
        session, meetings.MeetingInput(date(2026, 12, 11), "15:30", 60, "Room 12", None)
    )
    meetings.set_attendance(session, meeting.id, (session.member_id,))
    with pytest.raises(ValidationError, match="on 2026-12-11: its minutes can be approved from"):
        meetings.approve(session, meeting.id)
    assert not meetings.view(session, meeting.id).meeting.approved
    pin_clock(datetime(2026, 12, 11, 8, 0), "America/New_York")
    approved, _ = meetings.approve(session, meeting.id)
    assert approved.approved


def test_the_chair_arranges_the_agenda(session: Session) -> None:
    kenzie_in_inquiry(session)
    meeting_id = _meeting(session)
    items = list(meetings.view(session, meeting_id).minutes.agenda)
    added = meetings.other_item("Spring training dates", 7)
    arranged = [items[-1], added, *items[:-1]]
    meetings.save_agenda(session, meeting_id, arranged)
    again = meetings.view(session, meeting_id).minutes
    assert [i.id for i in again.agenda] == [i.id for i in arranged]
    assert again.total_minutes() == sum(i.minutes for i in arranged)
    meetings.save_agenda(session, meeting_id, arranged[1:])
    first = meetings.view(session, meeting_id).minutes.agenda[0]
    assert first.title == "Spring training dates"
    rebuilt, _ = meetings.rebuild_agenda(session, meeting_id)
    assert "Spring training dates" in [i.title for i in rebuilt]
    assert rebuilt[-1].title == "Other business"
    with pytest.raises(ValidationError, match="between 1 and 240"):
        meetings.save_agenda(session, meeting_id, [meetings.other_item("Long", 500)])


def test_ics_has_time_and_place_but_no_case_or_student(session: Session) -> None:
    case_id, _ = kenzie_in_inquiry(session)
    meeting_id = _meeting(session)
    text = meetings.ics(session, meeting_id).decode()
    assert "BEGIN:VEVENT" in text and "LOCATION:Room 12" in text and "T153000" in text
    assert "Kenzie" not in text and cases.get_case(session, case_id).case.number not in text


def test_the_ics_file_is_written_whole_or_not_at_all(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written by the service process, atomically: an older export at the same name is
    replaced whole, and a write that fails (a full disk) leaves it as it was, with no
    half-written file or temporary file beside it."""
    meeting_id = _meeting(session)
    folder = tmp_path / "calendar"
    folder.mkdir()
    dest = folder / "meeting.ics"
    dest.write_text("BEGIN:VCALENDAR\nan older export\n")
    assert meetings.save_ics(session, meeting_id, dest) == dest
    written = dest.read_bytes()
    assert b"LOCATION:Room 12" in written and b"an older export" not in written

    def full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(DiskFullError):
        meetings.save_ics(session, meeting_id, dest)
    monkeypatch.undo()
    assert dest.read_bytes() == written and [p.name for p in folder.iterdir()] == [dest.name]


def test_bad_meeting_input_changes_nothing(session: Session) -> None:
    with pytest.raises(ValidationError, match="HH:MM"):
        meetings.schedule(session, meetings.MeetingInput(TODAY, "3pm"))
    with pytest.raises(NotFoundError, match="team member"):
        meetings.schedule(session, meetings.MeetingInput(TODAY, "15:00", chair_id="nobody"))
    assert meetings.list_meetings(session) == []


def test_roster_details_and_training(session: Session) -> None:
    member, _ = roster.update_details(
        session,
        session.member_id,
        roster.MemberDetails("administrator", ("team_lead",), "ext. 2101", date(2024, 8, 1), None),
    )
    assert member.contact == "ext. 2101" and member.covers("team_lead")
    before = roster.overview(session)
    assert before.members[0].training.value == "none"
    assert before.composition.missing == ("counselor", "law_enforcement")
    roster.add_training(
        session,
        roster.TrainingInput(
            session.member_id, TODAY - timedelta(days=340), "Team training", "District", 6
        ),
    )
    after = roster.overview(session).members[0]
    assert (
        after.training.value == "due"
        and after.expires_on == TODAY - timedelta(days=340) + timedelta(days=365)
    ) or after.training.value == "due"
    assert any(t.kind is TaskKind.TRAINING for t in tasks.tasks_of(session))
    with pytest.raises(ValidationError, match="before 'active from'"):
        roster.update_details(
            session,
            session.member_id,
            roster.MemberDetails("administrator", (), "", date(2025, 1, 1), date(2024, 1, 1)),
        )


def test_a_member_who_is_not_lead_edits_only_their_own_details(session: Session) -> None:
    from btam_desktop.services import session as sessions

    marcus, _ = members.add_member(
        session, "Marcus Feldspar", "psychologist", "marcus passphrase ok", kdf=TEST_KDF
    )
    folder = session.ocf.layout.folder
    sessions.lock(session)
    s2 = sessions.unlock(folder, "Marcus Feldspar", "marcus passphrase ok")
    try:
        roster.update_details(
            s2, marcus.id, roster.MemberDetails("psychologist", (), "ext. 2144", None, None)
        )
        with pytest.raises(PermissionDeniedError, match="team lead"):
            roster.update_details(
                s2,
                next(m.id for m in members.list_members(s2) if m.id != marcus.id),
                roster.MemberDetails("teacher", (), "", None, None),
            )
    finally:
        sessions.lock(s2)


def test_a_lead_sees_the_teams_training_in_my_tasks_a_member_only_their_own(
    session: Session,
) -> None:
    marcus, _ = members.add_member(
        session, "Marcus Feldspar", "psychologist", "marcus passphrase ok", kdf=TEST_KDF
    )
    roster.add_training(
        session, roster.TrainingInput(session.member_id, TODAY - timedelta(days=30), "Course")
    )
    lead = [t.title for t in tasks.tasks_of(session) if t.kind is TaskKind.TRAINING]
    assert lead == ["Training for Marcus Feldspar: none recorded"]
    own = [t.title for t in tasks.tasks_of(session, marcus.id) if t.kind is TaskKind.TRAINING]
    assert own == ["Record your BTAM training"]


def test_approved_minutes_cannot_be_rewritten_through_another_meeting(session: Session) -> None:
    kenzie_in_inquiry(session)
    first = _meeting(session, days=0)
    meetings.set_attendance(session, first, (session.member_id,))
    meetings.approve(session, first)
    item = meetings.view(session, first).minutes.agenda[0]
    second = _meeting(session, days=2)
    with pytest.raises(NotFoundError, match="does not belong to this meeting"):
        meetings.save_agenda(session, second, [replace(item, title="Rewritten later", minutes=99)])
    assert meetings.view(session, first).minutes.agenda[0] == item


def test_items_with_minutes_stay_through_a_rebuild_and_cannot_be_removed(
    session: Session,
) -> None:
    meeting_id = _meeting(session)
    training = next(
        i for i in meetings.view(session, meeting_id).minutes.agenda if i.title == "Training due"
    )
    meetings.record_decision(session, meeting_id, training.id, "Book the refresher for May.")
    roster.add_training(session, roster.TrainingInput(session.member_id, TODAY, "Refresher"))
    rebuilt, _ = meetings.rebuild_agenda(session, meeting_id)  # training is no longer due
    assert training.id in [i.id for i in rebuilt]
    assert [d.decision for d in meetings.view(session, meeting_id).minutes.decisions] == [
        "Book the refresher for May."
    ]
    with pytest.raises(ValidationError, match="stays on the agenda"):
        meetings.save_agenda(session, meeting_id, [i for i in rebuilt if i.id != training.id])
