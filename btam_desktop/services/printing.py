"""Printing: build a document in memory, then print or save it, recording the disclosure.

ReportLab and pypdf load on the first print, not when a screen imports these request types.

`prepare` builds the PDF (on the worker thread, never the GUI's) and records nothing: a
preview stays inside the app. `record_print` and `save_pdf` are the moments a document leaves
the encrypted file: each writes a disclosure row and an audit event in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from btam_desktop.domain import clock
from btam_desktop.domain.changes import NO_CHANGES, ChangeSet
from btam_desktop.domain.disclosure import (
    AGGREGATE_DOCUMENTS,
    PUBLIC_DOCUMENTS,
    Audience,
    Destination,
    Disclosure,
    DocumentKind,
)
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.language import PAPER_LANGUAGES
from btam_desktop.domain.local_time import moment_text, zone_text
from btam_desktop.domain.plan import LegalBasis
from btam_desktop.domain.records import new_id, today
from btam_desktop.reports import ferpa_snapshots as ferpa, snapshots as sn
from btam_desktop.reports.family_words import PARENT_BASIS
from btam_desktop.services import (
    harm_to_self,
    print_case,
    print_disclosures,
    print_inspection,
    print_letters,
    print_meetings,
    print_stats,
    print_team,
    students,
)
from btam_desktop.services.contracts.printing import (
    Prepared as Prepared,
    PrintRequest as PrintRequest,
    Saved as Saved,
)
from btam_desktop.services.print_words import BASIS_TEXT
from btam_desktop.services.session import Session
from btam_desktop.storage import fsio, print_repo, team_repo
from btam_desktop.storage.faults import crash_point

if TYPE_CHECKING:
    from btam_desktop.reports.page import PrintOptions

PAPERS = ("letter", "a4")
CASE_KINDS = (
    DocumentKind.CASE_SUMMARY,
    DocumentKind.PLAN,
    DocumentKind.PARENT_PLAN,
    DocumentKind.LETTER,
    DocumentKind.SAFETY_PLAN,
)
#: Written in every language of PAPER_LANGUAGES; the others are in English.
MULTILINGUAL = (
    *PUBLIC_DOCUMENTS,
    DocumentKind.PARENT_PLAN,
    DocumentKind.LETTER,
    DocumentKind.INSPECTION,
    DocumentKind.STAFF_HANDOUT,
)
#: Documents about the student of a case (all their cases), logged against that case.
STUDENT_KINDS = (DocumentKind.DISCLOSURES, DocumentKind.INSPECTION)
TEAM_KINDS = (
    DocumentKind.BLANK_FORMS,
    DocumentKind.STAFF_HANDOUT,
    DocumentKind.STUDENT_HANDOUT,
    DocumentKind.FAMILY_HANDOUT,
    DocumentKind.RECOVERY_KIT,
    DocumentKind.ROSTER,
    DocumentKind.ANNUAL_REPORT,
    DocumentKind.SIGN_IN_SHEET,
    DocumentKind.STAFF_COVERAGE,
)
MEETING_KINDS = (DocumentKind.AGENDA, DocumentKind.MINUTES)

TITLES = {
    DocumentKind.CASE_SUMMARY: "Case summary",
    DocumentKind.PLAN: "Intervention plan",
    DocumentKind.PARENT_PLAN: "Support plan",
    DocumentKind.BLANK_FORMS: "Blank forms",
    DocumentKind.STAFF_HANDOUT: "Worried about a student? Tell the team",
    DocumentKind.STUDENT_HANDOUT: "Handout for students",
    DocumentKind.FAMILY_HANDOUT: "Handout for families",
    DocumentKind.RECOVERY_KIT: "Recovery kit",
    DocumentKind.AGENDA: "Team meeting agenda",
    DocumentKind.MINUTES: "Minutes of the team meeting",
    DocumentKind.ROSTER: "Team roster and training",
    DocumentKind.DISCLOSURES: "Record of disclosures",
    DocumentKind.INSPECTION: "Inspection copy of the student's record",
    DocumentKind.ANNUAL_REPORT: "Threat assessment program: annual report",
    DocumentKind.SIGN_IN_SHEET: "Staff awareness training: sign-in sheet",
    DocumentKind.STAFF_COVERAGE: "Staff awareness training: coverage",
    DocumentKind.LETTER: "Letter",
    DocumentKind.SAFETY_PLAN: "Safety plan",
}
#: The PDF's title in another language (only the papers written in it).
TITLES_IN = {
    "es": {
        DocumentKind.PARENT_PLAN: "Plan de apoyo",
        DocumentKind.LETTER: "Carta",
        DocumentKind.INSPECTION: "Copia para revisión de la familia",
        DocumentKind.STAFF_HANDOUT: "¿Le preocupa un estudiante? Avise al equipo",
    }
}
#: Who reads each kind (the page's header and legal note); the rest are the team's records.
READERS = {
    DocumentKind.PARENT_PLAN: sn.Readers.FAMILY,
    DocumentKind.INSPECTION: sn.Readers.FAMILY,
    DocumentKind.STAFF_HANDOUT: sn.Readers.STAFF,
    DocumentKind.STUDENT_HANDOUT: sn.Readers.PUBLIC,
    DocumentKind.FAMILY_HANDOUT: sn.Readers.PUBLIC,
    DocumentKind.ANNUAL_REPORT: sn.Readers.AGGREGATE,
    DocumentKind.SIGN_IN_SHEET: sn.Readers.STAFF,
    DocumentKind.STAFF_COVERAGE: sn.Readers.STAFF,
    DocumentKind.LETTER: sn.Readers.LETTER,
}
#: Redaction presets whose reader is outside the team: the copy carries the release block even
#: before anyone is named (lines to fill in by hand).
LEAVES_TEAM = ("law_enforcement", "receiving_school")


def _kind(value: str) -> DocumentKind:
    """A document that prints (the CSV exports are written by `services/exports.py`)."""
    if value in TITLES:
        return DocumentKind(value)
    kinds = ", ".join(k.value for k in TITLES)
    raise ValidationError(f"'{value[:40]}' is not a document ({kinds}).")


def _options(request: PrintRequest, kind: DocumentKind, language: str) -> dict[str, Any]:
    """What the disclosure log records about the choices (never the recovery code)."""
    options: dict[str, Any] = {"paper": request.paper}
    if kind is DocumentKind.CASE_SUMMARY:
        options |= {"include_earlier": request.include_earlier, "redact": request.redact}
    if kind in MEETING_KINDS:
        options |= {"masked": request.masked}
    if kind is DocumentKind.SIGN_IN_SHEET:
        options |= {"staff_session": request.staff_session_id or ""}
    if kind in MULTILINGUAL:
        options |= {"language": language}
    if kind is DocumentKind.LETTER:
        options |= {"notification_id": request.notification_id}
    return options


def _language(request: PrintRequest, kind: DocumentKind) -> str:
    """The language asked for, checked ("" stays "": the default, resolved with the case)."""
    language = request.language
    if language and language not in PAPER_LANGUAGES:
        known = ", ".join(PAPER_LANGUAGES)
        raise ValidationError(f"The papers are written in {known}, not '{language[:20]}'.")
    if language not in ("", "en") and kind not in MULTILINGUAL:
        raise ValidationError(
            f"The {TITLES[kind].lower()} is written in English only: the family's plan, the "
            "letters, the inspection copy and the handouts are written in other languages."
        )
    return language


def prepare(session: Session, request: PrintRequest) -> Prepared:
    """Build the document in memory. Nothing is written anywhere."""
    kind = _kind(request.kind)
    if request.paper not in PAPERS:
        raise ValidationError(f"Paper is one of {', '.join(PAPERS)}.")
    language = _language(request, kind)
    document_id = new_id()
    school = team_repo.get_team(session.ocf.conn).school
    now = clock.now()
    audience = request.audience
    if kind in PUBLIC_DOCUMENTS and audience.outside_team:
        raise ValidationError(
            "A handout for students or families holds no student data: it is for anyone, "
            "so it names no recipient and no legal basis."
        )
    if kind in AGGREGATE_DOCUMENTS and audience.outside_team:
        raise ValidationError(
            "The annual report holds counts only, no student data: it names no recipient "
            "and no legal basis."
        )

    def info(case_number: str = "") -> sn.DocumentInfo:
        title = TITLES_IN.get(language, {}).get(kind, TITLES[kind])
        title += f" {case_number}" if case_number else ""
        return sn.DocumentInfo(
            document_id,
            title,
            session.member_name,
            moment_text(now),
            school,
            case_number,
            zone=zone_text(now),
            readers=READERS.get(kind, sn.Readers.TEAM),
            release=_release(session, audience, request.redact, language),
            language=language or "en",
        )

    from btam_desktop.reports.page import PrintOptions

    options = PrintOptions(paper=request.paper)
    build: Callable[[], bytes]
    case_number = ""
    meeting_id = None
    warnings: tuple[str, ...] = ()
    slug = kind.value
    logged: dict[str, Any] = {}  # what the log records beyond the request's choices
    if kind in MEETING_KINDS:
        meeting = print_meetings.pick_meeting(
            session, request.meeting_id, approved=kind is DocumentKind.MINUTES
        )
        meeting_id = meeting.id
        build = _meeting_builder(session, kind, info(), meeting.id, request, options)
    elif kind in CASE_KINDS:
        if not request.case_id:
            raise ValidationError("Choose the case to print.")
        ctx = print_case.context(session, request.case_id)
        letter = None
        if kind is DocumentKind.LETTER:
            letter = print_letters.notification(session, ctx.case.id, request.notification_id)
        # A paper for the student's own family is in its language unless another is asked for.
        family = kind is DocumentKind.PARENT_PLAN or (
            letter is not None and print_letters.kind_of(letter) in print_letters.OWN_FAMILY
        )
        if not language:
            language = print_case.family_language(ctx) if family else "en"
        if kind is DocumentKind.PARENT_PLAN and not audience.outside_team:
            audience = print_case.family_audience(ctx, language)  # read by info() below
        if letter is not None and not audience.outside_team:
            audience = print_letters.audience(ctx, letter, language)
        case_number = ctx.case.number
        if letter is not None:
            snap = print_letters.letter(session, ctx, info(case_number), letter, language)
            build = lambda: _letter(snap, options)  # noqa: E731
        else:
            build = _case_builder(session, kind, ctx, info(case_number), request, options, language)
        warnings = _case_warnings(kind, ctx)
        if request.redact in LEAVES_TEAM and not audience.outside_team:
            reader = print_case.PRESETS[request.redact].reader
            warnings += (
                f"This copy is for {reader}, outside the team, but names no recipient: its "
                "release lines stay blank and the disclosure log will not say who got it. "
                "Name the recipient and the legal basis.",
            )
    elif kind in STUDENT_KINDS:
        if not request.case_id:
            raise ValidationError("Choose a case of the student whose record to print.")
        student = students.of_case(session, request.case_id)
        case_number = student.case_numbers[student.case_ids.index(request.case_id)]
        if kind is DocumentKind.INSPECTION:
            # The family's copy is in its language unless another is asked for.
            language = language or print_inspection.family_language(session, student)
            if not audience.outside_team:  # the parents', unless another recipient is named
                audience = print_inspection.family_audience(session, student, language)
            build = _inspection(session, student, info(case_number), language, options)
        else:
            language = language or "en"
            record = print_disclosures.record(session, student, info(case_number))
            build = lambda: _disclosure_record(record, options)  # noqa: E731
    elif kind is DocumentKind.ANNUAL_REPORT:
        annual = print_stats.annual_report(session, info(), request.year)
        build = lambda: _annual_report(annual, options)  # noqa: E731
        slug = f"annual-report-{annual.label}"
        logged |= {"year": annual.label}  # the school year printed, when "this one" was asked
    else:
        language = language or "en"
        build = _team_builder(session, kind, info(), request, options, language)
    pdf = build()
    if case_number:
        slug = f"{case_number}-{kind.value}"
    if meeting_id is not None:
        slug = f"{kind.value}-{meeting.held_on.isoformat()}"
    return Prepared(
        document_id,
        kind,
        TITLES[kind],
        f"{slug}.pdf",
        pdf,
        request.case_id if kind in CASE_KINDS + STUDENT_KINDS else None,
        meeting_id,
        _options(request, kind, language) | logged,
        case_number,
        audience,
        warnings,
        language,
    )


def _release(
    session: Session, audience: Audience, redact: str, language: str = "en"
) -> sn.Release | None:
    """The release block of a copy that leaves the team (None inside it)."""
    if not (audience.outside_team or redact in LEAVES_TEAM):
        return None
    try:
        basis = BASIS_TEXT[LegalBasis(audience.legal_basis)]
    except ValueError:  # not chosen yet: a line to fill in
        basis = ""
    if audience.legal_basis == LegalBasis.PARENT and language in PARENT_BASIS:
        basis = PARENT_BASIS[language]  # the family's copy says it in the family's language
    return sn.Release(
        audience.recipient.strip(),
        basis,
        today(),
        session.member_name,
        interest=audience.detail.strip(),
        threat=audience.threat.strip()
        if audience.legal_basis == LegalBasis.HEALTH_SAFETY_EMERGENCY
        else "",
    )


def _case_warnings(kind: DocumentKind, ctx: print_case.CaseContext) -> tuple[str, ...]:
    """A plan that promises a review on a day already gone should not go out as it is; a
    case with changes not yet resolved prints them all, and the preview says so first."""
    out: tuple[str, ...] = ()
    review = ctx.case.next_review
    if kind in (DocumentKind.PLAN, DocumentKind.PARENT_PLAN) and review and review < today():
        out += (
            f"The next review date, {review.isoformat()}, has passed: the plan gives a day "
            "that is gone. Record the review or set a new date on the case, then print.",
        )
    count = len(ctx.unresolved.found)
    if count and kind not in (DocumentKind.PARENT_PLAN, DocumentKind.LETTER):  # print none
        things = "change was" if count == 1 else "changes were"
        out += (
            f"{count} {things} made at the same time on two laptops and not resolved yet: "
            "every version prints, marked Unresolved. Resolve them first for a clean copy.",
        )
    return out


def _case_builder(
    session: Session,
    kind: DocumentKind,
    ctx: print_case.CaseContext,
    info: sn.DocumentInfo,
    request: PrintRequest,
    options: PrintOptions,
    language: str,
) -> Callable[[], bytes]:
    from btam_desktop.reports import case_summary, plan

    if kind is DocumentKind.CASE_SUMMARY:
        snap = print_case.case_summary(
            session, ctx, info, include_earlier=request.include_earlier, redact=request.redact
        )
        return lambda: case_summary.build(snap, options)
    if kind is DocumentKind.PLAN:
        internal = print_case.internal_plan(session, ctx, info)
        return lambda: plan.build(internal, options)
    if kind is DocumentKind.SAFETY_PLAN:
        from btam_desktop.reports import safety_plan

        own = harm_to_self.safety_plan_snapshot(session, ctx.case.id, ctx.subject, info)
        return lambda: safety_plan.build(own, options)
    parents = print_case.parent_plan(session, ctx, info, language)
    return lambda: plan.build_parent(parents, options)


def _inspection(
    session: Session,
    student: students.StudentRecord,
    info: sn.DocumentInfo,
    language: str,
    options: PrintOptions,
) -> Callable[[], bytes]:
    from btam_desktop.reports import inspection

    packet = print_inspection.packet(session, student, info, language)
    return lambda: inspection.build(packet, options)


def _letter(snap: sn.LetterSnapshot, options: PrintOptions) -> bytes:
    from btam_desktop.reports import letters

    return letters.build(snap, options)


def _disclosure_record(record: ferpa.DisclosureRecordSnapshot, options: PrintOptions) -> bytes:
    from btam_desktop.reports import disclosure_record

    return disclosure_record.build(record, options)


def _annual_report(annual: sn.AnnualReportSnapshot, options: PrintOptions) -> bytes:
    from btam_desktop.reports import annual_report

    return annual_report.build(annual, options)


def _team_builder(
    session: Session,
    kind: DocumentKind,
    info: sn.DocumentInfo,
    request: PrintRequest,
    options: PrintOptions,
    language: str,
) -> Callable[[], bytes]:
    from btam_desktop.reports import blank_forms, public_handouts, staff_awareness, team_documents

    if kind is DocumentKind.SIGN_IN_SHEET:
        sheet = print_team.sign_in_sheet(session, info, request.staff_session_id)
        return lambda: staff_awareness.build_sign_in_sheet(sheet, options)
    if kind is DocumentKind.STAFF_COVERAGE:
        covered = print_team.staff_coverage(session, info)
        return lambda: staff_awareness.build_coverage(covered, options)
    if kind is DocumentKind.BLANK_FORMS:
        forms = print_team.blank_forms(session, info)
        return lambda: blank_forms.build(forms, options)
    if kind is DocumentKind.STAFF_HANDOUT:
        handout = print_team.staff_handout(session, info, language)
        return lambda: team_documents.build_handout(handout, options)
    if kind in PUBLIC_DOCUMENTS:
        public = print_team.public_handout(session, info, language)
        if kind is DocumentKind.STUDENT_HANDOUT:
            return lambda: public_handouts.build_student_handout(public, options)
        return lambda: public_handouts.build_family_handout(public, options)
    if kind is DocumentKind.ROSTER:
        team = print_meetings.roster(session, info)
        return lambda: team_documents.build_roster(team, options)
    kit = print_team.recovery_kit(session, info, request.recovery_code)
    return lambda: team_documents.build_recovery_kit(kit, options)


def _meeting_builder(
    session: Session,
    kind: DocumentKind,
    info: sn.DocumentInfo,
    meeting_id: str,
    request: PrintRequest,
    options: PrintOptions,
) -> Callable[[], bytes]:
    from btam_desktop.reports import meetings as meeting_documents

    if kind is DocumentKind.AGENDA:
        agenda = print_meetings.agenda(session, info, meeting_id, masked=request.masked)
        return lambda: meeting_documents.build_agenda(agenda, options)
    minutes = print_meetings.minutes(session, info, meeting_id, masked=request.masked)
    return lambda: meeting_documents.build_minutes(minutes, options)


def _record(
    session: Session,
    prepared: Prepared,
    destination: Destination,
    audience: Audience,
    extra: dict[str, Any],
) -> Disclosure:
    """The disclosure row and its audit event, inside the caller's transaction."""
    return log_disclosure(
        session,
        prepared.document_id,
        prepared.kind,
        destination,
        audience,
        case_id=prepared.case_id,
        meeting_id=prepared.meeting_id,
        options=prepared.options | extra,
    )


_ACTIONS = {
    Destination.PRINTED: "document.printed",
    Destination.SAVED: "document.saved",
    Destination.EXPORTED: "document.exported",
}


def log_disclosure(
    session: Session,
    document_id: str,
    kind: DocumentKind,
    destination: Destination,
    audience: Audience,
    *,
    case_id: str | None = None,
    meeting_id: str | None = None,
    options: dict[str, Any] | None = None,
) -> Disclosure:
    """A document leaving the encrypted file (printed, saved or exported): its disclosure row
    and audit event, inside the caller's transaction. `audience` is already checked."""
    options = options or {}
    disclosure = Disclosure(
        id=new_id(),
        document_id=document_id,
        document=kind,
        destination=destination,
        case_id=case_id,
        meeting_id=meeting_id,
        options=options,
        recipient=audience.recipient,
        legal_basis=audience.legal_basis,
        detail=audience.detail,
        threat=audience.threat,
    )
    print_repo.insert_disclosure(session.ocf.conn, disclosure, session.member_id)
    session.ocf.audit.append(
        session.member_id,
        _ACTIONS[destination],
        entity="disclosure",
        entity_id=disclosure.id,
        case_id=case_id or "",
        detail={
            "document": kind.value,
            "document_id": document_id,
            "outside_team": audience.outside_team,
            "legal_basis": audience.legal_basis,
            # The redaction preset (a code): the timeline says whose copy it was.
            "redact": str(options.get("redact", "")),
        },
    )
    return disclosure


def _changes(prepared: Prepared) -> ChangeSet:
    return ChangeSet(cases=frozenset({prepared.case_id})) if prepared.case_id else NO_CHANGES


def _audience(prepared: Prepared, audience: Audience | None) -> Audience:
    """The audience to log: the one printed on the copy. A caller that names another (a form
    changed after the preview was built) is refused rather than logged against the paper."""
    printed = prepared.audience.checked()
    if audience is not None and audience.checked() != printed:
        raise ValidationError(
            "This copy names another recipient than the one chosen: wait for the preview "
            "to be rebuilt, then print or save again."
        )
    return printed


def record_print(
    session: Session, prepared: Prepared, audience: Audience | None = None
) -> tuple[Disclosure, ChangeSet]:
    """Log a document the printer has accepted (the UI renders it from memory, and calls this
    only once the print system took the job)."""
    audience = _audience(prepared, audience)
    with session.ocf.transaction(intent="print.record"):
        disclosure = _record(session, prepared, Destination.PRINTED, audience, {})
    return disclosure, _changes(prepared)


def save_pdf(
    session: Session,
    prepared: Prepared,
    path: Path,
    password: str,
    audience: Audience | None = None,
) -> tuple[Saved, ChangeSet]:
    """Write the PDF (AES-256 encrypted when a password is given) to `path`, and log it: the
    log commits before the file appears, so a crash can leave a logged export that is not on
    disk, never a file on disk that is not logged."""
    audience = _audience(prepared, audience)
    from btam_desktop.reports import encrypt

    data = prepared.pdf
    if password:
        problem = encrypt.password_problem(password)
        if problem:
            raise ValidationError(problem)
        data = encrypt.encrypt(data, password)
    # Written and synced first (a full disk stops here: nothing logged), logged and committed,
    # then put in place: a file never leaves the encrypted case file without its log line.
    staged = fsio.StagedExport(path, data, step="pdf")
    try:
        with session.ocf.transaction(intent="print.save"):
            disclosure = _record(
                session, prepared, Destination.SAVED, audience, {"encrypted": bool(password)}
            )
        crash_point("pdf.committed")
        staged.publish()
    finally:
        staged.discard()
    return Saved(path, bool(password), disclosure.id), _changes(prepared)


def suggest_password(session: Session) -> str:
    from btam_desktop.reports import encrypt

    return encrypt.suggest_password()


def disclosures_of(session: Session, case_id: str) -> list[Disclosure]:
    return print_repo.disclosures_of(session.ocf.conn, case_id)
