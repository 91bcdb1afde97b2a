"""Cases: open one from a referral, edit it, move it through the workflow, list and read them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from btam_desktop.domain.audit import AuditEvent
from btam_desktop.domain.case import (
    Case,
    CaseColumns,
    CaseRow,
    CaseStatus,
    Person,
    PersonRole,
    check_transition,
    next_case_number,
    school_year_of,
)
from btam_desktop.domain.changes import NO_CHANGES, ChangeSet
from btam_desktop.domain.date_limits import event_span
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.language import PAPER_LANGUAGES
from btam_desktop.domain.pack import LevelChoice
from btam_desktop.domain.records import clean_name, clean_text, new_id, today
from btam_desktop.services.contracts.cases import (
    CaseDetail as CaseDetail,
    CaseEdit as CaseEdit,
    CaseLoaded as CaseLoaded,
    NewCase as NewCase,
    NewPerson as NewPerson,
)
from btam_desktop.services.packs import available, case_pack, team_pack
from btam_desktop.services.session import Session
from btam_desktop.storage import case_repo, sync_merge, team_repo
from btam_desktop.storage.db import Connection


def _person(case_id: str, item: NewPerson) -> Person:
    try:
        role = PersonRole(item.role)
    except ValueError:
        raise ValidationError(f"'{item.role[:30]}' is not a person's role in a case.") from None
    return Person(
        id=new_id(),
        case_id=case_id,
        role=role,
        name=clean_name(item.name, "person's name"),
        grade=item.grade.strip()[:20],
        notes=clean_text(item.notes, "notes"),
    )


def _check_manager(session: Session, member_id: str | None, keep: str | None = None) -> None:
    """A new case manager must be on the team (`keep`: the current one, left as it is)."""
    if member_id is not None and member_id != keep:
        member = team_repo.get_member(session.ocf.conn, member_id)
        if not member.active:
            raise ValidationError(f"{member.name} is no longer on the team: choose someone else.")


class CaseNumbers:
    """Next case numbers within one transaction: one lookup per school year, then counting
    (an import of 100,000 referrals must not rescan the year for every row)."""

    def __init__(self, tx: Connection) -> None:
        self._tx = tx
        self._last: dict[int, str] = {}

    def next(self, opened: date) -> str:
        year = school_year_of(opened)
        used = (
            [self._last[year]] if year in self._last else case_repo.numbers_in_year(self._tx, year)
        )
        number = next_case_number(opened, used)
        self._last[year] = number
        return number


def insert_new_case(
    tx: Connection,
    session: Session,
    request: NewCase,
    numbers: CaseNumbers,
    *,
    subject: Person | None = None,
    urgent: bool = False,
) -> tuple[Case, list[Person]]:
    """The rows of a new case, inside the caller's transaction (intake uses it too)."""
    opened = event_span(today()).check(request.opened_on or today(), "date opened")
    case_id = subject.case_id if subject else new_id()
    subject = subject or _person(
        case_id, NewPerson(PersonRole.SUBJECT.value, request.student_name, request.grade)
    )
    others = [_person(case_id, p) for p in request.others]
    case = Case(
        id=case_id,
        number=numbers.next(opened),
        status=CaseStatus.REFERRAL,
        opened_on=opened,
        summary=clean_text(request.summary, "summary"),
        level_of_concern=request.level_of_concern,
        case_manager_id=request.case_manager_id,
        urgent=urgent,
        pack_id=team_pack(tx).id,
    )
    _check_level(tx, case, case.level_of_concern)
    case_repo.insert_case(tx, case, school_year_of(opened), session.member_id)
    for person in (subject, *others):
        case_repo.insert_person(tx, person, session.member_id)
    session.ocf.audit.append(
        session.member_id,
        "case.created",
        entity="case",
        entity_id=case.id,
        case_id=case.id,
        detail={"number": case.number, "urgent": urgent},
    )
    return case, [subject, *others]


def create_case(session: Session, request: NewCase) -> tuple[Case, ChangeSet]:
    """A new case in Referral, numbered in its school year, with the student as its subject."""
    _check_manager(session, request.case_manager_id)
    with session.ocf.transaction(intent="cases.create") as tx:
        case, persons = insert_new_case(tx, session, request, CaseNumbers(tx))
    return case, ChangeSet(cases=frozenset({case.id}), persons=frozenset(p.id for p in persons))


def renumber_case(session: Session, case_id: str) -> ChangeSet:
    """Give a case the next free number of its school year, when two laptops gave its number
    to two cases at once (a lead's decision: the old number may be on paper already, so the
    audit log keeps both)."""
    session.require_lead("give a case a new number")
    with session.ocf.transaction(intent="sync.renumber") as tx:
        before = case_repo.get_case(tx, case_id)
        if case_repo.cases_numbered(tx, before.number) < 2:
            raise ValidationError(
                f"Case {before.number} is the only case with its number: it keeps it."
            )
        number = CaseNumbers(tx).next(before.opened_on)
        case_repo.update_case(tx, replace(before, number=number), session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "case.renumbered",
            entity="case",
            entity_id=case_id,
            case_id=case_id,
            detail={"from": before.number, "to": number},
        )
    return ChangeSet(cases=frozenset({case_id}))


def update_case(session: Session, case_id: str, edit: CaseEdit) -> tuple[Case, ChangeSet]:
    ocf = session.ocf
    event_span(today()).check_optional(edit.next_review, "next review date")
    with ocf.transaction(intent="cases.update") as tx:
        before = case_repo.get_case(tx, case_id)
        if edit.loaded is not None and ocf.capture is not None:
            for name in ("summary", "level_of_concern"):
                if getattr(edit.loaded, name) is not None:
                    ocf.capture.loaded("cases", case_id, name, getattr(edit.loaded, name))
        _check_manager(session, edit.case_manager_id, keep=before.case_manager_id)
        after = replace(
            before,
            summary=before.summary if edit.summary is None else clean_text(edit.summary, "summary"),
            level_of_concern=_check_level(tx, before, edit.level_of_concern)
            if edit.level_of_concern is not None
            else before.level_of_concern,
            case_manager_id=None
            if edit.clear_case_manager
            else (edit.case_manager_id or before.case_manager_id),
            next_review=None
            if edit.clear_next_review
            else (edit.next_review or before.next_review),
        )
        changed = [
            f
            for f in ("summary", "level_of_concern", "case_manager_id", "next_review")
            if getattr(after, f) != getattr(before, f)
        ]
        if changed:
            case_repo.update_case(tx, after, session.member_id)
            ocf.audit.append(
                session.member_id,
                "case.updated",
                entity="case",
                entity_id=case_id,
                case_id=case_id,
                detail={"fields": changed},
            )
    notices = _kept_both(session, case_id) if changed and edit.loaded is not None else ()
    return after, ChangeSet(cases=frozenset({case_id}) if changed else frozenset(), notices=notices)


def _kept_both(session: Session, case_id: str) -> tuple[str, ...]:
    """A save that became a second version: who else's version it sits beside."""
    capture = session.ocf.capture
    if capture is None:
        return ()
    out = []
    for table, row_id, name in capture.touched.conflicted:
        if (table, row_id) != ("cases", case_id):
            continue
        people = sync_merge.other_authors(session.ocf.conn, table, row_id, name, session.member_id)
        who = " and ".join(people) or "Someone on another laptop"
        label = name.replace("_", " ")
        out.append(f"{who} changed the {label} while you were editing — both versions kept.")
    return tuple(out)


def change_status(
    session: Session, case_id: str, target: CaseStatus, reason: str = ""
) -> tuple[Case, ChangeSet]:
    """Move a case along the workflow; closing and reopening need a written reason."""
    with session.ocf.transaction(intent="cases.change_status") as tx:
        after = move_case(tx, session, case_repo.get_case(tx, case_id), target, reason)
    return after, ChangeSet(cases=frozenset({case_id}))


def move_case(
    tx: Connection, session: Session, before: Case, target: CaseStatus, reason: str
) -> Case:
    """One workflow step inside the caller's transaction: checked, recorded, audited."""
    check_transition(before.status, target, reason)
    closing = target is CaseStatus.CLOSED
    after = replace(
        before,
        status=target,
        closed_on=today() if closing else None,
        closure_reason=clean_text(reason, "reason") if closing else "",
        # A closed case owes no review: none is shown or chased while it stays closed.
        next_review=None if closing else before.next_review,
    )
    case_repo.update_case(tx, after, session.member_id)
    if closing:
        _end_open_tasks(tx, session, before.id)
    if target is CaseStatus.INQUIRY:
        # Imported here: inquiry builds on packs, which the case list never needs at start-up.
        from btam_desktop.services.inquiry import ensure_checklist

        ensure_checklist(tx, session, before.id)
    case_repo.record_status_change(
        tx, before.id, before.status, target, clean_text(reason, "reason"), session.member_id
    )
    action = "case.reopened" if before.status is CaseStatus.CLOSED else "case.status_changed"
    session.ocf.audit.append(
        session.member_id,
        action,
        entity="case",
        entity_id=before.id,
        case_id=before.id,
        detail={"from": before.status.value, "to": target.value},
    )
    return after


def _end_open_tasks(tx: Connection, session: Session, case_id: str) -> None:
    """Closing ends the case's meeting tasks still open (each named in the case's history);
    its inquiry items and interventions stop being due with the case itself."""
    from btam_desktop.storage import meeting_repo  # meetings are not needed at start-up

    for action in meeting_repo.end_open_actions(tx, case_id, today(), session.member_id):
        session.ocf.audit.append(
            session.member_id,
            "task.ended",
            entity="action_item",
            entity_id=action.id,
            case_id=case_id,
            detail={"why": "case closed"},
        )


def add_person(session: Session, case_id: str, person: NewPerson) -> tuple[Person, ChangeSet]:
    ocf = session.ocf
    with ocf.transaction(intent="cases.add_person") as tx:
        case_repo.get_case(tx, case_id)
        record = _person(case_id, person)
        case_repo.insert_person(tx, record, session.member_id)
        ocf.audit.append(
            session.member_id,
            "person.added",
            entity="person",
            entity_id=record.id,
            case_id=case_id,
            detail={"role": record.role.value},
        )
    return record, ChangeSet(cases=frozenset({case_id}), persons=frozenset({record.id}))


def set_family_language(
    session: Session, case_id: str, person_id: str, language: str
) -> tuple[Person, ChangeSet]:
    """The language a guardian's family reads ("" for not said): the papers that go home
    default to it. Only a guardian of this case has one."""
    if language and language not in PAPER_LANGUAGES:
        known = ", ".join(PAPER_LANGUAGES)
        raise ValidationError(f"'{language[:20]}' is not a language the papers print in ({known}).")
    ocf = session.ocf
    with ocf.transaction(intent="cases.family_language") as tx:
        person = next((p for p in case_repo.persons_of(tx, case_id) if p.id == person_id), None)
        if person is None or person.role is not PersonRole.GUARDIAN:
            raise ValidationError("Choose a parent or guardian of this case.")
        if person.language == language:
            return person, NO_CHANGES
        case_repo.set_person_language(tx, person_id, language, session.member_id)
        ocf.audit.append(
            session.member_id,
            "person.language_set",
            entity="person",
            entity_id=person_id,
            case_id=case_id,
            detail={"language": language},
        )
    changed = replace(person, language=language)
    return changed, ChangeSet(cases=frozenset({case_id}), persons=frozenset({person_id}))


def list_cases(session: Session) -> list[CaseRow]:
    return case_repo.list_rows(session.ocf.conn)


def list_columns(session: Session, first: int | None = None) -> CaseColumns:
    """The case list for the window, compact (`CaseColumns`); with `first`, only the first
    rows in the list's order, which the window shows while it asks for the rest."""
    return case_repo.list_columns(session.ocf.conn, first)


def level_choices(session: Session, language: str = "en") -> list[LevelChoice]:
    """Every level of every model on this computer, the team's model first: cases store a
    level's id, and lists show its label (in `language` where the pack gives one, the
    window's) and sort by its rank within the case's model."""
    conn = session.ocf.conn
    first = team_pack(conn)
    others = [p for p in available(conn).values() if p.id != first.id]
    return [choice for pack in (first, *others) for choice in pack.level_choices(language)]


def _check_level(conn: Connection, case: Case, level_id: str) -> str:
    if level_id and case_pack(conn, case).level(level_id) is None:
        pack = case_pack(conn, case)
        known = ", ".join(lv.id for lv in pack.levels)
        raise ValidationError(
            f"'{level_id[:40]}' is not a level of concern of {pack.name} ({known})."
        )
    return level_id


def get_case(session: Session, case_id: str) -> CaseDetail:
    conn = session.ocf.conn
    return CaseDetail(case_repo.get_case(conn, case_id), tuple(case_repo.persons_of(conn, case_id)))


def case_history(session: Session, case_id: str) -> list[AuditEvent]:
    return session.ocf.audit.events(case_id)
