"""Meetings, their agenda, decisions, action items and addenda, as rows of the encrypted
database."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

from btam_desktop.domain.errors import NotFoundError
from btam_desktop.domain.meeting import (
    ActionItem,
    ActionKind,
    Addendum,
    AgendaItem,
    AgendaKind,
    Attendance,
    Decision,
    Meeting,
)
from btam_desktop.domain.records import new_id, utc_now
from btam_desktop.storage import db

_MEETING_COLUMNS = (
    "id, held_on, starts_at, duration_minutes, place, chair_id, note_taker_id, attendance_json, "
    "approved_at, approved_by"
)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _meeting(r: Any) -> Meeting:
    raw = json.loads(r[7])
    attendance = (
        Attendance(tuple(raw.get("present", ())), raw.get("guests", ""))
        if isinstance(raw, dict)
        else Attendance()
    )
    return Meeting(
        id=r[0],
        held_on=date.fromisoformat(r[1]),
        starts_at=r[2],
        duration_minutes=r[3],
        place=r[4],
        chair_id=r[5],
        note_taker_id=r[6],
        attendance=attendance,
        approved_at=r[8],
        approved_by=r[9],
    )


def _attendance_json(a: Attendance) -> str:
    return json.dumps({"present": list(a.present), "guests": a.guests}, ensure_ascii=False)


def _meeting_values(m: Meeting) -> tuple[Any, ...]:
    """In the order of _MEETING_COLUMNS, without the id."""
    return (
        m.held_on.isoformat(),
        m.starts_at,
        m.duration_minutes,
        m.place,
        m.chair_id,
        m.note_taker_id,
        _attendance_json(m.attendance),
        m.approved_at,
        m.approved_by,
    )


def insert_meeting(conn: db.Connection, m: Meeting, by: str) -> None:
    now = utc_now()
    conn.execute(
        f"INSERT INTO meetings ({_MEETING_COLUMNS}, created_at, created_by, updated_at, "
        f"updated_by) VALUES ({','.join('?' * 14)})",
        (m.id, *_meeting_values(m), now, by, now, by),
    )


def update_meeting(conn: db.Connection, m: Meeting, by: str) -> None:
    columns = _MEETING_COLUMNS.split(", ")[1:]
    conn.execute(
        f"UPDATE meetings SET {', '.join(c + ' = ?' for c in columns)}, updated_at = ?, "
        "updated_by = ? WHERE id = ?",
        (*_meeting_values(m), utc_now(), by, m.id),
    )


def get_meeting(conn: db.Connection, meeting_id: str) -> Meeting:
    row = conn.execute(
        f"SELECT {_MEETING_COLUMNS} FROM meetings WHERE id = ? AND deleted_at IS NULL",
        (meeting_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError("That meeting does not exist in this case file.")
    return _with_partners(_meeting(row), _partners(conn, meeting_id))


def list_meetings(conn: db.Connection) -> list[Meeting]:
    """Newest first."""
    partners = _partners(conn)
    return [
        _with_partners(_meeting(r), partners)
        for r in conn.execute(
            f"SELECT {_MEETING_COLUMNS} FROM meetings WHERE deleted_at IS NULL "
            "ORDER BY held_on DESC, starts_at DESC"
        )
    ]


def _partners(conn: db.Connection, meeting_id: str | None = None) -> dict[str, list[str]]:
    """Meeting id -> the partners present (contact ids, in the order recorded; two laptops
    that both recorded one partner give two rows, read as one)."""
    where = "AND meeting_id = ?" if meeting_id else ""
    found: dict[str, list[str]] = {}
    for meeting, contact in conn.execute(
        f"SELECT meeting_id, contact_id FROM meeting_partners WHERE deleted_at IS NULL {where} "
        "ORDER BY created_at, id",
        (meeting_id,) if meeting_id else (),
    ):
        if contact not in found.setdefault(meeting, []):
            found[meeting].append(contact)
    return found


def _with_partners(m: Meeting, partners: dict[str, list[str]]) -> Meeting:
    return replace(m, attendance=replace(m.attendance, partners=tuple(partners.get(m.id, ()))))


def set_partners(
    conn: db.Connection, meeting_id: str, contact_ids: tuple[str, ...], by: str
) -> None:
    """The partners present: rows of those no longer present are soft-deleted, new ones
    added; a partner still present keeps their row."""
    now = utc_now()
    keep = set(contact_ids)
    rows = conn.execute(
        "SELECT id, contact_id FROM meeting_partners WHERE meeting_id = ? AND deleted_at IS NULL",
        (meeting_id,),
    ).fetchall()
    for row_id, contact_id in rows:
        if contact_id not in keep:
            conn.execute(
                "UPDATE meeting_partners SET deleted_at = ?, updated_at = ?, updated_by = ? "
                "WHERE id = ?",
                (now, now, by, row_id),
            )
    there = {contact_id for _row_id, contact_id in rows}
    for contact_id in contact_ids:
        if contact_id not in there:
            conn.execute(
                "INSERT INTO meeting_partners (id, meeting_id, contact_id, created_at, "
                "created_by, updated_at, updated_by) VALUES (?,?,?,?,?,?,?)",
                (new_id(), meeting_id, contact_id, now, by, now, by),
            )


def replace_agenda(conn: db.Connection, meeting_id: str, items: list[AgendaItem], by: str) -> None:
    """The agenda as the chair arranged it: kept items are updated in place (their decisions
    and action items point at them), removed ones are soft-deleted, new ones inserted."""
    now = utc_now()
    keep = {item.id for item in items}
    for (old_id,) in conn.execute(
        "SELECT id FROM agenda_items WHERE meeting_id = ? AND deleted_at IS NULL", (meeting_id,)
    ).fetchall():
        if old_id not in keep:
            conn.execute(
                "UPDATE agenda_items SET deleted_at = ?, updated_at = ?, updated_by = ? "
                "WHERE id = ?",
                (now, now, by, old_id),
            )
    for position, item in enumerate(items):
        cursor = conn.execute(
            "INSERT INTO agenda_items (id, meeting_id, position, kind, case_id, title, reason, "
            "minutes, created_at, created_by, updated_at, updated_by) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
            "position = excluded.position, title = excluded.title, reason = excluded.reason, "
            "minutes = excluded.minutes, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by, deleted_at = NULL "
            "WHERE agenda_items.meeting_id = excluded.meeting_id "
            "AND agenda_items.kind = excluded.kind "
            "AND agenda_items.case_id IS excluded.case_id",
            (
                item.id,
                meeting_id,
                position,
                item.kind.value,
                item.case_id,
                item.title,
                item.reason,
                item.minutes,
                now,
                by,
                now,
                by,
            ),
        )
        if cursor.rowcount != 1:  # the id is another meeting's item, or its case was changed
            raise NotFoundError("That agenda item does not belong to this meeting as it is.")


def agenda_of(conn: db.Connection, meeting_id: str) -> list[AgendaItem]:
    return [
        AgendaItem(
            id=r[0], kind=AgendaKind(r[1]), title=r[2], reason=r[3], case_id=r[4], minutes=r[5]
        )
        for r in conn.execute(
            "SELECT id, kind, title, reason, case_id, minutes FROM agenda_items "
            "WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position",
            (meeting_id,),
        )
    ]


def insert_decision(conn: db.Connection, meeting_id: str, d: Decision, by: str) -> None:
    now = utc_now()
    conn.execute(
        "INSERT INTO decisions (id, meeting_id, agenda_item_id, decision, rationale, dissent, "
        "created_at, created_by, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (d.id, meeting_id, d.agenda_item_id, d.decision, d.rationale, d.dissent, now, by, now, by),
    )


def referenced_items(conn: db.Connection, meeting_id: str) -> set[str]:
    """Agenda items that carry a decision or an action item: they stay on the agenda."""
    return {
        r[0]
        for r in conn.execute(
            "SELECT agenda_item_id FROM decisions WHERE meeting_id = ? AND deleted_at IS NULL "
            "UNION SELECT agenda_item_id FROM action_items WHERE meeting_id = ? "
            "AND deleted_at IS NULL AND agenda_item_id IS NOT NULL",
            (meeting_id, meeting_id),
        )
    }


def decisions_of(conn: db.Connection, meeting_id: str) -> list[Decision]:
    return [
        Decision(id=r[0], agenda_item_id=r[1], decision=r[2], rationale=r[3], dissent=r[4])
        for r in conn.execute(
            "SELECT id, agenda_item_id, decision, rationale, dissent FROM decisions "
            "WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY created_at",
            (meeting_id,),
        )
    ]


_ACTION_COLUMNS = (
    "id, kind, what, assignee_id, due_on, case_id, meeting_id, agenda_item_id, done_on, linked_id"
)


def _action(r: Any) -> ActionItem:
    return ActionItem(
        id=r[0],
        kind=ActionKind(r[1]),
        what=r[2],
        assignee_id=r[3],
        due_on=_day(r[4]),
        case_id=r[5],
        meeting_id=r[6],
        agenda_item_id=r[7],
        done_on=_day(r[8]),
        linked_id=r[9],
    )


def insert_action(conn: db.Connection, a: ActionItem, by: str) -> None:
    now = utc_now()
    conn.execute(
        f"INSERT INTO action_items ({_ACTION_COLUMNS}, created_at, created_by, updated_at, "
        f"updated_by) VALUES ({','.join('?' * 14)})",
        (
            a.id,
            a.kind.value,
            a.what,
            a.assignee_id,
            _iso(a.due_on),
            a.case_id,
            a.meeting_id,
            a.agenda_item_id,
            _iso(a.done_on),
            a.linked_id,
            now,
            by,
            now,
            by,
        ),
    )


def set_action_done(conn: db.Connection, action_id: str, done_on: date | None, by: str) -> None:
    conn.execute(
        "UPDATE action_items SET done_on = ?, updated_at = ?, updated_by = ? WHERE id = ?",
        (_iso(done_on), utc_now(), by, action_id),
    )


def end_open_actions(conn: db.Connection, case_id: str, on: date, by: str) -> list[ActionItem]:
    """Tick off a case's open meeting tasks (its closing ends them); returns those ended."""
    ended = [a for a in open_actions(conn) if a.case_id == case_id]
    for action in ended:
        set_action_done(conn, action.id, on, by)
    return ended


def get_action(conn: db.Connection, action_id: str) -> ActionItem:
    row = conn.execute(
        f"SELECT {_ACTION_COLUMNS} FROM action_items WHERE id = ? AND deleted_at IS NULL",
        (action_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError("That action item does not exist in this case file.")
    return _action(row)


def actions_of_meeting(conn: db.Connection, meeting_id: str) -> list[ActionItem]:
    return [
        _action(r)
        for r in conn.execute(
            f"SELECT {_ACTION_COLUMNS} FROM action_items WHERE meeting_id = ? "
            "AND deleted_at IS NULL ORDER BY created_at",
            (meeting_id,),
        )
    ]


def open_actions(conn: db.Connection, assignee_id: str | None = None) -> list[ActionItem]:
    """Plain tasks not yet done (interventions and inquiry items are tracked in their case)."""
    where = "kind = 'task' AND done_on IS NULL AND deleted_at IS NULL"
    args: tuple[Any, ...] = ()
    if assignee_id is not None:
        where += " AND assignee_id = ?"
        args = (assignee_id,)
    return [
        _action(r)
        for r in conn.execute(f"SELECT {_ACTION_COLUMNS} FROM action_items WHERE {where}", args)
    ]


def actions_of_case(conn: db.Connection, case_id: str) -> list[ActionItem]:
    return [
        _action(r)
        for r in conn.execute(
            f"SELECT {_ACTION_COLUMNS} FROM action_items WHERE case_id = ? "
            "AND deleted_at IS NULL ORDER BY created_at",
            (case_id,),
        )
    ]


def insert_addendum(conn: db.Connection, meeting_id: str, a: Addendum, by: str) -> None:
    conn.execute(
        "INSERT INTO minutes_addenda (id, meeting_id, text, created_at, created_by, updated_at, "
        "updated_by) VALUES (?,?,?,?,?,?,?)",
        (a.id, meeting_id, a.text, a.added_at, by, a.added_at, by),
    )


def addenda_of(conn: db.Connection, meeting_id: str) -> list[Addendum]:
    return [
        Addendum(id=r[0], text=r[1], added_at=r[2], added_by=r[3])
        for r in conn.execute(
            "SELECT id, text, created_at, created_by FROM minutes_addenda "
            "WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY created_at",
            (meeting_id,),
        )
    ]
