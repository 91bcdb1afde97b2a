"""Schema 12: retention. A lead's legal holds on a case (placed with a reason and a date,
lifted with a reason: the row stays, so the hold's history does) and the team's "keep"
decisions on a case due for destruction or review (a written reason and the next review date).
Both belong to their case and are destroyed with it."""

from __future__ import annotations

from btam_desktop.storage import db

VERSION = 12

_RECORD = """
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted_at TEXT
"""

STATEMENTS = (
    f"""CREATE TABLE retention_holds (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        reason TEXT NOT NULL,
        placed_on TEXT NOT NULL,
        lifted_on TEXT,
        lift_reason TEXT NOT NULL DEFAULT '',
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX retention_holds_case ON retention_holds(case_id)",
    f"""CREATE TABLE retention_keeps (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        reason TEXT NOT NULL,
        decided_on TEXT NOT NULL,
        review_on TEXT NOT NULL,
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX retention_keeps_case ON retention_keeps(case_id)",
)


def apply(conn: db.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
