"""Cases and the persons in them, as rows of the encrypted database."""

from __future__ import annotations

from datetime import date
from typing import Any

from btam_desktop.domain.case import Case, CaseRow, CaseStatus, Person, PersonRole
from btam_desktop.domain.errors import NotFoundError
from btam_desktop.domain.records import utc_now
from btam_desktop.storage import db

_CASE_COLUMNS = (
    "id, number, status, opened_on, summary, level_of_concern, case_manager_id, next_review, "
    "closed_on, closure_reason"
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
    )


def numbers_in_year(conn: db.Connection, school_year: int) -> list[str]:
    return [
        r[0] for r in conn.execute("SELECT number FROM cases WHERE school_year = ?", (school_year,))
    ]


def insert_case(conn: db.Connection, case: Case, school_year: int, by: str) -> None:
    now = utc_now()
    conn.execute(
        f"INSERT INTO cases ({_CASE_COLUMNS}, school_year, created_at, created_by, updated_at, "
        "updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (*_case_values(case), school_year, now, by, now, by),
    )


def update_case(conn: db.Connection, case: Case, by: str) -> None:
    values = _case_values(case)
    conn.execute(
        "UPDATE cases SET number = ?, status = ?, opened_on = ?, summary = ?, "
        "level_of_concern = ?, case_manager_id = ?, next_review = ?, closed_on = ?, "
        "closure_reason = ?, updated_at = ?, updated_by = ? WHERE id = ?",
        (*values[1:], utc_now(), by, case.id),
    )


def get_case(conn: db.Connection, case_id: str) -> Case:
    row = conn.execute(
        f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ? AND deleted_at IS NULL", (case_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError("That case does not exist in this case file (or was deleted).")
    return _case(row)


_PERSON_COLUMNS = "id, case_id, role, name, grade, notes"


def insert_person(conn: db.Connection, person: Person, by: str) -> None:
    now = utc_now()
    conn.execute(
        f"INSERT INTO persons ({_PERSON_COLUMNS}, created_at, created_by, updated_at, updated_by) "
        "VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            person.id,
            person.case_id,
            person.role.value,
            person.name,
            person.grade,
            person.notes,
            now,
            by,
            now,
            by,
        ),
    )


def persons_of(conn: db.Connection, case_id: str) -> list[Person]:
    return [
        Person(r[0], r[1], PersonRole(r[2]), r[3], r[4], r[5])
        for r in conn.execute(
            f"SELECT {_PERSON_COLUMNS} FROM persons WHERE case_id = ? AND deleted_at IS NULL "
            "ORDER BY created_at",
            (case_id,),
        )
    ]


# One query for the whole list: the subject student (first subject person), the case manager's
# name, the last activity (latest update of the case or any of its persons), and the text that
# search looks in (summary, every person's name and notes).
_LIST_SQL = """
SELECT c.id, c.number,
       COALESCE(s.name, ''), COALESCE(s.grade, ''),
       c.status, c.level_of_concern, COALESCE(m.name, ''), c.next_review,
       MAX(c.updated_at, COALESCE(p.last, '')),
       c.summary || char(10) || COALESCE(p.text, '')
FROM cases c
LEFT JOIN (
    SELECT case_id, name, grade, MIN(created_at) FROM persons
    WHERE role = 'subject' AND deleted_at IS NULL GROUP BY case_id
) s ON s.case_id = c.id
LEFT JOIN (
    SELECT case_id, MAX(updated_at) AS last,
           group_concat(name || char(10) || notes, char(10)) AS text
    FROM persons WHERE deleted_at IS NULL GROUP BY case_id
) p ON p.case_id = c.id
LEFT JOIN members m ON m.id = c.case_manager_id
WHERE c.deleted_at IS NULL
ORDER BY c.number DESC
"""


def list_rows(conn: db.Connection) -> list[CaseRow]:
    return [
        CaseRow(r[0], r[1], r[2], r[3], CaseStatus(r[4]), r[5], r[6], _date(r[7]), r[8], r[9])
        for r in conn.execute(_LIST_SQL)
    ]
