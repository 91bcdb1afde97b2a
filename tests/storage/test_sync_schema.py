"""Every column of every table says how it syncs (storage/sync_schema.py), and the capture
triggers live in the connection only, never in the file."""

from __future__ import annotations

from btam_desktop.services.session import Session
from btam_desktop.storage import sync_schema
from btam_desktop.storage.sync_schema import Policy


def _columns(session: Session) -> dict[str, list[str]]:
    conn = session.ocf.conn
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}


def test_every_table_and_column_of_a_new_file_is_classified_and_nothing_else(
    session: Session,
) -> None:
    found = _columns(session)
    unclassified = {
        f"{t}.{c}"
        for t, cols in found.items()
        for c in cols
        if c not in sync_schema.COLUMNS.get(t, {})
    }
    assert not unclassified, f"classify these in storage/sync_schema.py: {sorted(unclassified)}"
    gone = {
        f"{t}.{c}"
        for t, cols in sync_schema.COLUMNS.items()
        for c in cols
        if c not in found.get(t, [])
    }
    assert not gone, f"classified but no longer in the schema: {sorted(gone)}"


def test_the_research_starting_classification_holds_where_it_matters() -> None:
    columns = sync_schema.COLUMNS
    assert columns["cases"]["summary"] is Policy.HUMAN_TEXT
    assert columns["cases"]["level_of_concern"] is Policy.HUMAN_SAFETY
    assert columns["cases"]["next_review"] is Policy.AUTO
    assert columns["status_changes"]["reason"] is Policy.APPEND
    assert columns["plans"]["goals"] is Policy.VERSIONED
    assert all(p is Policy.LOCAL for t in ("meta", "drafts", "audit") for p in columns[t].values())
    assert all(
        p is Policy.HUMAN_SAFETY
        for t, cols in columns.items()
        for c, p in cols.items()
        if c == "deleted_at"
    )
    captured = set(sync_schema.captured_tables())
    assert not captured & {"meta", "drafts", "audit", "sync_ops", "sync_replica"}
    # The triggers name rows by `id`: every captured table has one, and it travels.
    assert all(sync_schema.COLUMNS[t].get("id") in (Policy.AUTO, Policy.APPEND) for t in captured)


def test_capture_triggers_are_temporary_and_cover_every_captured_table(session: Session) -> None:
    conn = session.ocf.conn
    # The capture's call back into this app, so they are never stored: an older app version
    # never meets them. The only stored triggers are the statistics' notes (plain SQL, m0021).
    stored = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    assert stored and all(name.startswith("stats_note_") for name, _sql in stored)
    assert not [name for name, sql in stored if "sync_" in sql]
    temp = {
        r[0] for r in conn.execute("SELECT tbl_name FROM sqlite_temp_master WHERE type = 'trigger'")
    }
    assert temp == set(sync_schema.captured_tables())
