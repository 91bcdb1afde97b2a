"""Schema 15: the team's partners from outside agencies. A contact of the kind `partner` (a
community clinician, a probation officer) records the written agreement they work under (the
day it was signed, its last day); `meeting_partners` records which partners were at a meeting,
one row per partner, beside the members and guests of `meetings.attendance_json`. A row per
partner (not a key in the JSON) so that two laptops recording attendance each add their own
rows and a removed partner is a soft delete, as everywhere."""

from __future__ import annotations

from btam_desktop.storage import db

VERSION = 15

_RECORD = """
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted_at TEXT
"""

STATEMENTS = (
    "ALTER TABLE contacts ADD COLUMN agreement_on TEXT",
    "ALTER TABLE contacts ADD COLUMN agreement_until TEXT",
    f"""CREATE TABLE meeting_partners (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id),
        contact_id TEXT NOT NULL REFERENCES contacts(id),
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX meeting_partners_meeting ON meeting_partners(meeting_id)",
)


def apply(conn: db.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
