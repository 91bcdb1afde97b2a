"""Schema 10: what a laptop needs to carry other laptops' segments to another folder.

A segment is signed by the member who wrote it, so only they can make one; but any laptop
that applied it can write the very same file again, given its header nonce and signature:
the ops are in `sync_ops` byte for byte, and encryption under the same key and nonce is
deterministic. `sync_segments` keeps those two values (and whose run it is, under which
generation) for every segment this copy applied from another laptop, so a sync with a USB
stick leaves on it what the stick lacks, for anyone (sync research 4.5, "USB relay").
Local to this laptop, like every `sync_*` table.
"""

from __future__ import annotations

from btam_desktop.storage import db

VERSION = 10

STATEMENTS = (
    """CREATE TABLE sync_segments (
        origin TEXT NOT NULL,
        seq_from INTEGER NOT NULL,
        seq_to INTEGER NOT NULL,
        generation INTEGER NOT NULL,
        member_id TEXT NOT NULL,
        nonce BLOB NOT NULL,
        signature BLOB NOT NULL,
        PRIMARY KEY (origin, seq_from, seq_to, generation)
    )""",
)


def apply(conn: db.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
