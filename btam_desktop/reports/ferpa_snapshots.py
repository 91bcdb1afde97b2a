"""What a student's records themselves show, as frozen plain data: the record of disclosures
(34 CFR 99.32: every copy of the student's records printed, saved or exported) and the parent
inspection packet (99.10: everything the file holds about the student, withheld passages marked,
then those same copies). Apart from `reports/snapshots.py` because the two share the disclosure
log's lines and nothing else there needs them; filled by the services like every snapshot, and
the builders print what they are given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from btam_desktop.reports.snapshots import DocumentInfo, StudentFacts


# -- record of disclosures ------------------------------------------------------------------
@dataclass(frozen=True, slots=True, kw_only=True)
class DisclosureLine:
    """One logged copy, in the reader's words."""

    when: str  # local time as printed
    by: str  # the member who printed or saved it
    document: str  # "Case summary for law enforcement"
    case_number: str  # "" for a whole-file export
    how: str  # "Printed", "Saved as PDF (encrypted)", "Exported as CSV"
    document_id: str
    recipient: str = ""  # "" when the copy stayed within the team
    basis: str = ""  # the legal basis as printed
    interest: str = ""  # the recipient's legitimate interest, or the basis in words
    threat: str = ""  # an emergency disclosure: the threat that justified it


@dataclass(frozen=True, slots=True)
class DisclosureRecordSnapshot:
    """One student's record of disclosures (34 CFR 99.32): every copy of their records that was
    printed, saved or exported, those that left the team first."""

    info: DocumentInfo
    student: StudentFacts
    case_numbers: tuple[str, ...]
    outside: tuple[DisclosureLine, ...]
    within: tuple[DisclosureLine, ...]


# -- parent inspection packet ---------------------------------------------------------------
#: A withheld passage, marked in place in a snapshot's text: the packet's words
#: (`reports/inspection_words.py`) print it ("[withheld: other students' information]").
#: Private-use characters, which no typed text holds.
WITHHELD_MARK = re.compile("\ue000([a-z_]+)\ue001")


def withheld_mark(reason: str) -> str:
    return f"\ue000{reason}\ue001"


@dataclass(frozen=True, slots=True)
class InspectionField:
    """One thing held: `label` is a key of the packet's words ("verbatim"), or words already
    (a question of the model); `text` is as held, withheld passages marked in place."""

    label: str
    text: str


@dataclass(frozen=True, slots=True)
class InspectionEntry:
    """One record (a referral, an interview, a plan version): a heading of dates and names."""

    heading: str
    fields: tuple[InspectionField, ...] = ()


@dataclass(frozen=True, slots=True)
class InspectionSection:
    key: str  # a key of the packet's words' sections ("referrals")
    entries: tuple[InspectionEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class InspectionCase:
    number: str
    facts: tuple[InspectionField, ...]
    sections: tuple[InspectionSection, ...]


@dataclass(frozen=True, slots=True)
class InspectionSnapshot:
    """Everything the file holds about one student, for their parents to inspect (34 CFR
    99.10), with what the law lets the school withhold already taken out and marked;
    `withheld` counts the marks per reason (`domain/inspection.Withheld`), in order."""

    info: DocumentInfo
    student: StudentFacts
    cases: tuple[InspectionCase, ...]
    disclosures: tuple[DisclosureLine, ...]
    withheld: tuple[tuple[str, int], ...]
    language: str = "en"
