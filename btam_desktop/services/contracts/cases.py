"""Cases: opening one, editing it, and one case as the case page shows it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from btam_desktop.domain.case import Case, Person


@dataclass(frozen=True, slots=True)
class NewPerson:
    role: str
    name: str
    grade: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class NewCase:
    student_name: str
    grade: str = ""
    summary: str = ""
    opened_on: date | None = None
    case_manager_id: str | None = None
    level_of_concern: str = ""
    others: tuple[NewPerson, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class CaseLoaded:
    """What the edit form showed when it was opened ("what the editor saw"): a save replaces
    only a version equal to it, so a version another laptop delivered meanwhile is kept
    beside the save (a conflict) instead of being overwritten."""

    summary: str | None = None
    level_of_concern: str | None = None


@dataclass(frozen=True, slots=True)
class CaseEdit:
    """Fields to change; None leaves a field as it is. Without `loaded` (the CLI, imports) a
    save replaces whatever is current when it commits."""

    summary: str | None = None
    level_of_concern: str | None = None
    case_manager_id: str | None = None
    next_review: date | None = None
    clear_next_review: bool = False
    clear_case_manager: bool = False
    loaded: CaseLoaded | None = None


@dataclass(frozen=True, slots=True)
class CaseDetail:
    case: Case
    persons: tuple[Person, ...]
