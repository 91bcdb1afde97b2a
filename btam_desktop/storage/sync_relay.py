"""The segments this copy applied from other laptops, kept so it can carry them on (schema 10).

Only what a file's bytes cannot be rebuilt without is kept: the header's nonce and the
author's signature, with the run and generation; the ops themselves are in `sync_ops`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from btam_desktop.storage import db, sync_oplog
from btam_desktop.storage.sync_op import Op
from btam_desktop.storage.sync_segment import Segment


def record(conn: db.Connection, segments: Iterable[tuple[int, Segment]]) -> None:
    """Remember (generation, segment) pairs read from a folder (inside a transaction)."""
    conn.executemany(
        "INSERT OR IGNORE INTO sync_segments (origin, seq_from, seq_to, generation, member_id, "
        "nonce, signature) VALUES (?,?,?,?,?,?,?)",
        [
            (s.origin, s.seq_from, s.seq_to, g, s.member_id, s.nonce, s.signature)
            for g, s in segments
        ],
    )


def recorded(conn: db.Connection) -> Iterator[tuple[int, Segment]]:
    """(generation, segment without its ops) of every segment this copy can carry on."""
    rows = conn.execute(
        "SELECT origin, seq_from, seq_to, generation, member_id, nonce, signature "
        "FROM sync_segments ORDER BY generation, origin, seq_from"
    )
    for origin, seq_from, seq_to, generation, member_id, nonce, signature in rows:
        yield (
            int(generation),
            Segment(
                origin=str(origin),
                member_id=str(member_id),
                seq_from=int(seq_from),
                seq_to=int(seq_to),
                ops=(),
                nonce=bytes(nonce),
                signature=bytes(signature),
            ),
        )


def run_of(conn: db.Connection, segment: Segment) -> list[Op]:
    """The ops of a recorded segment's run as this copy holds them (fewer while some of them
    wait for an earlier op)."""
    ops = []
    for op in sync_oplog.ops_after(conn, segment.origin, segment.seq_from - 1):
        if op.seq > segment.seq_to:
            break
        ops.append(op)
    return ops
