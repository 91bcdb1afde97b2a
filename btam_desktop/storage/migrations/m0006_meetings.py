"""Schema 6: the roster's contact and active dates, training records, meetings with their agenda,
attendance, decisions, action items and addenda, and the disclosure log of printed documents."""

from __future__ import annotations

from btam_desktop.storage import db

VERSION = 6

_RECORD = """
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted_at TEXT
"""

STATEMENTS = (
    "ALTER TABLE members ADD COLUMN contact TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE members ADD COLUMN active_from TEXT",
    "ALTER TABLE members ADD COLUMN active_to TEXT",
    f"""CREATE TABLE trainings (
        id TEXT PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES members(id),
        taken_on TEXT NOT NULL,
        course TEXT NOT NULL,
        provider TEXT NOT NULL DEFAULT '',
        hours REAL NOT NULL DEFAULT 0,
        expires_on TEXT NOT NULL,
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX trainings_member ON trainings(member_id)",
    f"""CREATE TABLE meetings (
        id TEXT PRIMARY KEY,
        held_on TEXT NOT NULL,
        starts_at TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        chair_id TEXT REFERENCES members(id),
        note_taker_id TEXT REFERENCES members(id),
        attendance_json TEXT NOT NULL DEFAULT '[]',
        approved_at TEXT,
        approved_by TEXT REFERENCES members(id),
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX meetings_held_on ON meetings(held_on)",
    f"""CREATE TABLE agenda_items (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id),
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        case_id TEXT REFERENCES cases(id),
        title TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        minutes INTEGER NOT NULL DEFAULT 5,
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position)",
    f"""CREATE TABLE decisions (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id),
        agenda_item_id TEXT NOT NULL REFERENCES agenda_items(id),
        decision TEXT NOT NULL,
        rationale TEXT NOT NULL DEFAULT '',
        dissent TEXT NOT NULL DEFAULT '',
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX decisions_meeting ON decisions(meeting_id)",
    f"""CREATE TABLE action_items (
        id TEXT PRIMARY KEY,
        meeting_id TEXT REFERENCES meetings(id),
        agenda_item_id TEXT REFERENCES agenda_items(id),
        case_id TEXT REFERENCES cases(id),
        kind TEXT NOT NULL,
        what TEXT NOT NULL,
        assignee_id TEXT REFERENCES members(id),
        due_on TEXT,
        done_on TEXT,
        linked_id TEXT,
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX action_items_assignee ON action_items(assignee_id, done_on)",
    "CREATE INDEX action_items_meeting ON action_items(meeting_id)",
    f"""CREATE TABLE minutes_addenda (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id),
        text TEXT NOT NULL,
        {_RECORD}
    ) STRICT""",
    f"""CREATE TABLE disclosures (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL,
        document TEXT NOT NULL,
        destination TEXT NOT NULL,
        case_id TEXT REFERENCES cases(id),
        meeting_id TEXT REFERENCES meetings(id),
        options_json TEXT NOT NULL DEFAULT '{{}}',
        recipient TEXT NOT NULL DEFAULT '',
        legal_basis TEXT NOT NULL DEFAULT '',
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX disclosures_case ON disclosures(case_id)",
)


def apply(conn: db.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
