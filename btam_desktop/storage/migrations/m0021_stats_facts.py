"""Schema 21: what program statistics count, kept per case (issue 21's speed budget).

`stats_facts`: one row per case (not deleted) with the facts the figures and the prevention view
count (days, codes, levels and the assessment's factors, as JSON), and the case's opened and
closed days to pick a period by. Counting them from nine tables took most of the Statistics
screen's 300 ms at 10,000 cases; one table is read in a tenth of that.

`stats_dirty`: the cases a write touched since the facts were last brought up to date. The
triggers below note them whatever wrote (a service, a sync apply, a purge); they are plain SQL
on tables of this file, so they are stored with it, and an app older than schema 21 never opens
the file. Every case starts noted: the first open after this step counts them all once."""

from __future__ import annotations

from btam_desktop.storage import db

VERSION = 21

#: The tables whose rows the facts are counted from, each naming its case in `case_id`.
SOURCES = (
    "referrals",
    "screenings",
    "assessments",
    "status_changes",
    "plans",
    "evaluation",
    "self_harm_marks",
)


def _noting(table: str, key: str, when: tuple[str, str, str] = ("", "", "")) -> list[str]:
    """Triggers that note the case of each row inserted, updated (both cases: a row may move)
    or deleted in `table`, whose case id is the column `key`; `when` narrows each."""
    insert, update, delete = when
    note = "INSERT OR IGNORE INTO stats_dirty (case_id) VALUES"
    return [
        f"CREATE TRIGGER stats_note_insert_{table} AFTER INSERT ON {table} {insert} "
        f"BEGIN {note} (NEW.{key}); END",
        f"CREATE TRIGGER stats_note_update_{table} AFTER UPDATE ON {table} {update} "
        f"BEGIN {note} (OLD.{key}), (NEW.{key}); END",
        f"CREATE TRIGGER stats_note_delete_{table} AFTER DELETE ON {table} {delete} "
        f"BEGIN {note} (OLD.{key}); END",
    ]


STATEMENTS = (
    """CREATE TABLE stats_facts (
        case_id TEXT PRIMARY KEY,
        opened_on TEXT NOT NULL,
        closed_on TEXT,
        case_facts TEXT NOT NULL,
        factor_facts TEXT
    ) STRICT""",
    "CREATE INDEX stats_facts_opened ON stats_facts(opened_on)",
    "CREATE INDEX stats_facts_closed ON stats_facts(closed_on)",
    "CREATE TABLE stats_dirty (case_id TEXT PRIMARY KEY) STRICT",
    *_noting("cases", "id"),
    *(statement for table in SOURCES for statement in _noting(table, "case_id")),
    # Of the people, only the student counts (the IEP or 504 plan the case records).
    *_noting(
        "persons",
        "case_id",
        (
            "WHEN NEW.role = 'subject'",
            "WHEN OLD.role = 'subject' OR NEW.role = 'subject'",
            "WHEN OLD.role = 'subject'",
        ),
    ),
    "INSERT INTO stats_dirty (case_id) SELECT id FROM cases",
)


def apply(conn: db.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
