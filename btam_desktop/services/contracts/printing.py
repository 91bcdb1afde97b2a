"""Printing: what to print, the built document, and a saved copy."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from btam_desktop.domain.disclosure import Audience, DocumentKind


@dataclass(frozen=True, slots=True)
class PrintRequest:
    kind: str
    case_id: str | None = None
    include_earlier: bool = False  # case summary: earlier assessment versions too
    redact: str = ""  # case summary: "", "administrator", "law_enforcement", "receiving_school"
    paper: str = "letter"
    recovery_code: str = field(default="", repr=False)  # recovery kit only; never stored
    #: Agenda: the next meeting unless named; minutes: the last approved unless named.
    meeting_id: str | None = None
    masked: bool = True  # agenda and minutes: initials, not names
    #: Outside the team, the copy names its recipient and legal basis on its first page. A
    #: parent plan goes to the family unless another recipient is named.
    audience: Audience = field(default_factory=Audience)
    #: The paper's language, for the documents written in several (the handouts, the family's
    #: plan, the letters): a key of domain/language.PAPER_LANGUAGES; "" for the default: the
    #: guardian's language for the papers that go to the student's family, English otherwise.
    language: str = ""
    #: A letter: the notification of the case it goes with.
    notification_id: str | None = None
    #: The annual report: the school year (2026 for 2026-27); this school year when None.
    year: int | None = None
    #: The sign-in sheet: of this staff awareness session; none: a blank sheet to fill in.
    staff_session_id: str | None = None


@dataclass(frozen=True, slots=True)
class Prepared:
    """A built document held in memory, and what the disclosure log will say about it: the
    audience printed on it is the one logged."""

    document_id: str
    kind: DocumentKind
    title: str
    file_name: str  # suggested: the case number, never a name
    pdf: bytes = field(repr=False)
    case_id: str | None = None
    meeting_id: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    case_number: str = ""
    audience: Audience = field(default_factory=Audience)
    #: What the person printing should know first, e.g. a review date that has passed.
    warnings: tuple[str, ...] = ()
    #: The language it was written in (the default resolved: the guardian's, or English).
    language: str = "en"


@dataclass(frozen=True, slots=True)
class Saved:
    path: Path
    encrypted: bool
    disclosure_id: str


@dataclass(frozen=True, slots=True)
class Exported:
    """A spreadsheet (CSV) written and logged as a disclosure."""

    path: Path
    rows: int
    document_id: str
    disclosure_id: str
