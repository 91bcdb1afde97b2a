"""Carrying other laptops' segments on: a sync leaves in the folder the segments of others that
this laptop applied and the folder lacks.

A USB stick taken from the office share to a laptop at home, or between two schools' shares,
then holds the whole team's changes, not only this laptop's: segments are self-authenticating
(signed by their author, checked by every reader), so any laptop may carry any of them. The
file is rebuilt from the ops this laptop holds with the author's nonce and signature
(`sync_segment.rebuild`, `storage/sync_relay.py`): byte for byte the author's file, so it
lands under the author's name and no tool sees two versions of one file.

A relayed file is written through `seg/.~relay/` (renamed into the author's folder), so the
author's own clean-up of its folder never meets another laptop's write in progress.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from btam_desktop.domain import clock
from btam_desktop.services.session import Session
from btam_desktop.storage import fsio, sync_relay, sync_segment
from btam_desktop.storage.sync_segment import Segment

STAGING = ".~relay"


def remember(session: Session, segments: Iterable[tuple[int, Segment]]) -> None:
    """Keep what carrying on (generation, segment) pairs read from a folder takes."""
    rows = list(segments)
    if not rows:
        return
    ocf = session.ocf
    with ocf.transaction(intent="sync_relay.remember") as tx:
        sync_relay.record(tx, rows)


def _covered(place: Path) -> set[int]:
    """The op numbers the names in an origin's folder claim (a damaged file is repaired by
    its author's next publish, or read again from another copy)."""
    held: set[int] = set()
    for name in fsio.names_in(place):
        found = sync_segment.NAME.match(name)
        if found:
            held.update(range(int(found.group(1)), int(found.group(2)) + 1))
    return held


def relay(session: Session, folder: Path, data_keys: dict[int, bytes]) -> int:
    """Write the segments of other laptops this copy applied and `folder` lacks; returns how
    many files. `data_keys`: the data key of each generation this laptop reads."""
    ocf = session.ocf
    staging = folder / "seg" / STAGING
    fsio.remove_stale_temporaries(staging, clock.now().timestamp())
    covered: dict[Path, set[int]] = {}
    written = 0
    for generation, sent in sync_relay.recorded(ocf.conn):
        data_key = data_keys.get(generation)
        if data_key is None:
            continue
        place = sync_segment.folder_of(folder, generation, sent.origin)
        have = covered.setdefault(place, _covered(place))
        run = range(sent.seq_from, sent.seq_to + 1)
        if have.issuperset(run):
            continue
        ops = sync_relay.run_of(ocf.conn, sent)
        if len(ops) != len(run):
            continue  # part of it still waits for an earlier op: carried once it is applied
        data = sync_segment.rebuild(
            ops, file_id=ocf.keys.file_id, generation=generation, data_key=data_key, sent=sent
        )
        name = sync_segment.file_name(sent.seq_from, sent.seq_to, data)
        staging.mkdir(parents=True, exist_ok=True)
        place.mkdir(parents=True, exist_ok=True)
        fsio.atomic_write(place / name, data, step="relay", tmp=staging / f".~{name}.tmp")
        have.update(run)
        written += 1
    return written
