"""Schema 4: district packs kept inside the case file, so every member's laptop has the same
model (the TOML text as imported; it is validated again each time it is read)."""

from __future__ import annotations

from btam_desktop.storage import db

VERSION = 4


def apply(conn: db.Connection) -> None:
    conn.execute(
        """CREATE TABLE district_packs (
            id TEXT PRIMARY KEY,
            file_name TEXT NOT NULL,
            source TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT,
            updated_at TEXT NOT NULL,
            updated_by TEXT,
            deleted_at TEXT
        ) STRICT"""
    )
