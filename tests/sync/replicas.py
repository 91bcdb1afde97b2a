"""Three real encrypted replicas of one case file, and what the merge tests compare."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from btam_desktop.services import session as sessions, sync
from btam_desktop.services.contracts.sync import SyncReport
from btam_desktop.services.session import Session
from btam_desktop.storage import sync_schema
from tests.conftest import PASSPHRASE, make_case_file


def three_replicas(folder: Path, prepare: Any = None) -> list[Session]:
    """One case file (prepared by `prepare(session)`), copied to two more folders: three
    laptops with the same history, each writing under its own replica id."""
    first, _ = make_case_file(folder / "a.btam")
    if prepare is not None:
        prepare(first)
    sessions.lock(first)
    for name in ("b", "c"):
        shutil.copytree(folder / "a.btam", folder / f"{name}.btam")
    return [sessions.unlock(folder / f"{n}.btam", None, PASSPHRASE) for n in "abc"]


def exchange(src: Session, dst: Session) -> SyncReport:
    report, _ = sync.apply_ops(dst, sync.outgoing(src, sync.seen(dst)))
    return report


def full_exchange(replicas: list[Session]) -> None:
    """Everyone gets everything (twice around, so ops relayed through a peer arrive too)."""
    for _ in range(2):
        for src in replicas:
            for dst in replicas:
                if src is not dst:
                    exchange(src, dst)


def synced_tables(s: Session) -> dict[str, list[tuple[Any, ...]]]:
    """Every table that travels, rows by primary key, only the columns that travel."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for table in sync_schema.captured_tables():
        columns = ", ".join(f'"{c}"' for c in sync_schema.captured_columns(table))
        out[table] = s.ocf.conn.execute(f'SELECT {columns} FROM "{table}" ORDER BY id').fetchall()
    return out


def conflict_rows(s: Session) -> list[tuple[Any, ...]]:
    return s.ocf.conn.execute(
        "SELECT tbl, row_id, field, kind, case_id, detected_hlc FROM sync_conflicts "
        "ORDER BY tbl, row_id, field"
    ).fetchall()


def origin_chains(s: Session) -> set[tuple[Any, ...]]:
    return set(
        s.ocf.conn.execute(
            "SELECT origin, origin_seq, hlc, prev_hash, hash, action, entity_id FROM audit"
        ).fetchall()
    )


def live_values(s: Session, table: str, row_id: str, field: str) -> set[Any]:
    return {
        json.loads(r[0])
        for r in s.ocf.conn.execute(
            "SELECT value_json FROM sync_versions WHERE tbl = ? AND row_id = ? AND field = ? "
            "AND live = 1",
            (table, row_id, field),
        )
    }
