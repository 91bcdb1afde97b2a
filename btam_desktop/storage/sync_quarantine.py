"""Ops that wait: for what they build on (`waiting`), for a lead, because their author had
been removed from the team when they were written (`removed`), or for this laptop's update,
because a newer BTAM Desktop wrote them to a table or column this version does not have
(`newer`: they apply at the first sync after the update, with the ops that built on them).

A lead's removal records, in its `member.removed` audit event, how far the lead had seen each
of the removed member's laptops (`seen`: origin -> op number). An op of that member beyond
those numbers is **held** on every laptop until a lead imports it (`sync.quarantine_imported`:
this op and the earlier held ones of its laptop are applied, as the member's own ops) or
discards it (`sync.quarantine_discarded`: this op and every later one of its laptop are never
applied, since a later change may build on it). The three events travel in ordinary ops, and
what they set only grows (caps rise, discards start earlier), so every laptop holds, applies
and drops the same ops whatever order it hears of them in.

Honest window: a laptop that applied such an op before it heard of the removal keeps it (it
cannot be unapplied); the lead's list still shows it, and the guide says why the removal
checklist asks to revoke the folder first. Another member's op that built on a held op does
not wait for it: a dependency on a removed member's laptop counts only up to what is allowed.

The rules live in `meta` (local: each copy learns them from the events), the held ops in
`sync_quarantine` with their signed body, as received.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from btam_desktop.storage import db
from btam_desktop.storage.sync_op import Op

#: `meta` key of what this copy learned from removals, imports and discards.
_RULES = "sync_quarantine_rules"
WAITING, REMOVED, NEWER = "waiting", "removed", "newer"
#: The audit actions that change the rules.
REMOVAL = "member.removed"
IMPORTED = "sync.quarantine_imported"
DISCARDED = "sync.quarantine_discarded"


@dataclass(slots=True)
class Rules:
    """What this copy knows: removed members' allowed op numbers per laptop, and the leads'
    decisions on what they held."""

    #: member id -> {origin: last op number the removing lead had seen}
    removed: dict[str, dict[str, int]] = field(default_factory=dict)
    #: origin -> ops up to this number are imported
    imported: dict[str, int] = field(default_factory=dict)
    #: origin -> ops from this number on are discarded
    discarded: dict[str, int] = field(default_factory=dict)

    def allowed_up_to(self, member_id: str | None, origin: str) -> int | None:
        """The last op number of `origin` that may apply; None when nothing is held from it."""
        caps = self.removed.get(member_id or "")
        if caps is None:
            return None
        return max(caps.get(origin, 0), self.imported.get(origin, 0))

    def held(self, op: Op) -> bool:
        cap = self.allowed_up_to(op.member_id, op.origin)
        return cap is not None and op.seq > cap and not self.dropped(op)

    def dropped(self, op: Op) -> bool:
        start = self.discarded.get(op.origin)
        return start is not None and op.seq >= start

    def dependency(self, origin: str, wanted: int, held_origins: Mapping[str, str]) -> int:
        """How much of `origin` an op that had seen `wanted` of it must wait for: all of it,
        unless the origin is a removed member's laptop (`held_origins`: origin -> member)."""
        member = held_origins.get(origin)
        cap = self.allowed_up_to(member, origin) if member is not None else None
        if cap is None:
            for caps in self.removed.values():
                if origin in caps:
                    cap = max(caps[origin], self.imported.get(origin, 0))
        return wanted if cap is None else min(wanted, cap)

    def learn(self, event: Mapping[str, Any]) -> bool:
        """Take in one audit event (local or another laptop's); True when a rule changed."""
        action, detail = event.get("action"), event.get("detail") or {}
        if isinstance(detail, str):
            detail = json.loads(detail or "{}")
        if action == REMOVAL and isinstance(detail.get("seen"), dict):
            member = str(event.get("entity_id") or "")
            caps = self.removed.setdefault(member, {})
            before = dict(caps)
            for origin, seq in detail["seen"].items():
                caps[str(origin)] = max(caps.get(str(origin), 0), int(seq))
            return caps != before or not before
        if action in (IMPORTED, DISCARDED) and "origin" in detail and "seq" in detail:
            origin, seq = str(detail["origin"]), int(detail["seq"])
            if action == IMPORTED and seq > self.imported.get(origin, 0):
                self.imported[origin] = seq
                return True
            if action == DISCARDED and seq < self.discarded.get(origin, seq + 1):
                self.discarded[origin] = seq
                return True
        return False


def rules(conn: db.Connection) -> Rules:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_RULES,)).fetchone()
    if row is None:
        return Rules()
    data = json.loads(str(row[0]))
    return Rules(
        removed={
            str(m): {str(o): int(s) for o, s in c.items()} for m, c in data["removed"].items()
        },
        imported={str(o): int(s) for o, s in data["imported"].items()},
        discarded={str(o): int(s) for o, s in data["discarded"].items()},
    )


def save(conn: db.Connection, found: Rules) -> None:
    value = json.dumps(
        {"removed": found.removed, "imported": found.imported, "discarded": found.discarded},
        sort_keys=True,
    )
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_RULES, value))


def learn(conn: db.Connection, event: Mapping[str, Any]) -> None:
    """One event's rule, stored (the lead's own removal, import or discard)."""
    found = rules(conn)
    if found.learn(event):
        save(conn, found)


def park(conn: db.Connection, op: Op, reason: str) -> None:
    body = json.dumps(
        {
            "op_id": op.op_id,
            "hlc": op.hlc,
            "member_id": op.member_id,
            "intent": op.intent,
            "body": op.body.hex(),
        }
    ).encode()
    conn.execute(
        "INSERT INTO sync_quarantine (origin, seq, reason, body) VALUES (?,?,?,?) "
        "ON CONFLICT(origin, seq) DO UPDATE SET reason = excluded.reason",
        (op.origin, op.seq, reason, body),
    )


def unpark(conn: db.Connection, origin: str, seq: int) -> None:
    conn.execute("DELETE FROM sync_quarantine WHERE origin = ? AND seq = ?", (origin, seq))


def count(conn: db.Connection, reason: str) -> int:
    return int(
        conn.execute("SELECT count(*) FROM sync_quarantine WHERE reason = ?", (reason,)).fetchone()[
            0
        ]
    )


def parked(conn: db.Connection, reason: str | None = None) -> list[Op]:
    """The ops waiting here (for `reason`, or all), in their laptops' order."""
    where, args = ("WHERE reason = ?", (reason,)) if reason else ("", ())
    out = []
    for origin, seq, body in conn.execute(
        f"SELECT origin, seq, body FROM sync_quarantine {where} ORDER BY origin, seq", args
    ).fetchall():
        data = json.loads(body)
        out.append(
            Op(
                origin=str(origin),
                seq=int(seq),
                op_id=data["op_id"],
                hlc=data["hlc"],
                member_id=data["member_id"],
                intent=data["intent"],
                body=bytes.fromhex(data["body"]),
            )
        )
    return out
