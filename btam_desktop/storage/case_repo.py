"""Cases and the persons in them, as rows of the encrypted database."""

from __future__ import annotations

from datetime import date
from typing import Any

from btam_desktop.domain.case import (
    Case,
    CaseRow,
    CaseStatus,
    Person,
    PersonRole,
    parse_case_number,
)
from btam_desktop.domain.errors import NotFoundError
from btam_desktop.domain.records import new_id, utc_now
from btam_desktop.storage import db

_CASE_COLUMNS = (
    "id, number, status, opened_on, summary, level_of_concern, case_manager_id, next_review, "
    "closed_on, closure_reason, urgent, pack_id"
)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _case(row: Any) -> Case:
    return Case(
        id=row[0],
        number=row[1],
        status=CaseStatus(row[2]),
        opened_on=date.fromisoformat(row[3]),
        summary=row[4],
        level_of_concern=row[5],
        case_manager_id=row[6],
        next_review=_date(row[7]),
        closed_on=_date(row[8]),
        closure_reason=row[9],
        urgent=bool(row[10]),
        pack_id=row[11],
    )


def _case_values(case: Case) -> tuple[Any, ...]:
    return (
        case.id,
        case.number,
        case.status.value,
        case.opened_on.isoformat(),
        case.summary,
        case.level_of_concern,
        case.case_manager_id,
        _iso(case.next_review),
        _iso(case.closed_on),
        case.closure_reason,
        int(case.urgent),
        case.pack_id,
    )


def numbers_in_year(conn: db.Connection, school_year: int) -> list[str]:
    return [
        r[0] for r in conn.execute("SELECT number FROM cases WHERE school_year = ?", (school_year,))
    ]


def insert_case(conn: db.Connection, case: Case, school_year: int, by: str) -> None:
    now = utc_now()
    conn.execute(
        f"INSERT INTO cases ({_CASE_COLUMNS}, school_year, created_at, created_by, updated_at, "
        "updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (*_case_values(case), school_year, now, by, now, by),
    )


def update_case(conn: db.Connection, case: Case, by: str) -> None:
    values = _case_values(case)
    conn.execute(
        "UPDATE cases SET number = ?, status = ?, opened_on = ?, summary = ?, "
        "level_of_concern = ?, case_manager_id = ?, next_review = ?, closed_on = ?, "
        "closure_reason = ?, urgent = ?, pack_id = ?, updated_at = ?, updated_by = ? WHERE id = ?",
        (*values[1:], utc_now(), by, case.id),
    )


def get_case(conn: db.Connection, case_id: str) -> Case:
    row = conn.execute(
        f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ? AND deleted_at IS NULL", (case_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError("That case does not exist in this case file (or was deleted).")
    return _case(row)


def record_status_change(
    conn: db.Connection, case_id: str, before: CaseStatus, after: CaseStatus, reason: str, by: str
) -> None:
    conn.execute(
        "INSERT INTO status_changes (id, case_id, from_status, to_status, reason, changed_at, "
        "changed_by) VALUES (?,?,?,?,?,?,?)",
        (new_id(), case_id, before.value, after.value, reason, utc_now(), by),
    )


_PERSON_COLUMNS = (
    "id, case_id, role, name, grade, notes, student_id, date_of_birth, school, iep_504"
)


def insert_person(conn: db.Connection, person: Person, by: str) -> None:
    now = utc_now()
    conn.execute(
        f"INSERT INTO persons ({_PERSON_COLUMNS}, created_at, created_by, updated_at, updated_by) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            person.id,
            person.case_id,
            person.role.value,
            person.name,
            person.grade,
            person.notes,
            person.student_id,
            _iso(person.date_of_birth),
            person.school,
            int(person.iep_504),
            now,
            by,
            now,
            by,
        ),
    )


def persons_of(conn: db.Connection, case_id: str) -> list[Person]:
    return [
        Person(
            id=r[0],
            case_id=r[1],
            role=PersonRole(r[2]),
            name=r[3],
            grade=r[4],
            notes=r[5],
            student_id=r[6],
            date_of_birth=_date(r[7]),
            school=r[8],
            iep_504=bool(r[9]),
        )
        for r in conn.execute(
            f"SELECT {_PERSON_COLUMNS} FROM persons WHERE case_id = ? AND deleted_at IS NULL "
            "ORDER BY created_at, rowid",
            (case_id,),
        )
    ]


def subjects(conn: db.Connection) -> list[tuple[str, str, CaseStatus, Person]]:
    """Each case's student (its first subject person) with the case's number and status:
    what intake compares a newly typed name against."""
    statuses = {s.value: s for s in CaseStatus}
    found: dict[str, tuple[str, str, CaseStatus, Person]] = {}
    for r in conn.execute(
        f"SELECT c.number, c.status, {', '.join('p.' + c for c in _PERSON_COLUMNS.split(', '))} "
        "FROM persons p JOIN cases c ON c.id = p.case_id "
        "WHERE p.role = 'subject' AND p.deleted_at IS NULL AND c.deleted_at IS NULL "
        "ORDER BY p.created_at"
    ):
        person = Person(
            id=r[2],
            case_id=r[3],
            role=PersonRole(r[4]),
            name=r[5],
            grade=r[6],
            notes=r[7],
            student_id=r[8],
            date_of_birth=_date(r[9]),
            school=r[10],
            iep_504=bool(r[11]),
        )
        found.setdefault(person.case_id, (person.case_id, r[0], statuses[r[1]], person))
    return list(found.values())


def list_rows(conn: db.Connection) -> list[CaseRow]:
    """Every case as a list row, newest number first.

    Two flat scans joined in Python: measured faster than one SQL query with grouped
    subqueries (75 ms against 130-190 ms at 10,000 cases), and the list is the hot path of
    unlocking. The student is the first subject person; last activity is the latest update of
    the case or its persons; search text is the summary and every person's name and notes.
    """
    managers = dict(conn.execute("SELECT id, name FROM members"))
    subject: dict[str, tuple[str, str]] = {}
    last: dict[str, str] = {}
    texts: dict[str, list[str]] = {}
    # Insertion order is creation order, so the first subject seen is the case's student.
    for case_id, role, name, grade, notes, updated in conn.execute(
        "SELECT case_id, role, name, grade, notes, updated_at FROM persons WHERE deleted_at IS NULL"
    ).fetchall():
        if case_id in texts:
            texts[case_id].append(name)
            if updated > last[case_id]:
                last[case_id] = updated
        else:
            texts[case_id] = [name]
            last[case_id] = updated
        if notes:
            texts[case_id].append(notes)
        if role == "subject" and case_id not in subject:
            subject[case_id] = (name, grade)
    # What was reported is searchable too: narratives, verbatim words, named reporters.
    for case_id, narrative, verbatim, reporter in conn.execute(
        "SELECT case_id, narrative, verbatim, reporter_name FROM referrals WHERE deleted_at IS NULL"
    ).fetchall():
        texts.setdefault(case_id, []).extend((narrative, verbatim, reporter))
    statuses = {s.value: s for s in CaseStatus}
    case_rows = conn.execute(
        "SELECT id, number, status, level_of_concern, case_manager_id, next_review, "
        "updated_at, summary, urgent, pack_id FROM cases WHERE deleted_at IS NULL"
    ).fetchall()
    no_subject = ("", "")
    rows = [
        CaseRow(
            case_id,
            number,
            *subject.get(case_id, no_subject),
            statuses[status],
            level,
            managers.get(manager, ""),
            date.fromisoformat(review) if review else None,
            max(updated, last.get(case_id, "")),
            "\n".join((summary, *texts.get(case_id, ()))),
            bool(urgent),
            pack_id,
        )
        for case_id, number, status, level, manager, review, updated, summary, urgent, pack_id in (
            case_rows
        )
    ]
    rows.sort(key=lambda r: parse_case_number(r.number), reverse=True)  # 2026-10000 > 2026-9999
    return rows
