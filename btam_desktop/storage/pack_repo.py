"""District pack sources stored in the case file."""

from __future__ import annotations

from btam_desktop.domain.records import utc_now
from btam_desktop.storage import db


def save(conn: db.Connection, pack_id: str, file_name: str, source: str, by: str) -> None:
    now = utc_now()
    conn.execute(
        "INSERT INTO district_packs (id, file_name, source, created_at, created_by, updated_at, "
        "updated_by) VALUES (?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
        "file_name = excluded.file_name, source = excluded.source, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by, deleted_at = NULL",
        (pack_id, file_name, source, now, by, now, by),
    )


def sources(conn: db.Connection) -> list[tuple[str, str]]:
    """(file name, TOML text) of every district pack."""
    return [
        (str(r[0]), str(r[1]))
        for r in conn.execute(
            "SELECT file_name, source FROM district_packs WHERE deleted_at IS NULL ORDER BY id"
        )
    ]
