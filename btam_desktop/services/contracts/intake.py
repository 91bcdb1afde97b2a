"""Intake: a report as typed, where it went, and a student's existing cases."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.referral import Channel, ReporterKind, Student


@dataclass(frozen=True, slots=True)
class ReferralInput:
    """What the intake form (or an import row) holds. Plain data: it crosses to the host."""

    student: Student
    channel: str = Channel.IN_PERSON.value
    reporter_kind: str = ReporterKind.NAMED.value
    reporter_name: str = ""
    reporter_relationship: str = ""
    received_at: datetime | None = None  # None: now
    received_by: str | None = None  # None: the member entering it
    location: str = ""
    narrative: str = ""
    verbatim: str = ""
    weapon: bool = False
    prior_concerns: str = ""
    imminent: bool = False
    emergency_actions: str = ""
    targets: tuple[str, ...] = field(default_factory=tuple)
    #: Join this case when it is open; when it is closed, a new case is opened (history kept).
    link_case_id: str | None = None
    #: The person record (a case's student) the intake said this student is the same as
    #: ("Is this the same …?" yes): a new case's student is linked to it (one student).
    same_student_id: str | None = None


@dataclass(frozen=True, slots=True)
class IntakeResult:
    case_id: str
    case_number: str
    referral_id: str
    joined_existing: bool


@dataclass(frozen=True, slots=True)
class StudentCase:
    case_id: str
    number: str
    student: str
    grade: str
    status: CaseStatus
    date_of_birth: date | None = None
    student_id: str = ""
    person_id: str = ""  # the case's student (what "the same student" links to)
