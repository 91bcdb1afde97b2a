"""Schema 9: the operation log for team sync, and audit events chained per origin.

Each member's laptop will keep its own copy of the case file, and the copies will converge by
exchanging ops (docs/architecture.md, "Op log"). This step adds what that needs inside the
file, all of it local to this laptop (`sync_*` tables never travel as data):

- `sync_replica`: this laptop's replica id, its hybrid logical clock and its next op number;
- `sync_ops`: every op this copy has made or received, one per service transaction;
- `sync_versions`, `sync_replaced`, `sync_conflicts`, `sync_seen`, `sync_quarantine`: the
  merge engine's per-field versions, the version vector and what is held back (filled by the
  merge engine, a later step);
- audit events get `origin`, `origin_seq`, `hlc`, `prev_hash` and `hash`: a SHA-256 chain per
  laptop, which other laptops can verify without the data key. The events already in the file
  are chained here under the file's id as their origin (the history from before sync, shared
  by every copy made from this file). The local HMAC chain stays as it is.

Two uniqueness rules cannot hold once laptops work offline: two laptops both number a new case
`2026-0014`, and two both publish version 3 of a plan. They become plain indexes; the merge
engine turns a collision into a conflict a person resolves. SQLite cannot drop a UNIQUE
constraint, so `cases`, `plans` and `assessments` are rebuilt, inside the one migration
transaction: foreign keys are deferred, rows are moved out and back (the reinsert settles what
the delete counted against the children), and `foreign_key_check` must be clean before commit.
Plans and assessments also get `based_on_id`, the version each was made from (filled here from
the version numbers), so versions can form a tree rather than a line.
"""

from __future__ import annotations

import json
from datetime import datetime

from btam_desktop.domain import hlc
from btam_desktop.storage import db
from btam_desktop.storage.audit import GENESIS, origin_hash

VERSION = 9

_RECORD = """
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted_at TEXT
"""

SYNC_TABLES = (
    """CREATE TABLE sync_replica (
        replica_id TEXT PRIMARY KEY,
        member_id TEXT,
        hlc TEXT NOT NULL,
        next_seq INTEGER NOT NULL
    ) STRICT""",
    """CREATE TABLE sync_ops (
        origin TEXT NOT NULL,
        seq INTEGER NOT NULL,
        op_id TEXT NOT NULL UNIQUE,
        hlc TEXT NOT NULL,
        member_id TEXT,
        intent TEXT NOT NULL,
        body BLOB NOT NULL,
        PRIMARY KEY (origin, seq)
    ) STRICT""",
    "CREATE INDEX sync_ops_hlc ON sync_ops(hlc, origin)",
    """CREATE TABLE sync_versions (
        tbl TEXT NOT NULL,
        row_id TEXT NOT NULL,
        field TEXT NOT NULL,
        version_id TEXT NOT NULL,
        hlc TEXT NOT NULL,
        member_id TEXT,
        value_json TEXT NOT NULL,
        replaces_json TEXT NOT NULL DEFAULT '[]',
        live INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (tbl, row_id, field, version_id)
    ) STRICT""",
    "CREATE TABLE sync_replaced (version_id TEXT PRIMARY KEY) STRICT",
    """CREATE TABLE sync_conflicts (
        tbl TEXT NOT NULL,
        row_id TEXT NOT NULL,
        field TEXT NOT NULL,
        kind TEXT NOT NULL,
        case_id TEXT,
        detected_hlc TEXT NOT NULL,
        PRIMARY KEY (tbl, row_id, field)
    ) STRICT""",
    """CREATE TABLE sync_seen (
        origin TEXT PRIMARY KEY,
        member_id TEXT,
        max_seq INTEGER NOT NULL,
        head_hash TEXT NOT NULL,
        last_hlc TEXT NOT NULL
    ) STRICT""",
    """CREATE TABLE sync_quarantine (
        origin TEXT NOT NULL,
        seq INTEGER NOT NULL,
        reason TEXT NOT NULL,
        body BLOB NOT NULL,
        PRIMARY KEY (origin, seq)
    ) STRICT""",
    "ALTER TABLE audit ADD COLUMN origin TEXT",
    "ALTER TABLE audit ADD COLUMN origin_seq INTEGER",
    "ALTER TABLE audit ADD COLUMN hlc TEXT",
    "ALTER TABLE audit ADD COLUMN prev_hash TEXT",
    "ALTER TABLE audit ADD COLUMN hash TEXT",
    "CREATE INDEX audit_origin ON audit(origin, origin_seq)",
)

#: The three tables rebuilt without their UNIQUE rule: (name, new definition, indexes, columns
#: copied). Column order is the old one, so `SELECT *` reads as before.
CASES = f"""CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL,
    school_year INTEGER NOT NULL,
    status TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    level_of_concern TEXT NOT NULL DEFAULT '',
    case_manager_id TEXT REFERENCES members(id),
    next_review TEXT,
    closed_on TEXT,
    closure_reason TEXT NOT NULL DEFAULT '',
    {_RECORD},
    urgent INTEGER NOT NULL DEFAULT 0,
    pack_id TEXT NOT NULL DEFAULT ''
) STRICT"""
CASES_INDEXES = (
    "CREATE INDEX cases_status ON cases(status)",
    "CREATE INDEX cases_year ON cases(school_year)",
    "CREATE INDEX cases_number ON cases(number)",
)
PLANS = f"""CREATE TABLE plans (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    version INTEGER NOT NULL,
    goals TEXT NOT NULL DEFAULT '',
    interventions_json TEXT NOT NULL,
    {_RECORD},
    based_on_id TEXT REFERENCES plans(id)
) STRICT"""
PLANS_INDEXES = ("CREATE INDEX plans_case_version ON plans(case_id, version)",)
ASSESSMENTS = f"""CREATE TABLE assessments (
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
    based_on_id TEXT REFERENCES assessments(id)
) STRICT"""
ASSESSMENTS_INDEXES = ("CREATE INDEX assessments_case_version ON assessments(case_id, version)",)


def _rebuild(conn: db.Connection, table: str, definition: str, indexes: tuple[str, ...]) -> None:
    """Replace `table` by `definition`, keeping every row, its rowid and its values."""
    columns = ", ".join(f'"{r[1]}"' for r in conn.execute(f'PRAGMA table_info("{table}")'))
    keep = f"_m0009_{table}"
    # TEMP lives in memory here (temp_store = MEMORY): no plaintext copy on disk.
    conn.execute(f'CREATE TEMP TABLE "{keep}" AS SELECT rowid AS _rowid, {columns} FROM "{table}"')
    conn.execute(f'DELETE FROM "{table}"')  # counted against children (deferred), settled below
    conn.execute(f'DROP TABLE "{table}"')
    conn.execute(definition)
    conn.execute(
        f'INSERT INTO "{table}" (rowid, {columns}) SELECT _rowid, {columns} FROM temp."{keep}"'
    )
    conn.execute(f'DROP TABLE temp."{keep}"')
    for index in indexes:
        conn.execute(index)


def _chain_existing_events(conn: db.Connection) -> None:
    """The events from before sync, chained in their order under the file id as origin."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'file_id'").fetchone()
    if row is None:  # a brand-new file: no events yet
        return
    origin, prev, stamp = str(row[0]), GENESIS, hlc.ZERO
    events = conn.execute(
        "SELECT seq, ts, member_id, action, entity, entity_id, case_id, detail_json "
        "FROM audit ORDER BY seq"
    ).fetchall()
    for number, (seq, ts, member_id, action, entity, entity_id, case_id, detail) in enumerate(
        events, start=1
    ):
        stamp = hlc.tick(stamp, _ms(ts))
        event = {
            "origin": origin,
            "origin_seq": number,
            "hlc": stamp.text(),
            "ts": ts,
            "member_id": member_id,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "case_id": case_id,
            "detail": json.loads(detail),
        }
        digest = origin_hash(prev, event)
        conn.execute(
            "UPDATE audit SET origin = ?, origin_seq = ?, hlc = ?, prev_hash = ?, hash = ? "
            "WHERE seq = ?",
            (origin, number, stamp.text(), prev, digest, seq),
        )
        prev = digest


def _ms(ts: str) -> int:
    return int(datetime.fromisoformat(ts).timestamp() * 1000)


def apply(conn: db.Connection) -> None:
    conn.execute("PRAGMA defer_foreign_keys = ON")  # reset by SQLite at commit
    for statement in SYNC_TABLES:
        conn.execute(statement)
    _rebuild(conn, "cases", CASES, CASES_INDEXES)
    for table, definition, indexes in (
        ("plans", PLANS, PLANS_INDEXES),
        ("assessments", ASSESSMENTS, ASSESSMENTS_INDEXES),
    ):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN based_on_id TEXT")
        _rebuild(conn, table, definition, indexes)
        conn.execute(
            f"UPDATE {table} SET based_on_id = (SELECT b.id FROM {table} b WHERE "
            f"b.case_id = {table}.case_id AND b.version = {table}.version - 1)"
        )
    _chain_existing_events(conn)
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise db.DatabaseError(f"schema 9: foreign key check failed: {broken[:3]}")
