"""The disclosure log: every printed, saved or exported document, and when it leaves the team,
to whom and on what legal basis (the FERPA recordation of 34 CFR 99.32)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.plan import LegalBasis


class DocumentKind(StrEnum):
    CASE_SUMMARY = "case-summary"
    PLAN = "plan"
    PARENT_PLAN = "parent-plan"
    AGENDA = "agenda"
    MINUTES = "minutes"
    BLANK_FORMS = "blank-forms"
    STAFF_HANDOUT = "staff-handout"
    STUDENT_HANDOUT = "student-handout"
    FAMILY_HANDOUT = "family-handout"
    ROSTER = "roster"
    RECOVERY_KIT = "recovery-kit"


#: Papers for anyone (no student data, no CONFIDENTIAL stamp): no recipient to name, no
#: password to give, as many copies as the school likes. Printing them is still logged.
PUBLIC_DOCUMENTS = frozenset({DocumentKind.STUDENT_HANDOUT, DocumentKind.FAMILY_HANDOUT})


#: Whom each redacted copy of the case summary is for, by its preset: "Prepared for ..." on
#: the copy, and "printed the case summary for ..." in the timeline.
PRESET_READERS = {
    "administrator": "the school administrator",
    "law_enforcement": "law enforcement",
    "receiving_school": "a receiving school",
}


class Destination(StrEnum):
    PRINTED = "print"  # sent to a printer from memory
    SAVED = "save"  # written to a PDF file (app or command line)


@dataclass(frozen=True, slots=True)
class Audience:
    """Who the document is for. Inside the team nothing more is asked; outside it, the
    recipient and the legal basis are recorded."""

    outside_team: bool = False
    recipient: str = ""
    legal_basis: str = ""

    def checked(self) -> Audience:
        if not self.outside_team:
            return Audience()
        recipient = self.recipient.strip()
        if not recipient:
            raise ValidationError("Name who receives the document outside the team.")
        if len(recipient) > 200:
            raise ValidationError("The recipient is longer than 200 characters.")
        try:
            basis = LegalBasis(self.legal_basis)
        except ValueError:
            raise ValidationError(
                "Choose the legal basis for sharing it outside the team."
            ) from None
        return Audience(True, recipient, basis.value)


@dataclass(frozen=True, slots=True, kw_only=True)
class Disclosure:
    id: str
    document_id: str
    document: DocumentKind
    destination: Destination
    case_id: str | None
    meeting_id: str | None
    options: dict[str, Any] = field(default_factory=dict)
    recipient: str = ""  # "" when it stayed within the team
    legal_basis: str = ""
    at: str = ""  # UTC ISO 8601
    by: str | None = None  # member id

    @property
    def outside_team(self) -> bool:
        return bool(self.recipient)
