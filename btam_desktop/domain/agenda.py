"""The agenda a meeting starts from, built from what is due. Pure rules over plain facts, so the
ordering is tested table by table and the service only gathers the facts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from btam_desktop.domain.case import STATUS_NAMES, CaseStatus
from btam_desktop.domain.meeting import DEFAULT_MINUTES, AgendaItem, AgendaKind

#: With no earlier meeting, referrals this recent count as new.
NEW_WINDOW = timedelta(days=30)

_BEFORE_MANAGEMENT = (
    CaseStatus.REFERRAL,
    CaseStatus.SCREENING,
    CaseStatus.INQUIRY,
    CaseStatus.ASSESSMENT,
)


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the agenda needs to know about one open case; no student text."""

    case_id: str
    number: str
    status: CaseStatus
    urgent: bool = False
    level_rank: int = -1  # position in the pack's levels; -1 when not assessed
    level_label: str = ""
    referrals_received: tuple[date, ...] = ()
    next_review: date | None = None
    open_intervention_dues: tuple[date, ...] = ()  # interventions not done or discontinued
    open_inquiry_dues: tuple[date, ...] = ()  # inquiry items not yet answered
    missing_notifications: tuple[str, ...] = ()  # labels of recipients still to notify
    proposed_for_closure: bool = False


@dataclass(frozen=True, slots=True)
class TrainingDue:
    member_name: str
    expires_on: date | None  # None: no training on record


def build_agenda(
    cases: list[CaseFacts],
    training: list[TrainingDue],
    meeting_on: date,
    last_meeting_on: date | None,
    new_id: Callable[[], str],
) -> list[AgendaItem]:
    """Urgent cases; new referrals since the last meeting; reviews due by the meeting date
    (highest level first); overdue interventions and inquiry items; plans awaiting required
    notifications; cases proposed for closure; training due; other business."""
    open_cases = [c for c in cases if c.status is not CaseStatus.CLOSED]

    def item(kind: AgendaKind, title: str, reason: str, case_id: str | None = None) -> AgendaItem:
        return AgendaItem(
            id=new_id(),
            kind=kind,
            title=title,
            reason=reason,
            case_id=case_id,
            minutes=DEFAULT_MINUTES[kind],
        )

    items: list[AgendaItem] = []
    urgent = [c for c in open_cases if c.urgent and c.status in _BEFORE_MANAGEMENT]
    for c in sorted(urgent, key=lambda c: c.number):
        items.append(item(AgendaKind.URGENT, c.number, "Urgent: " + _stage(c), c.case_id))

    since = last_meeting_on if last_meeting_on is not None else meeting_on - NEW_WINDOW
    urgent_ids = {c.case_id for c in urgent}
    new = [
        (max(fresh), c)
        for c in open_cases
        if c.case_id not in urgent_ids
        and (fresh := [d for d in c.referrals_received if since < d <= meeting_on])
    ]
    for received, c in sorted(new, key=lambda pair: (pair[0], pair[1].number)):
        reason = f"New referral, received {received.isoformat()}; " + _stage(c)
        items.append(item(AgendaKind.NEW_REFERRAL, c.number, reason, c.case_id))

    due = [c for c in open_cases if c.next_review is not None and c.next_review <= meeting_on]
    for c in sorted(due, key=lambda c: (-c.level_rank, c.next_review, c.number)):
        level = f" · {c.level_label}" if c.level_label else ""
        reason = f"Review due {c.next_review.isoformat() if c.next_review else ''}{level}"
        items.append(item(AgendaKind.REVIEW_DUE, c.number, reason, c.case_id))

    for c in sorted(open_cases, key=lambda c: c.number):
        late_plan = sum(d < meeting_on for d in c.open_intervention_dues)
        late_inquiry = sum(d < meeting_on for d in c.open_inquiry_dues)
        if late_plan or late_inquiry:
            parts = [
                _count(late_plan, "intervention", "interventions"),
                _count(late_inquiry, "inquiry item", "inquiry items"),
            ]
            reason = " and ".join(p for p in parts if p) + " overdue"
            items.append(item(AgendaKind.OVERDUE, c.number, reason, c.case_id))

    for c in sorted(open_cases, key=lambda c: c.number):
        if c.missing_notifications:
            reason = "Still to notify: " + ", ".join(c.missing_notifications)
            items.append(item(AgendaKind.NOTIFICATIONS, c.number, reason, c.case_id))

    for c in sorted(open_cases, key=lambda c: c.number):
        if c.proposed_for_closure:
            items.append(
                item(AgendaKind.CLOSURE, c.number, "The last review proposed closing", c.case_id)
            )

    if training:
        names = ", ".join(
            f"{t.member_name} ({_training_word(t, meeting_on)})"
            for t in sorted(training, key=lambda t: (t.expires_on or date.min, t.member_name))
        )
        items.append(item(AgendaKind.TRAINING, "Training due", names))

    items.append(item(AgendaKind.OTHER, "Other business", ""))
    return _once_per_case(items)


def _once_per_case(items: list[AgendaItem]) -> list[AgendaItem]:
    """A case is discussed once, under its first (most pressing) section: what a later section
    would raise about it joins that item's reason, so the team hears everything due at once and
    never meets the same student twice in one meeting."""
    kept: list[AgendaItem] = []
    where: dict[str, int] = {}
    for entry in items:
        if entry.case_id is None or entry.case_id not in where:
            if entry.case_id is not None:
                where[entry.case_id] = len(kept)
            kept.append(entry)
            continue
        first = kept[where[entry.case_id]]
        kept[where[entry.case_id]] = replace(first, reason=f"{first.reason}; {entry.reason}")
    return kept


def _training_word(t: TrainingDue, on: date) -> str:
    if t.expires_on is None:
        return "no training recorded"
    if t.expires_on < on:
        return f"lapsed {t.expires_on.isoformat()}"
    return f"due {t.expires_on.isoformat()}"


def _stage(c: CaseFacts) -> str:
    return f"in {STATUS_NAMES[c.status]}"


def _count(n: int, one: str, many: str) -> str:
    if n == 0:
        return ""
    return f"{n} {one if n == 1 else many}"
