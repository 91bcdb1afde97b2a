"""Program-evaluation rows (`domain/evaluation.py`): one per case (the newest edit if two
laptops each added one) and the school's enrollment per school year. Codes only: races and
services as comma-separated codes, yes/no as 1/0, NULL or '' not recorded."""

from __future__ import annotations

import json

from btam_desktop.domain.evaluation import (
    Disability,
    Discipline,
    Enrollment,
    Evaluation,
    LawEnforcement,
    Race,
    Service,
    Sex,
)
from btam_desktop.storage import db

COLUMNS = (
    "hispanic",
    "races",
    "sex",
    "disability",
    "english_learner",
    "services",
    "discipline",
    "law_enforcement",
)
_SELECT = ", ".join(COLUMNS)


def _flag(value: object) -> bool | None:
    return None if value is None else bool(value)


def _codes(value: object) -> list[str]:
    return [c for c in str(value or "").split(",") if c]


def _row(r: tuple[object, ...]) -> Evaluation:
    return Evaluation(
        hispanic=_flag(r[0]),
        races=frozenset(Race(c) for c in _codes(r[1])),
        sex=Sex(str(r[2])) if r[2] else None,
        disability=Disability(str(r[3])) if r[3] else None,
        english_learner=_flag(r[4]),
        services=frozenset(Service(c) for c in _codes(r[5])),
        discipline=Discipline(str(r[6])) if r[6] else None,
        law_enforcement=LawEnforcement(str(r[7])) if r[7] else None,
    )


def _values(e: Evaluation) -> tuple[object, ...]:
    def flag(v: bool | None) -> int | None:
        return None if v is None else int(v)

    return (
        flag(e.hispanic),
        ",".join(sorted(r.value for r in e.races)),
        e.sex.value if e.sex else "",
        e.disability.value if e.disability else "",
        flag(e.english_learner),
        ",".join(sorted(s.value for s in e.services)),
        e.discipline.value if e.discipline else "",
        e.law_enforcement.value if e.law_enforcement else "",
    )


def row_id(conn: db.Connection, case_id: str) -> str | None:
    r = conn.execute(
        "SELECT id FROM evaluation WHERE case_id = ? AND deleted_at IS NULL "
        "ORDER BY updated_at DESC, id DESC LIMIT 1",
        (case_id,),
    ).fetchone()
    return None if r is None else str(r[0])


def get(conn: db.Connection, case_id: str) -> Evaluation:
    r = conn.execute(
        f"SELECT {_SELECT} FROM evaluation WHERE case_id = ? AND deleted_at IS NULL "
        "ORDER BY updated_at DESC, id DESC LIMIT 1",
        (case_id,),
    ).fetchone()
    return Evaluation() if r is None else _row(tuple(r))


def insert(conn: db.Connection, row: str, case_id: str, e: Evaluation, by: str, now: str) -> None:
    conn.execute(
        f"INSERT INTO evaluation (id, case_id, {_SELECT}, created_at, created_by, updated_at, "
        f"updated_by) VALUES (?, ?, {', '.join('?' * len(COLUMNS))}, ?, ?, ?, ?)",
        (row, case_id, *_values(e), now, by, now, by),
    )


def update(conn: db.Connection, row: str, e: Evaluation, by: str, now: str) -> None:
    sets = ", ".join(f"{c} = ?" for c in COLUMNS)
    conn.execute(
        f"UPDATE evaluation SET {sets}, updated_at = ?, updated_by = ? WHERE id = ?",
        (*_values(e), now, by, row),
    )


def codes_by_case(conn: db.Connection, which_sql: str) -> dict[str, tuple[object, ...]]:
    """Case id -> its stored codes (in `COLUMNS` order) for the cases the condition
    `which_sql` picks, the newest edit kept: one flat scan for the statistics, no objects per
    row and no ORDER BY (sorting doubled the scan at 10,000 cases; two rows of a case are rare)."""
    out: dict[str, tuple[object, ...]] = {}
    stamps: dict[str, str] = {}
    for r in conn.execute(
        f"SELECT case_id, updated_at, id, {_SELECT} FROM evaluation WHERE deleted_at IS NULL "
        f"AND {which_sql}"
    ):
        case_id, stamp = r[0], f"{r[1]}|{r[2]}"
        if case_id not in stamps or stamp > stamps[case_id]:
            stamps[case_id] = stamp
            out[case_id] = tuple(r[3:])
    return out


def enrollment(conn: db.Connection, year: int) -> tuple[str, Enrollment] | None:
    """The school year's enrollment row (its id and figures), if typed in."""
    r = conn.execute(
        "SELECT id, total, counts_json FROM enrollment WHERE school_year = ? "
        "AND deleted_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT 1",
        (year,),
    ).fetchone()
    if r is None:
        return None
    counts = json.loads(r[2])
    return str(r[0]), Enrollment(year, int(r[1]), tuple((str(k), int(v)) for k, v in counts))


def insert_enrollment(conn: db.Connection, row: str, e: Enrollment, by: str, now: str) -> None:
    conn.execute(
        "INSERT INTO enrollment (id, school_year, total, counts_json, created_at, created_by, "
        "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (row, e.year, e.total, json.dumps([list(c) for c in e.counts]), now, by, now, by),
    )


def update_enrollment(conn: db.Connection, row: str, e: Enrollment, by: str, now: str) -> None:
    conn.execute(
        "UPDATE enrollment SET total = ?, counts_json = ?, updated_at = ?, updated_by = ? "
        "WHERE id = ?",
        (e.total, json.dumps([list(c) for c in e.counts]), now, by, row),
    )


def case_statuses(conn: db.Connection) -> list[tuple[str, str]]:
    """(case id, status) of every case, oldest number first: what the demo fills."""
    return [
        (str(r[0]), str(r[1]))
        for r in conn.execute(
            "SELECT id, status FROM cases WHERE deleted_at IS NULL ORDER BY opened_on, number"
        )
    ]
