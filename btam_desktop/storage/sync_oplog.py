"""The op log this copy holds (`sync_ops`): what it has of each laptop, and the ops a peer
lacks. Ops of an origin are held without gaps, so the highest number says what is here."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from btam_desktop.storage import db
from btam_desktop.storage.sync_op import Op


def known(conn: db.Connection, origin: str, seq: int) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM sync_ops WHERE origin = ? AND seq = ?", (origin, seq)
        ).fetchone()
        is not None
    )


_OP_COLUMNS = "origin, seq, op_id, hlc, member_id, intent, body"


def _op(r: Sequence[Any]) -> Op:
    """An op from a row of `_OP_COLUMNS`."""
    return Op(
        origin=r[0],
        seq=int(r[1]),
        op_id=r[2],
        hlc=r[3],
        member_id=r[4],
        intent=r[5],
        body=bytes(r[6]),
    )


def ops_since(conn: db.Connection, have: Mapping[str, int] | None = None) -> list[Op]:
    """Every op this copy holds that a peer with version vector `have` lacks."""
    have = have or {}
    return [
        _op(r)
        for r in conn.execute(f"SELECT {_OP_COLUMNS} FROM sync_ops ORDER BY origin, seq")
        if int(r[1]) > have.get(str(r[0]), 0)
    ]


def origins_of(conn: db.Connection, member_id: str) -> list[str]:
    """The origins holding ops of this member (their laptops, and a shared one's history)."""
    return [
        str(r[0])
        for r in conn.execute(
            "SELECT DISTINCT origin FROM sync_ops WHERE member_id = ? ORDER BY origin",
            (member_id,),
        )
    ]


def ops_after(conn: db.Connection, origin: str, seq: int) -> Iterator[Op]:
    """An origin's ops after number `seq`, in order (the primary key: no scan of the log)."""
    rows = conn.execute(
        f"SELECT {_OP_COLUMNS} FROM sync_ops WHERE origin = ? AND seq > ? ORDER BY seq",
        (origin, seq),
    )
    return (_op(r) for r in rows)


def seen_vector(conn: db.Connection) -> dict[str, int]:
    """What this copy has: the highest op number of every origin (its ops are contiguous)."""
    return {
        str(r[0]): int(r[1])
        for r in conn.execute("SELECT origin, MAX(seq) FROM sync_ops GROUP BY origin")
    }
