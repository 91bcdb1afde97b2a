"""Other staff, outside providers and the team's partners, as rows of the encrypted
database."""

from __future__ import annotations

from datetime import date
from typing import Any

from btam_desktop.domain.contact import Contact, ContactKind
from btam_desktop.domain.errors import NotFoundError
from btam_desktop.domain.records import utc_now
from btam_desktop.storage import db, rows

_COLUMNS = "id, name, kind, role, organization, contact, notes, agreement_on, agreement_until"
_READ = f"{_COLUMNS}, deleted_at IS NOT NULL"


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _contact(r: Any) -> Contact:
    return Contact(
        id=r[0],
        name=r[1],
        kind=ContactKind(r[2]),
        role=r[3],
        organization=r[4],
        contact=r[5],
        notes=r[6],
        agreement_on=_day(r[7]),
        agreement_until=_day(r[8]),
        removed=bool(r[9]),
    )


def list_contacts(conn: db.Connection, *, include_removed: bool = False) -> list[Contact]:
    where = "" if include_removed else "WHERE deleted_at IS NULL"
    return [
        _contact(r)
        for r in conn.execute(f"SELECT {_READ} FROM contacts {where} ORDER BY name COLLATE NOCASE")
    ]


def get_contact(conn: db.Connection, contact_id: str) -> Contact:
    row = conn.execute(f"SELECT {_READ} FROM contacts WHERE id = ?", (contact_id,)).fetchone()
    if row is None:
        raise NotFoundError("That person is not in the list of other staff and providers.")
    return _contact(row)


def save(conn: db.Connection, c: Contact, by: str) -> bool:
    """Insert or update; returns True when it was new."""
    return rows.save(
        conn,
        "contacts",
        c.id,
        {
            "name": c.name,
            "kind": c.kind.value,
            "role": c.role,
            "organization": c.organization,
            "contact": c.contact,
            "notes": c.notes,
            "agreement_on": c.agreement_on.isoformat() if c.agreement_on else None,
            "agreement_until": c.agreement_until.isoformat() if c.agreement_until else None,
        },
        by,
    )


def remove(conn: db.Connection, contact_id: str, by: str) -> None:
    """Soft delete: plans and check-ins that named them keep the name."""
    now = utc_now()
    conn.execute(
        "UPDATE contacts SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?",
        (now, now, by, contact_id),
    )
