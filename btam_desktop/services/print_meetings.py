"""Snapshots of the meeting agenda, the minutes and the team roster with training, for printing.
Agendas and minutes are masked by default: case number and initials, never a student's name."""

from __future__ import annotations

from dataclasses import replace

from btam_desktop.domain.contact import agreement_problem
from btam_desktop.domain.local_time import moment_text
from btam_desktop.domain.meeting import SECTION_NAMES, ActionItem, Meeting
from btam_desktop.domain.records import today
from btam_desktop.domain.team import ROLE_NAMES
from btam_desktop.domain.training import training_state
from btam_desktop.reports import snapshots as sn
from btam_desktop.services import meetings
from btam_desktop.services.errors import ValidationError
from btam_desktop.services.meetings import MeetingView
from btam_desktop.services.session import Session
from btam_desktop.storage import meeting_repo, team_repo, training_repo


def pick_meeting(session: Session, meeting_id: str | None, *, approved: bool) -> Meeting:
    """The named meeting, else the next one (agenda) or the last approved one (minutes)."""
    if meeting_id:
        return meetings.view(session, meeting_id).meeting
    chosen = meetings.last_approved(session) if approved else meetings.next_meeting(session)
    if chosen is None:
        raise ValidationError(
            "There are no approved minutes yet."
            if approved
            else "No meeting is scheduled from today on: schedule one first."
        )
    return chosen


def _facts(view: MeetingView) -> sn.MeetingFacts:
    m = view.meeting
    return sn.MeetingFacts(
        m.held_on,
        m.starts_at,
        m.duration_minutes,
        m.place,
        view.names.get(m.chair_id or "", ""),
        view.names.get(m.note_taker_id or "", ""),
    )


def _student(view: MeetingView, case_id: str | None, masked: bool) -> tuple[str, str]:
    line = view.cases.get(case_id or "")
    if line is None:
        return "", ""
    return line.number, line.initials if masked else line.student


def _action(a: ActionItem, view: MeetingView, numbers: dict[str, str]) -> sn.ActionLine:
    return sn.ActionLine(
        a.what,
        view.names.get(a.assignee_id or "", ""),
        a.due_on,
        numbers.get(a.case_id or "", ""),
        a.done_on,
    )


def agenda(
    session: Session, info: sn.DocumentInfo, meeting_id: str, *, masked: bool = True
) -> sn.AgendaSnapshot:
    view = meetings.view(session, meeting_id)
    items = tuple(
        sn.AgendaLine(
            position,
            SECTION_NAMES[item.kind],
            *_student(view, item.case_id, masked),
            item.reason if item.case_id else item.title,
            "" if item.case_id else item.reason,
            item.minutes,
        )
        for position, item in enumerate(view.minutes.agenda, 1)
    )
    numbers = {case_id: line.number for case_id, line in view.cases.items()}
    carried = tuple(
        _action(a, view, numbers)
        for a in meeting_repo.open_actions(session.ocf.conn)
        if a.meeting_id != meeting_id
    )
    return sn.AgendaSnapshot(info, _facts(view), items, carried, masked)


def minutes(
    session: Session, info: sn.DocumentInfo, meeting_id: str, *, masked: bool = True
) -> sn.MinutesSnapshot:
    view = meetings.view(session, meeting_id)
    m = view.minutes
    numbers = {case_id: line.number for case_id, line in view.cases.items()}
    everyone = team_repo.list_members(session.ocf.conn, include_inactive=True)
    present = set(m.meeting.attendance.present)
    held = m.meeting.held_on
    attendance = tuple(  # the team as it was on the day, not as it is now
        sn.AttendanceLine(member.name, ROLE_NAMES[member.role], member.id in present)
        for member in everyone
        if member.id in present
        or (
            (member.active_from is None or member.active_from <= held)
            and (member.active_to is None or member.active_to >= held)
            and (member.active or member.active_to is not None)
        )
    )
    if m.meeting.attendance.guests:
        attendance += (sn.AttendanceLine(m.meeting.attendance.guests, "Guest", True),)
    items = tuple(
        sn.MinutesItem(
            position,
            *_student(view, item.case_id, masked),
            item.reason if item.case_id else item.title,
            tuple(
                sn.DecisionLine(d.decision, d.rationale, d.dissent)
                for d in m.decisions
                if d.agenda_item_id == item.id
            ),
            tuple(_action(a, view, numbers) for a in m.actions if a.agenda_item_id == item.id),
        )
        for position, item in enumerate(m.agenda, 1)
    )
    approval = (
        sn.Approval(
            moment_text(m.meeting.approved_at),
            view.names.get(m.meeting.approved_by or "", ""),
        )
        if m.meeting.approved
        else None
    )
    addenda = tuple(
        sn.AddendumLine(moment_text(a.added_at), view.names.get(a.added_by or "", ""), a.text)
        for a in m.addenda
    )
    if approval is None:  # every page says so, not only the first: pages get separated
        info = replace(info, stamp="DRAFT — not approved")
    return sn.MinutesSnapshot(
        info, _facts(view), attendance, items, approval, addenda, masked, _partners(view)
    )


def _partners(view: MeetingView) -> tuple[sn.PartnerLine, ...]:
    """The partners present, each with their agreement as it stood on the meeting's day."""
    held = view.meeting.held_on
    lines = []
    for contact_id in view.meeting.attendance.partners:
        c = view.partners[contact_id]
        problem = agreement_problem(c, held)
        if problem is not None and problem.blocking:
            agreement = problem.text()
        elif c.agreement_until is not None:
            agreement = f"until {c.agreement_until.isoformat()}"
        else:
            agreement = "no end date"
        lines.append(sn.PartnerLine(c.name, c.organization, c.role, agreement))
    return tuple(lines)


def roster(session: Session, info: sn.DocumentInfo) -> sn.RosterSnapshot:
    conn = session.ocf.conn
    on = today()
    members = team_repo.list_members(conn, include_inactive=True)
    names = {m.id: m.name for m in members}
    trainings = training_repo.all_trainings(conn)
    return sn.RosterSnapshot(
        info,
        on,
        tuple(
            sn.RosterMember(
                m.name, ROLE_NAMES[m.role], m.contact, m.active_from, m.active_to, m.is_lead
            )
            for m in members
        ),
        tuple(
            sn.TrainingLine(
                names.get(t.member_id, ""),
                t.course,
                t.provider,
                t.taken_on,
                t.hours,
                t.expires_on,
                training_state(t.expires_on, on).value,
            )
            for t in sorted(trainings, key=lambda t: (names.get(t.member_id, ""), t.taken_on))
        ),
    )
