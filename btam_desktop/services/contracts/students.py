"""One student's record as the window sees it: every case about the student, and in each, the
reports, screenings, assessments, plans, notifications and disclosures, in date order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.student import StudentRecord


class ItemKind(StrEnum):
    REFERRAL = "referral"
    SCREENING = "screening"
    ASSESSMENT = "assessment"
    PLAN = "plan"
    NOTIFICATION = "notification"
    DISCLOSURE = "disclosure"


@dataclass(frozen=True, slots=True, kw_only=True)
class StudentItem:
    """One record of a case. `facts` are the record's own values in an order fixed per kind
    (the window puts them in words): referral (channel, reporter kind, reporter name);
    screening (decision); assessment (version, level label); plan (version, interventions);
    notification (recipient name, method, legal basis); disclosure (document, destination,
    recipient, legal basis). `text` is what a person wrote, exactly as typed."""

    kind: ItemKind
    on: date
    record_id: str
    by: str | None = None  # member id
    facts: tuple[str, ...] = ()
    text: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class StudentCaseRecord:
    """One case of the student, with the student as that case recorded them."""

    case_id: str
    number: str
    status: CaseStatus
    opened_on: date
    closed_on: date | None
    person_id: str
    name: str
    grade: str = ""
    student_id: str = ""
    date_of_birth: date | None = None
    items: tuple[StudentItem, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class LinkLine:
    """A "same student" link in force between two of the student's case records."""

    link_id: str
    person_case: str  # case number of `person_id`'s case
    same_as_case: str
    linked_at: str  # UTC ISO 8601
    linked_by: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class StudentSnapshot:
    student: StudentRecord
    cases: tuple[StudentCaseRecord, ...]  # oldest opened first
    links: tuple[LinkLine, ...] = ()
    #: Other students of the file a lead could merge this one with (never this one).
    others: tuple[StudentRecord, ...] = ()
