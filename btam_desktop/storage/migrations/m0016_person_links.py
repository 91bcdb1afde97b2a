"""Schema 16: one student across cases. A person record (a case's student) can be said to be
the same person as another case's student: at intake ("Is this the same …?") or by a lead's
merge. The link is never deleted when it is undone ("separate"): `undone_at`/`undone_by` say
when and who, so the history of who said what stays. Links go with the cases they name when a
case is destroyed (`storage/retention_repo.rows_of_case`)."""

from __future__ import annotations

from btam_desktop.storage import db

VERSION = 16

STATEMENTS = (
    """CREATE TABLE person_links (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES persons(id),
        same_as_id TEXT NOT NULL REFERENCES persons(id),
        undone_at TEXT,
        undone_by TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT,
        updated_at TEXT NOT NULL,
        updated_by TEXT,
        deleted_at TEXT
    ) STRICT""",
    "CREATE INDEX person_links_person ON person_links(person_id)",
    "CREATE INDEX person_links_same_as ON person_links(same_as_id)",
)


def apply(conn: db.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
