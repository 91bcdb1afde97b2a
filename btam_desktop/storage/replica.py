"""Which replica this copy of a case file is: its id, clock and next op number.

Every op a laptop makes is numbered in its replica's own sequence (`origin`, `seq`), and other
laptops trust that a number is never used twice. A case-file folder can be copied (to another
laptop, or beside itself) or restored from a backup, and the copy holds the same `sync_replica`
row as the original: if it went on numbering from there, two copies would write different ops
under one (origin, seq), which looks exactly like a forged history. So a marker outside the
file, in the per-user data folder, says which replica this installation last wrote with, for
this file at this folder, and how far it had numbered. A copy (no marker for its folder), a
file another installation last wrote (another replica id) or a restored older state (fewer ops
than the marker has seen) gets a new replica id before its first op. The clock is carried over,
so it never goes backward.

The id is settled at the first write, not at unlock: opening a backup only to verify it must
neither write into it nor take over the live file's marker. The marker holds a random id and a
number; its name is a hash of the file id and folder, so the data folder shows no path.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from btam_desktop.domain import hlc
from btam_desktop.domain.records import new_id
from btam_desktop.storage import fsio
from btam_desktop.user_data import user_data_dir

if TYPE_CHECKING:
    from btam_desktop.storage import db


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    """A case file as the marker knows it: its id and the folder it is opened at."""

    file_id: str
    folder: Path
    markers: Path

    @classmethod
    def of(cls, file_id: str, folder: Path) -> Place:
        return cls(file_id=file_id, folder=folder, markers=user_data_dir() / "replicas")

    @property
    def marker(self) -> Path:
        # fsencode: a folder name need not be UTF-8 (tests/cli/test_bad_input.py).
        where = self.file_id.encode() + b"\0" + os.fsencode(self.folder.resolve())
        return self.markers / f"{hashlib.sha256(where).hexdigest()[:32]}.json"


@dataclass(slots=True, kw_only=True)
class Replica:
    """This copy's row of `sync_replica`, as it is during a transaction."""

    replica_id: str
    clock: hlc.Hlc
    next_seq: int


def read_marker(place: Place) -> tuple[str, int] | None:
    try:
        data = json.loads(place.marker.read_text())
        return str(data["replica_id"]), int(data["next_seq"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_marker(place: Place, replica: Replica) -> None:
    place.markers.parent.mkdir(mode=fsio.DIR_MODE, parents=True, exist_ok=True)
    fsio.make_private_dir(place.markers)
    text = json.dumps({"replica_id": replica.replica_id, "next_seq": replica.next_seq})
    fsio.atomic_write(place.marker, text.encode())


def move_marker(file_id: str, old: Path, new: Path) -> None:
    """A folder renamed by the app itself (a new file moved into place) stays the same
    replica; call before `old` stops existing (the marker name hashes the resolved path)."""
    before = Place.of(file_id, old)
    found = read_marker(before)
    if found is not None:
        write_marker(
            Place.of(file_id, new), Replica(replica_id=found[0], clock=hlc.ZERO, next_seq=found[1])
        )
        fsio.remove_quietly(before.marker)


def settle(conn: db.Connection, place: Place, member_id: str) -> tuple[Replica, bool]:
    """This copy's replica inside the open transaction: the one in the file when this
    installation's marker vouches for it and it is the writing member's, else a new one.
    Returns it and whether it is new (its marker is then written after commit).

    An origin is one member's (the one who minted it): the segments that carry its ops to
    other laptops are signed by that member, and a segment signed by anyone else under that
    origin is refused. Another member writing on this copy (the team's shared laptop) starts
    an origin of their own."""
    row = conn.execute("SELECT replica_id, hlc, next_seq, member_id FROM sync_replica").fetchone()
    marker = read_marker(place)
    if row is not None and marker is not None and row[3] == member_id:
        replica_id, next_seq = str(row[0]), int(row[2])
        if marker[0] == replica_id and next_seq >= marker[1]:
            return Replica(
                replica_id=replica_id, clock=hlc.Hlc.parse(row[1]), next_seq=next_seq
            ), False
    carried = hlc.Hlc.parse(row[1]) if row is not None else hlc.ZERO
    replica = Replica(replica_id=new_id(), clock=carried, next_seq=1)
    conn.execute("DELETE FROM sync_replica")
    conn.execute(
        "INSERT INTO sync_replica (replica_id, member_id, hlc, next_seq) VALUES (?,?,?,?)",
        (replica.replica_id, member_id, carried.text(), 1),
    )
    # What this copy already holds (its own earlier ops under an older id, or the history of
    # the file it was copied from) is what its ops will say they were made after (`deps`).
    conn.execute(
        "INSERT OR REPLACE INTO sync_seen (origin, member_id, max_seq, head_hash, last_hlc) "
        "SELECT origin, NULL, MAX(seq), ?, MAX(hlc) FROM sync_ops GROUP BY origin",
        ("0" * 64,),
    )
    return replica, True
