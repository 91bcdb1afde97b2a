"""All-staff awareness training, as rows of the encrypted database: the staff list, the
sessions and who attended each (one row per person and session)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from btam_desktop.domain.awareness import AwarenessSession, StaffMember
from btam_desktop.domain.errors import NotFoundError
from btam_desktop.domain.records import new_id, utc_now
from btam_desktop.storage import db, rows

_STAFF = "id, name, role, department, left_on"
_SESSION = "id, held_on, led_by, topic"


def _person(r: Any) -> StaffMember:
    return StaffMember(
        id=r[0],
        name=r[1],
        role=r[2],
        department=r[3],
        left_on=date.fromisoformat(r[4]) if r[4] else None,
    )


def list_staff(conn: db.Connection) -> list[StaffMember]:
    """Everyone on the list, those who left too; alphabetical."""
    return [
        _person(r)
        for r in conn.execute(
            f"SELECT {_STAFF} FROM awareness_staff WHERE deleted_at IS NULL "
            "ORDER BY name COLLATE NOCASE, id"
        )
    ]


def get_staff(conn: db.Connection, staff_id: str) -> StaffMember:
    row = conn.execute(
        f"SELECT {_STAFF} FROM awareness_staff WHERE id = ? AND deleted_at IS NULL", (staff_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError("That person is not on the staff list.")
    return _person(row)


def save_staff(conn: db.Connection, p: StaffMember, by: str) -> bool:
    """Insert or update; returns True when the person is new."""
    return rows.save(
        conn,
        "awareness_staff",
        p.id,
        {
            "name": p.name,
            "role": p.role,
            "department": p.department,
            "left_on": p.left_on.isoformat() if p.left_on else None,
        },
        by,
    )


def list_sessions(conn: db.Connection) -> list[AwarenessSession]:
    """Every session with its attendees, newest first."""
    attendees: dict[str, list[str]] = defaultdict(list)
    for session_id, staff_id in conn.execute(
        "SELECT a.session_id, a.staff_id FROM awareness_attendance a "
        "JOIN awareness_staff p ON p.id = a.staff_id "
        "WHERE a.deleted_at IS NULL ORDER BY p.name COLLATE NOCASE, p.id"
    ):
        if staff_id not in attendees[session_id]:  # ticked on two laptops at once: one tick
            attendees[session_id].append(staff_id)
    return [
        AwarenessSession(
            id=r[0],
            held_on=date.fromisoformat(r[1]),
            led_by=r[2],
            topic=r[3],
            attendee_ids=tuple(attendees.get(r[0], ())),
        )
        for r in conn.execute(
            f"SELECT {_SESSION} FROM awareness_sessions WHERE deleted_at IS NULL "
            "ORDER BY held_on DESC, created_at DESC"
        )
    ]


def get_session(conn: db.Connection, session_id: str) -> AwarenessSession:
    for found in list_sessions(conn):
        if found.id == session_id:
            return found
    raise NotFoundError("That awareness session is not on record.")


def save_session(conn: db.Connection, s: AwarenessSession, by: str) -> bool:
    """The session's row and its attendance: a person newly ticked gets a row, one unticked
    has theirs taken back. Returns True when the session is new."""
    now = utc_now()
    exists = (
        conn.execute("SELECT 1 FROM awareness_sessions WHERE id = ?", (s.id,)).fetchone()
        is not None
    )
    values = (s.held_on.isoformat(), s.led_by, s.topic)
    if exists:
        conn.execute(
            "UPDATE awareness_sessions SET held_on = ?, led_by = ?, topic = ?, updated_at = ?, "
            "updated_by = ? WHERE id = ?",
            (*values, now, by, s.id),
        )
    else:
        conn.execute(
            f"INSERT INTO awareness_sessions ({_SESSION}, created_at, created_by, updated_at, "
            "updated_by) VALUES (?,?,?,?,?,?,?,?)",
            (s.id, *values, now, by, now, by),
        )
    ticked = set(s.attendee_ids)
    present = {
        str(r[0])
        for r in conn.execute(
            "SELECT staff_id FROM awareness_attendance WHERE session_id = ? AND deleted_at IS NULL",
            (s.id,),
        )
    }
    for staff_id in present - ticked:
        conn.execute(
            "UPDATE awareness_attendance SET deleted_at = ?, updated_at = ?, updated_by = ? "
            "WHERE session_id = ? AND staff_id = ? AND deleted_at IS NULL",
            (now, now, by, s.id, staff_id),
        )
    for staff_id in s.attendee_ids:
        if staff_id not in present:
            conn.execute(
                "INSERT INTO awareness_attendance (id, session_id, staff_id, created_at, "
                "created_by, updated_at, updated_by) VALUES (?,?,?,?,?,?,?)",
                (new_id(), s.id, staff_id, now, by, now, by),
            )
    return not exists


def remove_session(conn: db.Connection, session_id: str, by: str) -> None:
    """Soft delete the session and its attendance."""
    now = utc_now()
    for table, column in (("awareness_attendance", "session_id"), ("awareness_sessions", "id")):
        conn.execute(
            f"UPDATE {table} SET deleted_at = ?, updated_at = ?, updated_by = ? "
            f"WHERE {column} = ? AND deleted_at IS NULL",
            (now, now, by, session_id),
        )
