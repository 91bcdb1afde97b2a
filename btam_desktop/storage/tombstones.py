"""What this copy has destroyed (or heard was destroyed): the ids of the cases and of their
rows, kept in `meta` (LOCAL; ids only, never content), so that a change to one of them made
offline on another laptop, arriving after the destruction, is dropped instead of bringing
text back (or a row whose case is gone, which no foreign key would accept)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from btam_desktop.storage import db, local_settings


@dataclass(slots=True)
class Tombstones:
    cases: set[str] = field(default_factory=set)
    rows: set[tuple[str, str]] = field(default_factory=set)

    def covers(self, effect: dict[str, Any]) -> bool:
        """Whether an insert, set or head effect writes to something destroyed."""
        kind, table, row_id = effect["kind"], str(effect["table"]), str(effect["id"])
        if (table, row_id) in self.rows:
            return True
        if kind == "head" or table == "cases":
            return row_id in self.cases
        if kind == "insert":
            return str(effect["row"].get("case_id")) in self.cases
        return False

    def add(self, rows: Iterable[tuple[str, str]]) -> None:
        for table, row_id in rows:
            self.rows.add((table, row_id))
            if table == "cases":
                self.cases.add(row_id)


def read(conn: db.Connection) -> Tombstones:
    text = local_settings.read(conn, local_settings.DESTROYED)
    if not text:
        return Tombstones()
    value = json.loads(text)
    return Tombstones(
        set(value.get("cases", [])), {(str(t), str(i)) for t, i in value.get("rows", [])}
    )


def remember(conn: db.Connection, rows: Iterable[tuple[str, str]]) -> Tombstones:
    """Add `rows` (and the cases among them) to what this copy knows is destroyed."""
    known = read(conn)
    known.add(rows)
    local_settings.write(
        conn,
        local_settings.DESTROYED,
        json.dumps({"cases": sorted(known.cases), "rows": sorted(known.rows)}),
    )
    return known
