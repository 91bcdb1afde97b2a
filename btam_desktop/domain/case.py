"""A case: one student of concern moving through identify, inquire, assess, manage, close."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from btam_desktop.domain.errors import TransitionError, ValidationError
from btam_desktop.domain.records import search_fold


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
    #: A guardian's: the language the family reads (a key of `language.PAPER_LANGUAGES`), the
    #: default of the papers that go home; "" when not said (English).
    language: str = ""


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


#: `number_key` is year * NUMBER_KEY_YEAR + sequence (the list's query computes it in SQL).
NUMBER_KEY_YEAR = 10**12


def number_key(number: str) -> int:
    """One integer that sorts like the case number (2026-10000 after 2026-9999)."""
    year, sequence = parse_case_number(number)
    return year * NUMBER_KEY_YEAR + sequence


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


#: Characters that can separate the values of a `CaseColumns` column, in order of preference:
#: control characters names never hold (`clean_name` refuses them), then the private-use area.
LIST_SEPARATORS = "\x1f\x1e\x1d\x1c" + "".join(map(chr, range(0xE000, 0xF900)))


@dataclass(frozen=True, slots=True, kw_only=True)
class CaseColumns:
    """The case list as it crosses from the service process to the window: each column is
    one string, its values joined by `separator` (which no value contains), every column
    holding the rows in the same order (no particular one: `number_keys` sorts them).

    Why not a list of `CaseRow`: pickling 10,000 named tuples, each with an enum and a date
    to rebuild, and unpickling them in the window took about 110 ms of unlocking, over a
    second at 100,000 cases. A dozen long strings pickle at memory speed and split in the
    window in a few milliseconds each. The search keys come folded (`search_fold`), so the
    window does not fold every case's text either.
    """

    #: Rows held here.
    count: int
    #: False when only the first rows of the list were asked for (`first`): the rest follow.
    complete: bool
    separator: str
    ids: str
    numbers: str
    #: `number_key` of each number, as text.
    number_keys: str
    students: str
    grades: str
    #: `CaseStatus` values.
    statuses: str
    #: Level ids; the window shows the label the case's model (`pack_ids`) gives the id.
    levels: str
    pack_ids: str
    #: The case manager's name, empty for none.
    managers: str
    #: The next review as an ISO date, empty for none.
    reviews: str
    #: The latest update of the case or its persons, stored UTC text.
    activities: str
    #: What search-as-you-type looks in: `search_fold` of the number and the `search_text`.
    search_keys: str
    #: One character per row: "1" for an urgent case (imminent danger at intake), else "0".
    urgent: str

    def split(self, column: str) -> list[str]:
        """The values of one of this list's columns."""
        return column.split(self.separator) if self.count else []

    @classmethod
    def from_rows(cls, rows: Sequence[CaseRow], *, complete: bool = True) -> CaseColumns:
        """The same list built from rows: what the columns mean, written plainly (the service
        builds them in SQL; this also serves a file whose text holds the usual separator)."""
        columns = {
            "ids": [r.id for r in rows],
            "numbers": [r.number for r in rows],
            "number_keys": [str(number_key(r.number)) for r in rows],
            "students": [r.student for r in rows],
            "grades": [r.grade for r in rows],
            "statuses": [r.status.value for r in rows],
            "levels": [r.level_of_concern for r in rows],
            "pack_ids": [r.pack_id for r in rows],
            "managers": [r.case_manager for r in rows],
            "reviews": [r.next_review.isoformat() if r.next_review else "" for r in rows],
            "activities": [r.last_activity for r in rows],
            "search_keys": [search_fold(f"{r.number}\n{r.search_text}") for r in rows],
        }
        every_value = "".join("".join(values) for values in columns.values())
        separator = next((s for s in LIST_SEPARATORS if s not in every_value), None)
        if separator is None:
            raise ValidationError("The case list's text uses every separator character.")
        return cls(
            count=len(rows),
            complete=complete,
            separator=separator,
            urgent="".join("1" if r.urgent else "0" for r in rows),
            **{name: separator.join(values) for name, values in columns.items()},
        )
