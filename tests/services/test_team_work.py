"""The team's work holds together, through the services: a case manager from screening,
closing that closes, interviews that tick the checklist, people outside the team, factors
the model does not list, a second model for one case, and dates on the roster."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from btam_desktop.domain import clock
from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.contact import Contact, ContactKind
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.inquiry import ItemStatus
from btam_desktop.domain.meeting import ActionKind
from btam_desktop.domain.plan import Closure, Intervention, InterventionStatus, InterventionType
from btam_desktop.domain.records import new_id
from btam_desktop.domain.tasks import TaskKind
from btam_desktop.services import (
    assess,
    cases,
    contacts,
    demo,
    inquiry,
    intake,
    manage,
    meetings,
    members,
    tasks,
)
from btam_desktop.services.session import TEST_KDF, Session
from tests.scenario import kenzie_in_inquiry


def test_screening_into_inquiry_names_the_case_manager(session: Session) -> None:
    case_id, marcus = kenzie_in_inquiry(session)  # screened by the lead, no manager chosen
    assert cases.get_case(session, case_id).case.case_manager_id == session.member_id
    other, _ = cases.create_case(session, cases.NewCase("Ada Testcase-Obi", "6"))
    intake.record_screening(session, other.id, "inquiry", marcus, "", case_manager_id=marcus)
    assert cases.get_case(session, other.id).case.case_manager_id == marcus
    events = [e.action for e in cases.case_history(session, other.id)]
    assert "case.updated" in events  # the choice is in the case's history


def test_closing_ends_open_meeting_tasks_and_clears_the_review(session: Session) -> None:
    case_id, marcus = kenzie_in_inquiry(session)
    cases.update_case(session, case_id, cases.CaseEdit(next_review=clock.today()))
    meeting, _ = meetings.schedule(session, meetings.MeetingInput(clock.today(), "15:30"))
    agenda, _ = meetings.rebuild_agenda(session, meeting.id)
    item = next(i for i in agenda if i.case_id == case_id)
    meetings.add_action(
        session,
        meeting.id,
        meetings.ActionInput(
            item.id, ActionKind.TASK.value, "Call the family", marcus, clock.today()
        ),
    )
    assert any(t.title == "Call the family" for t in tasks.tasks_of(session, marcus))
    for status in (CaseStatus.ASSESSMENT, CaseStatus.MANAGEMENT, CaseStatus.MONITORING):
        cases.change_status(session, case_id, status)
    ended, _ = manage.close_case(session, case_id, Closure(summary="Plan goals met."))
    assert ended == ["Call the family"]
    closed = cases.get_case(session, case_id).case
    assert closed.status is CaseStatus.CLOSED and closed.next_review is None
    assert not [t for t in tasks.tasks_of(session, marcus) if t.case_id == case_id]
    assert "task.ended" in [e.action for e in cases.case_history(session, case_id)]


def test_an_interview_ticks_the_checklist_item_it_answers(session: Session) -> None:
    case_id, marcus = kenzie_in_inquiry(session)
    student_item = next(
        i for i in inquiry.checklist(session, case_id).items if i.text == "Interview the student"
    )
    inquiry.add_interview(
        session,
        inquiry.InterviewInput(
            case_id,
            "subject",
            "Kenzie Varga-Holloway",
            clock.today(),
            marcus,
            notes="Angry about the teasing; no plan; the knife is her brother's.",
            answers_item_id=student_item.id,
        ),
    )
    after = next(i for i in inquiry.checklist(session, case_id).items if i.id == student_item.id)
    assert after.status is ItemStatus.ANSWERED and after.found_on == clock.today()
    assert "the knife is her brother's" in after.findings
    assert after.sources.startswith("Interview with Kenzie Varga-Holloway")
    other, _ = cases.create_case(session, cases.NewCase("Ada Testcase-Obi", "6"))
    with pytest.raises(ValidationError, match="another case"):
        inquiry.add_interview(
            session,
            inquiry.InterviewInput(
                other.id, "subject", "Ada", clock.today(), None, answers_item_id=student_item.id
            ),
        )


def test_people_outside_the_team_are_listed_and_named_by_plans(session: Session) -> None:
    case_id, _ = kenzie_in_inquiry(session)
    coach, _ = contacts.save_contact(
        session,
        Contact(
            id="",
            name="Dale Okafor-Brandt",
            kind=ContactKind.STAFF,
            role="Basketball coach",
            organization="",
            contact="ext. 2207",
        ),
    )
    assert coach.id and coach.shown_name == "Dale Okafor-Brandt (Basketball coach)"
    contacts.save_contact(session, replace(coach, contact="ext. 2208"))
    assert [c.contact for c in contacts.list_contacts(session)] == ["ext. 2208"]
    with pytest.raises(ValidationError):
        contacts.save_contact(session, Contact(id="", name=" ", kind=ContactKind.STAFF))
    today = clock.today()
    manage.save_plan(
        session,
        case_id,
        "Reconnect Kenzie with school.",
        (
            Intervention(
                id=new_id(),
                domain="Subject",
                type=InterventionType.MENTORING,
                description="Daily check-in",
                start_on=today,
                due_on=today + timedelta(days=30),
                responsible_id=None,
                status=InterventionStatus.ACTIVE,
                contact_id=coach.id,
            ),
        ),
        0,
    )
    manage.add_checkin(session, case_id, today, "Talked after practice.", "steady", coach.id)
    manage.add_notification(
        session,
        case_id,
        manage.NotificationInput(
            "school_staff",
            "",
            today,
            "in person",
            "What to watch for.",
            "school_official",
            coach.id,
        ),
    )
    plan = manage.plan_view(session, case_id).latest
    assert plan is not None and plan.interventions[0].contact_id == coach.id
    assert manage.checkins_of(session, case_id)[-1].contact_id == coach.id
    told = manage.notifications_of(session, case_id)[-1]
    assert (told.contact_id, told.recipient_name) == (coach.id, coach.shown_name)
    contacts.remove_contact(session, coach.id)
    assert contacts.list_contacts(session) == []
    (kept,) = contacts.list_contacts(session, include_removed=True)
    assert kept.removed and kept.name == "Dale Okafor-Brandt"


def test_factors_the_model_does_not_list_can_be_recorded(session: Session) -> None:
    assess.set_team_pack(session, "cstag-style")
    case_id, marcus = kenzie_in_inquiry(session)
    cases.change_status(session, case_id, CaseStatus.ASSESSMENT)
    form = assess.new_assessment_form(session, case_id)
    record = assess.AssessmentInput(
        form.pack.id,
        demo.plain_answers(form.pack, "Not known yet."),
        form.pack.levels[1].id,
        "Intent beyond the moment.",
        (session.member_id, marcus),
        risk_factors=("Recent loss: parents separated", "Grievance against a peer group"),
        protective_factors=("Trusted adult: the coach",),
    )
    assessment, _ = assess.record_assessment(session, case_id, record)
    assert assessment.risk_factors == record.risk_factors
    with pytest.raises(ValidationError, match="risk factor"):
        assess.record_assessment(session, case_id, replace(record, risk_factors=("two\nlines",)))


def test_a_second_model_applies_to_one_case_and_the_team_default_to_new_cases(
    session: Session,
) -> None:
    case_id, marcus = kenzie_in_inquiry(session)  # under the team's model, NTAC
    assert cases.get_case(session, case_id).case.pack_id == "ntac"
    cases.change_status(session, case_id, CaseStatus.ASSESSMENT)
    form = assess.new_assessment_form(session, case_id, "cstag-style")
    assert form.pack.id == "cstag-style"
    level = form.pack.levels[1]
    assess.record_assessment(
        session,
        case_id,
        assess.AssessmentInput(
            form.pack.id,
            demo.plain_answers(form.pack, "Not known yet."),
            level.id,
            "When in doubt, substantive.",
            (session.member_id, marcus),
        ),
    )
    case = cases.get_case(session, case_id).case
    assert (case.pack_id, case.level_of_concern) == ("cstag-style", level.id)
    labels = {(c.pack_id, c.id): c.label for c in cases.level_choices(session)}
    assert labels[(case.pack_id, case.level_of_concern)] == level.label
    # The team's model did not change; switching it changes only cases opened afterwards.
    assert assess.new_assessment_form(session, case_id).pack.id == "cstag-style"
    assess.set_team_pack(session, "virginia-style")
    assert cases.get_case(session, case_id).case.pack_id == "cstag-style"
    newer, _ = cases.create_case(session, cases.NewCase("Ada Testcase-Obi", "6"))
    assert newer.pack_id == "virginia-style"
    with pytest.raises(ValidationError, match="not a level of concern"):
        cases.update_case(session, newer.id, cases.CaseEdit(level_of_concern="serious_substantive"))


def test_members_have_an_active_since_date_and_stay_named_after_leaving(
    session: Session,
) -> None:
    lead = members.list_members(session)[0]
    assert lead.active_from == clock.today()
    priya, _ = members.add_member(
        session, "Priya Anand-Moss", "teacher", "priya passphrase ok", kdf=TEST_KDF
    )
    assert priya.active_from == clock.today()
    members.remove_member(session, "Priya Anand-Moss")
    former = next(m for m in members.list_members(session) if m.id == priya.id)
    assert not former.active
    assert former.shown_name == f"Priya Anand-Moss (left the team on {clock.today().isoformat()})"


def test_an_open_case_without_a_manager_is_a_task_for_the_leads(session: Session) -> None:
    case, _ = cases.create_case(session, cases.NewCase("Ada Testcase-Obi", "6"))
    mine = [t for t in tasks.tasks_of(session) if t.kind is TaskKind.CASE_MANAGER]
    assert [t.case_id for t in mine] == [case.id]
    assert [t.initials for t in mine] == ["A.T.-O."]  # whose task it is, without the name
    cases.update_case(session, case.id, cases.CaseEdit(case_manager_id=session.member_id))
    assert not [t for t in tasks.tasks_of(session) if t.kind is TaskKind.CASE_MANAGER]
