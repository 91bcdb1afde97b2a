"""Identify: a report of concerning behavior, the imminent-danger check, and screening."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from btam_desktop.domain.errors import ValidationError


class Channel(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    EMAIL = "email"
    TIP_LINE = "tip_line"
    APP = "app"
    OTHER = "other"


#: How each channel is called, on screen, on the printed case and on the blank intake form.
CHANNEL_NAMES = {
    Channel.IN_PERSON: "In person",
    Channel.PHONE: "Phone",
    Channel.EMAIL: "Email",
    Channel.TIP_LINE: "Tip line",
    Channel.APP: "App or online form",
    Channel.OTHER: "Other",
}


class ReporterKind(StrEnum):
    NAMED = "named"
    ANONYMOUS = "anonymous"
    #: Named to the team, but the reporter asked not to be identified: kept off printouts.
    CONFIDENTIAL = "confidential"


class ScreeningDecision(StrEnum):
    DISMISS = "dismiss"  # not a threat-assessment matter: the case closes with the reason
    HANDLE = "handle"  # resolved at screening level (e.g. a transient threat): closes, notes kept
    INQUIRY = "inquiry"  # proceed to inquiry (gathering facts)


#: Clocks on two laptops disagree a little; a report "received" further ahead is a typo.
CLOCK_SKEW = timedelta(minutes=10)


@dataclass(frozen=True, slots=True, kw_only=True)
class Student:
    name: str
    student_id: str = ""
    grade: str = ""
    date_of_birth: date | None = None
    school: str = ""
    iep_504: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Referral:
    """One report, kept exactly as given. A case may gather several."""

    id: str
    case_id: str
    received_at: datetime
    received_by: str | None
    channel: Channel
    reporter_kind: ReporterKind
    reporter_name: str = ""
    reporter_relationship: str = ""
    location: str = ""
    narrative: str = ""
    verbatim: str = ""
    weapon: bool = False
    prior_concerns: str = ""
    imminent: bool = False
    emergency_actions: str = ""
    targets: tuple[str, ...] = field(default_factory=tuple)


def check_dates(received_at: datetime, now: datetime, birth: date | None) -> None:
    """A report cannot come from the future, and a student is born before being reported."""
    if received_at - now > CLOCK_SKEW:
        raise ValidationError("The date received is in the future. Check the date and time.")
    if birth is not None and birth >= received_at.date():
        raise ValidationError("The date of birth is on or after the date received.")


def check_reporter(kind: ReporterKind, name: str) -> None:
    if kind is ReporterKind.ANONYMOUS and name.strip():
        raise ValidationError("An anonymous report has no reporter name; clear the name field.")
    if kind is not ReporterKind.ANONYMOUS and not name.strip():
        raise ValidationError("Enter the reporter's name, or mark the report anonymous.")


def check_screening(
    decision: ScreeningDecision, lead_id: str, second_id: str | None, reason: str
) -> None:
    """A lead and one other member decide; a dismissal or closure says why in writing."""
    if not second_id or second_id == lead_id:
        raise ValidationError("Screening is decided by a team lead and one other member.")
    if decision is not ScreeningDecision.INQUIRY and not reason.strip():
        raise ValidationError("Write the reason for this decision; it stays with the case.")


@dataclass(frozen=True, slots=True, kw_only=True)
class Screening:
    id: str
    case_id: str
    decision: ScreeningDecision
    reason: str
    lead_id: str
    second_member_id: str
    decided_at: str


@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceInfo:
    """An attachment's record; its bytes are fetched separately, only when shown."""

    id: str
    case_id: str
    referral_id: str | None
    stage: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_by: str | None
    added_at: str


class ImportRowError(ValidationError):
    """A row or column that cannot be imported; the message names where."""
