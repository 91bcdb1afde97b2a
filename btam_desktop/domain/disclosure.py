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
    #: All-staff awareness training: a session's sign-in sheet, a school year's coverage.
    SIGN_IN_SHEET = "sign-in-sheet"
    STAFF_COVERAGE = "staff-coverage"
    #: One student's record of disclosures (34 CFR 99.32), from every case of the student.
    DISCLOSURES = "disclosures"
    #: Everything held about one student, for their parents to inspect (34 CFR 99.10).
    INSPECTION = "inspection"
    #: The program's figures of a school year for the school board or the district: counts
    #: only, small ones suppressed (`domain/statistics`), no student data.
    ANNUAL_REPORT = "annual"
    #: A letter that goes with a notification (to the family, the target's family, staff).
    LETTER = "letter"
    #: Spreadsheet exports (CSV): the case list, the disclosure records of every case.
    CASES_CSV = "cases-csv"
    DISCLOSURES_CSV = "disclosures-csv"
    #: A student's record sent to the school they move to (encrypted packet and summary).
    TRANSFER_PACKET = "transfer-packet"
    #: The student's safety plan (harm to self), one page, the team's record.
    SAFETY_PLAN = "safety-plan"
    #: A state's yearly threat-assessment collection filled from the program's figures (CSV,
    #: counts only, small ones suppressed: `domain/state_report`).
    STATE_REPORT = "state-report"
    #: A school year's figures for the district to add up: counts only, signed (issue 21).
    DISTRICT_ROLLUP = "district-rollup"


#: What each document is called in the disclosure log, on screen and on paper.
DOCUMENT_NAMES = {
    DocumentKind.CASE_SUMMARY: "Case summary",
    DocumentKind.PLAN: "Intervention plan",
    DocumentKind.PARENT_PLAN: "Parent/student plan",
    DocumentKind.AGENDA: "Meeting agenda",
    DocumentKind.MINUTES: "Meeting minutes",
    DocumentKind.ROSTER: "Team roster and training",
    DocumentKind.BLANK_FORMS: "Blank forms",
    DocumentKind.STAFF_HANDOUT: "Staff handout",
    DocumentKind.RECOVERY_KIT: "Recovery kit",
    DocumentKind.SIGN_IN_SHEET: "Staff awareness sign-in sheet",
    DocumentKind.STAFF_COVERAGE: "Staff awareness coverage",
    DocumentKind.DISCLOSURES: "Record of disclosures",
    DocumentKind.INSPECTION: "Inspection copy for the family",
    DocumentKind.ANNUAL_REPORT: "Annual report (aggregate figures)",
    DocumentKind.LETTER: "Notification letter",
    DocumentKind.CASES_CSV: "Case list (CSV)",
    DocumentKind.DISCLOSURES_CSV: "Disclosure records (CSV)",
    DocumentKind.TRANSFER_PACKET: "Transfer packet",
    DocumentKind.SAFETY_PLAN: "Safety plan (the student's)",
    DocumentKind.STATE_REPORT: "State report (aggregate figures, CSV)",
    DocumentKind.DISTRICT_ROLLUP: "District roll-up (aggregate figures)",
}

#: Documents about every student at once: a student's record of disclosures lists them too.
WHOLE_FILE_EXPORTS = (DocumentKind.CASES_CSV, DocumentKind.DISCLOSURES_CSV)


#: Papers for anyone (no student data, no CONFIDENTIAL stamp): no recipient to name, no
#: password to give, as many copies as the school likes. Printing them is still logged.
PUBLIC_DOCUMENTS = frozenset({DocumentKind.STUDENT_HANDOUT, DocumentKind.FAMILY_HANDOUT})

#: Counts of many cases with every small count suppressed: no student is identified, so
#: there is no recipient or legal basis to record and no CONFIDENTIAL stamp; its header says
#: "Aggregate figures". Printing and saving it is logged like any document.
AGGREGATE_DOCUMENTS = frozenset(
    {DocumentKind.ANNUAL_REPORT, DocumentKind.STATE_REPORT, DocumentKind.DISTRICT_ROLLUP}
)


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
    EXPORTED = "export"  # written to a spreadsheet file (CSV)


#: Longest recipient, and longest written basis or threat, a disclosure record keeps.
RECIPIENT_MAX = 200
REASON_MAX = 2000


@dataclass(frozen=True, slots=True)
class Audience:
    """Who the document is for. Inside the team nothing more is asked; outside it, the
    recipient and the legal basis are recorded (34 CFR 99.32): `detail` is the recipient's
    legitimate interest or the basis in words (required for "other"), `threat` the articulable
    and significant threat that justified a health-or-safety emergency disclosure (99.32(a)(5),
    required for one)."""

    outside_team: bool = False
    recipient: str = ""
    legal_basis: str = ""
    detail: str = ""
    threat: str = ""

    def checked(self) -> Audience:
        if not self.outside_team:
            return Audience()
        recipient = self.recipient.strip()
        if not recipient:
            raise ValidationError("Name who receives the document outside the team.")
        if len(recipient) > RECIPIENT_MAX:
            raise ValidationError(f"The recipient is longer than {RECIPIENT_MAX} characters.")
        try:
            basis = LegalBasis(self.legal_basis)
        except ValueError:
            raise ValidationError(
                "Choose the legal basis for sharing it outside the team."
            ) from None
        detail, threat = self.detail.strip(), self.threat.strip()
        if basis is LegalBasis.OTHER and not detail:
            raise ValidationError("Say in words what the lawful basis is (legal basis: Other).")
        if basis is LegalBasis.HEALTH_SAFETY_EMERGENCY and not threat:
            raise ValidationError(
                "Describe the articulable and significant threat to health or safety that "
                "makes this an emergency disclosure."
            )
        if basis is not LegalBasis.HEALTH_SAFETY_EMERGENCY:
            threat = ""  # a threat is recorded only for an emergency disclosure
        for text, what in ((detail, "legitimate interest"), (threat, "threat")):
            if len(text) > REASON_MAX:
                raise ValidationError(f"The {what} is longer than {REASON_MAX} characters.")
        return Audience(True, recipient, basis.value, detail, threat)


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
    detail: str = ""  # the recipient's legitimate interest, or the basis in words
    threat: str = ""  # a health-or-safety emergency: the threat that justified it
    at: str = ""  # UTC ISO 8601
    by: str | None = None  # member id

    @property
    def outside_team(self) -> bool:
        return bool(self.recipient)
