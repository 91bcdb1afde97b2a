"""Inquire: the inquiry checklist (from the team's pack, plus the team's own items) and
interview notes."""

from __future__ import annotations

from dataclasses import replace

from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.date_limits import event_span
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.inquiry import InquiryItem, Interview, ItemStatus, progress
from btam_desktop.domain.records import clean_name, clean_text, new_id, today
from btam_desktop.services.contracts.inquiry import (
    INTERVIEWEE_ROLES as INTERVIEWEE_ROLES,
    Checklist as Checklist,
    InterviewInput as InterviewInput,
    ItemEdit as ItemEdit,
)
from btam_desktop.services.packs import case_pack
from btam_desktop.services.session import Session
from btam_desktop.storage import case_repo, inquiry_repo, referral_repo, team_repo
from btam_desktop.storage.db import Connection


def ensure_checklist(tx: Connection, session: Session, case_id: str) -> int:
    """Give a case entering Inquiry its pack's checklist, once; returns how many were added."""
    if inquiry_repo.items_of(tx, case_id):
        return 0
    pack = case_pack(tx, case_repo.get_case(tx, case_id))
    for position, item in enumerate(pack.checklist):
        inquiry_repo.insert_item(
            tx,
            InquiryItem(
                id=new_id(),
                case_id=case_id,
                kind=item.kind.value,
                text=item.text,
                position=position,
                help=item.help,
                pack_id=pack.id,
                pack_item_id=item.id,
            ),
            session.member_id,
        )
    if pack.checklist:
        session.ocf.audit.append(
            session.member_id,
            "inquiry.checklist_added",
            entity="case",
            entity_id=case_id,
            case_id=case_id,
            detail={"pack": pack.id, "items": len(pack.checklist)},
        )
    return len(pack.checklist)


def checklist(session: Session, case_id: str) -> Checklist:
    conn = session.ocf.conn
    items = inquiry_repo.items_of(conn, case_id)
    pack = case_pack(conn, case_repo.get_case(conn, case_id))
    return Checklist(tuple(items), progress(items, today()), pack)


def add_item(
    session: Session, case_id: str, text: str, kind: str = "question"
) -> tuple[InquiryItem, ChangeSet]:
    if kind not in ("source", "question"):
        raise ValidationError("A checklist item is a source to consult or a question.")
    with session.ocf.transaction(intent="inquiry.add_item") as tx:
        case_repo.get_case(tx, case_id)
        position = len(inquiry_repo.items_of(tx, case_id))
        item = InquiryItem(
            id=new_id(),
            case_id=case_id,
            kind=kind,
            text=clean_name(text, "checklist item"),
            position=position,
        )
        inquiry_repo.insert_item(tx, item, session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "inquiry.item_added",
            entity="inquiry_item",
            entity_id=item.id,
            case_id=case_id,
        )
    return item, ChangeSet(cases=frozenset({case_id}))


def update_item(session: Session, item_id: str, edit: ItemEdit) -> tuple[InquiryItem, ChangeSet]:
    try:
        status = ItemStatus(edit.status)
    except ValueError:
        raise ValidationError(f"'{edit.status[:30]}' is not a checklist status.") from None
    if status is ItemStatus.ANSWERED and not edit.findings.strip():
        raise ValidationError("An answered item needs its findings written down.")
    with session.ocf.transaction(intent="inquiry.update_item") as tx:
        before = inquiry_repo.get_item(tx, item_id)
        events = event_span(today())
        events.check_changed(edit.due_on, before.due_on, "due date")
        events.check_changed(edit.found_on, before.found_on, "date found")
        if edit.assignee_id:
            team_repo.get_member(tx, edit.assignee_id)
        known = {e.id for e in referral_repo.evidence_of(tx, before.case_id)}
        if set(edit.evidence_ids) - known:
            raise ValidationError("Only this case's own evidence can be linked to its checklist.")
        after = replace(
            before,
            evidence_ids=tuple(edit.evidence_ids),
            assignee_id=edit.assignee_id,
            due_on=edit.due_on,
            status=status,
            findings=clean_text(edit.findings, "findings"),
            sources=clean_text(edit.sources, "sources"),
            found_on=edit.found_on,
            corroborated=edit.corroborated,
        )
        changed = [
            f
            for f in (
                "assignee_id",
                "due_on",
                "status",
                "findings",
                "sources",
                "found_on",
                "corroborated",
                "evidence_ids",
            )
            if getattr(after, f) != getattr(before, f)
        ]
        if changed:
            inquiry_repo.update_item(tx, after, session.member_id)
            session.ocf.audit.append(
                session.member_id,
                "inquiry.item_updated",
                entity="inquiry_item",
                entity_id=item_id,
                case_id=before.case_id,
                detail={"fields": changed, "status": status.value},
            )
    return after, ChangeSet(cases=frozenset({before.case_id}) if changed else frozenset())


def add_interview(session: Session, item: InterviewInput) -> tuple[Interview, ChangeSet]:
    if item.interviewee_role not in INTERVIEWEE_ROLES:
        raise ValidationError(f"Choose who was interviewed: {', '.join(INTERVIEWEE_ROLES)}.")
    event_span(today()).check(item.held_on, "interview date")
    if item.held_on > today():
        raise ValidationError("The interview date is in the future.")
    interview = Interview(
        id=new_id(),
        case_id=item.case_id,
        interviewee_role=item.interviewee_role,
        interviewee=clean_name(item.interviewee, "interviewee's name"),
        held_on=item.held_on,
        interviewer_id=item.interviewer_id,
        others_present=clean_text(item.others_present, "others present"),
        notes=clean_text(item.notes, "notes"),
    )
    with session.ocf.transaction(intent="inquiry.add_interview") as tx:
        case_repo.get_case(tx, item.case_id)
        if item.interviewer_id:
            team_repo.get_member(tx, item.interviewer_id)
        inquiry_repo.insert_interview(tx, interview, session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "interview.added",
            entity="interview",
            entity_id=interview.id,
            case_id=item.case_id,
            detail={"role": item.interviewee_role},
        )
        if item.answers_item_id:
            _answered_by_interview(tx, session, item.answers_item_id, interview)
    return interview, ChangeSet(cases=frozenset({item.case_id}))


def _answered_by_interview(
    tx: Connection, session: Session, item_id: str, interview: Interview
) -> None:
    """Tick the checklist item an interview answers: answered on the interview's date, the
    interview named as its source, and the notes as findings when none were written yet."""
    found = inquiry_repo.get_item(tx, item_id)
    if found.case_id != interview.case_id:
        raise ValidationError("That checklist item belongs to another case.")
    source = f"Interview with {interview.interviewee} ({interview.held_on.isoformat()})"
    inquiry_repo.update_item(
        tx,
        replace(
            found,
            status=ItemStatus.ANSWERED,
            found_on=interview.held_on,
            findings=found.findings or interview.notes,
            sources="; ".join(s for s in (found.sources, source) if s),
        ),
        session.member_id,
    )
    session.ocf.audit.append(
        session.member_id,
        "inquiry.item_updated",
        entity="inquiry_item",
        entity_id=item_id,
        case_id=interview.case_id,
        detail={
            "fields": ["status", "found_on", "findings", "sources"],
            "status": ItemStatus.ANSWERED.value,
            "interview": interview.id,
        },
    )


def interviews_of(session: Session, case_id: str) -> list[Interview]:
    return inquiry_repo.interviews_of(session.ocf.conn, case_id)
