"""Schema 14: all-staff awareness training. The school's staff list (not the team: names, role,
department, the day someone was marked as no longer at the school), the sessions held, and who
attended each: one row per person and session, only ever added or taken back (soft delete), so
two laptops ticking different people in one session both keep theirs."""

from __future__ import annotations

from btam_desktop.storage import db

VERSION = 14

_RECORD = """
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted_at TEXT
"""

STATEMENTS = (
    f"""CREATE TABLE awareness_staff (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '',
        left_on TEXT,
        {_RECORD}
    ) STRICT""",
    f"""CREATE TABLE awareness_sessions (
        id TEXT PRIMARY KEY,
        held_on TEXT NOT NULL,
        led_by TEXT NOT NULL,
        topic TEXT NOT NULL,
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX awareness_sessions_held ON awareness_sessions(held_on)",
    f"""CREATE TABLE awareness_attendance (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES awareness_sessions(id),
        staff_id TEXT NOT NULL REFERENCES awareness_staff(id),
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX awareness_attendance_session ON awareness_attendance(session_id)",
)


def apply(conn: db.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
