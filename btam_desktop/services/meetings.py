"""Team meetings: schedule, the agenda built from what is due, attendance and quorum, minutes
with decisions and action items (which flow into cases and My tasks), approval and addenda."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from btam_desktop.domain.agenda import TrainingDue, build_agenda
from btam_desktop.domain.case import STATUS_NAMES
from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.contact import Contact, ContactKind, agreement_problem
from btam_desktop.domain.date_limits import LIFE, event_span
from btam_desktop.domain.errors import NotFoundError, ValidationError
from btam_desktop.domain.inquiry import InquiryItem
from btam_desktop.domain.meeting import (
    ActionItem,
    ActionKind,
    Addendum,
    AgendaItem,
    AgendaKind,
    Attendance,
    Decision,
    Meeting,
    Minutes,
    approval_problem,
    check_action,
    check_meeting,
    ensure_editable,
    other_item as other_item,
)
from btam_desktop.domain.pack import Pack, merged_labels
from btam_desktop.domain.plan import DEFAULT_DOMAINS, Intervention, InterventionType
from btam_desktop.domain.records import clean_name, clean_text, initials, new_id, today, utc_now
from btam_desktop.domain.team import Composition, composition
from btam_desktop.domain.training import TrainingState, latest_expiry, training_state
from btam_desktop.services import due, manage
from btam_desktop.services.contracts.meetings import (
    ActionInput as ActionInput,
    CaseLine as CaseLine,
    MeetingInput as MeetingInput,
    MeetingView as MeetingView,
)
from btam_desktop.services.packs import case_pack, team_pack
from btam_desktop.services.session import Session
from btam_desktop.storage import (
    case_repo,
    contact_repo,
    due_repo,
    fsio,
    inquiry_repo,
    meeting_repo,
    team_repo,
    training_repo,
)
from btam_desktop.storage.db import Connection


def _changes(meeting_id: str, *case_ids: str | None) -> ChangeSet:
    return ChangeSet(
        meetings=frozenset({meeting_id}), cases=frozenset(c for c in case_ids if c), tasks=True
    )


def list_meetings(session: Session) -> list[Meeting]:
    return meeting_repo.list_meetings(session.ocf.conn)


def schedule(session: Session, item: MeetingInput) -> tuple[Meeting, ChangeSet]:
    """A new meeting, with its agenda already built from what is due by its date."""
    event_span(today()).check(item.held_on, "meeting date")
    meeting = Meeting(
        id=new_id(),
        held_on=item.held_on,
        starts_at=item.starts_at.strip(),
        duration_minutes=item.duration_minutes,
        place=clean_text(item.place, "place", limit=200),
        chair_id=item.chair_id,
        note_taker_id=item.note_taker_id,
    )
    check_meeting(meeting)
    with session.ocf.transaction(intent="meetings.schedule") as tx:
        _check_members(tx, meeting)
        meeting_repo.insert_meeting(tx, meeting, session.member_id)
        meeting_repo.replace_agenda(tx, meeting.id, _built_agenda(tx, meeting), session.member_id)
        session.ocf.audit.append(
            session.member_id, "meeting.scheduled", entity="meeting", entity_id=meeting.id
        )
    return meeting, _changes(meeting.id)


def update(session: Session, meeting_id: str, item: MeetingInput) -> tuple[Meeting, ChangeSet]:
    with session.ocf.transaction(intent="meetings.update") as tx:
        current = meeting_repo.get_meeting(tx, meeting_id)
        ensure_editable(current)
        event_span(today()).check_changed(item.held_on, current.held_on, "meeting date")
        meeting = replace(
            current,
            held_on=item.held_on,
            starts_at=item.starts_at.strip(),
            duration_minutes=item.duration_minutes,
            place=clean_text(item.place, "place", limit=200),
            chair_id=item.chair_id,
            note_taker_id=item.note_taker_id,
        )
        check_meeting(meeting)
        _check_members(tx, meeting)
        meeting_repo.update_meeting(tx, meeting, session.member_id)
        session.ocf.audit.append(
            session.member_id, "meeting.updated", entity="meeting", entity_id=meeting_id
        )
    return meeting, _changes(meeting_id)


def _check_members(conn: Connection, meeting: Meeting) -> None:
    for member_id in (meeting.chair_id, meeting.note_taker_id):
        if member_id is not None:
            team_repo.get_member(conn, member_id)


def _built_agenda(conn: Connection, meeting: Meeting) -> list[AgendaItem]:
    _, cases = due.gather(conn)
    members = team_repo.list_members(conn)
    trainings = training_repo.all_trainings(conn)
    training = [
        TrainingDue(m.name, exp)
        for m in members
        for exp in (latest_expiry(trainings, m.id),)
        if training_state(exp, meeting.held_on) is not TrainingState.CURRENT
    ]
    last = due_repo.last_meeting_before(conn, meeting.held_on, meeting.id)
    return build_agenda(cases, training, meeting.held_on, last, new_id)


def rebuild_agenda(session: Session, meeting_id: str) -> tuple[list[AgendaItem], ChangeSet]:
    """Build the agenda again from what is due now. Items the chair added and items carrying
    decisions or action items stay (before other business); items found again keep their
    identity and the chair's time."""
    with session.ocf.transaction(intent="meetings.rebuild_agenda") as tx:
        meeting = meeting_repo.get_meeting(tx, meeting_id)
        ensure_editable(meeting)
        old = meeting_repo.agenda_of(tx, meeting_id)
        fresh = _built_agenda(tx, meeting)
        by_key = {(i.kind, i.case_id, i.title): i for i in old}
        kept = [
            replace(i, id=found.id, minutes=found.minutes)
            if (found := by_key.get((i.kind, i.case_id, i.title)))
            else i
            for i in fresh
        ]
        generated = {(i.kind, i.case_id, i.title) for i in fresh}
        referenced = meeting_repo.referenced_items(tx, meeting_id)
        added = [
            i
            for i in old
            if (i.kind, i.case_id, i.title) not in generated
            and (i.kind is AgendaKind.OTHER or i.id in referenced)
        ]
        items = kept[:-1] + added + kept[-1:]
        meeting_repo.replace_agenda(tx, meeting_id, items, session.member_id)
        session.ocf.audit.append(
            session.member_id, "meeting.agenda_built", entity="meeting", entity_id=meeting_id
        )
    return items, _changes(meeting_id)


def save_agenda(
    session: Session, meeting_id: str, items: list[AgendaItem]
) -> tuple[list[AgendaItem], ChangeSet]:
    """The agenda as the chair arranged it: order, items added or removed, minutes per item."""
    cleaned = []
    for item in items:
        if not 1 <= item.minutes <= 240:
            raise ValidationError(f"'{item.title[:40]}': give between 1 and 240 minutes.")
        cleaned.append(
            replace(
                item,
                id=item.id or new_id(),
                title=clean_name(item.title, "agenda item"),
                reason=clean_text(item.reason, "agenda note", limit=2000),
            )
        )
    with session.ocf.transaction(intent="meetings.save_agenda") as tx:
        ensure_editable(meeting_repo.get_meeting(tx, meeting_id))
        for item in cleaned:
            if item.case_id is not None:
                case_repo.get_case(tx, item.case_id)
        kept = {item.id for item in cleaned}
        if meeting_repo.referenced_items(tx, meeting_id) - kept:
            raise ValidationError(
                "An item with decisions or action items stays on the agenda: they are minutes."
            )
        meeting_repo.replace_agenda(tx, meeting_id, cleaned, session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "meeting.agenda_saved",
            entity="meeting",
            entity_id=meeting_id,
            detail={"items": len(cleaned)},
        )
    return cleaned, _changes(meeting_id)


def view(session: Session, meeting_id: str) -> MeetingView:
    conn = session.ocf.conn
    meeting = meeting_repo.get_meeting(conn, meeting_id)
    agenda = meeting_repo.agenda_of(conn, meeting_id)
    minutes = Minutes(
        meeting,
        tuple(agenda),
        tuple(meeting_repo.decisions_of(conn, meeting_id)),
        tuple(meeting_repo.actions_of_meeting(conn, meeting_id)),
        tuple(meeting_repo.addenda_of(conn, meeting_id)),
    )
    cases: dict[str, CaseLine] = {}
    team = team_pack(conn)
    packs: dict[str, Pack] = {team.id: team}
    for case_id in {i.case_id for i in agenda if i.case_id}:
        case = case_repo.get_case(conn, case_id)
        student = next(
            (p.name for p in case_repo.persons_of(conn, case_id) if p.role == "subject"), ""
        )
        pack = packs.setdefault((own := case_pack(conn, case)).id, own)
        level = pack.level(case.level_of_concern)
        cases[case_id] = CaseLine(
            number=case.number,
            initials=initials(student),
            student=student,
            status=STATUS_NAMES[case.status],
            level=level.label if level else case.level_of_concern,
            summary=case.summary,
        )
    everyone = team_repo.list_members(conn, include_inactive=True)
    present = [m for m in everyone if m.id in meeting.attendance.present]
    return MeetingView(
        minutes,
        cases,
        composition(present, team.quorum_roles),
        {m.id: m.name for m in everyone},
        {
            c.id: c
            for c in contact_repo.list_contacts(conn, include_removed=True)
            if c.kind is ContactKind.PARTNER
            and (not c.removed or c.id in meeting.attendance.partners)
        },
        merged_labels(list(packs.values())),
    )


def _partners(conn: Connection, meeting: Meeting, partners: tuple[str, ...]) -> list[Contact]:
    """The partners to record as present: each one a partner on the list (or already recorded
    at this meeting). A missing or expired agreement does not stop it: the window asks first,
    and the minutes say so."""
    chosen = [contact_repo.get_contact(conn, c) for c in dict.fromkeys(partners)]
    for c in chosen:
        if c.kind is not ContactKind.PARTNER:
            raise ValidationError(f"{c.name} is not a team partner: add them as guests.")
        if c.removed and c.id not in meeting.attendance.partners:
            raise ValidationError(f"{c.name} was taken off the list of partners.")
    return chosen


def set_attendance(
    session: Session,
    meeting_id: str,
    present: tuple[str, ...],
    guests: str = "",
    partners: tuple[str, ...] = (),
) -> tuple[Composition, ChangeSet]:
    """Who is at the meeting: members, guests, and the team's partners from outside agencies
    (contact ids); returns the quorum check against the pack's required roles."""
    with session.ocf.transaction(intent="meetings.set_attendance") as tx:
        meeting = meeting_repo.get_meeting(tx, meeting_id)
        ensure_editable(meeting)
        members = [team_repo.get_member(tx, member_id) for member_id in dict.fromkeys(present)]
        outside = _partners(tx, meeting, partners)
        changed = replace(
            meeting,
            attendance=Attendance(
                tuple(m.id for m in members),
                clean_text(guests, "guests", limit=2000),
                tuple(c.id for c in outside),
            ),
        )
        meeting_repo.update_meeting(tx, changed, session.member_id)
        meeting_repo.set_partners(tx, meeting_id, changed.attendance.partners, session.member_id)
        unsettled = [
            c.id for c in outside if (p := agreement_problem(c, meeting.held_on)) and p.blocking
        ]
        session.ocf.audit.append(
            session.member_id,
            "meeting.attendance",
            entity="meeting",
            entity_id=meeting_id,
            detail={"present": len(members), "partners": len(outside)}
            | ({"partners_without_agreement": unsettled} if unsettled else {}),
        )
        quorum = composition(members, team_pack(tx).quorum_roles)
    return quorum, _changes(meeting_id)


def _agenda_item(conn: Connection, meeting_id: str, item_id: str) -> AgendaItem:
    for item in meeting_repo.agenda_of(conn, meeting_id):
        if item.id == item_id:
            return item
    raise NotFoundError("That agenda item is not on this meeting's agenda.")


def record_decision(
    session: Session,
    meeting_id: str,
    agenda_item_id: str,
    decision: str,
    rationale: str = "",
    dissent: str = "",
) -> tuple[Decision, ChangeSet]:
    if not decision.strip():
        raise ValidationError("Write down what the team decided.")
    record = Decision(
        id=new_id(),
        agenda_item_id=agenda_item_id,
        decision=clean_text(decision, "decision"),
        rationale=clean_text(rationale, "rationale"),
        dissent=clean_text(dissent, "dissent"),
    )
    with session.ocf.transaction(intent="meetings.record_decision") as tx:
        ensure_editable(meeting_repo.get_meeting(tx, meeting_id))
        item = _agenda_item(tx, meeting_id, agenda_item_id)
        meeting_repo.insert_decision(tx, meeting_id, record, session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "meeting.decision",
            entity="decision",
            entity_id=record.id,
            case_id=item.case_id or "",
        )
    return record, _changes(meeting_id, item.case_id)


def add_action(
    session: Session, meeting_id: str, item: ActionInput
) -> tuple[ActionItem, ChangeSet]:
    """An action item; for a case item it can become an intervention in the plan or an inquiry
    item, assigned and dated, in the same transaction."""
    try:
        kind = ActionKind(item.kind)
    except ValueError:
        raise ValidationError(
            "An action item is a task, an intervention or an inquiry item."
        ) from None
    if item.due_on is not None and item.due_on < today() - timedelta(days=366):
        raise ValidationError("The due date is more than a year in the past.")
    event_span(today()).check_optional(item.due_on, "due date")
    with session.ocf.transaction(intent="meetings.add_action") as tx:
        ensure_editable(meeting_repo.get_meeting(tx, meeting_id))
        agenda_item = _agenda_item(tx, meeting_id, item.agenda_item_id)
        action = ActionItem(
            id=new_id(),
            kind=kind,
            what=clean_text(item.what, "action item", limit=2000).strip(),
            assignee_id=item.assignee_id,
            due_on=item.due_on,
            case_id=agenda_item.case_id,
            meeting_id=meeting_id,
            agenda_item_id=agenda_item.id,
        )
        check_action(action)
        if action.assignee_id is not None:
            team_repo.get_member(tx, action.assignee_id)
        if kind is ActionKind.INTERVENTION and action.case_id:
            action = replace(action, linked_id=_add_intervention(tx, session, action))
        elif kind is ActionKind.INQUIRY and action.case_id:
            action = replace(action, linked_id=_add_inquiry_item(tx, session, action))
        meeting_repo.insert_action(tx, action, session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "meeting.action",
            entity="action_item",
            entity_id=action.id,
            case_id=action.case_id or "",
            detail={"kind": kind.value},
        )
    return action, _changes(meeting_id, action.case_id)


def _add_intervention(conn: Connection, session: Session, action: ActionItem) -> str:
    """The action as a new intervention in the case's plan, through the plan's own rules
    (`manage.publish_plan`): a plan the Plan tab would refuse is refused here too."""
    assert action.case_id is not None
    domains = case_pack(conn, case_repo.get_case(conn, action.case_id)).plan_domains
    domains = domains or DEFAULT_DOMAINS
    start = today()
    intervention = Intervention(
        id=new_id(),
        domain=domains[0],
        type=InterventionType.OTHER,
        description=action.what,
        start_on=start,
        due_on=action.due_on if action.due_on and action.due_on >= start else None,
        responsible_id=action.assignee_id,
    )
    manage.add_to_plan(conn, session, action.case_id, intervention, source="meeting")
    return intervention.id


def _add_inquiry_item(conn: Connection, session: Session, action: ActionItem) -> str:
    assert action.case_id is not None
    position = len(inquiry_repo.items_of(conn, action.case_id))
    item = InquiryItem(
        id=new_id(),
        case_id=action.case_id,
        kind="question",
        text=action.what,
        position=position,
        assignee_id=action.assignee_id,
        due_on=action.due_on,
    )
    inquiry_repo.insert_item(conn, item, session.member_id)
    session.ocf.audit.append(
        session.member_id,
        "inquiry.item_added",
        entity="inquiry_item",
        entity_id=item.id,
        case_id=action.case_id,
    )
    return item.id


def approve(session: Session, meeting_id: str) -> tuple[Meeting, ChangeSet]:
    """The chair approves the minutes; from then on they are locked (addenda only)."""
    with session.ocf.transaction(intent="meetings.approve") as tx:
        meeting = meeting_repo.get_meeting(tx, meeting_id)
        ensure_editable(meeting)
        if meeting.chair_id is None:
            session.require_lead("approve minutes of a meeting without a chair")
        elif meeting.chair_id != session.member_id:
            raise ValidationError("Only the chair of the meeting approves its minutes.")
        problem = approval_problem(meeting, today())
        if problem:
            raise ValidationError(problem)
        changed = replace(meeting, approved_at=utc_now(), approved_by=session.member_id)
        meeting_repo.update_meeting(tx, changed, session.member_id)
        session.ocf.audit.append(
            session.member_id, "meeting.approved", entity="meeting", entity_id=meeting_id
        )
    return changed, _changes(meeting_id)


def add_addendum(session: Session, meeting_id: str, text: str) -> tuple[Addendum, ChangeSet]:
    if not text.strip():
        raise ValidationError("Write the correction.")
    with session.ocf.transaction(intent="meetings.add_addendum") as tx:
        meeting = meeting_repo.get_meeting(tx, meeting_id)
        if not meeting.approved:
            raise ValidationError("The minutes are not approved yet: edit them directly.")
        addendum = Addendum(
            id=new_id(),
            text=clean_text(text, "addendum"),
            added_at=utc_now(),
            added_by=session.member_id,
        )
        meeting_repo.insert_addendum(tx, meeting_id, addendum, session.member_id)
        session.ocf.audit.append(
            session.member_id, "meeting.addendum", entity="meeting", entity_id=meeting_id
        )
    return addendum, _changes(meeting_id)


def next_meeting(session: Session, on: date | None = None) -> Meeting | None:
    """The next meeting from `on` (today) forward."""
    start = on or today()
    upcoming = [m for m in meeting_repo.list_meetings(session.ocf.conn) if m.held_on >= start]
    return min(upcoming, key=lambda m: (m.held_on, m.starts_at), default=None)


def last_approved(session: Session) -> Meeting | None:
    approved = [m for m in meeting_repo.list_meetings(session.ocf.conn) if m.approved]
    return approved[0] if approved else None


def ics(session: Session, meeting_id: str) -> bytes:
    """The meeting as a calendar event: when and where only, never a case or a student."""
    from icalendar import Calendar, Event

    meeting = meeting_repo.get_meeting(session.ocf.conn, meeting_id)
    # A meeting saved before dates were limited may sit at the end of the calendar, where
    # its end time (an hour on) does not exist.
    LIFE.check(meeting.held_on, "meeting date")
    school = team_repo.get_team(session.ocf.conn).school
    hours, minutes = (int(p) for p in meeting.starts_at.split(":"))
    start = datetime.combine(meeting.held_on, time(hours, minutes))
    calendar = Calendar()
    calendar.add("prodid", "-//BTAM Desktop//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", f"{meeting.id}@btam-desktop")
    event.add("dtstamp", datetime.fromisoformat(utc_now()))
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=meeting.duration_minutes))
    event.add("summary", f"{school} BTAM team meeting")
    if meeting.place:
        event.add("location", meeting.place)
    event.add("description", "The agenda is in BTAM Desktop.")
    calendar.add_component(event)
    return bytes(calendar.to_ical())


def save_ics(session: Session, meeting_id: str, dest: Path) -> Path:
    """Write the meeting's calendar file where the user chose. Here, in the service process,
    so the window never waits on a slow disk or a network folder; atomically (a temporary file
    beside it, synced, then renamed), so a crash or a full disk leaves the file that was there,
    never half a calendar entry."""
    fsio.atomic_write(dest, ics(session, meeting_id))
    return dest
