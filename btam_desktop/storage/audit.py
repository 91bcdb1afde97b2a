"""The audit log: who did what when, written in the same transaction as the change.

Rows carry ids and field names, never student text. Each row's MAC covers the previous MAC,
under a key derived from the data key, so an edited, removed or reordered row breaks the chain;
the head is also anchored in the key file, so truncation or rollback is detected.
Honest limit: anyone holding the data key can rewrite the chain (see the security model).

Since schema 9 each event is also on the hash chain of its origin (the laptop that wrote it):
`hash = SHA-256(prev_hash || canonical(event))`, with the origin's own sequence number and
clock stamp. The local chain is this file's (re-keyed on rotation, anchored in the key file);
the origin chain travels with the event to other laptops, so it must not depend on the data
key, and rotation never rewrites it. `verify` checks both.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from btam_desktop.domain.audit import AuditEvent
from btam_desktop.domain.records import utc_now
from btam_desktop.storage import crypto, db

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class ChainReport:
    events: int
    head_seq: int
    head_mac: str
    first_broken_seq: int | None
    #: The origin whose chain breaks at `first_broken_seq`; None when the local chain does.
    broken_origin: str | None = None
    origins: int = 0

    @property
    def ok(self) -> bool:
        return self.first_broken_seq is None


class EventStamper(Protocol):
    """What puts an event on its origin's chain: the op capture of the open transaction."""

    def stamp(self) -> tuple[str, str]:
        """(origin, clock stamp) of the transaction being written."""
        ...

    def add_event(self, event: dict[str, Any]) -> None:
        """The event as chained, to travel in the transaction's op."""
        ...

    def last_event(self) -> dict[str, Any] | None:
        """The last event added in this transaction (all of one origin), if any."""
        ...


def canonical(value: Any) -> bytes:
    """One byte form per value (sorted keys, no spaces, ASCII): what is hashed and stored."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def origin_hash(prev_hash: str, event: dict[str, Any]) -> str:
    return hashlib.sha256(prev_hash.encode() + canonical(event)).hexdigest()


def audit_key(data_key: bytes, file_id: str) -> bytes:
    return crypto.subkey(data_key, b"btam audit-chain|" + file_id.encode())


def _row_bytes(row: tuple[Any, ...]) -> bytes:
    return json.dumps(list(row), separators=(",", ":"), ensure_ascii=True).encode()


def _mac(key: bytes, prev_mac: str, row: tuple[Any, ...]) -> str:
    return crypto.mac(key, prev_mac.encode() + b"|" + _row_bytes(row))


_COLUMNS = "seq, ts, member_id, action, entity, entity_id, case_id, detail_json"
_ORIGIN_COLUMNS = "origin, origin_seq, hlc, prev_hash, hash"
_EVENT_KEYS = ("ts", "member_id", "action", "entity", "entity_id", "case_id")


def _event(row: tuple[Any, ...], origin: str, origin_seq: int, stamp: str) -> dict[str, Any]:
    """The chained form of a row of `_COLUMNS` (without the local seq, which is this file's)."""
    event = dict(zip(_EVENT_KEYS, row[1:7], strict=True))
    event.update(origin=origin, origin_seq=origin_seq, hlc=stamp, detail=json.loads(row[7]))
    return event


class AuditLog:
    def __init__(
        self, conn: db.Connection, key: bytes, stamper: EventStamper | None = None
    ) -> None:
        self._conn = conn
        self._key = key
        #: Set once the file has the sync tables (schema 9); then every event is chained
        #: per origin too.
        self.stamper = stamper

    def head(self) -> tuple[int, str]:
        row = self._conn.execute("SELECT seq, mac FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        return (int(row[0]), str(row[1])) if row else (0, GENESIS)

    def append(
        self,
        member_id: str | None,
        action: str,
        *,
        entity: str = "",
        entity_id: str = "",
        case_id: str = "",
        detail: dict[str, Any] | None = None,
    ) -> int:
        """Append one event; the caller's transaction commits it together with the change."""
        seq, prev = self.head()
        row = (
            seq + 1,
            utc_now(),
            member_id,
            action,
            entity,
            entity_id,
            case_id,
            json.dumps(detail or {}, sort_keys=True, ensure_ascii=True),
        )
        chained = self._chain_to_origin(row) if self.stamper is not None else ()
        names = f"{_COLUMNS}, prev_mac, mac" + (f", {_ORIGIN_COLUMNS}" if chained else "")
        values = (*row, prev, _mac(self._key, prev, row), *chained)
        self._conn.execute(
            f"INSERT INTO audit ({names}) VALUES ({','.join('?' * len(values))})", values
        )
        return seq + 1

    def _chain_to_origin(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        """The row's place on its origin's chain: (origin, origin_seq, hlc, prev_hash, hash)."""
        assert self.stamper is not None
        origin, stamp = self.stamper.stamp()
        last = self.stamper.last_event()  # an earlier event of this transaction: no query
        if last is None:
            found = self._conn.execute(
                "SELECT origin_seq, hash FROM audit WHERE origin = ? "
                "ORDER BY origin_seq DESC LIMIT 1",
                (origin,),
            ).fetchone()
            last = {"origin_seq": found[0], "hash": found[1]} if found else None
        number, prev_hash = (
            (int(last["origin_seq"]) + 1, str(last["hash"])) if last else (1, GENESIS)
        )
        event = _event(row, origin, number, stamp)
        digest = origin_hash(prev_hash, event)
        self.stamper.add_event({**event, "prev_hash": prev_hash, "hash": digest})
        return (origin, number, stamp, prev_hash, digest)

    def append_remote(
        self, event: dict[str, Any], after: tuple[int, str] | None = None
    ) -> tuple[int, str]:
        """Append an event another laptop wrote (it came in that laptop's op): on this file's
        local chain under the next local seq, with its origin chain columns as they were.
        `after` is the local head when the caller knows it (a batch appends many); returns
        the new head."""
        seq, prev = self.head() if after is None else after
        row = (
            seq + 1,
            event["ts"],
            event["member_id"],
            event["action"],
            event["entity"],
            event["entity_id"],
            event["case_id"],
            json.dumps(event["detail"], sort_keys=True, ensure_ascii=True),
        )
        chained = (
            event["origin"],
            event["origin_seq"],
            event["hlc"],
            event["prev_hash"],
            event["hash"],
        )
        mac = _mac(self._key, prev, row)
        values = (*row, prev, mac, *chained)
        self._conn.execute(
            f"INSERT INTO audit ({_COLUMNS}, prev_mac, mac, {_ORIGIN_COLUMNS}) "
            f"VALUES ({','.join('?' * len(values))})",
            values,
        )
        return seq + 1, mac

    def _rows(self) -> Iterator[tuple[Any, ...]]:
        yield from self._conn.execute(f"SELECT {_COLUMNS}, prev_mac, mac FROM audit ORDER BY seq")

    def verify(self) -> ChainReport:
        """The local chain first (its break is reported as is), then every origin's chain."""
        prev, count, last_seq = GENESIS, 0, 0
        for *row, prev_mac, mac in self._rows():
            count += 1
            expected = _mac(self._key, prev, tuple(row))
            if prev_mac != prev or not crypto.mac_equal(mac, expected) or row[0] != last_seq + 1:
                return ChainReport(count, int(row[0]), mac, int(row[0]))
            prev, last_seq = mac, int(row[0])
        broken, origins = self._verify_origins()
        return ChainReport(
            count,
            last_seq,
            prev,
            broken[0] if broken else None,
            broken_origin=broken[1] if broken else None,
            origins=origins,
        )

    def _has_origin_chains(self) -> bool:
        return any(r[1] == "hash" for r in self._conn.execute("PRAGMA table_info(audit)"))

    def _verify_origins(self) -> tuple[tuple[int, str] | None, int]:
        """The first event (local seq, origin) that breaks its origin's chain, and how many
        origins there are. Files older than schema 9 have no origin chains."""
        if not self._has_origin_chains():
            return None, 0
        heads: dict[str, tuple[int, str]] = {}
        for *row, origin, number, stamp, prev_hash, digest in self._conn.execute(
            f"SELECT {_COLUMNS}, {_ORIGIN_COLUMNS} FROM audit ORDER BY seq"
        ):
            if origin is None or number is None or stamp is None:
                return (int(row[0]), str(origin)), len(heads)
            last_number, last_hash = heads.get(origin, (0, GENESIS))
            event = _event(tuple(row), origin, int(number), stamp)
            if (
                number != last_number + 1
                or prev_hash != last_hash
                or digest != origin_hash(last_hash, event)
            ):
                return (int(row[0]), str(origin)), len(heads | {origin: (0, "")})
            heads[origin] = (int(number), str(digest))
        return None, len(heads)

    def anchor_on_chain(self, seq: int, mac: str) -> bool:
        """True when the anchor recorded elsewhere is a row of this chain (or the empty start)."""
        if seq == 0:
            return True
        row = self._conn.execute("SELECT mac FROM audit WHERE seq = ?", (seq,)).fetchone()
        return row is not None and crypto.mac_equal(str(row[0]), mac)

    def rechain(self, new_key: bytes) -> None:
        """Recompute every MAC under a new key (key rotation). The caller verified the old chain
        first, inside the same transaction, so no break is laundered."""
        prev = GENESIS
        for *row, _prev_mac, _mac_old in list(self._rows()):
            mac = _mac(new_key, prev, tuple(row))
            self._conn.execute(
                "UPDATE audit SET prev_mac = ?, mac = ? WHERE seq = ?", (prev, mac, row[0])
            )
            prev = mac
        self._key = new_key

    def events(self, case_id: str | None = None) -> list[AuditEvent]:
        sql = f"SELECT {_COLUMNS} FROM audit"
        args: tuple[str, ...] = ()
        if case_id is not None:
            sql += " WHERE case_id = ?"
            args = (case_id,)
        return [
            AuditEvent(int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]))
            for r in self._conn.execute(sql + " ORDER BY seq", args)
        ]
