"""Schema 1: team, members, cases, persons, status changes, drafts, audit log, meta.
Released in 0.1.0."""

from __future__ import annotations

from btam_desktop.storage import db

VERSION = 1

_RECORD = """
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted_at TEXT
"""

SCHEMA = f"""
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE team (
    id TEXT PRIMARY KEY,
    school TEXT NOT NULL,
    district TEXT NOT NULL,
    pack_id TEXT NOT NULL,
    settings_json TEXT NOT NULL,
    {_RECORD}
) STRICT;

CREATE TABLE members (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    disciplines_json TEXT NOT NULL DEFAULT '[]',
    active INTEGER NOT NULL DEFAULT 1,
    is_lead INTEGER NOT NULL DEFAULT 0,
    {_RECORD}
) STRICT;

CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    school_year INTEGER NOT NULL,
    status TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    level_of_concern TEXT NOT NULL DEFAULT '',
    case_manager_id TEXT REFERENCES members(id),
    next_review TEXT,
    closed_on TEXT,
    closure_reason TEXT NOT NULL DEFAULT '',
    {_RECORD}
) STRICT;
CREATE INDEX cases_status ON cases(status);
CREATE INDEX cases_year ON cases(school_year);

CREATE TABLE persons (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    grade TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    {_RECORD}
) STRICT;
CREATE INDEX persons_case ON persons(case_id);

-- Every move along the workflow, with the written reason for closing and reopening.
CREATE TABLE status_changes (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL,
    changed_by TEXT REFERENCES members(id)
) STRICT;
CREATE INDEX status_changes_case ON status_changes(case_id);

-- Unsaved form text kept through an auto-lock, for the same member only.
CREATE TABLE drafts (
    member_id TEXT NOT NULL REFERENCES members(id),
    form_key TEXT NOT NULL,
    payload_json TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (member_id, form_key)
) STRICT;

-- Append-only by code path; each row's mac chains to the previous one.
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    ts TEXT NOT NULL,
    member_id TEXT,
    action TEXT NOT NULL,
    entity TEXT NOT NULL DEFAULT '',
    entity_id TEXT NOT NULL DEFAULT '',
    case_id TEXT NOT NULL DEFAULT '',
    detail_json TEXT NOT NULL DEFAULT '{{}}',
    prev_mac TEXT NOT NULL,
    mac TEXT NOT NULL
) STRICT;
CREATE INDEX audit_case ON audit(case_id);
"""


def apply(conn: db.Connection) -> None:
    for statement in SCHEMA.split(";\n"):
        if statement.strip():
            conn.execute(statement)
