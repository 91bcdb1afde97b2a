"""Identify: take in a referral (new case or joined to the student's open case), screen it,
and keep evidence, each in one transaction with its audit entry."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import replace
from datetime import UTC, datetime

from btam_desktop.domain import clock
from btam_desktop.domain.case import CaseStatus, Person, PersonRole
from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.date_limits import LIFE, event_span
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.records import (
    clean_name,
    clean_text,
    could_be_same_name,
    new_id,
    search_fold,
    today,
    utc_now,
)
from btam_desktop.domain.referral import (
    Channel,
    EvidenceInfo as EvidenceInfo,
    Referral,
    ReporterKind,
    Screening as Screening,
    ScreeningDecision,
    check_dates,
    check_reporter,
    check_screening,
)
from btam_desktop.services import cases, students
from btam_desktop.services.contracts.intake import (
    IntakeResult as IntakeResult,
    ReferralInput as ReferralInput,
    StudentCase as StudentCase,
)
from btam_desktop.services.session import Session
from btam_desktop.storage import case_repo, referral_repo, team_repo
from btam_desktop.storage.db import Connection

MAX_EVIDENCE_BYTES = 25 * 1024 * 1024


def _enum[E: (Channel, ReporterKind)](kind: type[E], value: str, what: str) -> E:
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(k.value for k in kind)
        raise ValidationError(f"'{value[:30]}' is not a {what} ({choices}).") from None


def _aware(moment: datetime | None) -> datetime:
    if moment is None:
        return clock.now()
    return moment.astimezone(UTC) if moment.tzinfo else moment.astimezone().astimezone(UTC)


def _validated(session: Session, item: ReferralInput) -> tuple[Referral, Person]:
    channel = _enum(Channel, item.channel, "way a report came in")
    kind = _enum(ReporterKind, item.reporter_kind, "kind of reporter")
    check_reporter(kind, item.reporter_name)
    # Before any time-zone arithmetic: year 1 or 9999 overflows it.
    if item.received_at is not None:
        event_span(today()).check(item.received_at, "date received")
    LIFE.check_optional(item.student.date_of_birth, "date of birth")
    received = _aware(item.received_at)
    check_dates(received, clock.now(), item.student.date_of_birth)
    if item.imminent and not item.emergency_actions.strip():
        raise ValidationError(
            "Imminent danger was checked: record who was called and when (emergency steps)."
        )
    student = item.student
    subject = Person(
        id=new_id(),
        case_id="",
        role=PersonRole.SUBJECT,
        name=clean_name(student.name, "student's name"),
        grade=student.grade.strip()[:20],
        student_id=student.student_id.strip()[:60],
        date_of_birth=student.date_of_birth,
        school=clean_text(student.school.strip(), "school")[:200],
        iep_504=student.iep_504,
    )
    referral = Referral(
        id=new_id(),
        case_id="",
        received_at=received,
        received_by=item.received_by or session.member_id,
        channel=channel,
        reporter_kind=kind,
        reporter_name=clean_name(item.reporter_name, "reporter's name")
        if item.reporter_name.strip()
        else "",
        reporter_relationship=clean_text(item.reporter_relationship, "relationship")[:200],
        location=clean_text(item.location, "location"),
        narrative=clean_text(item.narrative, "narrative"),
        verbatim=clean_text(item.verbatim, "verbatim words"),
        weapon=item.weapon,
        prior_concerns=clean_text(item.prior_concerns, "prior concerns"),
        imminent=item.imminent,
        emergency_actions=clean_text(item.emergency_actions, "emergency steps"),
        targets=tuple(clean_name(t, "target's name") for t in item.targets if t.strip()),
    )
    if not (referral.narrative.strip() or referral.verbatim.strip()):
        raise ValidationError("Write what was said or done (narrative or verbatim words).")
    return referral, subject


def check_referral(session: Session, item: ReferralInput) -> None:
    """Every rule a referral must meet, without writing anything (import previews use it)."""
    _validated(session, item)


def take_in(
    tx: Connection, session: Session, item: ReferralInput, numbers: cases.CaseNumbers
) -> IntakeResult:
    """One referral inside the caller's transaction (intake form and import share it)."""
    referral, subject = _validated(session, item)
    if referral.received_by:
        team_repo.get_member(tx, referral.received_by)
    existing = case_repo.get_case(tx, item.link_case_id) if item.link_case_id else None
    if existing is not None and existing.status is not CaseStatus.CLOSED:
        case = existing
        if referral.imminent and not case.urgent:
            case = replace(case, urgent=True)
            case_repo.update_case(tx, case, session.member_id)
        for name in referral.targets:
            case_repo.insert_person(
                tx,
                Person(id=new_id(), case_id=case.id, role=PersonRole.TARGET, name=name),
                session.member_id,
            )
    else:
        case_id = new_id()
        request = cases.NewCase(
            student_name=subject.name,
            grade=subject.grade,
            summary=referral.narrative or referral.verbatim,
            opened_on=referral.received_at.astimezone().date(),
            others=tuple(cases.NewPerson(PersonRole.TARGET.value, t) for t in referral.targets),
        )
        case, _ = cases.insert_new_case(
            tx,
            session,
            request,
            numbers,
            subject=replace(subject, case_id=case_id),
            urgent=referral.imminent,
        )
        if item.same_student_id:
            _same_student(tx, session, subject, item.same_student_id)
    referral = replace(referral, case_id=case.id)
    referral_repo.insert_referral(tx, referral, session.member_id)
    session.ocf.audit.append(
        session.member_id,
        "referral.added",
        entity="referral",
        entity_id=referral.id,
        case_id=case.id,
        detail={
            "channel": referral.channel.value,
            "reporter": referral.reporter_kind.value,
            "imminent": referral.imminent,
            "weapon": referral.weapon,
            "joined_existing": case is existing,
            "follows_case": existing.id if existing is not None and case is not existing else "",
        },
    )
    return IntakeResult(case.id, case.number, referral.id, case is existing)


def _same_student(tx: Connection, session: Session, subject: Person, same_as_id: str) -> None:
    """The person taking the report said the new case's student is that existing student:
    link the two records, unless their school student ids already make them one."""
    found = [p for _c, _n, _s, p in case_repo.subjects(tx) if p.id == same_as_id]
    if not found:
        raise ValidationError("The student chosen as the same is not in this case file.")
    if subject.student_id and subject.student_id == found[0].student_id.strip():
        return
    students.link_same(tx, session, subject.id, same_as_id)


def intake_referral(session: Session, item: ReferralInput) -> tuple[IntakeResult, ChangeSet]:
    with session.ocf.transaction(intent="intake.referral") as tx:
        result = take_in(tx, session, item, cases.CaseNumbers(tx))
    return result, ChangeSet(cases=frozenset({result.case_id}))


def find_student_cases(session: Session, name: str) -> list[StudentCase]:
    """Cases whose student could be the one typed (3+ letters), open ones first: names are
    matched as people type them (`could_be_same_name`), and grade, birth date and student id
    come along so the person taking the report can tell two students apart."""
    if len(search_fold(name.strip())) < 3:
        return []
    found = [
        StudentCase(case_id, number, p.name, p.grade, status, p.date_of_birth, p.student_id, p.id)
        for case_id, number, status, p in case_repo.subjects(session.ocf.conn)
        if could_be_same_name(name, p.name)
    ]
    found.sort(key=lambda c: (c.status is CaseStatus.CLOSED, c.number), reverse=False)
    return found[:20]


def referrals_of(session: Session, case_id: str) -> list[Referral]:
    return referral_repo.referrals_of(session.ocf.conn, case_id)


def screenings_of(session: Session, case_id: str) -> list[Screening]:
    return referral_repo.screenings_of(session.ocf.conn, case_id)


def record_screening(
    session: Session,
    case_id: str,
    decision: str,
    second_member_id: str | None,
    reason: str,
    case_manager_id: str | None = None,
) -> tuple[Screening, ChangeSet]:
    """A lead and one other member decide: dismiss, handle at screening level, or inquire.
    A case going on to inquiry gets its case manager here (by default the member who
    screened it), so the reviews and notifications it will owe reach a person."""
    session.require_lead("record a screening decision")
    try:
        choice = ScreeningDecision(decision)
    except ValueError:
        raise ValidationError(f"'{decision[:30]}' is not a screening decision.") from None
    check_screening(choice, session.member_id, second_member_id, reason)
    assert second_member_id is not None
    with session.ocf.transaction(intent="intake.record_screening") as tx:
        second = team_repo.get_member(tx, second_member_id)
        if not second.active:
            raise ValidationError(f"{second.name} is no longer on the team.")
        case = case_repo.get_case(tx, case_id)
        if case.status is CaseStatus.REFERRAL:
            case = cases.move_case(tx, session, case, CaseStatus.SCREENING, "")
        if case.status is not CaseStatus.SCREENING:
            raise ValidationError("This case has already been screened.")
        screening = Screening(
            id=new_id(),
            case_id=case_id,
            decision=choice,
            reason=clean_text(reason, "reason"),
            lead_id=session.member_id,
            second_member_id=second.id,
            decided_at=utc_now(),
        )
        referral_repo.insert_screening(tx, screening, session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "screening.recorded",
            entity="screening",
            entity_id=screening.id,
            case_id=case_id,
            detail={"decision": choice.value, "second_member": second.id},
        )
        if choice is ScreeningDecision.INQUIRY:
            manager = case_manager_id or case.case_manager_id or session.member_id
            if manager != case.case_manager_id:
                chosen = team_repo.get_member(tx, manager)
                if not chosen.active:
                    raise ValidationError(f"{chosen.name} is no longer on the team.")
                case = replace(case, case_manager_id=manager)
                case_repo.update_case(tx, case, session.member_id)
                session.ocf.audit.append(
                    session.member_id,
                    "case.updated",
                    entity="case",
                    entity_id=case_id,
                    case_id=case_id,
                    detail={"fields": ["case_manager_id"]},
                )
            cases.move_case(tx, session, case, CaseStatus.INQUIRY, "")
        else:
            label = (
                "Dismissed at screening"
                if choice is ScreeningDecision.DISMISS
                else ("Handled at screening level")
            )
            cases.move_case(tx, session, case, CaseStatus.CLOSED, f"{label}: {reason.strip()}")
    return screening, ChangeSet(cases=frozenset({case_id}))


_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"%PDF-", "application/pdf"),
    (b"RIFF", "image/webp"),
)


def media_type(file_name: str, content: bytes) -> str:
    """From the bytes first (a renamed file keeps its real type), then the name."""
    for magic, kind in _MAGIC:
        if content.startswith(magic):
            return kind
    guessed, _ = mimetypes.guess_type(file_name)
    return guessed or "application/octet-stream"


def attach_evidence(
    session: Session,
    case_id: str,
    file_name: str,
    content: bytes,
    referral_id: str | None = None,
    stage: str = "referral",
) -> tuple[EvidenceInfo, ChangeSet]:
    """Keep a file inside the encrypted case file (never as a loose copy), with its SHA-256."""
    name = clean_name(file_name.replace("\\", "/").rsplit("/", 1)[-1], "file name")
    if not content:
        raise ValidationError(f"{name} is empty (0 bytes); nothing was attached.")
    if len(content) > MAX_EVIDENCE_BYTES:
        raise ValidationError(
            f"{name} is {len(content) / 2**20:.1f} MB; attachments can be at most "
            f"{MAX_EVIDENCE_BYTES // 2**20} MB. Attach a smaller copy or a screenshot."
        )
    info = EvidenceInfo(
        id=new_id(),
        case_id=case_id,
        referral_id=referral_id,
        stage=stage,
        file_name=name,
        media_type=media_type(name, content),
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        added_by=session.member_id,
        added_at=utc_now(),
    )
    with session.ocf.transaction(intent="intake.attach_evidence") as tx:
        case_repo.get_case(tx, case_id)
        if referral_id and referral_id not in {
            r.id for r in referral_repo.referrals_of(tx, case_id)
        }:
            raise ValidationError("That report belongs to another case.")
        referral_repo.insert_evidence(tx, info, content, session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "evidence.attached",
            entity="evidence",
            entity_id=info.id,
            case_id=case_id,
            detail={"size": info.size, "media_type": info.media_type, "sha256": info.sha256},
        )
    return info, ChangeSet(cases=frozenset({case_id}))


def evidence_of(session: Session, case_id: str) -> list[EvidenceInfo]:
    return referral_repo.evidence_of(session.ocf.conn, case_id)


def evidence_content(session: Session, evidence_id: str) -> bytes:
    return referral_repo.evidence_content(session.ocf.conn, evidence_id)
