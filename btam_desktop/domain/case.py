"""A case: one student of concern moving through identify, inquire, assess, manage, close."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from btam_desktop.domain.errors import TransitionError, ValidationError


class CaseStatus(StrEnum):
    REFERRAL = "referral"
    SCREENING = "screening"
    INQUIRY = "inquiry"
    ASSESSMENT = "assessment"
    MANAGEMENT = "management"
    MONITORING = "monitoring"
    CLOSED = "closed"


#: The workflow in order. A case moves forward one stage, steps back one stage when the team
#: needs more facts, may close from any open stage (with a reason: a screening dismissal is a
#: closed case, never a deleted one), and a closed case reopens into screening.
STATUS_ORDER: tuple[CaseStatus, ...] = tuple(CaseStatus)

_OPEN = STATUS_ORDER[:-1]


def allowed_transitions(current: CaseStatus) -> frozenset[CaseStatus]:
    if current is CaseStatus.CLOSED:
        return frozenset({CaseStatus.SCREENING})
    i = _OPEN.index(current)
    nxt = {STATUS_ORDER[i + 1], CaseStatus.CLOSED}
    if i > 0:
        nxt.add(STATUS_ORDER[i - 1])
    if current is CaseStatus.MONITORING:
        # New information during monitoring calls for a reassessment, not only a plan change.
        nxt.add(CaseStatus.ASSESSMENT)
    return frozenset(nxt)


def check_transition(current: CaseStatus, target: CaseStatus, reason: str) -> None:
    """Raise TransitionError unless the workflow allows `current -> target` with this reason."""
    if target == current:
        raise TransitionError(f"The case is already in {current.value}.")
    if target not in allowed_transitions(current):
        raise TransitionError(
            f"A case in {current.value} cannot move to {target.value}; "
            f"it can move to {', '.join(sorted(s.value for s in allowed_transitions(current)))}."
        )
    needs_reason = target is CaseStatus.CLOSED or current is CaseStatus.CLOSED
    if needs_reason and not reason.strip():
        verb = "Closing" if target is CaseStatus.CLOSED else "Reopening"
        raise TransitionError(f"{verb} a case needs a written reason.")


class PersonRole(StrEnum):
    SUBJECT = "subject"
    TARGET = "target"
    WITNESS = "witness"
    GUARDIAN = "guardian"
    REPORTER = "reporter"


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    id: str
    case_id: str
    role: PersonRole
    name: str
    grade: str = ""
    notes: str = ""
    student_id: str = ""
    date_of_birth: date | None = None
    school: str = ""
    iep_504: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Case:
    id: str
    number: str
    status: CaseStatus
    opened_on: date
    summary: str = ""
    #: The id of a level of the case's model ("high"); its label comes from the model.
    level_of_concern: str = ""
    case_manager_id: str | None = None
    next_review: date | None = None
    closed_on: date | None = None
    closure_reason: str = ""
    #: Set when a referral's imminent-danger check was yes: tops every list until cleared.
    urgent: bool = False
    #: The model (pack id) the case is assessed under: the team's at the time it was opened.
    pack_id: str = ""


#: Each stage as screens and papers name it (a model pack may add its own name on paper).
STATUS_NAMES = {
    CaseStatus.REFERRAL: "Referral",
    CaseStatus.SCREENING: "Screening",
    CaseStatus.INQUIRY: "Inquiry",
    CaseStatus.ASSESSMENT: "Assessment",
    CaseStatus.MANAGEMENT: "Management",
    CaseStatus.MONITORING: "Monitoring",
    CaseStatus.CLOSED: "Closed",
}


def school_year_of(day: date) -> int:
    """US school years start on 1 July; the year is named by its autumn (2026 for 2026-27)."""
    return day.year if day.month >= 7 else day.year - 1


_NUMBER = re.compile(r"^(\d{4})-(\d{4,})$")


def format_case_number(year: int, sequence: int) -> str:
    if sequence < 1:
        raise ValidationError("Case sequence numbers start at 1.")
    return f"{year}-{sequence:04d}"


def parse_case_number(number: str) -> tuple[int, int]:
    match = _NUMBER.match(number)
    if not match:
        raise ValidationError(f"'{number[:20]}' is not a case number like 2026-0014.")
    return int(match.group(1)), int(match.group(2))


def next_case_number(day: date, numbers_this_year: list[str]) -> str:
    """The next number in the school year of `day`, after the highest one already used."""
    year = school_year_of(day)
    used = [seq for y, seq in map(parse_case_number, numbers_this_year) if y == year]
    return format_case_number(year, max(used, default=0) + 1)


class CaseRow(NamedTuple):
    """One line of the case list: a read-only snapshot, cheap to filter and sort in Python.
    (A named tuple: built 10,000 at a time on unlock, where a frozen dataclass is 5x slower.)"""

    id: str
    number: str
    student: str
    grade: str
    status: CaseStatus
    level_of_concern: str
    case_manager: str
    next_review: date | None
    last_activity: str
    #: Every name, the summary and person notes of the case: what search-as-you-type looks in.
    search_text: str = ""
    urgent: bool = False
    pack_id: str = ""
