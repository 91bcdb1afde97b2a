"""Forgetting a destroyed case's history: the op log keeps every value a field ever had, so
deleting a case's rows is not enough. For a set of destroyed rows this removes their field
versions and conflicts, and rewrites the bodies of every op (and held op) that wrote them,
dropping those effects, so no value of theirs stays anywhere in the file.

What an op keeps: its place in its origin's sequence, its audit events (ids, never text) and
its other effects, so causal order and the audit chains still hold on this copy. What it
loses: the bytes its author signed. Such an op can no longer be carried on to another folder
under its author's signature, so the record of the segment that held it is dropped
(`sync_segments`): the author's own file, or another laptop, carries it instead.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from btam_desktop.storage import db, tombstones
from btam_desktop.storage.sync_capture import decode_body, encode_body
from btam_desktop.storage.sync_merge import HEAD


def _mentions(effect: dict[str, Any], rows: set[tuple[str, str]], cases: set[str]) -> bool:
    if effect.get("kind") == "delete":
        return False  # the destruction itself: it carries no text and must travel on
    key = (str(effect.get("table")), str(effect.get("id")))
    if key in rows:
        return True
    if effect.get("kind") == "head" and str(effect.get("id")) in cases:
        return True
    row = effect.get("row")
    return isinstance(row, dict) and str(row.get("case_id")) in cases


def _pruned(body: bytes, rows: set[tuple[str, str]], cases: set[str]) -> bytes | None:
    """The body without the effects on `rows`, or None when it has none."""
    try:
        value = decode_body(body)
    except (ValueError, TypeError):
        return None  # not an op body we wrote (cannot hold a decoded effect)
    effects = value.get("effects", [])
    kept = [e for e in effects if not _mentions(e, rows, cases)]
    if len(kept) == len(effects):
        return None
    return encode_body({**value, "effects": kept})


def forget(conn: db.Connection, rows: Iterable[tuple[str, str]], cases: Iterable[str]) -> int:
    """Remove every trace of `rows` (of the cases `cases`) from the op log, inside the
    caller's transaction. Returns how many op bodies were rewritten."""
    rows, cases = set(rows), set(cases)
    known = tombstones.remember(conn, rows)
    cases |= known.cases
    for table, row_id in rows:
        conn.execute("DELETE FROM sync_versions WHERE tbl = ? AND row_id = ?", (table, row_id))
        conn.execute("DELETE FROM sync_conflicts WHERE tbl = ? AND row_id = ?", (table, row_id))
    for case_id in cases:
        conn.execute("DELETE FROM sync_versions WHERE field = ? AND row_id = ?", (HEAD, case_id))
        conn.execute("DELETE FROM sync_conflicts WHERE case_id = ?", (case_id,))
    rewritten = 0
    for origin, seq, body in conn.execute("SELECT origin, seq, body FROM sync_ops").fetchall():
        new = _pruned(bytes(body), rows, cases)
        if new is None:
            continue
        rewritten += 1
        conn.execute(
            "UPDATE sync_ops SET body = ? WHERE origin = ? AND seq = ?", (new, origin, seq)
        )
        conn.execute(
            "DELETE FROM sync_segments WHERE origin = ? AND seq_from <= ? AND seq_to >= ?",
            (origin, seq, seq),
        )
    for origin, seq, held in conn.execute(
        "SELECT origin, seq, body FROM sync_quarantine"
    ).fetchall():
        # A held op is kept as {"body": hex of the op's body, ...} (sync_quarantine.park).
        wrapper = json.loads(bytes(held))
        new = _pruned(bytes.fromhex(wrapper["body"]), rows, cases)
        if new is not None:
            conn.execute(
                "UPDATE sync_quarantine SET body = ? WHERE origin = ? AND seq = ?",
                (json.dumps({**wrapper, "body": new.hex()}).encode(), origin, seq),
            )
    return rewritten
