"""Transfer packets: a student moves to another school, and their threat-assessment record
follows them (34 CFR 99.31(a)(2), 99.34; some states set a deadline in school days).

`make_packet` (a lead's) writes two files: the packet, the receiving-school copy of the case
summary as data encrypted to a passphrase (`storage/transfer_packet.py`), and beside it the
same copy as a readable PDF encrypted to the same passphrase. One transaction logs the
disclosure (the receiving school, basis "receiving school", the day sent) and one audit event
with ids only; the files appear only once that has committed. `receive` opens a packet and
makes it a new case, "Received from … on …", with the content kept read-only beside it
(`received_records`). A wrong passphrase, a changed byte or an unknown version is refused
before anything is written.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from btam_desktop.domain import clock, transfer
from btam_desktop.domain.case import Person, PersonRole
from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.disclosure import Audience, Destination, Disclosure, DocumentKind
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.local_time import moment_text, zone_text
from btam_desktop.domain.plan import LegalBasis
from btam_desktop.domain.records import clean_name, new_id, today, utc_now
from btam_desktop.domain.transfer import (
    Deadline as Deadline,
    ReceivedRecord as ReceivedRecord,
    SentAssessment,
    SentCase,
    SentPlan,
    SentPlanItem,
    SentReferral,
    SentReview,
    SentStudent,
    TransferContent,
)
from btam_desktop.reports import snapshots as sn
from btam_desktop.services import cases, print_case, printing
from btam_desktop.services.contracts.cases import NewCase
from btam_desktop.services.contracts.transfer import (
    TransferMade as TransferMade,
    TransferReceived as TransferReceived,
    TransferRequest as TransferRequest,
    summary_path,
)
from btam_desktop.services.packs import team_pack
from btam_desktop.services.session import KdfParams, Session, default_kdf
from btam_desktop.storage import (
    case_repo,
    fsio,
    print_repo,
    team_repo,
    transfer_packet,
    transfer_repo,
)
from btam_desktop.storage.faults import crash_point

PRESET = "receiving_school"


def deadline(session: Session, case_id: str, asked_on: date | None = None) -> Deadline | None:
    """The day the record of the case is due for a request on `asked_on` (today), under the
    team's model (the state's rule is the team's, whatever model a case was assessed under);
    None when the model names no deadline."""
    conn = session.ocf.conn
    case_repo.get_case(conn, case_id)  # a case that is not there is refused
    pack = team_pack(conn)
    days = pack.transfer_deadline_days
    if days is None:
        return None
    asked = asked_on or today()
    return Deadline(asked, days, transfer.school_days_after(asked, days), pack.name)


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _content(
    snap: sn.CaseSummarySnapshot, subject: Person | None, to_school: str
) -> dict[str, object]:
    """The packet's inner document, from the receiving-school snapshot the PDF prints."""
    plan = snap.plan
    content = TransferContent(
        from_school=snap.info.school,
        sent_by=snap.info.generated_by,
        sent_on=today().isoformat(),
        to_school=to_school,
        # The student in full, so the receiving team knows whom it is about; everyone else
        # is as the readable copy shows them (initials, no reporter names).
        student=SentStudent(
            name=subject.name if subject else snap.student.name,
            grade=snap.student.grade,
            date_of_birth=_iso(subject.date_of_birth if subject else None),
            iep_504=snap.student.iep_504,
        ),
        case=SentCase(
            number=snap.case.number,
            status=snap.case.status,
            opened_on=snap.case.opened_on.isoformat(),
            level_of_concern=snap.case.level_of_concern,
            closed_on=_iso(snap.case.closed_on),
            next_review=_iso(snap.case.next_review),
            urgent=snap.case.urgent,
        ),
        referrals=tuple(
            SentReferral(
                received=r.received_at,
                channel=r.channel,
                reporter=r.reporter,
                location=r.location,
                said=r.verbatim,
                narrative=r.narrative,
                weapon=r.weapon,
                imminent=r.imminent,
                emergency_actions=r.emergency_actions,
                prior_concerns=r.prior_concerns,
            )
            for r in snap.referrals
        ),
        assessments=tuple(
            SentAssessment(
                version=a.version,
                assessed_on=a.assessed_on.isoformat(),
                model=a.model,
                level=a.level,
                rationale=a.rationale,
                risk_factors=a.risk_factors,
                protective_factors=a.protective_factors,
                answers=a.answers,
            )
            for a in snap.assessments
        ),
        plan=SentPlan(
            version=plan.version,
            goals=plan.goals,
            items=tuple(
                SentPlanItem(
                    domain=i.domain,
                    kind=i.kind,
                    description=i.description,
                    responsible=i.responsible,
                    start_on=_iso(i.start_on),
                    due_on=_iso(i.due_on),
                    frequency=i.frequency,
                    status=i.status,
                )
                for i in plan.interventions
            ),
        )
        if plan
        else None,
        reviews=tuple(
            SentReview(
                held_on=r.held_on.isoformat(),
                decision=r.decision,
                progress=r.progress,
                next_review=_iso(r.next_review),
            )
            for r in snap.reviews
        ),
        left_out=snap.left_out,
    )
    return transfer.to_json(content)


def _packet_kdf(session: Session) -> KdfParams:
    """The derivation the signed-in member's own slot uses (calibrated on this laptop)."""
    slot = next((s for s in session.ocf.keys.members if s.member_id == session.member_id), None)
    return slot.kdf if slot is not None else default_kdf()


def _checked_request(request: TransferRequest) -> tuple[str, Path]:
    from btam_desktop.reports import encrypt

    school = clean_name(request.to_school, "receiving school")
    problem = encrypt.password_problem(request.passphrase)
    if problem:
        raise ValidationError(problem.replace("A PDF password", "The packet's passphrase"))
    packet = request.packet
    if packet.is_dir() or not packet.parent.is_dir():
        raise ValidationError(f"{packet}: name a file in an existing folder.")
    summary = summary_path(packet)
    for path in (packet, summary):
        if path.exists():
            raise ValidationError(f"{path} exists already: choose another name.")
    return school, summary


def make_packet(session: Session, request: TransferRequest) -> tuple[TransferMade, ChangeSet]:
    """Write the packet and its readable summary, and log the disclosure (see the module)."""
    session.require_lead("make a transfer packet")
    school, summary = _checked_request(request)
    if request.asked_on is not None and request.asked_on > today():
        raise ValidationError("The day the record was requested is in the future.")
    audience = Audience(True, school, LegalBasis.RECEIVING_SCHOOL.value).checked()
    prepared = printing.prepare(
        session,
        printing.PrintRequest(
            DocumentKind.CASE_SUMMARY.value,
            request.case_id,
            include_earlier=True,
            redact=PRESET,
            audience=audience,
        ),
    )
    ctx = print_case.context(session, request.case_id)
    info = sn.DocumentInfo(
        prepared.document_id,
        prepared.title,
        session.member_name,
        moment_text(clock.now()),
        team_repo.get_team(session.ocf.conn).school,
        ctx.case.number,
        zone=zone_text(clock.now()),
    )
    snap = print_case.case_summary(session, ctx, info, include_earlier=True, redact=PRESET)
    document = _content(snap, ctx.subject, school)
    packet_bytes = transfer_packet.seal(document, request.passphrase, _packet_kdf(session))
    from btam_desktop.reports import encrypt

    pdf = encrypt.encrypt(prepared.pdf, request.passphrase)
    due = deadline(session, request.case_id, request.asked_on)
    staged = [
        fsio.StagedExport(request.packet, packet_bytes, step="transfer"),
        fsio.StagedExport(summary, pdf, step="transfer"),
    ]
    try:
        with session.ocf.transaction(intent="transfer.make") as tx:
            disclosure = Disclosure(
                id=new_id(),
                document_id=prepared.document_id,
                document=DocumentKind.TRANSFER_PACKET,
                destination=Destination.SAVED,
                case_id=request.case_id,
                meeting_id=None,
                options={
                    "redact": PRESET,
                    "encrypted": True,
                    "format_version": transfer.VERSION,
                    "sent_on": today().isoformat(),
                    "asked_on": _iso(due.asked_on if due else request.asked_on),
                    "due_on": _iso(due.due_on if due else None),
                },
                recipient=audience.recipient,
                legal_basis=audience.legal_basis,
            )
            print_repo.insert_disclosure(tx, disclosure, session.member_id)
            session.ocf.audit.append(
                session.member_id,
                "transfer.sent",
                entity="disclosure",
                entity_id=disclosure.id,
                case_id=request.case_id,
                detail={
                    "document": DocumentKind.TRANSFER_PACKET.value,
                    "document_id": prepared.document_id,
                    "legal_basis": audience.legal_basis,
                    "late": bool(due and today() > due.due_on),
                },
            )
        crash_point("transfer.committed")
        for file in staged:
            file.publish()
    finally:
        for file in staged:
            file.discard()
    made = TransferMade(
        packet=request.packet,
        summary=summary,
        case_number=ctx.case.number,
        document_id=prepared.document_id,
        disclosure_id=disclosure.id,
        deadline=due,
        warning=due.warning(today()) if due else "",
    )
    return made, ChangeSet(cases=frozenset({request.case_id}))


def read_packet(data: bytes, passphrase: str) -> TransferContent:
    """What a packet holds, or a ValidationError saying why it cannot be read."""
    return transfer.from_json(transfer_packet.open_packet(data, passphrase))


def receive(session: Session, packet: Path, passphrase: str) -> tuple[TransferReceived, ChangeSet]:
    """A packet from another school as a new case of this team, its content kept beside it."""
    try:
        data = packet.read_bytes()
    except OSError as error:
        raise ValidationError(
            f"{packet} cannot be read ({error.strerror or 'error'}); nothing was imported."
        ) from None
    content = read_packet(data, passphrase)
    sent_on = content.sent_date
    line = transfer.received_line(content.from_school, sent_on)
    student = content.student
    try:
        born = date.fromisoformat(student.date_of_birth) if student.date_of_birth else None
    except ValueError:
        raise ValidationError("The packet's student.date_of_birth is not a date.") from None
    with session.ocf.transaction(intent="transfer.receive") as tx:
        case_id = new_id()
        subject = Person(
            id=new_id(),
            case_id=case_id,
            role=PersonRole.SUBJECT,
            name=clean_name(student.name, "student's name in the packet"),
            grade=student.grade.strip()[:20],
            date_of_birth=born,
            school=team_repo.get_team(tx).school,
            iep_504=student.iep_504,
        )
        case, _persons = cases.insert_new_case(
            tx,
            session,
            NewCase(
                student.name, summary=f"{line} (transfer packet, case {content.case.number} there)."
            ),
            cases.CaseNumbers(tx),
            subject=subject,
            urgent=content.case.urgent,
        )
        record = ReceivedRecord(
            id=new_id(),
            case_id=case.id,
            from_school=content.from_school,
            sent_on=sent_on,
            received_at=utc_now(),
            content=content,
        )
        transfer_repo.insert_received(tx, record, session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "transfer.received",
            entity="received_record",
            entity_id=record.id,
            case_id=case.id,
            detail={"format_version": transfer.VERSION},
        )
    received = TransferReceived(
        case_id=case.id,
        number=case.number,
        from_school=content.from_school,
        sent_on=sent_on,
        line=line,
    )
    return received, ChangeSet(cases=frozenset({case.id}), persons=frozenset({subject.id}))


def received_of(session: Session, case_id: str) -> list[ReceivedRecord]:
    """What the case was received as (empty for the team's own cases)."""
    return transfer_repo.received_of(session.ocf.conn, case_id)
