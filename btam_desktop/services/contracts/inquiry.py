"""Inquiry: the checklist, editing an item, and interview notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from btam_desktop.domain.inquiry import InquiryItem, Progress
from btam_desktop.domain.pack import Pack

INTERVIEWEE_ROLES = ("subject", "target", "witness", "guardian", "teacher", "other")


@dataclass(frozen=True, slots=True)
class Checklist:
    items: tuple[InquiryItem, ...]
    progress: Progress
    #: The case's model: the window shows its items in its own language (`[labels.es]`);
    #: the stored text stays the model's English, the team's own items as typed.
    pack: Pack | None = None


@dataclass(frozen=True, slots=True)
class ItemEdit:
    assignee_id: str | None
    due_on: date | None
    status: str
    findings: str
    sources: str
    found_on: date | None
    corroborated: bool
    evidence_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class InterviewInput:
    case_id: str
    interviewee_role: str
    interviewee: str
    held_on: date
    interviewer_id: str | None
    others_present: str = ""
    notes: str = ""
    #: The checklist item the interview answers ("Interview the student"): it is ticked.
    answers_item_id: str | None = None
