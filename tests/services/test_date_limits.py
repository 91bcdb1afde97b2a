"""Absurd years (0001, 9999) in every service that takes a date: a message naming the field,
nothing written, never an overflow. The command line and imports bypass the window's pickers,
so the services are where the limits hold."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.plan import Intervention, InterventionType, Plan
from btam_desktop.domain.records import new_id, today
from btam_desktop.domain.referral import Student
from btam_desktop.services import assess, cases, inquiry, intake, manage, meetings, roster, tasks
from btam_desktop.services.errors import ValidationError
from btam_desktop.services.session import Session
from btam_desktop.storage import manage_repo, meeting_repo
from tests.scenario import kenzie_in_inquiry, kenzie_in_management, required_answers

FAR_PAST, FAR_FUTURE = date(1, 1, 1), date(9999, 12, 31)
ABSURD = pytest.mark.parametrize("day", [FAR_PAST, FAR_FUTURE], ids=["year-1", "year-9999"])


def _audit_length(session: Session) -> int:
    return len(session.ocf.audit.events())


@pytest.mark.parametrize(
    "moment",
    [datetime(1, 1, 1, 0, 0), datetime(9999, 12, 31, 23, 59)],
    ids=["year-1", "year-9999"],
)
def test_a_referral_received_at_the_ends_of_the_calendar_is_refused(
    session: Session, moment: datetime
) -> None:
    item = intake.ReferralInput(
        Student(name="Tamsin Orlov-Achterberg"), reporter_kind="anonymous", narrative="Said it"
    )
    with pytest.raises(ValidationError, match=f"date received {moment.date().isoformat()}"):
        intake.intake_referral(session, replace(item, received_at=moment))
    with pytest.raises(ValidationError, match="date received"):
        intake.check_referral(session, replace(item, received_at=moment))
    assert cases.list_cases(session) == []


@ABSURD
def test_a_birth_date_outside_1900_to_2100_is_refused(session: Session, day: date) -> None:
    item = intake.ReferralInput(
        Student(name="Tamsin Orlov-Achterberg", date_of_birth=day),
        reporter_kind="anonymous",
        narrative="Said it",
    )
    with pytest.raises(ValidationError, match=r"date of birth .*\(1900-01-01 to 2100-12-31\)"):
        intake.intake_referral(session, item)
    assert cases.list_cases(session) == []


@ABSURD
def test_a_training_dated_at_the_ends_of_the_calendar_is_refused(
    session: Session, day: date
) -> None:
    before = roster.overview(session).trainings
    with pytest.raises(ValidationError, match=f"training date {day.isoformat()}"):
        roster.add_training(session, roster.TrainingInput(session.member_id, day, "Refresher"))
    with pytest.raises(ValidationError, match=f"expiry date {day.isoformat()}"):
        roster.add_training(
            session, roster.TrainingInput(session.member_id, today(), "Refresher", expires_on=day)
        )
    assert roster.overview(session).trainings == before


@ABSURD
def test_a_meeting_on_an_absurd_day_is_refused(session: Session, day: date) -> None:
    with pytest.raises(ValidationError, match=f"meeting date {day.isoformat()}"):
        meetings.schedule(session, meetings.MeetingInput(day, "23:30", 60))
    assert meetings.list_meetings(session) == []
    meeting, _ = meetings.schedule(session, meetings.MeetingInput(today(), "15:30", 60))
    with pytest.raises(ValidationError, match="meeting date"):
        meetings.update(session, meeting.id, meetings.MeetingInput(day, "15:30", 60))
    assert meetings.list_meetings(session)[0].held_on == today()


def test_the_calendar_file_of_a_meeting_saved_on_9999_12_31_is_a_message(
    session: Session,
) -> None:
    """A file written before the limits existed may hold such a meeting; its end (an hour
    later) does not exist in the calendar."""
    meeting, _ = meetings.schedule(session, meetings.MeetingInput(today(), "23:30", 60))
    with session.ocf.transaction(intent="tests.setup") as tx:
        meeting_repo.update_meeting(tx, replace(meeting, held_on=FAR_FUTURE), session.member_id)
    with pytest.raises(ValidationError, match="meeting date 9999-12-31"):
        meetings.ics(session, meeting.id)


@ABSURD
def test_action_items_and_tasks_refuse_absurd_days(session: Session, day: date) -> None:
    _, marcus = kenzie_in_inquiry(session)
    meeting, _ = meetings.schedule(session, meetings.MeetingInput(today(), "15:30", 60))
    item = meetings.view(session, meeting.id).minutes.agenda[0]
    if day == FAR_FUTURE:
        with pytest.raises(ValidationError, match="due date 9999-12-31"):
            meetings.add_action(
                session, meeting.id, meetings.ActionInput(item.id, "task", "Call", marcus, day)
            )
    action, _ = meetings.add_action(
        session, meeting.id, meetings.ActionInput(item.id, "task", "Call", session.member_id, None)
    )
    with pytest.raises(ValidationError, match=f"date done {day.isoformat()}"):
        tasks.complete_action(session, action.id, day)
    assert meetings.view(session, meeting.id).minutes.actions[-1].done_on is None


@ABSURD
def test_plan_interventions_refuse_absurd_days_but_keep_old_ones(
    session: Session, day: date
) -> None:
    case_id, marcus = kenzie_in_management(session)
    good = Intervention(
        id=new_id(),
        domain="Subject",
        type=InterventionType.COUNSELING,
        description="Weekly counseling",
        start_on=today(),
        due_on=None,
        responsible_id=marcus,
    )
    with pytest.raises(ValidationError, match=f"start of 'Weekly counseling' {day.isoformat()}"):
        manage.save_plan(session, case_id, "Goals", (replace(good, start_on=day),), 0)
    with pytest.raises(ValidationError, match="'Weekly counseling'"):  # or: before the start
        manage.save_plan(session, case_id, "Goals", (replace(good, due_on=day),), 0)
    assert manage.plan_view(session, case_id).latest is None
    # A start long before today's limits, saved when it was recent, survives a new version.
    old = replace(good, start_on=date(today().year - 12, 9, 1))
    with session.ocf.transaction(intent="tests.setup") as tx:
        plan = Plan(
            id=new_id(),
            case_id=case_id,
            version=1,
            goals="Goals",
            interventions=(old,),
            saved_at="2014-09-01T00:00:00+00:00",
            saved_by=marcus,
        )
        manage_repo.insert_plan(tx, plan, session.member_id)
    saved, _ = manage.save_plan(session, case_id, "New goals", (old,), 1)
    assert saved.version == 2 and saved.interventions[0].start_on == old.start_on


@ABSURD
def test_notifications_check_ins_and_reviews_refuse_absurd_days(
    session: Session, day: date
) -> None:
    case_id, _ = kenzie_in_management(session)
    with pytest.raises(ValidationError, match=f"notification date {day.isoformat()}"):
        manage.add_notification(
            session,
            case_id,
            manage.NotificationInput(
                "parents", "Mr. Varga", day, "phone", "The plan", "health_safety_emergency"
            ),
        )
    with pytest.raises(ValidationError, match=f"check-in date {day.isoformat()}"):
        manage.add_checkin(session, case_id, day, "Calm", "steady")
    with pytest.raises(ValidationError, match=f"review date {day.isoformat()}"):
        manage.record_review(
            session,
            case_id,
            manage.ReviewInput(day, (session.member_id,), "Fine", "continue", today()),
        )
    with pytest.raises(ValidationError, match=f"next review date {day.isoformat()}"):
        manage.record_review(
            session,
            case_id,
            manage.ReviewInput(today(), (session.member_id,), "Fine", "continue", day),
        )
    assert manage.notifications_of(session, case_id) == []
    assert manage.checkins_of(session, case_id) == [] and manage.reviews_of(session, case_id) == []


@ABSURD
def test_cases_inquiry_and_assessments_refuse_absurd_days(session: Session, day: date) -> None:
    case_id, marcus = kenzie_in_inquiry(session)
    events = _audit_length(session)
    with pytest.raises(ValidationError, match=f"date opened {day.isoformat()}"):
        cases.create_case(session, cases.NewCase("Oskar Lindqvist-Mbeki", opened_on=day))
    with pytest.raises(ValidationError, match=f"next review date {day.isoformat()}"):
        cases.update_case(session, case_id, cases.CaseEdit(next_review=day))
    first = inquiry.checklist(session, case_id).items[0]
    for edit in (
        inquiry.ItemEdit(marcus, day, "not_started", "", "", None, False),
        inquiry.ItemEdit(marcus, None, "answered", "Found", "", day, False),
    ):
        with pytest.raises(ValidationError, match=day.isoformat()):
            inquiry.update_item(session, first.id, edit)
    with pytest.raises(ValidationError, match=f"interview date {day.isoformat()}"):
        inquiry.add_interview(
            session, inquiry.InterviewInput(case_id, "witness", "Eli Marchbanks-Tiller", day, None)
        )
    cases.change_status(session, case_id, CaseStatus.ASSESSMENT)
    answers = required_answers(assess.new_assessment_form(session, case_id).pack)
    item = assess.AssessmentInput("ntac", answers, "low", "Why", (session.member_id,))
    for dated in (replace(item, assessed_on=day), replace(item, next_review=day)):
        with pytest.raises(ValidationError, match=day.isoformat()):
            assess.record_assessment(session, case_id, dated)
    assert assess.assessments_of(session, case_id) == []
    assert _audit_length(session) == events + 1  # only the move to assessment
    assert len(cases.list_cases(session)) == 1


@ABSURD
def test_roster_dates_outside_1900_to_2100_are_refused(session: Session, day: date) -> None:
    for dates in ((day, None), (None, day)):
        with pytest.raises(ValidationError, match=f"'active (from|to)' date {day.isoformat()}"):
            roster.update_details(
                session, session.member_id, roster.MemberDetails("administrator", (), "", *dates)
            )
    assert roster.overview(session).members[0].member.active_from == today()  # unchanged


def test_dates_inside_the_limits_still_work(session: Session) -> None:
    case_id, _ = kenzie_in_management(session)
    manage.add_checkin(session, case_id, today() - timedelta(days=365 * 9), "Calm", "steady")
    meetings.schedule(session, meetings.MeetingInput(today() + timedelta(days=365 * 4), "15:30"))
    roster.add_training(
        session, roster.TrainingInput(session.member_id, today() - timedelta(days=30), "Course")
    )
    assert len(manage.checkins_of(session, case_id)) == 1
