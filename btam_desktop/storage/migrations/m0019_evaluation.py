"""Schema 19: program evaluation (issue 21). Per case, the student's race/ethnicity, sex,
disability category and English learner status, and the case's outcomes (services connected,
discipline, law enforcement; harm to self has its own mark, schema 20): a table of its own,
so no case document's
snapshot reads it. Per school year, the school's enrollment as typed in. Every field is
optional: '' or NULL is "not recorded"."""

from __future__ import annotations

from btam_desktop.storage import db

VERSION = 19

_RECORD = """
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted_at TEXT
"""

STATEMENTS = (
    f"""CREATE TABLE evaluation (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        hispanic INTEGER,
        races TEXT NOT NULL DEFAULT '',
        sex TEXT NOT NULL DEFAULT '',
        disability TEXT NOT NULL DEFAULT '',
        english_learner INTEGER,
        services TEXT NOT NULL DEFAULT '',
        discipline TEXT NOT NULL DEFAULT '',
        law_enforcement TEXT NOT NULL DEFAULT '',
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX evaluation_case ON evaluation(case_id)",
    f"""CREATE TABLE enrollment (
        id TEXT PRIMARY KEY,
        school_year INTEGER NOT NULL,
        total INTEGER NOT NULL,
        counts_json TEXT NOT NULL DEFAULT '[]',
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX enrollment_year ON enrollment(school_year)",
)


def apply(conn: db.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
