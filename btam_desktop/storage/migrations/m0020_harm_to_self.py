"""Schema 20: harm to self. `self_harm_marks`: a case marked "risk of harm to self identified"
(the day, who, where: screening, assessment or the case page); removing the mark keeps the row
with when, who and why. `protocol_steps`: the steps of the school's suicide-risk protocol done
for a case (one row per step: the day, a member or a name, a note; the step's words as the
pack said them). `safety_plans`: the student's safety plan, one per case, edited in place."""

from __future__ import annotations

from btam_desktop.storage import db

VERSION = 20

_RECORD = """
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted_at TEXT
"""

STATEMENTS = (
    f"""CREATE TABLE self_harm_marks (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        identified_on TEXT NOT NULL,
        identified_by TEXT,
        source TEXT NOT NULL,
        cleared_at TEXT,
        cleared_by TEXT,
        clear_reason TEXT NOT NULL DEFAULT '',
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX self_harm_marks_case ON self_harm_marks(case_id)",
    f"""CREATE TABLE protocol_steps (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        step_id TEXT NOT NULL,
        label TEXT NOT NULL,
        done_on TEXT NOT NULL,
        by_id TEXT,
        by_name TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX protocol_steps_case ON protocol_steps(case_id)",
    f"""CREATE TABLE safety_plans (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        made_on TEXT NOT NULL,
        made_with TEXT NOT NULL DEFAULT '',
        warning_signs TEXT NOT NULL DEFAULT '',
        coping TEXT NOT NULL DEFAULT '',
        people_places TEXT NOT NULL DEFAULT '',
        adults TEXT NOT NULL DEFAULT '',
        crisis_line TEXT NOT NULL DEFAULT '',
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX safety_plans_case ON safety_plans(case_id)",
)


def apply(conn: db.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
