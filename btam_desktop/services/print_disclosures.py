"""One student's record of disclosures as a snapshot for printing (34 CFR 99.32): every copy
logged against any of the student's cases, and every whole-file export made since their first
case, each in the reader's words."""

from __future__ import annotations

from btam_desktop.domain.disclosure import (
    DOCUMENT_NAMES,
    PRESET_READERS,
    Destination,
    Disclosure,
)
from btam_desktop.domain.local_time import moment_text
from btam_desktop.domain.student import StudentRecord
from btam_desktop.reports import ferpa_snapshots as ferpa, snapshots as sn
from btam_desktop.services.print_case import member_names
from btam_desktop.services.print_words import basis_text
from btam_desktop.services.session import Session
from btam_desktop.storage import print_repo

_HOW = {
    Destination.PRINTED: "Printed",
    Destination.SAVED: "Saved as PDF",
    Destination.EXPORTED: "Exported as CSV",
}


def line(d: Disclosure, names: dict[str, str], numbers: dict[str, str]) -> ferpa.DisclosureLine:
    """One logged copy in the reader's words (`names`: members by id; `numbers`: case numbers
    by case id)."""
    document = DOCUMENT_NAMES.get(d.document, d.document.value)
    reader = PRESET_READERS.get(str(d.options.get("redact", "")))
    if reader:
        document += f" for {reader}"
    how = _HOW[d.destination] + (" (encrypted)" if d.options.get("encrypted") else "")
    return ferpa.DisclosureLine(
        when=moment_text(d.at),
        by=names.get(d.by or "", "A former member"),
        document=document,
        case_number=numbers.get(d.case_id or "", ""),
        how=how,
        document_id=d.document_id,
        recipient=d.recipient,
        basis=basis_text(d.legal_basis),
        interest=d.detail,
        threat=d.threat,
    )


def record(
    session: Session, student: StudentRecord, info: sn.DocumentInfo
) -> ferpa.DisclosureRecordSnapshot:
    conn = session.ocf.conn
    names = member_names(session)
    numbers = dict(zip(student.case_ids, student.case_numbers, strict=True))
    logged = [
        line(d, names, numbers) for d in print_repo.disclosures_of_student(conn, student.case_ids)
    ]
    outside = tuple(entry for entry in logged if entry.recipient)
    within = tuple(entry for entry in logged if not entry.recipient)
    facts = sn.StudentFacts(
        student.name,
        student.grade,
        student.school,
        student.student_id,
        student.date_of_birth,
    )
    return ferpa.DisclosureRecordSnapshot(info, facts, student.case_numbers, outside, within)
