"""Spreadsheet exports: the case list and the disclosure records as CSV, each a disclosure
logged like a print (a row in the disclosure log and an audit event, committed before the file
appears).

A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula, and some treat a
leading tab or carriage return the same way; such a cell is written with a single quote in
front (`'=HYPERLINK(...)`), so it reads as the text it was. Storage keeps text as typed: this
is the edge that needs the escaping.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any

from btam_desktop.domain.case import STATUS_NAMES
from btam_desktop.domain.changes import NO_CHANGES, ChangeSet
from btam_desktop.domain.disclosure import Audience, Destination, Disclosure, DocumentKind
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.records import new_id
from btam_desktop.services import cases, print_disclosures, printing
from btam_desktop.services.contracts.printing import Exported as Exported
from btam_desktop.services.print_case import member_names
from btam_desktop.services.session import Session
from btam_desktop.storage import fsio, print_repo
from btam_desktop.storage.faults import crash_point

#: The first characters that make a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class What(StrEnum):
    CASES = "cases"
    DISCLOSURES = "disclosures"


KINDS = {What.CASES: DocumentKind.CASES_CSV, What.DISCLOSURES: DocumentKind.DISCLOSURES_CSV}


def neutralized(cell: str) -> str:
    """`cell` as a spreadsheet shows it without running it: a quote before a formula start."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    """UTF-8 with a byte-order mark (Excel then reads accents right), every cell neutralized."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralized(str(cell)) for cell in header])
    writer.writerows([neutralized(str(cell)) for cell in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")


def _what(value: str) -> What:
    try:
        return What(value)
    except ValueError:
        raise ValidationError(
            f"'{value[:40]}' cannot be exported as CSV ({', '.join(w.value for w in What)})."
        ) from None


def _case_rows(session: Session) -> tuple[list[str], list[list[str]]]:
    levels = {(c.pack_id, c.id): c.label for c in cases.level_choices(session)}
    header = [
        "Case",
        "Student",
        "Grade",
        "Status",
        "Level of concern",
        "Case manager",
        "Next review",
        "Urgent",
    ]
    rows = [
        [
            r.number,
            r.student,
            r.grade,
            STATUS_NAMES[r.status],
            levels.get((r.pack_id, r.level_of_concern), r.level_of_concern),
            r.case_manager,
            r.next_review.isoformat() if r.next_review else "",
            "Urgent" if r.urgent else "",
        ]
        for r in sorted(cases.list_cases(session), key=lambda r: r.number)
    ]
    return header, rows


def _disclosure_rows(session: Session) -> tuple[list[str], list[list[str]]]:
    conn = session.ocf.conn
    names = member_names(session)
    rows_by_case = {r.id: r for r in cases.list_cases(session)}
    numbers = {case_id: r.number for case_id, r in rows_by_case.items()}
    header = [
        "When",
        "Case",
        "Student",
        "Document",
        "How",
        "Released to",
        "Legal basis",
        "Interest or purpose",
        "Threat",
        "By",
        "Document id",
    ]
    rows = []
    for d in print_repo.all_disclosures(conn):
        line = print_disclosures.line(d, names, numbers)
        case = rows_by_case.get(d.case_id or "")
        rows.append(
            [
                line.when,
                line.case_number,
                case.student if case else "",
                line.document,
                line.how,
                line.recipient,
                line.basis,
                line.interest,
                line.threat,
                line.by,
                line.document_id,
            ]
        )
    return header, rows


def write_csv(
    session: Session, what: str, path: Path, audience: Audience
) -> tuple[Exported, ChangeSet]:
    """Write the case list or every disclosure record to `path` as CSV, logged as a disclosure
    of every student in it (committed before the file appears, as a saved PDF)."""
    kind = KINDS[_what(what)]
    checked = audience.checked()  # outside the team: whom, on what basis, before anything
    header, rows = (_case_rows if kind is DocumentKind.CASES_CSV else _disclosure_rows)(session)
    disclosure = write_logged(
        session,
        path,
        csv_bytes(header, rows),
        kind,
        checked,
        {"rows": len(rows)},
        intent="export.csv",
    )
    return Exported(path, len(rows), disclosure.document_id, disclosure.id), NO_CHANGES


def write_logged(
    session: Session,
    path: Path,
    data: bytes,
    kind: DocumentKind,
    audience: Audience,
    options: dict[str, Any],
    *,
    intent: str,
) -> Disclosure:
    """Write a spreadsheet to `path`, logged as an exported document (its disclosure row and
    audit event, committed before the file appears, as a saved PDF). `audience` is checked."""
    staged = fsio.StagedExport(path, data, step="csv")
    try:
        with session.ocf.transaction(intent=intent):
            disclosure = printing.log_disclosure(
                session, new_id(), kind, Destination.EXPORTED, audience, options=options
            )
        crash_point("csv.committed")
        staged.publish()
    finally:
        staged.discard()
    return disclosure
