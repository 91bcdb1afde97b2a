"""Team sync: what applying other laptops' ops did, and the conflicts people resolve."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class OpenConflict:
    """Two or more live versions a person must choose between (or a number used twice, an
    edit against a delete, a plan published twice from one version)."""

    table: str
    row_id: str
    field: str
    #: "value", "fork", "edit_delete" or "number_collision".
    kind: str
    case_id: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class SyncReport:
    """One batch of ops applied: counts, and what was settled without asking anyone."""

    applied: int
    duplicates: int
    #: Ops waiting for an earlier op of their origin (or one their author had) to arrive.
    parked: int
    #: Automatic fields where the latest write shows over a concurrent one: (table, row, field).
    auto_resolved: tuple[tuple[str, str, str], ...]
    #: Conflicts this batch raised or left open on the rows it touched: (table, row, field).
    conflicted: tuple[tuple[str, str, str], ...]
