"""Applying other laptops' ops: in causal order, each effect through the merge engine
(`sync_merge`), what cannot apply yet parked in `sync_quarantine` (waiting for an earlier op,
held after a member's removal, or written by a newer BTAM Desktop)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from btam_desktop.storage import (
    db,
    retention_repo,
    sync_merge,
    sync_oplog,
    sync_quarantine,
    sync_schema,
    sync_values,
    tombstones,
)
from btam_desktop.storage.audit import GENESIS
from btam_desktop.storage.sync_op import Op


def _blob_free(value: Any) -> Any:
    """Attachment content travels on its own (part 2); until it arrives the row holds none."""
    return b"" if isinstance(value, dict) and "blob_sha256" in value else value


def _apply_effect(
    conn: db.Connection, op: Op, place: int, effect: dict[str, Any], touched: sync_merge.Touched
) -> None:
    kind, table, row_id = effect["kind"], effect["table"], effect["id"]
    if kind == "insert":
        row = effect["row"]
        names = list(row)
        conn.execute(
            f'INSERT OR IGNORE INTO "{table}" ({", ".join(f'"{n}"' for n in names)}) '
            f"VALUES ({','.join('?' * len(names))})",
            [_blob_free(row[n]) for n in names],
        )
        # No set of this row can have come first: ops are applied in causal order, and
        # whoever edited the row had its insert.
        sync_merge.note_touched(conn, touched, table, row_id, row)
    elif kind == "delete":
        if table == "cases":
            # A destroyed case: rows of it this copy has and the destroying laptop did not
            # (written here offline) go with it, or the case's delete would break their keys.
            extra = retention_repo.rows_of_case(conn, row_id)[:-1]
            retention_repo.delete_rows(conn, extra)
            retention_repo.delete_drafts_of(conn, row_id)
            touched.destroyed.extend(extra)
        conn.execute(f'DELETE FROM "{table}" WHERE id = ?', (row_id,))
        touched.cases.add(str(effect["row"].get("case_id") or row_id))
        touched.destroyed.append((table, row_id))
    else:
        sync_merge.record_remote(conn, op, place, effect, touched)


@dataclass(frozen=True, slots=True, kw_only=True)
class Applied:
    """What one `apply_ops` batch did."""

    applied: int
    duplicates: int
    parked: int
    touched: sync_merge.Touched
    #: Ops of a removed member's laptop written after the removal: they wait for a lead.
    held: int = 0
    #: Ops a newer BTAM Desktop wrote (a table or column this version lacks): they wait for
    #: this laptop's update.
    newer: int = 0


def understood(body: Mapping[str, Any]) -> bool:
    """Every effect of the op names a table and columns this version's schema has, and
    writes only values this version can read (`sync_values`: a kind of document or of plan
    item a newer version added). A teammate who updated first writes what a laptop not yet
    updated lacks: applying such an op would fail the whole sync, or every screen that lists
    the row, so it waits (`sync_quarantine.NEWER`) until the update brings them."""
    for effect in body["effects"]:
        table = str(effect.get("table"))
        columns = sync_schema.COLUMNS.get(table)
        kind = effect.get("kind")
        if columns is None or kind not in ("insert", "set", "head", "delete"):
            return False
        if kind == "insert" and not (
            set(effect["row"]) <= columns.keys()
            and sync_values.known_values(table, effect["row"].items())
        ):
            return False
        if kind == "set" and not (
            effect["field"] in columns
            and sync_values.known_value(table, effect["field"], effect.get("new"))
        ):
            return False
    return True


def _ready(
    have: Mapping[str, int],
    op: Op,
    deps: Mapping[str, int],
    rules: sync_quarantine.Rules,
    held_origins: Mapping[str, str],
) -> bool:
    """The op's predecessor of its origin, and every op its author had, are here (ops of an
    origin are held without gaps, so the highest number held says which). What its author had
    of a removed member's laptop counts only up to what the team allows of it."""
    if have.get(op.origin, 0) < op.seq - 1:
        return False
    return all(have.get(o, 0) >= rules.dependency(o, s, held_origins) for o, s in deps.items())


def apply_ops(
    conn: db.Connection,
    ops: Iterable[Op],
    *,
    decode: Any,
    append_event: Any,
    receive: Any,
) -> Applied:
    """Apply a batch inside the caller's transaction (capture suppressed by the caller).

    `decode` turns an op body into its dict, `append_event` appends a remote audit event to
    the local log, `receive` advances the local clock past a remote stamp."""
    touched = sync_merge.Touched()
    gone = tombstones.read(conn)  # cases destroyed here: late changes to them are dropped
    pending: dict[tuple[str, int], Op] = {}
    duplicates = 0
    waiting = sync_quarantine.parked(conn)
    was_parked = {(op.origin, op.seq) for op in waiting}
    have = sync_oplog.seen_vector(conn)
    rules = sync_quarantine.rules(conn)
    learned = False
    for op in [*ops, *waiting]:
        key = (op.origin, op.seq)
        if key in pending or op.seq <= have.get(op.origin, 0):
            duplicates += 1
            continue
        pending[key] = op
    bodies = {key: decode(op.body) for key, op in pending.items()}
    for body in bodies.values():  # a removal (or a lead's decision) rules the whole batch,
        for event in body["audit"]:  # whatever order the clocks put its ops in
            learned = rules.learn(event) or learned
    newer = {key for key, body in bodies.items() if not understood(body)}
    applied, numbers = 0, False
    #: Per origin: (last seq, member, audit head, stamp) of what this batch applied.
    seen: dict[str, tuple[int, str | None, str, str]] = {}
    latest = ""
    audit_head: tuple[int, str] | None = None
    progress = True
    while pending and progress:
        progress = False
        held_origins = {op.origin: op.member_id or "" for op in pending.values() if rules.held(op)}
        for key in sorted(pending, key=lambda k: (pending[k].hlc, k)):
            op = pending[key]
            if rules.dropped(op):  # a lead discarded it: never applied, never listed
                del pending[key]
                sync_quarantine.unpark(conn, *key)
                duplicates += 1
                continue
            if rules.held(op) or key in newer:
                continue
            body = bodies[key]
            if not _ready(have, op, body.get("deps", {}), rules, held_origins):
                continue
            have[op.origin] = op.seq
            del pending[key]
            progress = True
            applied += 1
            conn.execute(
                "INSERT INTO sync_ops (origin, seq, op_id, hlc, member_id, intent, body) "
                "VALUES (?,?,?,?,?,?,?)",
                (op.origin, op.seq, op.op_id, op.hlc, op.member_id, op.intent, op.body),
            )
            if key in was_parked:
                sync_quarantine.unpark(conn, *key)
            rows: set[tuple[str, str]] = set()
            for place, effect in enumerate(body["effects"]):
                if effect["kind"] == "delete":
                    gone.add([(effect["table"], effect["id"])])
                elif gone.covers(effect):
                    # Written offline to a case destroyed here since: dropped, and its text
                    # forgotten with the rest (services/sync.apply_ops -> sync_forget).
                    gone.add([(effect["table"], effect["id"])])
                    touched.destroyed.append((effect["table"], effect["id"]))
                    continue
                _apply_effect(conn, op, place, effect, touched)
                if effect["kind"] == "set":  # an insert comes before any delete of its row
                    rows.add((effect["table"], effect["id"]))
                numbers = numbers or effect["table"] == "cases"
            for table, row_id in rows:
                if sync_merge.has_deleted_at(table):
                    sync_merge.settle_delete(conn, table, row_id)
            head = seen.get(op.origin, (0, None, GENESIS, ""))[2]
            for event in body["audit"]:
                audit_head = append_event(event, audit_head)
                head = event["hash"]
            seen[op.origin] = (op.seq, op.member_id, head, op.hlc)
            latest = max(latest, op.hlc)
    held = 0
    for key, op in pending.items():
        if rules.held(op):
            reason = sync_quarantine.REMOVED
        elif key in newer:
            reason = sync_quarantine.NEWER
        else:
            reason = sync_quarantine.WAITING
        held += reason == sync_quarantine.REMOVED
        sync_quarantine.park(conn, op, reason)
    newer_left = len(newer & pending.keys())
    if learned:
        sync_quarantine.save(conn, rules)
    for origin, (seq, member_id, head, stamp) in seen.items():
        conn.execute(
            "INSERT INTO sync_seen (origin, member_id, max_seq, head_hash, last_hlc) "
            "VALUES (?,?,?,?,?) ON CONFLICT(origin) DO UPDATE SET "
            "member_id = excluded.member_id, max_seq = MAX(max_seq, excluded.max_seq), "
            "head_hash = CASE WHEN excluded.head_hash = ? THEN head_hash "
            "ELSE excluded.head_hash END, last_hlc = MAX(last_hlc, excluded.last_hlc)",
            (origin, member_id, seq, head, stamp, GENESIS),
        )
    if latest:
        receive(latest)
    if numbers:
        sync_merge.settle_numbers(conn)
    return Applied(
        applied=applied,
        duplicates=duplicates,
        parked=len(pending) - held - newer_left,
        touched=touched,
        held=held,
        newer=newer_left,
    )
