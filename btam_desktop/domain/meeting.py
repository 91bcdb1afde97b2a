"""Team meetings: schedule, agenda, attendance, and minutes (decisions and action items).

Minutes are locked once the chair approves them; later corrections are addenda, so what the team
decided on the day stays as it was recorded.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.records import new_id


class AgendaKind(StrEnum):
    """Agenda sections, in the order a meeting takes them."""

    URGENT = "urgent"
    NEW_REFERRAL = "new_referral"
    REVIEW_DUE = "review_due"
    OVERDUE = "overdue"
    NOTIFICATIONS = "notifications"
    CLOSURE = "closure"
    TRAINING = "training"
    OTHER = "other"


#: How each section reads on screen (through tr()) and on paper.
SECTION_NAMES: dict[AgendaKind, str] = {
    AgendaKind.URGENT: "Urgent",
    AgendaKind.NEW_REFERRAL: "New referrals",
    AgendaKind.REVIEW_DUE: "Reviews due",
    AgendaKind.OVERDUE: "Overdue work",
    AgendaKind.NOTIFICATIONS: "Notifications",
    AgendaKind.CLOSURE: "Proposed for closure",
    AgendaKind.TRAINING: "Training",
    AgendaKind.OTHER: "Other business",
}

#: Minutes a team usually needs per item; the chair edits them.
DEFAULT_MINUTES: dict[AgendaKind, int] = {
    AgendaKind.URGENT: 15,
    AgendaKind.NEW_REFERRAL: 5,
    AgendaKind.REVIEW_DUE: 10,
    AgendaKind.OVERDUE: 5,
    AgendaKind.NOTIFICATIONS: 3,
    AgendaKind.CLOSURE: 5,
    AgendaKind.TRAINING: 3,
    AgendaKind.OTHER: 10,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class AgendaItem:
    """One item. A case item's `title` is its case number; `reason` says why it is on the agenda
    and holds no student text (it is built from dates, counts and level labels)."""

    id: str
    kind: AgendaKind
    title: str
    reason: str = ""
    case_id: str | None = None
    minutes: int = 5


@dataclass(frozen=True, slots=True)
class Attendance:
    present: tuple[str, ...] = ()  # member ids
    guests: str = ""  # people from outside the team, e.g. a teacher who knows the student
    partners: tuple[str, ...] = ()  # contact ids of the team's partners from outside agencies


@dataclass(frozen=True, slots=True, kw_only=True)
class Meeting:
    id: str
    held_on: date
    starts_at: str  # "HH:MM", local time
    duration_minutes: int
    place: str = ""
    chair_id: str | None = None
    note_taker_id: str | None = None
    attendance: Attendance = field(default_factory=Attendance)
    approved_at: str | None = None
    approved_by: str | None = None

    @property
    def approved(self) -> bool:
        return self.approved_at is not None


def check_meeting(meeting: Meeting) -> None:
    hours, _, minutes = meeting.starts_at.partition(":")
    if not (hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60):
        raise ValidationError("Give the start time as HH:MM, for example 15:30.")
    if not 5 <= meeting.duration_minutes <= 600:
        raise ValidationError("A meeting lasts between 5 minutes and 10 hours.")


def approval_problem(meeting: Meeting, today: date) -> str | None:
    """Why the minutes cannot be approved yet, or None. Minutes are the record of a meeting that
    took place: not before its day, and not without knowing who was there (quorum, dissent)."""
    if not meeting.attendance.present:
        return "Record who attended before approving the minutes."
    if today < meeting.held_on:
        return (
            f"The meeting is on {meeting.held_on.isoformat()}: its minutes can be approved "
            "from that day on."
        )
    return None


def ensure_editable(meeting: Meeting) -> None:
    if meeting.approved:
        raise ValidationError(
            "These minutes are approved and locked. Add an addendum to correct them."
        )


class ActionKind(StrEnum):
    """Where an action item goes: a case's plan, its inquiry, or a plain task."""

    TASK = "task"
    INTERVENTION = "intervention"
    INQUIRY = "inquiry"


@dataclass(frozen=True, slots=True, kw_only=True)
class Decision:
    id: str
    agenda_item_id: str
    decision: str
    rationale: str = ""
    dissent: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class ActionItem:
    id: str
    kind: ActionKind
    what: str
    assignee_id: str | None
    due_on: date | None
    case_id: str | None = None
    meeting_id: str | None = None
    agenda_item_id: str | None = None
    done_on: date | None = None
    linked_id: str | None = None  # the intervention or inquiry item it became


def check_action(item: ActionItem) -> None:
    if not item.what.strip():
        raise ValidationError("Say what is to be done.")
    if item.assignee_id is None:
        raise ValidationError(f"'{item.what[:40]}': choose who does it.")
    if item.kind is not ActionKind.TASK and item.case_id is None:
        raise ValidationError("Interventions and inquiry items belong to a case: pick the item.")


@dataclass(frozen=True, slots=True, kw_only=True)
class Addendum:
    id: str
    text: str
    added_at: str
    added_by: str | None


@dataclass(frozen=True, slots=True)
class Minutes:
    """Everything recorded at one meeting."""

    meeting: Meeting
    agenda: tuple[AgendaItem, ...]
    decisions: tuple[Decision, ...] = ()
    actions: tuple[ActionItem, ...] = ()
    addenda: tuple[Addendum, ...] = ()

    def total_minutes(self) -> int:
        return sum(item.minutes for item in self.agenda)


@dataclass(frozen=True, slots=True)
class MeetingSlot:
    """When and where a new meeting starts out: the team's habit."""

    held_on: date
    starts_at: str = "15:30"
    duration_minutes: int = 60
    place: str = ""


def usual_slot(meetings: Sequence[Meeting], today: date) -> MeetingSlot:
    """The next of the team's usual meeting day (the weekday most of its meetings were on;
    of a tie, the latest meeting's), at the time, length and place of its latest meeting.
    A team with no meetings yet starts a week from today."""
    if not meetings:
        return MeetingSlot(today + timedelta(days=7))
    latest = max(meetings, key=lambda m: (m.held_on, m.starts_at))
    counts = Counter(m.held_on.weekday() for m in meetings)
    best = max(counts.values())
    weekday = next(
        m.held_on.weekday()
        for m in sorted(meetings, key=lambda m: m.held_on, reverse=True)
        if counts[m.held_on.weekday()] == best
    )
    ahead = (weekday - today.weekday()) % 7 or 7
    return MeetingSlot(
        today + timedelta(days=ahead), latest.starts_at, latest.duration_minutes, latest.place
    )


def other_item(title: str, minutes: int | None = None) -> AgendaItem:
    """A free item the chair adds (it has no case)."""
    return AgendaItem(
        id=new_id(),
        kind=AgendaKind.OTHER,
        title=title,
        reason="",
        case_id=None,
        minutes=minutes or DEFAULT_MINUTES[AgendaKind.OTHER],
    )
