"""Inquire: the inquiry checklist of a case, and interview notes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class ItemStatus(StrEnum):
    NOT_STARTED = "not_started"
    ANSWERED = "answered"
    UNKNOWN = "unknown"  # looked into; cannot be found out
    CONFLICTING = "conflicting"  # sources disagree
    NOT_APPLICABLE = "not_applicable"


#: What each status is called, on the Inquiry tab and on the printed case.
ITEM_STATUS_NAMES = {
    ItemStatus.NOT_STARTED: "Not started",
    ItemStatus.ANSWERED: "Answered",
    ItemStatus.UNKNOWN: "Unknown",
    ItemStatus.CONFLICTING: "Conflicting",
    ItemStatus.NOT_APPLICABLE: "Not applicable",
}


#: Statuses that count as done for progress (the item has been looked into).
DONE = frozenset(
    {ItemStatus.ANSWERED, ItemStatus.UNKNOWN, ItemStatus.CONFLICTING, ItemStatus.NOT_APPLICABLE}
)


@dataclass(frozen=True, slots=True, kw_only=True)
class InquiryItem:
    id: str
    case_id: str
    kind: str  # "source" or "question"
    text: str
    position: int
    help: str = ""
    pack_id: str = ""
    pack_item_id: str = ""
    assignee_id: str | None = None
    due_on: date | None = None
    status: ItemStatus = ItemStatus.NOT_STARTED
    findings: str = ""
    sources: str = ""
    found_on: date | None = None
    corroborated: bool = False
    evidence_ids: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class Progress:
    total: int
    answered: int
    unknown: int
    conflicting: int
    not_applicable: int
    overdue: int

    @property
    def done(self) -> int:
        return self.answered + self.unknown + self.conflicting + self.not_applicable


def progress(items: list[InquiryItem], today: date) -> Progress:
    def count(status: ItemStatus) -> int:
        return sum(1 for i in items if i.status is status)

    overdue = sum(
        1 for i in items if i.status not in DONE and i.due_on is not None and i.due_on < today
    )
    return Progress(
        len(items),
        count(ItemStatus.ANSWERED),
        count(ItemStatus.UNKNOWN),
        count(ItemStatus.CONFLICTING),
        count(ItemStatus.NOT_APPLICABLE),
        overdue,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Interview:
    id: str
    case_id: str
    interviewee_role: str  # subject, target, witness, guardian, teacher
    interviewee: str
    held_on: date
    interviewer_id: str | None
    others_present: str = ""
    notes: str = ""


#: Words in a checklist source that an interview with each kind of person answers.
_INTERVIEWEE_WORDS = {
    "subject": ("interview the student", "the student"),
    "target": ("target",),
    "witness": ("witness",),
    "guardian": ("parent", "guardian"),
    "teacher": ("teacher", "staff"),
}


def item_for_interviewee(items: list[InquiryItem], role: str) -> InquiryItem | None:
    """The open checklist source an interview with this kind of person most likely answers
    ("Interview the student" for the subject): the interview dialog suggests it."""
    words = _INTERVIEWEE_WORDS.get(role, ())
    for word in words:
        for item in items:
            if item.kind == "source" and item.status not in DONE and word in item.text.lower():
                return item
    return None
