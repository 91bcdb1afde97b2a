"""Schema 2: referrals (with the imminent-danger check), screening decisions, evidence kept
inside the encrypted file, student details on persons, and urgent cases."""

from __future__ import annotations

from btam_desktop.storage import db

VERSION = 2

_RECORD = """
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted_at TEXT
"""

STATEMENTS = (
    "ALTER TABLE cases ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE persons ADD COLUMN student_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE persons ADD COLUMN date_of_birth TEXT",
    "ALTER TABLE persons ADD COLUMN school TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE persons ADD COLUMN iep_504 INTEGER NOT NULL DEFAULT 0",
    f"""CREATE TABLE referrals (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        received_at TEXT NOT NULL,
        received_by TEXT REFERENCES members(id),
        channel TEXT NOT NULL,
        reporter_kind TEXT NOT NULL,
        reporter_name TEXT NOT NULL DEFAULT '',
        reporter_relationship TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        narrative TEXT NOT NULL DEFAULT '',
        verbatim TEXT NOT NULL DEFAULT '',
        weapon INTEGER NOT NULL DEFAULT 0,
        prior_concerns TEXT NOT NULL DEFAULT '',
        imminent INTEGER NOT NULL DEFAULT 0,
        emergency_actions TEXT NOT NULL DEFAULT '',
        targets_json TEXT NOT NULL DEFAULT '[]',
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX referrals_case ON referrals(case_id)",
    f"""CREATE TABLE screenings (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        decision TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        lead_id TEXT NOT NULL REFERENCES members(id),
        second_member_id TEXT NOT NULL REFERENCES members(id),
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX screenings_case ON screenings(case_id)",
    f"""CREATE TABLE evidence (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        referral_id TEXT REFERENCES referrals(id),
        stage TEXT NOT NULL,
        file_name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        content BLOB NOT NULL,
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX evidence_case ON evidence(case_id)",
)


def apply(conn: db.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
