"""Capture: every service transaction leaves one op in `sync_ops`, in the same transaction.

An op is what another laptop needs to repeat this transaction's effect on its own copy: the
field-level effects (an insert with every column, a field set with the versions it replaces, a
delete with the row it removed; the value a set replaced stays home: the receiving copy's own
row, or the version named, already holds it), the audit events written, the intent's name (the
service, for people and the audit), who, and a clock stamp. Effects rather than the intent's
arguments, because replaying `publish_plan` on another laptop's state would re-run validation
and numbering and could come out differently there.

Why TEMP triggers: the repos rewrite whole rows (`update_case` sets every column), so only
SQLite sees which fields really changed. The triggers are generated from `sync_schema` at every
open, live only in this connection (`temp` schema, never stored in the file, so an older app
version never meets them), fire only `WHERE OLD.f IS NOT NEW.f`, and call back into Python,
which collects the effects until `finish` turns them into the op just before COMMIT. LOCAL
columns are never captured. `suppressed()` stops capture while remote ops are applied (the
merge engine, next step), so applying an op does not make a new one.

    service --transaction(intent)--> UPDATE cases ... --TEMP trigger--> Capture.effects
                                     audit.append ---------------------> Capture.events
                                     finish(): one row in sync_ops  --> COMMIT

The body is canonical JSON (sorted keys), zlib-compressed when that is smaller (marked by its
first byte), and lives only inside the encrypted file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from btam_desktop.domain import hlc
from btam_desktop.domain.records import new_id
from btam_desktop.storage import (
    db,
    local_settings,
    replica as replicas,
    stats_facts,
    sync_merge,
    sync_schema,
)
from btam_desktop.storage.audit import canonical
from btam_desktop.storage.errors import CaseFileError

PLAIN, DEFLATED = b"J", b"Z"
#: Bodies below this size are stored plain: compressing them saves nothing.
COMPRESS_FROM = 200


def encode_body(body: dict[str, Any]) -> bytes:
    plain = canonical(body)
    if len(plain) >= COMPRESS_FROM:
        packed = zlib.compress(plain, 6)
        if len(packed) < len(plain):
            return DEFLATED + packed
    return PLAIN + plain


def decode_body(data: bytes) -> dict[str, Any]:
    kind, rest = data[:1], data[1:]
    if kind == DEFLATED:
        rest = zlib.decompress(rest)
    elif kind != PLAIN:
        raise ValueError("not an op body")
    value: dict[str, Any] = json.loads(rest)
    return value


def _plain(value: Any) -> Any:
    """Attachment bytes are named, not copied: the transport carries content separately."""
    if isinstance(value, bytes):
        return {"blob_sha256": hashlib.sha256(value).hexdigest(), "size": len(value)}
    return value


def trigger_sql(table: str) -> list[str]:
    """The TEMP triggers that capture `table` (which must have an `id` key)."""
    columns = sync_schema.captured_columns(table)
    row = ", ".join(f"'{c}', {{side}}.\"{c}\"" for c in columns)
    sets = "\n".join(
        f"SELECT sync_set('{table}', NEW.id, '{c}', OLD.\"{c}\", NEW.\"{c}\") "
        f'WHERE OLD."{c}" IS NOT NEW."{c}";'
        for c in columns
    )
    create = "CREATE TEMP TRIGGER IF NOT EXISTS"
    return [
        f'{create} "sync_insert_{table}" AFTER INSERT ON main."{table}" BEGIN '
        f"SELECT sync_row('{table}', 'insert', NEW.id, {row.format(side='NEW')}); END",
        f'{create} "sync_update_{table}" AFTER UPDATE ON main."{table}" BEGIN\n{sets}\nEND',
        f'{create} "sync_delete_{table}" AFTER DELETE ON main."{table}" BEGIN '
        f"SELECT sync_row('{table}', 'delete', OLD.id, {row.format(side='OLD')}); END",
    ]


class Capture:
    """The op capture of one connection: collects a transaction's effects and events, and
    writes them as one op before the transaction commits."""

    def __init__(self, conn: db.Connection, place: replicas.Place, member_id: str) -> None:
        self._conn = conn
        self._place = place
        self.member_id = member_id
        self._replica: replicas.Replica | None = None
        self._marker_due = False
        self._suppressed = False
        self._stamp: str | None = None
        self._effects: list[tuple[Any, ...]] = []
        self._events: list[dict[str, Any]] = []
        self._loaded: dict[tuple[str, str, str], Any] = {}
        self._forced: list[tuple[str, str, str]] = []
        self._heads: list[tuple[str, str, str]] = []
        #: What the last finished transaction changed (its versions and conflicts).
        self.touched = sync_merge.Touched()
        #: This laptop's name as its member chose it ("" for none): it travels in each op,
        #: so the others can say "Lucía, 18:05 (at home)".
        self.laptop = local_settings.read(conn, local_settings.LAPTOP_NAME) or ""

    @classmethod
    def install(cls, conn: db.Connection, place: replicas.Place, member_id: str) -> Capture | None:
        """Register the callbacks and create the triggers. None for a file without the sync
        tables (only a test that cuts the schema ledger short opens one)."""
        if (
            conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_ops'"
            ).fetchone()
            is None
        ):
            return None
        capture = cls(conn, place, member_id)
        conn.create_function("sync_row", -1, capture._row)
        conn.create_function("sync_set", 5, capture._set)
        for table in sync_schema.captured_tables():
            for statement in trigger_sql(table):
                conn.execute(statement)
        return capture

    def moved_to(self, folder: Path) -> None:
        self._place = replicas.Place.of(self._place.file_id, folder)

    # -- the trigger callbacks (run inside SQLite: they must not raise on ordinary values) --
    def _row(self, table: str, kind: str, row_id: str, *pairs: Any) -> None:
        if not self._suppressed:
            values = {pairs[i]: _plain(pairs[i + 1]) for i in range(0, len(pairs), 2)}
            self._effects.append((kind, table, row_id, values))

    def _set(self, table: str, row_id: str, field: str, old: Any, new: Any) -> None:
        if not self._suppressed:
            self._effects.append(("set", table, row_id, field, _plain(old), _plain(new)))

    @contextlib.contextmanager
    def suppressed(self) -> Iterator[None]:
        """Changes made inside are not captured (applying ops that came from elsewhere)."""
        self._suppressed = True
        try:
            yield
        finally:
            self._suppressed = False

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """Capture off and its triggers gone for a bulk apply (inside one transaction): a
        trigger that fires only to be ignored costs more than the write it watches. They are
        back (IF NOT EXISTS: a rollback brings them back by itself) before the commit."""
        tables = sync_schema.captured_tables()
        with self.suppressed():
            for table in tables:
                for kind in ("insert", "update", "delete"):
                    self._conn.execute(f'DROP TRIGGER IF EXISTS temp."sync_{kind}_{table}"')
            try:
                yield
            finally:
                for table in tables:
                    for statement in trigger_sql(table):
                        self._conn.execute(statement)

    # -- one transaction ----------------------------------------------------------------------
    def begin(self) -> None:
        self._effects, self._events, self._stamp = [], [], None
        self._loaded, self._forced, self._heads = {}, [], []

    # -- what the editor saw, and resolutions -------------------------------------------------
    def loaded(self, table: str, row_id: str, field: str, value: Any) -> None:
        """The value the form showed for this field: a save in this transaction replaces only
        the live versions equal to it (another version that arrived meanwhile stays live)."""
        self._loaded[(table, row_id, field)] = value

    def force(self, table: str, row_id: str, field: str) -> None:
        """This transaction sets the field even if its value stays the same (a conflict
        resolved by picking the value shown): the set replaces every live version."""
        self._forced.append((table, row_id, field))

    def head(self, table: str, case_id: str, version_row_id: str) -> None:
        """A fork of a case's plans or assessments resolved in favor of one version."""
        self._heads.append((table, case_id, version_row_id))

    def receive(self, stamp: str) -> None:
        """Advance this replica's clock past a remote stamp (not one more than a day ahead)."""
        replica = self._settled()
        replica.clock = hlc.receive(replica.clock, hlc.Hlc.parse(stamp), hlc.wall_ms())
        self._conn.execute(
            "UPDATE sync_replica SET hlc = ? WHERE replica_id = ?",
            (replica.clock.text(), replica.replica_id),
        )

    def _settled(self) -> replicas.Replica:
        if self._replica is None:
            self._replica, new = replicas.settle(self._conn, self._place, self.member_id)
            self._marker_due = self._marker_due or new
        return self._replica

    def stamp(self) -> tuple[str, str]:
        """This transaction's origin and clock stamp (the clock ticks once per transaction)."""
        replica = self._settled()
        if self._stamp is None:
            replica.clock = hlc.tick(replica.clock, hlc.wall_ms())
            self._stamp = replica.clock.text()
        return replica.replica_id, self._stamp

    def add_event(self, event: dict[str, Any]) -> None:
        self._events.append(event)

    def last_event(self) -> dict[str, Any] | None:
        return self._events[-1] if self._events else None

    def finish(self, intent: str) -> int | None:
        """Write the transaction's op (its seq), or nothing when nothing travels."""
        effects = assemble(self._effects)
        effects.extend(self._forced_effects(effects))
        if not effects and not self._events:
            return None
        origin, stamp = self.stamp()
        replica = self._settled()
        seq = replica.next_seq
        self.touched = sync_merge.record_local(
            self._conn, origin, seq, stamp, self.member_id, effects, self._loaded
        )
        deps = {
            str(r[0]): int(r[1])
            for r in self._conn.execute("SELECT origin, max_seq FROM sync_seen")
            if r[0] != origin
        }
        travels = [{k: v for k, v in e.items() if k != "old"} for e in effects]
        body = encode_body(
            {
                "effects": travels,
                "audit": self._events,
                "deps": deps,
                **({"laptop": self.laptop} if self.laptop else {}),
            }
        )
        self._conn.execute(
            "INSERT INTO sync_ops (origin, seq, op_id, hlc, member_id, intent, body) "
            "VALUES (?,?,?,?,?,?,?)",
            (origin, seq, new_id(), stamp, self.member_id, intent, body),
        )
        replica.next_seq = seq + 1
        self._conn.execute(
            "UPDATE sync_replica SET hlc = ?, next_seq = ? WHERE replica_id = ?",
            (stamp, replica.next_seq, origin),
        )
        return seq

    def _forced_effects(self, effects: list[dict[str, Any]]) -> list[dict[str, Any]]:
        have = {(e["table"], e["id"], e.get("field")) for e in effects if e["kind"] == "set"}
        out: list[dict[str, Any]] = []
        for table, row_id, field in dict.fromkeys(self._forced):
            if (table, row_id, field) not in have:
                row = self._conn.execute(
                    f'SELECT "{field}" FROM "{table}" WHERE id = ?', (row_id,)
                ).fetchone()
                value = _plain(row[0]) if row is not None else None
                out.append(
                    {
                        "kind": "set",
                        "table": table,
                        "id": row_id,
                        "field": field,
                        "old": value,
                        "new": value,
                    }
                )
        for table, case_id, row_id in self._heads:
            out.append({"kind": "head", "table": table, "id": case_id, "value": row_id})
        return out

    def committed(self) -> None:
        """After COMMIT: a replica id minted in this transaction gets its marker."""
        self.begin()
        if self._marker_due:
            self._marker_due = False
            self.close()

    def rolled_back(self) -> None:
        """The transaction did not happen: forget what it changed in memory too."""
        self.begin()
        self._replica, self._marker_due = None, False

    def close(self) -> None:
        """On lock: the marker records how far this replica numbered, so a restored older
        copy of the file is recognized as one."""
        if self._replica is not None:
            # Best effort: without its marker, the next open only mints a new replica id.
            with contextlib.suppress(OSError, CaseFileError):
                replicas.write_marker(self._place, self._replica)


def assemble(raw: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """The effects of one transaction, folded: a row inserted and then edited is one insert
    with its final values; several sets of one field are one set from its first old value to
    its last new one (none if it came back); a row inserted and deleted leaves nothing."""
    inserts: dict[tuple[str, str], dict[str, Any]] = {}
    sets: dict[tuple[str, str, str], list[Any]] = {}
    order: list[tuple[str, ...]] = []
    deletes: dict[tuple[str, str], dict[str, Any]] = {}
    for effect in raw:
        kind, table, row_id = effect[0], effect[1], effect[2]
        key = (table, row_id)
        if kind == "insert":
            inserts[key] = dict(effect[3])
            order.append(("insert", table, row_id))
        elif kind == "delete":
            if inserts.pop(key, None) is None:
                # A delete carries only the case it belongs to, never what it removed: rows
                # are deleted only when a case is destroyed (retention), and its text must not
                # survive in the op that destroys it. The receiving copy has the row.
                deletes[key] = {"case_id": effect[3]["case_id"]} if "case_id" in effect[3] else {}
                order.append(("delete", table, row_id))
            for field_key in [k for k in sets if k[:2] == key]:
                del sets[field_key]
        elif key in inserts:
            inserts[key][effect[3]] = effect[5]
        else:
            field_key = (table, row_id, effect[3])
            if field_key in sets:
                sets[field_key][1] = effect[5]
            else:
                sets[field_key] = [effect[4], effect[5]]
                order.append(("set", *field_key))
    out: list[dict[str, Any]] = []
    for kind, table, row_id, *field in order:
        key = (table, row_id)
        if kind == "insert" and key in inserts:
            out.append({"kind": "insert", "table": table, "id": row_id, "row": inserts[key]})
        elif kind == "delete" and key in deletes:
            out.append({"kind": "delete", "table": table, "id": row_id, "row": deletes[key]})
        elif kind == "set" and (table, row_id, field[0]) in sets:
            old, new = sets[(table, row_id, field[0])]
            if old != new:
                out.append(
                    {
                        "kind": "set",
                        "table": table,
                        "id": row_id,
                        "field": field[0],
                        "old": old,
                        "new": new,
                    }
                )
    return out


@contextlib.contextmanager
def captured(
    conn: db.Connection, path: Path, capture: Capture | None, intent: str
) -> Iterator[db.Connection]:
    """`db.transaction` that also writes the transaction's op before COMMIT, and counts the
    statistics' facts of the cases it touched again (`stats_facts`: never stale)."""
    if capture is None:
        with db.transaction(conn, path) as tx:
            yield tx
        return
    try:
        with db.transaction(conn, path) as tx:
            capture.begin()
            capture.touched = sync_merge.Touched()
            yield tx
            with db.translated(path):
                stats_facts.refresh_or_leave(tx)
                capture.finish(intent)
    except BaseException:
        capture.rolled_back()
        raise
    capture.committed()
