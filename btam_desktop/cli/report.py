"""`btam-desktop report PATH KIND`: a document printed or saved as PDF, logged like every
copy (who it goes to and why, for a copy leaving the team)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from btam_desktop.domain.disclosure import Audience
from btam_desktop.services import errors

if TYPE_CHECKING:
    from btam_desktop.services.session import Session

from btam_desktop.cli.common import (
    EXIT_OK,
    UsageError,
    _read_password,
    _say,
    _secret,
    _with_session,
)
from btam_desktop.cli.parser import _CASE_KINDS, _STUDENT_KINDS, MULTILINGUAL_KINDS, PUBLIC_KINDS


def _audience(a: argparse.Namespace) -> Audience:
    given = (a.recipient, a.legal_basis, a.interest, a.threat)
    return Audience(
        any(given),
        a.recipient or "",
        a.legal_basis or "",
        detail=a.interest or "",
        threat=a.threat or "",
    )


_AUDIENCE = ("recipient", "legal_basis", "interest", "threat")


def _report_destination(a: argparse.Namespace) -> str | None:
    """The print queue to send the document to, or None to write `-o`. The recovery kit is
    printed, as in the app: a recovery code does not belong on a disk (unless encrypted)."""
    if a.password_file and a.printer:
        raise UsageError("--password-file encrypts a file (-o); a printer prints the page.")
    if a.kind == "recovery-kit" and a.output is not None and not a.password_file:
        raise UsageError(
            "A recovery code does not belong on a disk: the recovery kit is printed (--printer "
            "NAME, or the default printer without -o). To write it to a file anyway, encrypt "
            "it with --password-file F."
        )
    if a.output is not None:
        if a.output.is_dir() or not a.output.parent.is_dir():
            raise UsageError(f"-o {a.output}: name a file in an existing folder.")
        return None
    if a.printer:
        return str(a.printer)
    if a.kind != "recovery-kit":
        raise UsageError(f"report {a.kind} needs -o OUT.pdf or --printer NAME.")
    from btam_desktop.services import print_queue

    default = print_queue.default_printer()
    if default is None:
        raise UsageError("There is no default printer: name one with --printer (lpstat -p).")
    return default


def _student_case(s: Session, a: argparse.Namespace) -> str:
    """The newest case of the student `--student` names; several or none: a usage error that
    lists them."""
    from btam_desktop.services import students

    found = students.find(s, a.student)
    if not found:
        raise UsageError(f"--student {a.student}: no student in {a.path} has that name or id.")
    if len(found) > 1:
        lines = "\n".join(f"  {student.describe()}" for student in found)
        raise UsageError(
            f"--student {a.student}: {len(found)} students match; name one by its student id "
            f"or record id:\n{lines}"
        )
    return found[0].case_ids[-1]


def _report_year(a: argparse.Namespace) -> int | None:
    """The annual report's school year (required, and only for it)."""
    if a.kind != "annual":
        if a.year:
            raise UsageError("--year is for the annual report.")
        return None
    if not a.year:
        raise UsageError("report annual needs --year, e.g. --year 2026-27.")
    from btam_desktop.domain.statistics import parse_year

    try:
        return parse_year(a.year)
    except errors.ValidationError as error:
        raise UsageError(f"--year {a.year}: {error}") from None


def _notification(s: Session, a: argparse.Namespace, case_id: str | None) -> str:
    """The notification `--notification` names (its number in the case's list, or its id);
    a usage error that lists the case's notifications when it names none of them."""
    from btam_desktop.services import manage

    found = manage.notifications_of(s, case_id) if case_id else []
    for number, n in enumerate(found, start=1):
        if a.notification in (str(number), n.id):
            return n.id
    lines = "\n".join(
        f"  {number}\t{n.notified_on.isoformat()}\t{n.recipient.value}\t{n.id}"
        for number, n in enumerate(found, start=1)
    )
    raise UsageError(
        f"--notification {a.notification}: case {a.case} has no such notification"
        + (f"; it has:\n{lines}" if lines else " (none is logged).")
    )


def _cmd_report(a: argparse.Namespace) -> int:
    from btam_desktop.services import cases, print_queue, printing

    if a.meeting and a.kind not in ("agenda", "minutes"):
        raise UsageError("--meeting is for the agenda and the minutes.")
    if a.kind in _CASE_KINDS and not a.case:
        raise UsageError(f"report {a.kind} needs --case NUMBER.")
    if (a.kind in _STUDENT_KINDS) != bool(a.student):
        raise UsageError(
            "report disclosures and report inspection need --student NAME|ID (and only they "
            "take one)."
        )
    if a.kind in _STUDENT_KINDS and a.case:
        raise UsageError(f"report {a.kind} takes --student, not --case.")
    if (a.redact or a.earlier) and a.kind != "case-summary":
        raise UsageError("--redact and --earlier are for the case summary.")
    if a.language not in (None, "en") and a.kind not in MULTILINGUAL_KINDS:
        raise UsageError(
            f"report {a.kind} is written in English only: --language is for "
            f"{', '.join(MULTILINGUAL_KINDS)}."
        )
    year = _report_year(a)
    if (a.kind == "letter") != bool(a.notification):
        raise UsageError("report letter needs --notification N|ID (and only it takes one).")
    printer = _report_destination(a)
    password = _read_password(a.password_file) if a.password_file else ""
    # The recovery code is never stored: the kit prints only for someone who has the code,
    # and the service checks that it opens this very case file.
    code = _secret("BTAM_RECOVERY_CODE", "Recovery code") if a.kind == "recovery-kit" else ""
    audience = _audience(a)

    def work(s: Session) -> int:
        case_id = None
        if a.case:
            found = [row.id for row in cases.list_cases(s) if row.number == a.case]
            if not found:
                raise UsageError(f"There is no case {a.case} in {a.path}.")
            case_id = found[0]
        if a.student:
            case_id = _student_case(s, a)
        notification_id = _notification(s, a, case_id) if a.notification else None
        if a.meeting:
            from btam_desktop.services import meetings

            if a.meeting not in {m.id for m in meetings.list_meetings(s)}:
                raise UsageError(f"There is no meeting {a.meeting} in {a.path}.")
        request = printing.PrintRequest(
            a.kind,
            case_id,
            include_earlier=a.earlier,
            redact=a.redact or "",
            paper=a.paper,
            recovery_code=code,
            meeting_id=a.meeting,
            audience=audience,
            language=a.language or "",
            notification_id=notification_id,
            year=year,
        )
        prepared = printing.prepare(s, request)
        for warning in prepared.warnings:
            sys.stderr.write(f"btam-desktop: note: {warning}\n")
        if printer is not None:
            prepared.audience.checked()  # a copy leaving the team says to whom before it prints
            job = print_queue.submit(printer, prepared.pdf, prepared.file_name)
            printing.record_print(s, prepared)  # only once the print system took the job
            _say(f"Sent to {printer} (job {job}, document {prepared.document_id}), logged.")
            if a.kind == "recovery-kit":
                _say("Collect the page from the printer now: it opens every record in the file.")
            return EXIT_OK
        printing.save_pdf(s, prepared, a.output, password)
        _say(f"Wrote {a.output} (document {prepared.document_id}), logged as a disclosure.")
        if a.kind in PUBLIC_KINDS:
            _say("This handout holds no student data: print and share as many as you like.")
        elif a.kind == "annual":
            _say("Aggregate figures, small counts suppressed: no student is identified.")
        elif not password:
            _say("CONFIDENTIAL: this PDF is not encrypted. Keep it safe and delete it when done.")
        return EXIT_OK

    return _with_session(a, work)
