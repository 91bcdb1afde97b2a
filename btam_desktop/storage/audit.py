"""The audit log: who did what when, written in the same transaction as the change.

Rows carry ids and field names, never student text. Each row's MAC covers the previous MAC,
under a key derived from the data key, so an edited, removed or reordered row breaks the chain;
the head is also anchored in the key file, so truncation or rollback is detected.
Honest limit: anyone holding the data key can rewrite the chain (see the security model).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

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

    @property
    def ok(self) -> bool:
        return self.first_broken_seq is None


def audit_key(data_key: bytes, file_id: str) -> bytes:
    return crypto.subkey(data_key, b"btam audit-chain|" + file_id.encode())


def _row_bytes(row: tuple[Any, ...]) -> bytes:
    return json.dumps(list(row), separators=(",", ":"), ensure_ascii=True).encode()


def _mac(key: bytes, prev_mac: str, row: tuple[Any, ...]) -> str:
    return crypto.mac(key, prev_mac.encode() + b"|" + _row_bytes(row))


_COLUMNS = "seq, ts, member_id, action, entity, entity_id, case_id, detail_json"


class AuditLog:
    def __init__(self, conn: db.Connection, key: bytes) -> None:
        self._conn = conn
        self._key = key

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
        self._conn.execute(
            f"INSERT INTO audit ({_COLUMNS}, prev_mac, mac) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (*row, prev, _mac(self._key, prev, row)),
        )
        return seq + 1

    def _rows(self) -> Iterator[tuple[Any, ...]]:
        yield from self._conn.execute(f"SELECT {_COLUMNS}, prev_mac, mac FROM audit ORDER BY seq")

    def verify(self) -> ChainReport:
        prev, count, last_seq = GENESIS, 0, 0
        for *row, prev_mac, mac in self._rows():
            count += 1
            expected = _mac(self._key, prev, tuple(row))
            if prev_mac != prev or not crypto.mac_equal(mac, expected) or row[0] != last_seq + 1:
                return ChainReport(count, int(row[0]), mac, int(row[0]))
            prev, last_seq = mac, int(row[0])
        return ChainReport(count, last_seq, prev, None)

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
