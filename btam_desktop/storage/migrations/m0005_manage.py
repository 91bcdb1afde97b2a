"""Schema 5: versioned support plans, the notifications log, check-ins, reviews and closures."""

from __future__ import annotations

from btam_desktop.storage import db

VERSION = 5

_RECORD = """
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted_at TEXT
"""

STATEMENTS = (
    f"""CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        version INTEGER NOT NULL,
        goals TEXT NOT NULL DEFAULT '',
        interventions_json TEXT NOT NULL,
        {_RECORD},
        UNIQUE (case_id, version)
    ) STRICT""",
    f"""CREATE TABLE notifications (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        recipient TEXT NOT NULL,
        recipient_name TEXT NOT NULL DEFAULT '',
        notified_on TEXT NOT NULL,
        by_id TEXT REFERENCES members(id),
        method TEXT NOT NULL DEFAULT '',
        shared TEXT NOT NULL DEFAULT '',
        legal_basis TEXT NOT NULL,
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX notifications_case ON notifications(case_id)",
    f"""CREATE TABLE checkins (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        held_on TEXT NOT NULL,
        by_id TEXT REFERENCES members(id),
        observations TEXT NOT NULL DEFAULT '',
        trend TEXT NOT NULL,
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX checkins_case ON checkins(case_id)",
    f"""CREATE TABLE reviews (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        held_on TEXT NOT NULL,
        attendees_json TEXT NOT NULL,
        progress TEXT NOT NULL DEFAULT '',
        decision TEXT NOT NULL,
        next_review TEXT,
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX reviews_case ON reviews(case_id)",
    f"""CREATE TABLE closures (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        checklist_json TEXT NOT NULL,
        summary TEXT NOT NULL,
        watcher TEXT NOT NULL DEFAULT '',
        {_RECORD}
    ) STRICT""",
)


def apply(conn: db.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
