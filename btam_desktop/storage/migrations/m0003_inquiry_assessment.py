"""Schema 3: fact-finding checklists, interview notes, and versioned assessments (each
recording the pack and pack version it was made under, so old cases keep rendering)."""

from __future__ import annotations

from btam_desktop.storage import db

VERSION = 3

_RECORD = """
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted_at TEXT
"""

STATEMENTS = (
    f"""CREATE TABLE inquiry_items (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        pack_id TEXT NOT NULL DEFAULT '',
        pack_item_id TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        help TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        assignee_id TEXT REFERENCES members(id),
        due_on TEXT,
        status TEXT NOT NULL DEFAULT 'not_started',
        findings TEXT NOT NULL DEFAULT '',
        sources TEXT NOT NULL DEFAULT '',
        found_on TEXT,
        corroborated INTEGER NOT NULL DEFAULT 0,
        evidence_ids_json TEXT NOT NULL DEFAULT '[]',
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX inquiry_items_case ON inquiry_items(case_id)",
    f"""CREATE TABLE interviews (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        interviewee_role TEXT NOT NULL,
        interviewee TEXT NOT NULL,
        held_on TEXT NOT NULL,
        interviewer_id TEXT REFERENCES members(id),
        others_present TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX interviews_case ON interviews(case_id)",
    f"""CREATE TABLE assessments (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        version INTEGER NOT NULL,
        pack_id TEXT NOT NULL,
        pack_version TEXT NOT NULL,
        pack_snapshot_json TEXT NOT NULL,
        assessed_on TEXT NOT NULL,
        answers_json TEXT NOT NULL,
        level_id TEXT NOT NULL,
        rationale TEXT NOT NULL,
        present_json TEXT NOT NULL,
        dissent_json TEXT NOT NULL DEFAULT '[]',
        risk_factors_json TEXT NOT NULL DEFAULT '[]',
        protective_factors_json TEXT NOT NULL DEFAULT '[]',
        requirements_json TEXT NOT NULL DEFAULT '[]',
        {_RECORD},
        UNIQUE (case_id, version)
    ) STRICT""",
)


def apply(conn: db.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
