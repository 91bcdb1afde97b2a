"""Schema 7: each case keeps its own model, and its level of concern is stored as the level's id;
people outside the team (other staff, outside providers) have a list that plans, check-ins and
notifications can name.

Until now the team's model applied to every case, and an assessment wrote the level's *label*
("High concern") into the case while a hand-set level was an id ("high"), so filters and sorts
that compare ids missed assessed cases. Each case now records the model it is assessed under
(its latest assessment's, or the team's model at the time of this upgrade), and a label written
by an assessment is turned back into the id of that assessment's level.
"""

from __future__ import annotations

import json

from btam_desktop.storage import db

VERSION = 7

_RECORD = """
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted_at TEXT
"""

STATEMENTS = (
    f"""CREATE TABLE contacts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        organization TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        {_RECORD}
    ) STRICT""",
    "ALTER TABLE checkins ADD COLUMN contact_id TEXT REFERENCES contacts(id)",
    "ALTER TABLE notifications ADD COLUMN contact_id TEXT REFERENCES contacts(id)",
    # "Active since" was never filled in: a member was on the team from when they were added.
    "UPDATE members SET active_from = substr(created_at, 1, 10) WHERE active_from IS NULL",
)


def apply(conn: db.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
    conn.execute("ALTER TABLE cases ADD COLUMN pack_id TEXT NOT NULL DEFAULT ''")
    team_pack = conn.execute(
        "SELECT pack_id FROM team WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1"
    ).fetchone()
    latest = conn.execute(
        "SELECT a.case_id, a.pack_id, a.level_id, a.pack_snapshot_json FROM assessments a "
        "WHERE a.deleted_at IS NULL AND a.version = (SELECT max(version) FROM assessments b "
        "WHERE b.case_id = a.case_id AND b.deleted_at IS NULL)"
    ).fetchall()
    for case_id, pack_id, level_id, snapshot in latest:
        labels = {str(level["label"]): str(level["id"]) for level in json.loads(snapshot)["levels"]}
        (current,) = conn.execute(
            "SELECT level_of_concern FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        conn.execute(
            "UPDATE cases SET pack_id = ?, level_of_concern = ? WHERE id = ?",
            (pack_id, labels.get(current, current if current else level_id), case_id),
        )
    conn.execute(
        "UPDATE cases SET pack_id = ? WHERE pack_id = ''", (team_pack[0] if team_pack else "",)
    )
