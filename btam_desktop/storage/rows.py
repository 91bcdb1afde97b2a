"""One writer for the rows a list of things keeps (contacts, services, staff): insert a new
one, or update the fields of one already there, with who and when. A row's columns are named
once, by its repository; this says how such a row is written."""

from __future__ import annotations

from collections.abc import Mapping

from btam_desktop.domain.records import utc_now
from btam_desktop.storage import db

#: What a column of such a row may hold.
Value = str | int | None


def save(
    conn: db.Connection, table: str, row_id: str, fields: Mapping[str, Value], by: str
) -> bool:
    """Insert row `row_id` of `table` with `fields`, or update them if it exists (a removed
    row too: its id is its identity); returns True when the row is new. Only the named
    fields change, so a column a newer version added keeps its value."""
    now = utc_now()
    exists = conn.execute(f'SELECT 1 FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
    if exists is not None:
        sets = ", ".join(f'"{name}" = ?' for name in fields)
        conn.execute(
            f'UPDATE "{table}" SET {sets}, updated_at = ?, updated_by = ? WHERE id = ?',
            (*fields.values(), now, by, row_id),
        )
        return False
    names = ", ".join(f'"{name}"' for name in ("id", *fields))
    marks = ",".join("?" * (len(fields) + 5))
    conn.execute(
        f'INSERT INTO "{table}" ({names}, created_at, created_by, updated_at, updated_by) '
        f"VALUES ({marks})",
        (row_id, *fields.values(), now, by, now, by),
    )
    return True
