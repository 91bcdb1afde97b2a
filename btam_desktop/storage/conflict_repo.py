"""What a conflict's versions started from: read from the versions' `replaces` links.

Every version names the versions its author saw (`sync_versions.replaces_json`). Two live
versions of one field were written from a common one: the newest version that every live
version replaces. It is still stored (retired, `live = 0`), or it is the field's implicit base
(`base.table.row.field`, stored when a write first replaced it). When the versions name no
common one (a laptop that wrote the field without seeing it, or history compacted away), the
base is not known, and the dialog says so rather than guessing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from btam_desktop.storage import db, sync_schema
from btam_desktop.storage.sync_capture import decode_body
from btam_desktop.storage.sync_merge import Version


def replaced_by(
    conn: db.Connection, table: str, row_id: str, field: str, version_id: str
) -> set[str]:
    row = conn.execute(
        "SELECT replaces_json FROM sync_versions WHERE tbl = ? AND row_id = ? AND field = ? "
        "AND version_id = ?",
        (table, row_id, field, version_id),
    ).fetchone()
    if row is None or not row[0]:
        return set()
    return set(json.loads(row[0]).get("replaces", []))


def base_of(
    conn: db.Connection, table: str, row_id: str, field: str, versions: Sequence[Version]
) -> Version | None:
    """The newest stored version every one of `versions` replaces (None: not known)."""
    if len(versions) < 2:
        return None
    common = set.intersection(
        *(replaced_by(conn, table, row_id, field, v.version_id) for v in versions)
    )
    if not common:
        return None
    marks = ",".join("?" * len(common))
    row = conn.execute(
        "SELECT version_id, hlc, member_id, value_json FROM sync_versions "
        f"WHERE tbl = ? AND row_id = ? AND field = ? AND version_id IN ({marks}) "
        "ORDER BY hlc DESC, version_id DESC LIMIT 1",
        (table, row_id, field, *sorted(common)),
    ).fetchone()
    if row is None:
        return None
    return Version(version_id=row[0], hlc=row[1], member_id=row[2], value=json.loads(row[3]))


def member_names(conn: db.Connection) -> dict[str, str]:
    """Every member's name by id, former members too (versions keep their author)."""
    return {str(r[0]): str(r[1]) for r in conn.execute("SELECT id, name FROM members")}


def case_numbers(conn: db.Connection) -> dict[str, str]:
    """Every case's number by id, for naming where a conflict or a held change lives."""
    return {str(r[0]): str(r[1]) for r in conn.execute("SELECT id, number FROM cases")}


def laptop_of(conn: db.Connection, version_id: str) -> str:
    """The name the writing laptop's member gave it, from the op that made `version_id`
    ("" when it has none, or for a value from before sync)."""
    origin, _, rest = version_id.partition(".")
    seq = rest.partition(".")[0]
    if origin == "base" or not seq.isdigit():
        return ""
    row = conn.execute(
        "SELECT body FROM sync_ops WHERE origin = ? AND seq = ?", (origin, int(seq))
    ).fetchone()
    return str(decode_body(bytes(row[0])).get("laptop", "")) if row else ""


def deleted_at(conn: db.Connection, table: str, row_id: str) -> tuple[bool, str | None]:
    """(whether the record is here, when it was deleted) for a record of a table that is
    deleted softly; (False, None) for any other table."""
    if table not in sync_schema.COLUMNS or "deleted_at" not in sync_schema.captured_columns(table):
        return False, None
    row = conn.execute(f'SELECT deleted_at FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
    return (False, None) if row is None else (True, None if row[0] is None else str(row[0]))
