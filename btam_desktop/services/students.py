"""Students across cases (`domain/student.py`): every student of the file, the ones a typed name
or id picks, the student of a case, one student's whole record, and a lead's merge of two
person records (and its undoing), each in one transaction with its audit event."""

from __future__ import annotations

from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.local_time import local_day
from btam_desktop.domain.records import new_id, utc_now
from btam_desktop.domain.student import (
    PersonLink,
    StudentRecord as StudentRecord,
    group,
    matching,
    one_student,
)
from btam_desktop.services import assess
from btam_desktop.services.contracts.students import (
    ItemKind,
    LinkLine,
    StudentCaseRecord,
    StudentItem,
    StudentSnapshot,
)
from btam_desktop.services.session import Session
from btam_desktop.storage import (
    case_repo,
    manage_repo,
    print_repo,
    referral_repo,
    student_repo,
)
from btam_desktop.storage.db import Connection


def _students(conn: Connection) -> list[StudentRecord]:
    subjects = case_repo.subjects(conn)
    return group(
        [(case_id, number, person) for case_id, number, _status, person in subjects],
        student_repo.links(conn),
    )


def students(session: Session) -> list[StudentRecord]:
    return _students(session.ocf.conn)


def find(session: Session, typed: str) -> list[StudentRecord]:
    """The students `typed` could mean (a record id, a school student id, or a name)."""
    return matching(students(session), typed)


def of_case(session: Session, case_id: str) -> StudentRecord:
    for student in students(session):
        if case_id in student.case_ids:
            return student
    raise ValidationError("This case has no student recorded.")


def _items(session: Session, case_id: str) -> list[StudentItem]:
    conn = session.ocf.conn
    items = [
        StudentItem(
            kind=ItemKind.REFERRAL,
            on=local_day(r.received_at),
            record_id=r.id,
            by=r.received_by,
            facts=(r.channel.value, r.reporter_kind.value, r.reporter_name),
            text="\n".join(t for t in (r.narrative, f"“{r.verbatim}”" if r.verbatim else "") if t),
        )
        for r in referral_repo.referrals_of(conn, case_id)
    ]
    items += [
        StudentItem(
            kind=ItemKind.SCREENING,
            on=local_day(s.decided_at),
            record_id=s.id,
            by=s.lead_id,
            facts=(s.decision.value,),
            text=s.reason,
        )
        for s in referral_repo.screenings_of(conn, case_id)
    ]
    for past in assess.assessments_of(session, case_id):
        a = past.assessment
        level = next((lv.label for lv in past.pack.levels if lv.id == a.level_id), a.level_id)
        items.append(
            StudentItem(
                kind=ItemKind.ASSESSMENT,
                on=a.assessed_on,
                record_id=a.id,
                by=past.saved_by or None,
                facts=(str(a.version), level),
                text=a.rationale,
            )
        )
    items += [
        StudentItem(
            kind=ItemKind.PLAN,
            on=local_day(p.saved_at) if p.saved_at else local_day(utc_now()),
            record_id=p.id,
            by=p.saved_by,
            facts=(str(p.version), str(len(p.interventions))),
            text=p.goals,
        )
        for p in manage_repo.plans_of(conn, case_id)
    ]
    items += [
        StudentItem(
            kind=ItemKind.NOTIFICATION,
            on=n.notified_on,
            record_id=n.id,
            by=n.by_id,
            facts=(n.recipient_name, n.method, n.legal_basis.value),
            text=n.shared,
        )
        for n in manage_repo.notifications_of(conn, case_id)
    ]
    items += [
        StudentItem(
            kind=ItemKind.DISCLOSURE,
            on=local_day(d.at),
            record_id=d.id,
            by=d.by,
            facts=(d.document.value, d.destination.value, d.recipient, d.legal_basis),
            text=d.threat or d.detail,
        )
        for d in print_repo.disclosures_of(conn, case_id)
    ]
    # Date order; on one day, the order of the case's loop (report before screening ...).
    order = list(ItemKind)
    items.sort(key=lambda i: (i.on, order.index(i.kind)))
    return items


def record(session: Session, case_id: str) -> StudentSnapshot:
    """Everything the file holds about the student of `case_id`, across all their cases:
    each case (oldest first) with its reports, screenings, assessments, plans, notifications
    and disclosures in date order; the links that make it one student; the other students."""
    conn = session.ocf.conn
    everyone = _students(conn)
    student = next((s for s in everyone if case_id in s.case_ids), None)
    if student is None:
        raise ValidationError("That case is not in this case file (any more).")
    subjects = {p.id: p for _c, _n, _s, p in case_repo.subjects(conn)}
    blocks = []
    for case_id, person_id_in_case in zip(student.case_ids, student.person_ids, strict=True):
        case = case_repo.get_case(conn, case_id)
        person = subjects[person_id_in_case]
        blocks.append(
            StudentCaseRecord(
                case_id=case.id,
                number=case.number,
                status=case.status,
                opened_on=case.opened_on,
                closed_on=case.closed_on,
                person_id=person.id,
                name=person.name,
                grade=person.grade,
                student_id=person.student_id,
                date_of_birth=person.date_of_birth,
                items=tuple(_items(session, case.id)),
            )
        )
    blocks.sort(key=lambda b: (b.opened_on, b.number))
    number_of = dict(zip(student.person_ids, student.case_numbers, strict=True))
    links = tuple(
        LinkLine(
            link_id=link.id,
            person_case=number_of[link.person_id],
            same_as_case=number_of[link.same_as_id],
            linked_at=link.linked_at,
            linked_by=link.linked_by,
        )
        for link in student_repo.links(conn)
        if link.person_id in number_of and link.same_as_id in number_of
    )
    others = tuple(s for s in everyone if s is not student)
    return StudentSnapshot(student=student, cases=tuple(blocks), links=links, others=others)


def link_same(tx: Connection, session: Session, person_id: str, same_as_id: str) -> str:
    """Inside the caller's transaction: `person_id` is the same student as `same_as_id`.
    Refused when they already are one student. Returns the link's id."""
    everyone = _students(tx)
    one, other = one_student(everyone, person_id), one_student(everyone, same_as_id)
    if one is None or other is None:
        raise ValidationError("Both must be a case's student in this case file.")
    if one is other:
        raise ValidationError(f"{one.name} and {other.name} are already one student.")
    link = PersonLink(
        id=new_id(),
        person_id=person_id,
        same_as_id=same_as_id,
        linked_at=utc_now(),
        linked_by=session.member_id,
    )
    student_repo.insert_link(tx, link)
    session.ocf.audit.append(
        session.member_id,
        "student.linked",
        entity="person_link",
        entity_id=link.id,
        detail={"person": person_id, "same_as": same_as_id},
    )
    return link.id


def merge(session: Session, person_id: str, same_as_id: str) -> tuple[str, ChangeSet]:
    """A lead says two person records are one student: from now on their cases are one
    student's record (the view, `report disclosures --student`, inspection). Undone by
    `separate`. Returns the link's id."""
    session.require_lead("merge two students' records")
    with session.ocf.transaction(intent="students.merge") as tx:
        link_id = link_same(tx, session, person_id, same_as_id)
    return link_id, ChangeSet(persons=frozenset({person_id, same_as_id}))


def separate(session: Session, link_id: str) -> ChangeSet:
    """Undo a merge (or an intake's "the same student"): the two records are two students
    again, unless their school student ids say otherwise. The link is kept, marked undone."""
    session.require_lead("separate two students' records")
    with session.ocf.transaction(intent="students.separate") as tx:
        link = student_repo.get_link(tx, link_id)
        if link is None or not link.in_force:
            raise ValidationError("These records are not merged (any more).")
        student_repo.undo_link(tx, link_id, session.member_id, utc_now())
        session.ocf.audit.append(
            session.member_id,
            "student.separated",
            entity="person_link",
            entity_id=link_id,
            detail={"person": link.person_id, "same_as": link.same_as_id},
        )
    return ChangeSet(persons=frozenset({link.person_id, link.same_as_id}))
