"""Team sync, in-process part: the ops this copy has, applying another laptop's ops, and
resolving a conflict (itself an op, so the resolution reaches every laptop).

Moving ops between laptops is part 2 (transport); showing conflicts to people is part 3.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.errors import ValidationError
from btam_desktop.services.contracts.sync import OpenConflict, Reconciled, SyncReport
from btam_desktop.services.session import Session
from btam_desktop.storage import (
    conflict_repo,
    sync_apply,
    sync_forget,
    sync_merge,
    sync_oplog,
    sync_schema,
)
from btam_desktop.storage.sync_capture import Capture, decode_body
from btam_desktop.storage.sync_merge import HEAD, Touched
from btam_desktop.storage.sync_op import Op

__all__ = ["Op", "apply_ops", "conflicts", "outgoing", "resolve_conflict", "seen"]


#: What applying no ops does.
NOTHING_APPLIED = SyncReport(applied=0, duplicates=0, parked=0, auto_resolved=(), conflicted=())

#: Batches larger than this get a larger page cache while they apply (in memory only).
BIG_BATCH = 2_000
BIG_BATCH_CACHE_KIB = -131_072


def _capture(session: Session) -> Capture:
    capture = session.ocf.capture
    if capture is None:
        raise ValidationError("This case file has no op log (it is older than schema 9).")
    return capture


def changes_of(touched: Touched) -> ChangeSet:
    return ChangeSet(
        cases=frozenset(touched.cases),
        meetings=frozenset(touched.meetings),
        team=touched.team,
        roster=touched.roster,
    )


def seen(session: Session) -> dict[str, int]:
    """This copy's version vector: the highest op number it holds of every origin."""
    return sync_oplog.seen_vector(session.ocf.conn)


def outgoing(session: Session, have: Mapping[str, int] | None = None) -> list[Op]:
    """The ops this copy holds that a peer with version vector `have` lacks."""
    return sync_oplog.ops_since(session.ocf.conn, have)


def apply_ops(session: Session, ops: Iterable[Op]) -> tuple[SyncReport, ChangeSet]:
    """Apply another laptop's ops in one transaction, capture off (nothing is echoed)."""
    capture = _capture(session)
    ocf = session.ocf
    batch = list(ops)
    cache = int(ocf.conn.execute("PRAGMA cache_size").fetchone()[0])
    if len(batch) > BIG_BATCH:  # a school year touches more pages than the usual cache holds
        ocf.conn.execute(f"PRAGMA cache_size = {BIG_BATCH_CACHE_KIB}")
    try:
        with ocf.transaction(intent="sync.apply_ops") as tx, capture.paused():
            tx.execute("PRAGMA defer_foreign_keys = ON")
            done = sync_apply.apply_ops(
                tx,
                batch,
                decode=decode_body,
                append_event=ocf.audit.append_remote,
                receive=capture.receive,
            )
            if done.touched.destroyed:  # another laptop destroyed a case: forget it here too
                sync_forget.forget(
                    tx,
                    done.touched.destroyed,
                    {row_id for table, row_id in done.touched.destroyed if table == "cases"},
                )
    finally:
        ocf.conn.execute(f"PRAGMA cache_size = {cache}")
    report = SyncReport(
        applied=done.applied,
        duplicates=done.duplicates,
        parked=done.parked,
        held=done.held,
        newer=done.newer,
        auto_resolved=tuple(dict.fromkeys(done.touched.auto_resolved)),
        conflicted=tuple(dict.fromkeys(done.touched.conflicted)),
    )
    return report, changes_of(done.touched)


def reconciled(session: Session, fields: Iterable[tuple[str, str, str]]) -> tuple[Reconciled, ...]:
    """The sync report's lines for automatic fields (table, row, field) set on two laptops at
    once: whose value shows (the newest stamp) over whose."""
    conn = session.ocf.conn
    names, numbers = conflict_repo.member_names(conn), conflict_repo.case_numbers(conn)
    out = []
    for table, row_id, name in dict.fromkeys(fields):
        if name in sync_merge.BOOKKEEPING:
            continue  # when and by whom a row last changed: not news to anyone
        versions = sorted(
            sync_merge.live(conn, table, row_id, name), key=lambda v: (v.hlc, v.version_id)
        )
        if len(versions) < 2:
            continue  # settled since (a later write replaced both)
        shown, *rest = reversed(versions)
        out.append(
            Reconciled(
                table=table,
                field=name,
                case_number=numbers.get(sync_merge.case_of(conn, table, row_id) or "", ""),
                shown_by=names.get(shown.member_id or "", ""),
                over=tuple(dict.fromkeys(names.get(v.member_id or "", "") for v in rest)),
            )
        )
    return tuple(out)


def conflicts(session: Session, case_id: str | None = None) -> list[OpenConflict]:
    return [
        OpenConflict(table=c.table, row_id=c.row_id, field=c.field, kind=c.kind, case_id=c.case_id)
        for c in sync_merge.conflicts(session.ocf.conn, case_id)
    ]


def resolve_conflict(
    session: Session, table: str, row_id: str, field: str, value: Any
) -> ChangeSet:
    """Resolve a conflict on a field (or an edit against a delete, field `deleted_at`): the
    chosen value becomes one new version replacing every live one. For a fork of plans or
    assessments (`field` "@head", `row_id` the case), `value` is the version row kept as the
    case's current one. A number collision is resolved by renumbering one case: an ordinary
    set of `cases.number` with `row_id` that case."""
    capture = _capture(session)
    if table not in sync_schema.captured_tables():
        raise ValidationError(f"'{table[:30]}' does not sync.")
    with session.ocf.transaction(intent="sync.resolve_conflict") as tx:
        if field == HEAD:
            capture.head(table, row_id, str(value))
        else:
            if field not in sync_schema.captured_columns(table):
                raise ValidationError(f"'{field[:30]}' does not sync.")
            found = tx.execute(f'SELECT 1 FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
            if found is None:
                raise ValidationError("That record is not in this case file.")
            tx.execute(f'UPDATE "{table}" SET "{field}" = ? WHERE id = ?', (value, row_id))
            capture.force(table, row_id, field)
        session.ocf.audit.append(
            session.member_id,
            "sync.conflict_resolved",
            entity=table,
            entity_id=row_id,
            case_id=(row_id if field == HEAD else sync_merge.case_of(tx, table, row_id)) or "",
            detail={"field": field},
        )
    return changes_of(capture.touched)
