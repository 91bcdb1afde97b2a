"""The merge engine: per-field versions, what is live, conflicts, and applying other laptops' ops.

Every write of a field is a **version** (`sync_versions`), named after the op that made it
(`origin.seq.n`, n its effect's place in the op). A version names the versions it **replaces**:
the ones its author saw (the form's loaded value, or what was live at commit for a non-
interactive path). A version stays live until an op that replaces it is known (`live = 0`;
`sync_replaced` remembers a replaced id that is not here yet, so a replacer that arrives before
what it replaces still wins). The row shows the live version with the highest (clock stamp,
origin); nothing is dropped: a value leaves the live set only through an op whose author had it.
The state is a function of the *set* of ops: order, duplicates and timing cannot change it
(`tests/sync/test_merge_machine.py`).

What two live versions with different values mean depends on the column's policy
(`sync_schema`): a conflict row a person resolves (HUMAN_TEXT, HUMAN_SAFETY), a line in the
sync report (AUTO: the highest stamp shows). APPEND rows are inserts only, so the union is all
there is. VERSIONED tables (plans, assessments) keep a virtual register per case (`@head`):
each published version replaces the heads its author had, so two versions published from one
parent are two live heads, a `fork`. A soft delete (`deleted_at`) records every live version of
its row it saw; a live edit it did not see is an `edit_delete` conflict, and nothing is gone.
Two live cases with one number are a `number_collision` (the UNIQUE rule m0009 relaxed).

Row values a field had before it ever had a version (a file from before sync, or the values an
insert wrote) are its implicit **base** version, `base.table.row.field`, stored when a write
first replaces it. Ops are applied in causal order: an op waits in `sync_quarantine` until its
origin's previous op and every op its author had seen (`deps`) are here, so an edit never
arrives before the row it edits.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from btam_desktop.domain import hlc
from btam_desktop.storage import db, sync_schema
from btam_desktop.storage.sync_op import Op
from btam_desktop.storage.sync_schema import Policy

BASE_HLC = hlc.ZERO.text()
#: The virtual field of a VERSIONED table's per-case head register (row id = the case id).
HEAD = "@head"
HUMAN = frozenset({Policy.HUMAN_TEXT, Policy.HUMAN_SAFETY})
#: Bookkeeping that changes with every write: never evidence of an edit a delete missed.
BOOKKEEPING = frozenset(
    {"id", "deleted_at", "updated_at", "updated_by", "created_at", "created_by"}
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Conflict:
    """A row of `sync_conflicts`: the same on every replica that has the same ops."""

    table: str
    row_id: str
    field: str
    kind: str
    case_id: str | None
    detected_hlc: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Version:
    version_id: str
    hlc: str
    member_id: str | None
    value: Any


@dataclass(slots=True, kw_only=True)
class Touched:
    """What a write or a batch changed, for the caller's ChangeSet and the sync report."""

    cases: set[str] = field(default_factory=set)
    meetings: set[str] = field(default_factory=set)
    team: bool = False
    roster: bool = False
    #: AUTO fields with more than one live value: (table, row id, field), shown value first.
    auto_resolved: list[tuple[str, str, str]] = field(default_factory=list)
    #: HUMAN fields or heads this write left with more than one live value.
    conflicted: list[tuple[str, str, str]] = field(default_factory=list)
    #: Rows deleted outright (a destroyed case): their history is forgotten after the batch.
    destroyed: list[tuple[str, str]] = field(default_factory=list)


_OLD, _ROW = object(), object()


def version_id(origin: str, seq: int, place: int) -> str:
    """The version made by effect number `place` of op (origin, seq): short, because every
    version is stored with it and named again by what replaces it."""
    return f"{origin}.{seq}.{place}"


def base_id(table: str, row_id: str, name: str) -> str:
    return f"base.{table}.{row_id}.{name}"


def _dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def _policy(table: str, name: str) -> Policy:
    return Policy.VERSIONED if name == HEAD else sync_schema.COLUMNS[table][name]


def has_deleted_at(table: str) -> bool:
    return "deleted_at" in sync_schema.COLUMNS[table]


def _is_versioned(table: str) -> bool:
    return sync_schema.COLUMNS[table].get("based_on_id") is Policy.VERSIONED


# -- versions ---------------------------------------------------------------------------------
def live(conn: db.Connection, table: str, row_id: str, name: str) -> list[Version]:
    """The live versions of a field, the shown one (highest stamp, then origin) first."""
    return [
        Version(version_id=r[0], hlc=r[1], member_id=r[2], value=json.loads(r[3]))
        for r in conn.execute(
            "SELECT version_id, hlc, member_id, value_json FROM sync_versions "
            "WHERE tbl = ? AND row_id = ? AND field = ? AND live = 1 "
            "ORDER BY hlc DESC, version_id DESC",
            (table, row_id, name),
        )
    ]


def live_of_row(conn: db.Connection, table: str, row_id: str) -> list[Version]:
    """The live versions of a row's fields that say something (its delete and the edits a
    delete may have missed; bookkeeping aside), newest first."""
    return [
        Version(version_id=r[0], hlc=r[1], member_id=r[2], value=json.loads(r[3]))
        for r in conn.execute(
            "SELECT version_id, hlc, member_id, value_json, field FROM sync_versions "
            "WHERE tbl = ? AND row_id = ? AND live = 1 ORDER BY hlc DESC, version_id DESC",
            (table, row_id),
        )
        if r[4] == "deleted_at" or r[4] not in BOOKKEEPING
    ]


def _row_value(conn: db.Connection, table: str, row_id: str, name: str) -> tuple[bool, Any]:
    if name == HEAD:
        return False, None
    row = conn.execute(f'SELECT "{name}" FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
    return (row is not None), (row[0] if row is not None else None)


def _has_versions(conn: db.Connection, table: str, row_id: str, name: str) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM sync_versions WHERE tbl = ? AND row_id = ? AND field = ? LIMIT 1",
            (table, row_id, name),
        ).fetchone()
        is not None
    )


def current(conn: db.Connection, table: str, row_id: str, name: str, before: Any) -> list[Version]:
    """The live versions, or the implicit base version (value `before`, the field's value
    before this transaction) when the field never had one."""
    found = live(conn, table, row_id, name)
    if found or _has_versions(conn, table, row_id, name):
        return found
    value = before
    return [
        Version(version_id=base_id(table, row_id, name), hlc=BASE_HLC, member_id=None, value=value)
    ]


def add_version(
    conn: db.Connection,
    table: str,
    row_id: str,
    name: str,
    version: Version,
    replaces: Sequence[str],
    saw: Sequence[str] = (),
    *,
    before: Any,
) -> None:
    """Record a version, retire what it replaces, and make it live unless already replaced.
    `before` is the field's value before this op (the base, if the field had no version)."""
    base = base_id(table, row_id, name)
    if base in replaces and not _has_versions(conn, table, row_id, name):
        value = _row_value(conn, table, row_id, name)[1] if before is _ROW else before
        conn.execute(
            "INSERT OR IGNORE INTO sync_versions (tbl, row_id, field, version_id, hlc, "
            "member_id, value_json, live) VALUES (?,?,?,?,?,?,?,0)",
            (table, row_id, name, base, BASE_HLC, None, _dumps(value)),
        )
    for gone in replaces:
        retired = conn.execute(
            "UPDATE sync_versions SET live = 0 WHERE tbl = ? AND row_id = ? AND field = ? "
            "AND version_id = ?",
            (table, row_id, name, gone),
        ).rowcount
        if not retired:  # not here yet: remembered, so it arrives already replaced
            conn.execute("INSERT OR IGNORE INTO sync_replaced (version_id) VALUES (?)", (gone,))
    links = {"replaces": list(replaces), **({"saw": list(saw)} if saw else {})}
    conn.execute(
        "INSERT OR IGNORE INTO sync_versions (tbl, row_id, field, version_id, hlc, member_id, "
        "value_json, replaces_json, live) SELECT ?,?,?,?,?,?,?,?, NOT EXISTS "
        "(SELECT 1 FROM sync_replaced WHERE version_id = ?)",
        (
            table,
            row_id,
            name,
            version.version_id,
            version.hlc,
            version.member_id,
            _dumps(version.value),
            _dumps(links),
            version.version_id,
        ),
    )


def _same(name: str, values: Iterable[Any]) -> bool:
    """True when the live values are one value (for `deleted_at`: deleted or not)."""
    if name == "deleted_at":
        return len({v is None for v in values}) <= 1
    return len({_dumps(v) for v in values}) <= 1


def settle(
    conn: db.Connection, table: str, row_id: str, name: str, touched: Touched, *, write: bool
) -> None:
    """Show the winning live version in the row (`write`), and update the field's conflict."""
    versions = live(conn, table, row_id, name)
    if not versions:
        return
    if write and name != HEAD:
        conn.execute(
            f'UPDATE "{table}" SET "{name}" = ? WHERE id = ? AND "{name}" IS NOT ?',
            (versions[0].value, row_id, versions[0].value),
        )
    policy = _policy(table, name)
    split = not _same(name, (v.value for v in versions))
    if policy in HUMAN or policy is Policy.VERSIONED:
        kind = "fork" if name == HEAD else "value"
        _set_conflict(conn, table, row_id, name, kind if split else None, versions[0].hlc)
        if split:
            touched.conflicted.append((table, row_id, name))
    elif split:
        touched.auto_resolved.append((table, row_id, name))


def case_of(conn: db.Connection, table: str, row_id: str) -> str | None:
    if table == "cases":
        return row_id
    if "case_id" not in sync_schema.COLUMNS[table]:
        return None
    row = conn.execute(f'SELECT case_id FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def _set_conflict(
    conn: db.Connection, table: str, row_id: str, name: str, kind: str | None, stamp: str
) -> None:
    if kind is None:
        conn.execute(
            "DELETE FROM sync_conflicts WHERE tbl = ? AND row_id = ? AND field = ?",
            (table, row_id, name),
        )
        return
    case_id = row_id if name == HEAD else case_of(conn, table, row_id)
    conn.execute(
        "INSERT OR REPLACE INTO sync_conflicts (tbl, row_id, field, kind, case_id, detected_hlc) "
        "VALUES (?,?,?,?,?,?)",
        (table, row_id, name, kind, case_id, stamp),
    )


def settle_delete(conn: db.Connection, table: str, row_id: str) -> None:
    """Edit against delete: the row is deleted, and a live edit of it was not seen by the
    delete(s). A conflict on the values of `deleted_at` itself (deleted vs. restored) wins.
    A row never deleted since sync began has no version of `deleted_at`: nothing to do."""
    if not _has_versions(conn, table, row_id, "deleted_at"):
        return
    versions = live(conn, table, row_id, "deleted_at")
    if not versions or not _same("deleted_at", (v.value for v in versions)):
        return
    if versions[0].value is None:
        _set_conflict(conn, table, row_id, "deleted_at", None, versions[0].hlc)
        return
    saw: set[str] = set()
    for (links,) in conn.execute(
        "SELECT replaces_json FROM sync_versions WHERE tbl = ? AND row_id = ? "
        "AND field = 'deleted_at' AND live = 1",
        (table, row_id),
    ):
        saw.update(json.loads(links).get("saw", ()))
    unseen = [
        (r[0], r[1])
        for r in conn.execute(
            "SELECT version_id, hlc, field FROM sync_versions WHERE tbl = ? AND row_id = ? "
            "AND live = 1 AND field != 'deleted_at'",
            (table, row_id),
        )
        if r[0] not in saw and r[2] not in BOOKKEEPING
    ]
    stamp = max([versions[0].hlc, *(u[1] for u in unseen)])
    _set_conflict(conn, table, row_id, "deleted_at", "edit_delete" if unseen else None, stamp)


def row_versions(conn: db.Connection, table: str, row_id: str) -> list[str]:
    """Every live version of a row's fields (what a delete saw)."""
    return [
        str(r[0])
        for r in conn.execute(
            "SELECT version_id FROM sync_versions WHERE tbl = ? AND row_id = ? AND live = 1 "
            "AND field != 'deleted_at' ORDER BY version_id",
            (table, row_id),
        )
    ]


def settle_numbers(conn: db.Connection) -> None:
    """Two live cases with one number: one `number_collision` conflict per number."""
    found = {
        str(r[0]): (str(r[1]), str(r[2] or BASE_HLC))
        for r in conn.execute(
            "SELECT c.number, MIN(c.id), MAX(v.hlc) FROM cases c LEFT JOIN sync_versions v "
            "ON v.tbl = 'cases' AND v.row_id = c.id AND v.field = 'number' "
            "WHERE c.deleted_at IS NULL GROUP BY c.number HAVING COUNT(DISTINCT c.id) > 1"
        )
    }
    have = {
        str(r[0])
        for r in conn.execute("SELECT row_id FROM sync_conflicts WHERE kind = 'number_collision'")
    }
    for number in have - set(found):
        conn.execute(
            "DELETE FROM sync_conflicts WHERE kind = 'number_collision' AND row_id = ?", (number,)
        )
    for number, (case_id, stamp) in found.items():
        conn.execute(
            "INSERT OR REPLACE INTO sync_conflicts (tbl, row_id, field, kind, case_id, "
            "detected_hlc) VALUES ('cases', ?, 'number', 'number_collision', ?, ?)",
            (number, case_id, stamp),
        )


def other_authors(
    conn: db.Connection, table: str, row_id: str, name: str, member_id: str
) -> list[str]:
    """The names of the members whose live versions of a field sit beside `member_id`'s."""
    return [
        str(r[0])
        for r in conn.execute(
            "SELECT DISTINCT m.name FROM sync_versions v JOIN members m ON m.id = v.member_id "
            "WHERE v.tbl = ? AND v.row_id = ? AND v.field = ? AND v.live = 1 "
            "AND v.member_id IS NOT ? ORDER BY m.name",
            (table, row_id, name, member_id),
        )
    ]


def conflicts(conn: db.Connection, case_id: str | None = None) -> list[Conflict]:
    sql = "SELECT tbl, row_id, field, kind, case_id, detected_hlc FROM sync_conflicts"
    args: tuple[str, ...] = ()
    if case_id is not None:
        sql, args = sql + " WHERE case_id = ?", (case_id,)
    return [
        Conflict(table=r[0], row_id=r[1], field=r[2], kind=r[3], case_id=r[4], detected_hlc=r[5])
        for r in conn.execute(sql + " ORDER BY tbl, row_id, field", args)
    ]


# -- effects: shared by local capture and remote apply -----------------------------------------
def note_touched(
    conn: db.Connection,
    touched: Touched,
    table: str,
    row_id: str,
    row: Mapping[str, Any] | None = None,
) -> None:
    if table == "team":
        touched.team = True
    elif table in ("members", "trainings", "contacts", "community_services") or table.startswith(
        "awareness_"
    ):
        touched.roster = True
    elif table == "meetings":
        touched.meetings.add(row_id)
    if row is not None:
        found = row_id if table == "cases" else row.get("case_id")
        case_id = None if found is None else str(found)
    else:
        case_id = case_of(conn, table, row_id)
    if case_id is not None:
        touched.cases.add(case_id)


def record_local(
    conn: db.Connection,
    origin: str,
    seq: int,
    stamp: str,
    member_id: str | None,
    effects: list[dict[str, Any]],
    loaded: Mapping[tuple[str, str, str], Any],
) -> Touched:
    """The versions of a local op, before it is written: each set replaces what its author
    saw (the loaded value when the form said so, else everything live at commit), each
    published plan or assessment replaces the heads live at commit, each soft delete records
    what it saw. Adds `replaces`/`saw` to the effects (they travel) and returns what changed."""
    touched = Touched()
    heads: list[dict[str, Any]] = []
    numbers = False
    rows: set[tuple[str, str]] = set()
    for effect in effects:
        table, row_id = effect["table"], effect["id"]
        kind = effect["kind"]
        if kind == "insert" and _is_versioned(table):
            case_id = str(effect["row"]["case_id"])
            replaces = [v.version_id for v in live(conn, table, case_id, HEAD)]
            heads.append(
                {
                    "kind": "head",
                    "table": table,
                    "id": case_id,
                    "value": row_id,
                    "replaces": replaces,
                }
            )
        if kind == "set":
            name = effect["field"]
            seen = current(conn, table, row_id, name, effect["old"])
            key = (table, row_id, name)
            if key in loaded:
                wanted = _dumps(loaded[key])
                seen = [v for v in seen if _dumps(v.value) == wanted]
            effect["replaces"] = [v.version_id for v in seen]
            if name == "deleted_at":
                effect["saw"] = row_versions(conn, table, row_id)
        elif kind == "head":
            effect["replaces"] = [v.version_id for v in live(conn, table, row_id, HEAD)]
        numbers = numbers or (
            table == "cases" and (kind != "set" or effect["field"] in ("number", "deleted_at"))
        )
        rows.add((table, row_id))
    effects.extend(heads)
    for place, effect in enumerate(effects):
        _record(conn, origin, seq, place, stamp, member_id, effect, touched, _OLD)
    for table, row_id in rows:
        if table in sync_schema.COLUMNS and has_deleted_at(table):
            settle_delete(conn, table, row_id)
    if numbers:
        settle_numbers(conn)
    return touched


def _record(
    conn: db.Connection,
    origin: str,
    seq: int,
    place: int,
    stamp: str,
    member_id: str | None,
    effect: dict[str, Any],
    touched: Touched,
    before: Any,
) -> None:
    """A set or head effect: its version, then the field's shown value and conflict. A local
    op's base is the value it replaced (`_OLD`); a remote op's is this copy's row (`_ROW`),
    which has had no version of the field, so it still holds the value every copy started
    from."""
    kind, table, row_id = effect["kind"], effect["table"], effect["id"]
    if kind == "set":
        name = effect["field"]
        version = Version(
            version_id=version_id(origin, seq, place),
            hlc=stamp,
            member_id=member_id,
            value=effect["new"],
        )
        add_version(
            conn,
            table,
            row_id,
            name,
            version,
            effect["replaces"],
            effect.get("saw", ()),
            before=effect["old"] if before is _OLD else before,
        )
        settle(conn, table, row_id, name, touched, write=True)
        note_touched(conn, touched, table, row_id)
    elif kind == "head":
        version = Version(
            version_id=version_id(origin, seq, place),
            hlc=stamp,
            member_id=member_id,
            value=effect["value"],
        )
        add_version(conn, table, row_id, HEAD, version, effect["replaces"], before=None)
        settle(conn, table, row_id, HEAD, touched, write=False)
        touched.cases.add(row_id)
    else:
        note_touched(conn, touched, table, row_id)


def record_remote(
    conn: db.Connection, op: Op, place: int, effect: dict[str, Any], touched: Touched
) -> None:
    """A set or head effect of another laptop's op: its base is this copy's row."""
    _record(conn, op.origin, op.seq, place, op.hlc, op.member_id, effect, touched, _ROW)
