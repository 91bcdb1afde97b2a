"""Schema 13: received records. A transfer packet a team imported (a student who moved here
from another school) becomes a new case; the packet's content is kept beside it as the
sending team wrote it: which school, sent on which day, received when, and the content as
JSON (`domain/transfer.py`). Read-only history: rows are only ever added, and belong to their
case (destroyed with it)."""

from __future__ import annotations

from btam_desktop.storage import db

VERSION = 13

STATEMENTS = (
    """CREATE TABLE received_records (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        from_school TEXT NOT NULL,
        sent_on TEXT NOT NULL,
        received_at TEXT NOT NULL,
        content_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT,
        updated_at TEXT NOT NULL,
        updated_by TEXT,
        deleted_at TEXT
    ) STRICT""",
    "CREATE INDEX received_records_case ON received_records(case_id)",
)


def apply(conn: db.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
