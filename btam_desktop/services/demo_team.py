"""The demo team's roster details, training records and meetings: a last meeting with approved
minutes and an addendum, and the next one scheduled with its agenda built from the demo cases."""

from __future__ import annotations

from datetime import date, timedelta

from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.meeting import ActionKind, AgendaItem, AgendaKind
from btam_desktop.domain.records import today
from btam_desktop.domain.team import Member
from btam_desktop.services import cases, contacts, manage, meetings, roster
from btam_desktop.services.demo_data import CLINICIAN
from btam_desktop.services.session import Session

#: name -> (contact, extra disciplines, joined the team, days since the last training or None)
ROSTER: dict[str, tuple[str, tuple[str, ...], date, int | None]] = {
    "Dana Whitlock-Oyelaran": (
        "ext. 2101 · d.whitlock@maplehollow.example",
        ("team_lead",),
        date(2023, 8, 14),
        340,
    ),
    "Marcus Feldspar": (
        "ext. 2144 · m.feldspar@maplehollow.example",
        ("counselor",),
        date(2024, 1, 8),
        120,
    ),
    "Lucía Ferreira-Boyd": (
        "ext. 2130 · l.ferreira@maplehollow.example",
        (),
        date(2023, 8, 14),
        390,
    ),
    "Ray Castellan": ("Ridgeview PD school unit · 555-0142", (), date(2025, 8, 18), 60),
    "Priya Anand-Moss": ("Room 114 · p.anand@maplehollow.example", (), date(2025, 8, 18), None),
    "Jonah Eberhardt-Sato": ("District wellness office · 555-0178", (), date(2024, 8, 19), 200),
}
COURSE = "Behavioral threat assessment: team training (fictional course)"
PROVIDER = "Ridgeview Unified training office"


def add_team_records(session: Session, team: list[Member]) -> None:
    on = today()
    for member in team:
        contact, disciplines, joined, trained_days_ago = ROSTER[member.name]
        roster.update_details(
            session,
            member.id,
            roster.MemberDetails(member.role.value, disciplines, contact, joined, None),
        )
        if trained_days_ago is not None:
            roster.add_training(
                session,
                roster.TrainingInput(
                    member.id, on - timedelta(days=trained_days_ago), COURSE, PROVIDER, 6.0
                ),
            )
    _last_meeting(session, team)
    _propose_closure(session, team)
    meetings.schedule(
        session,
        meetings.MeetingInput(
            on + timedelta(days=5), "15:30", 75, "Conference room B", team[0].id, team[2].id
        ),
    )


def _last_meeting(session: Session, team: list[Member]) -> None:
    """Two weeks ago: attended, decided, actions given out, approved, then corrected."""
    on = today()
    chair, counselor, officer = team[0], team[2], team[3]
    meeting, _ = meetings.schedule(
        session,
        meetings.MeetingInput(
            on - timedelta(days=14), "15:30", 60, "Conference room B", chair.id, counselor.id
        ),
    )
    clinician = tuple(c.id for c in contacts.list_contacts(session) if c.name == CLINICIAN)
    meetings.set_attendance(
        session,
        meeting.id,
        tuple(m.id for m in team[:5]),
        "Ms. Okonkwo-Reyes (grade 7 teacher)",
        clinician,
    )
    agenda = meetings.view(session, meeting.id).minutes.agenda
    case_items = [i for i in agenda if i.case_id]
    if case_items:  # a demo of very few cases may have none on this agenda
        _decide_on_cases(session, meeting.id, case_items, team)
    other = next(i for i in agenda if i.kind is AgendaKind.OTHER)
    meetings.add_action(
        session,
        meeting.id,
        meetings.ActionInput(
            other.id,
            ActionKind.TASK.value,
            "Book the spring refresher training for the team",
            officer.id,
            on + timedelta(days=21),
        ),
    )
    meetings.approve(session, meeting.id)
    meetings.add_addendum(
        session,
        meeting.id,
        "Correction: the teacher present teaches grade 7 science; she is not the homeroom teacher.",
    )


def _decide_on_cases(
    session: Session, meeting_id: str, case_items: list[AgendaItem], team: list[Member]
) -> None:
    """The last meeting's decisions and action items on its first two case items."""
    on = today()
    chair, psychologist, counselor = team[0], team[1], team[2]
    first, second = case_items[0], case_items[min(1, len(case_items) - 1)]
    meetings.record_decision(
        session,
        meeting_id,
        first.id,
        "Keep the current level; add a daily check-in with the counselor.",
        "Check-ins show steady behavior, but the grievance with the peer group is unresolved.",
        "Officer Castellan would step down to monitoring now.",
    )
    meetings.add_action(
        session,
        meeting_id,
        meetings.ActionInput(
            first.id,
            ActionKind.INTERVENTION.value,
            "Daily check-in with the counselor",
            counselor.id,
            on + timedelta(days=10),
        ),
    )
    meetings.add_action(
        session,
        meeting_id,
        meetings.ActionInput(
            first.id,
            ActionKind.TASK.value,
            "Call the family about the after-school schedule",
            chair.id,
            on - timedelta(days=3),
        ),
    )
    meetings.record_decision(
        session, meeting_id, second.id, "Ask the grade 7 teachers what they have seen."
    )
    meetings.add_action(
        session,
        meeting_id,
        meetings.ActionInput(
            second.id,
            ActionKind.INQUIRY.value,
            "Ask the grade 7 teachers about lunch-room conflicts",
            psychologist.id,
            on + timedelta(days=2),
        ),
    )


def _propose_closure(session: Session, team: list[Member]) -> None:
    """A monitoring case whose last review proposed closing: the next agenda lists it."""
    row = next((r for r in cases.list_cases(session) if r.status is CaseStatus.MONITORING), None)
    if row is None:
        return
    manage.record_review(
        session,
        row.id,
        manage.ReviewInput(
            today() - timedelta(days=2),
            (team[0].id, team[2].id),
            "Three calm months; the family and the counselor agree the plan has done its work.",
            "close",
            None,
        ),
    )
