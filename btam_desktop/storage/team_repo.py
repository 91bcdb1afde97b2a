"""Team and members, as rows of the encrypted database."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from typing import Any

from btam_desktop.domain.errors import NotFoundError
from btam_desktop.domain.records import utc_now
from btam_desktop.domain.team import Member, Role, Team, TeamSettings
from btam_desktop.storage import db


def get_team(conn: db.Connection) -> Team:
    row = conn.execute(
        "SELECT id, school, district, pack_id, settings_json, last_backup_at FROM team "
        "WHERE deleted_at IS NULL"
    ).fetchone()
    if row is None:
        raise NotFoundError("This case file has no team record.")
    return Team(
        id=row[0],
        school=row[1],
        district=row[2],
        pack_id=row[3],
        settings=TeamSettings(**json.loads(row[4])),
        last_backup_at=row[5],
    )


def update_team(conn: db.Connection, team: Team, member_id: str) -> None:
    """School, district, model and settings. The last backup is a fact, set by
    `record_backup` only."""
    settings = asdict(team.settings)
    conn.execute(
        "UPDATE team SET school = ?, district = ?, pack_id = ?, settings_json = ?, updated_at = ?, "
        "updated_by = ? WHERE id = ?",
        (
            team.school,
            team.district,
            team.pack_id,
            json.dumps(settings),
            utc_now(),
            member_id,
            team.id,
        ),
    )


def record_backup(conn: db.Connection, at: str) -> None:
    """A backup was written, opened and checked clean at `at`. Not an edit of the team record
    (its updated_at stays); the audit log says who made it."""
    conn.execute("UPDATE team SET last_backup_at = ? WHERE deleted_at IS NULL", (at,))


_MEMBER_COLUMNS = (
    "id, name, role, disciplines_json, active, is_lead, contact, active_from, active_to"
)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _member(row: Any) -> Member:
    return Member(
        id=row[0],
        name=row[1],
        role=Role(row[2]),
        disciplines=tuple(json.loads(row[3])),
        active=bool(row[4]),
        is_lead=bool(row[5]),
        contact=row[6],
        active_from=_day(row[7]),
        active_to=_day(row[8]),
    )


def _member_values(member: Member) -> tuple[Any, ...]:
    return (
        member.id,
        member.name,
        member.role.value,
        json.dumps(list(member.disciplines), ensure_ascii=False),
        int(member.active),
        int(member.is_lead),
        member.contact,
        member.active_from.isoformat() if member.active_from else None,
        member.active_to.isoformat() if member.active_to else None,
    )


def list_members(conn: db.Connection, *, include_inactive: bool = False) -> list[Member]:
    where = "deleted_at IS NULL" + ("" if include_inactive else " AND active = 1")
    return [
        _member(r)
        for r in conn.execute(
            f"SELECT {_MEMBER_COLUMNS} FROM members WHERE {where} ORDER BY created_at"
        )
    ]


def get_member(conn: db.Connection, member_id: str) -> Member:
    row = conn.execute(
        f"SELECT {_MEMBER_COLUMNS} FROM members WHERE id = ?", (member_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError("That team member does not exist in this case file.")
    return _member(row)


def insert_member(conn: db.Connection, member: Member, by: str) -> None:
    now = utc_now()
    conn.execute(
        f"INSERT INTO members ({_MEMBER_COLUMNS}, created_at, created_by, updated_at, updated_by) "
        f"VALUES ({','.join('?' * 13)})",
        (*_member_values(member), now, by, now, by),
    )


def update_member(conn: db.Connection, member: Member, by: str) -> None:
    """Roster details only: name, lead flag and key slot stay with the key file."""
    _, _, role, disciplines, _, _, contact, active_from, active_to = _member_values(member)
    conn.execute(
        "UPDATE members SET role = ?, disciplines_json = ?, contact = ?, active_from = ?, "
        "active_to = ?, updated_at = ?, updated_by = ? WHERE id = ?",
        (role, disciplines, contact, active_from, active_to, utc_now(), by, member.id),
    )
