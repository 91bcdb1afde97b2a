"""The agenda a meeting starts from, built from what is due. Pure rules over plain facts, so the
ordering is tested table by table and the service only gathers the facts."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

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


# The words a built reason is made of. The reason is stored as this English (the agenda's paper
# prints it); `read_reason` takes it apart again so the window can say it in its language.
URGENT = "Urgent:"
NEW_REFERRAL = "New referral, received"
IN_STAGE = "in"
REVIEW_DUE = "Review due"
OVERDUE = " overdue"
STILL_TO_NOTIFY = "Still to notify:"
PROPOSED_CLOSING = "The last review proposed closing"
TRAINING_DUE = "Training due"
OTHER_BUSINESS = "Other business"


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
        items.append(item(AgendaKind.URGENT, c.number, f"{URGENT} " + _stage(c), c.case_id))

    since = last_meeting_on if last_meeting_on is not None else meeting_on - NEW_WINDOW
    urgent_ids = {c.case_id for c in urgent}
    new = [
        (max(fresh), c)
        for c in open_cases
        if c.case_id not in urgent_ids
        and (fresh := [d for d in c.referrals_received if since < d <= meeting_on])
    ]
    for received, c in sorted(new, key=lambda pair: (pair[0], pair[1].number)):
        reason = f"{NEW_REFERRAL} {received.isoformat()}; " + _stage(c)
        items.append(item(AgendaKind.NEW_REFERRAL, c.number, reason, c.case_id))

    due = [c for c in open_cases if c.next_review is not None and c.next_review <= meeting_on]
    for c in sorted(due, key=lambda c: (-c.level_rank, c.next_review, c.number)):
        level = f" · {c.level_label}" if c.level_label else ""
        reason = f"{REVIEW_DUE} {c.next_review.isoformat() if c.next_review else ''}{level}"
        items.append(item(AgendaKind.REVIEW_DUE, c.number, reason, c.case_id))

    for c in sorted(open_cases, key=lambda c: c.number):
        late_plan = sum(d < meeting_on for d in c.open_intervention_dues)
        late_inquiry = sum(d < meeting_on for d in c.open_inquiry_dues)
        if late_plan or late_inquiry:
            parts = [
                _count(late_plan, "intervention", "interventions"),
                _count(late_inquiry, "inquiry item", "inquiry items"),
            ]
            reason = " and ".join(p for p in parts if p) + OVERDUE
            items.append(item(AgendaKind.OVERDUE, c.number, reason, c.case_id))

    for c in sorted(open_cases, key=lambda c: c.number):
        if c.missing_notifications:
            reason = f"{STILL_TO_NOTIFY} " + ", ".join(c.missing_notifications)
            items.append(item(AgendaKind.NOTIFICATIONS, c.number, reason, c.case_id))

    for c in sorted(open_cases, key=lambda c: c.number):
        if c.proposed_for_closure:
            items.append(item(AgendaKind.CLOSURE, c.number, PROPOSED_CLOSING, c.case_id))

    if training:
        names = ", ".join(
            f"{t.member_name} ({_training_word(t, meeting_on)})"
            for t in sorted(training, key=lambda t: (t.expires_on or date.min, t.member_name))
        )
        items.append(item(AgendaKind.TRAINING, TRAINING_DUE, names))

    items.append(item(AgendaKind.OTHER, OTHER_BUSINESS, ""))
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
    return f"{IN_STAGE} {STATUS_NAMES[c.status]}"


def _count(n: int, one: str, many: str) -> str:
    if n == 0:
        return ""
    return f"{n} {one if n == 1 else many}"


class Said(StrEnum):
    """What one part of a built reason says; its values are in `Part.values`."""

    URGENT = "urgent"  # (stage,)
    NEW_REFERRAL = "new_referral"  # (received ISO date,)
    STAGE = "stage"  # (stage,) after a new referral
    REVIEW_DUE = "review_due"  # (ISO date, level label or "")
    OVERDUE = "overdue"  # (interventions, inquiry items) as digits
    STILL_TO_NOTIFY = "still_to_notify"  # the recipients' words
    PROPOSED_CLOSING = "proposed_closing"  # ()
    TRAINING = "training"  # (member's name, "none" | "lapsed" | "due", ISO date or "")
    AS_TYPED = "as_typed"  # (text,): a note the chair typed, or a reason of an older version


@dataclass(frozen=True, slots=True)
class Part:
    said: Said
    values: tuple[str, ...] = ()


_DAY = r"(\d{4}-\d{2}-\d{2})"
_STAGE_NAMES = "|".join(re.escape(n) for n in STATUS_NAMES.values())
_CASE_PARTS: tuple[tuple[Said, re.Pattern[str]], ...] = (
    (Said.URGENT, re.compile(rf"{re.escape(URGENT)} {IN_STAGE} ({_STAGE_NAMES})")),
    (Said.NEW_REFERRAL, re.compile(rf"{re.escape(NEW_REFERRAL)} {_DAY}")),
    (Said.STAGE, re.compile(rf"{IN_STAGE} ({_STAGE_NAMES})")),
    (Said.REVIEW_DUE, re.compile(rf"{REVIEW_DUE} {_DAY}(?: · (.+))?")),
    (
        Said.OVERDUE,
        re.compile(
            r"(?:(\d+) interventions?)?(?:(?<=\w) and )?(?:(\d+) inquiry items?)?"
            + re.escape(OVERDUE)
        ),
    ),
    (Said.STILL_TO_NOTIFY, re.compile(rf"{re.escape(STILL_TO_NOTIFY)} (.+)")),
    (Said.PROPOSED_CLOSING, re.compile(re.escape(PROPOSED_CLOSING))),
)
_TRAINEE = re.compile(rf"(.+?) \((no training recorded|lapsed {_DAY}|due {_DAY})\)(?:, |$)")


def read_reason(item: AgendaItem) -> tuple[Part, ...]:
    """A stored reason taken apart into what `build_agenda` said in it, so the window can say
    each part in its own language. What was not built here (a typed note, an older wording)
    comes back as typed."""
    text = item.reason
    if not text:
        return ()
    if item.kind is AgendaKind.TRAINING:
        trainees = list(_TRAINEE.finditer(text))
        if trainees and "".join(m.group(0) for m in trainees) == text:
            return tuple(_trainee(m) for m in trainees)
        return (Part(Said.AS_TYPED, (text,)),)
    if item.case_id is None:
        return (Part(Said.AS_TYPED, (text,)),)
    return tuple(_case_part(piece) for piece in text.split("; "))


def _case_part(piece: str) -> Part:
    for said, pattern in _CASE_PARTS:
        found = pattern.fullmatch(piece)
        if found is None:
            continue
        if said is Said.OVERDUE:
            plan, inquiry = found.group(1) or "0", found.group(2) or "0"
            if plan == inquiry == "0":
                continue
            return Part(said, (plan, inquiry))
        if said is Said.STILL_TO_NOTIFY:
            return Part(said, tuple(found.group(1).split(", ")))
        return Part(said, tuple(g or "" for g in found.groups()))
    return Part(Said.AS_TYPED, (piece,))


def _trainee(found: re.Match[str]) -> Part:
    name, state = found.group(1), found.group(2)
    if state.startswith("lapsed"):
        return Part(Said.TRAINING, (name, "lapsed", found.group(3)))
    if state.startswith("due"):
        return Part(Said.TRAINING, (name, "due", found.group(4)))
    return Part(Said.TRAINING, (name, "none", ""))
