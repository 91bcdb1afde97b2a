"""Attachments through the sync folder: the bytes of evidence files, carried beside the ops that
name them (`storage/sync_blob.py` has the file format and why it looks as it does).

Every laptop publishes the bytes of every attachment it holds and the folder lacks (its own
and, as a relay, those that reached it from another folder or a stick), and fills the rows
whose bytes it lacks from the files it finds. Until they arrive, the attachment is listed and
its preview says it has not arrived yet.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from btam_desktop.domain import clock
from btam_desktop.services.contracts.sync import SkippedFile
from btam_desktop.services.session import Session
from btam_desktop.storage import fsio, sync_blob, sync_segment
from btam_desktop.storage.sync_blob import BlobKeys
from btam_desktop.storage.sync_segment import BadSegmentError


@dataclass(slots=True)
class BlobsPulled:
    """What one pull of attachments did."""

    filled: int = 0
    waiting: int = 0
    skipped: list[SkippedFile] = field(default_factory=list)


def _keys(session: Session) -> BlobKeys:
    ocf = session.ocf
    return BlobKeys.of(bytes(ocf.data_key), ocf.keys.file_id, ocf.generation)


def _present(place: Path) -> dict[str, int]:
    """Name -> size of the files in the attachments folder (none when it does not exist)."""
    try:
        with os.scandir(place) as entries:
            return {e.name: e.stat().st_size for e in entries if sync_blob.NAME.match(e.name)}
    except (FileNotFoundError, NotADirectoryError):
        return {}


def publish(session: Session, folder: Path) -> int:
    """Write the attachments this laptop holds and the folder lacks; returns files written. A
    file of the wrong size (cut short by a full stick, say) is written again."""
    keys = _keys(session)
    place = sync_blob.folder_of(folder, keys.generation)
    fsio.remove_stale_temporaries(place, clock.now().timestamp())
    present = _present(place)
    written = 0
    for item in sync_blob.held(session.ocf.conn):
        name = keys.name(item.sha256)
        if present.get(name) == keys.encoded_size(item.sha256, item.size):
            continue
        data = keys.encode(sync_blob.content_of(session.ocf.conn, item.evidence_id))
        place.mkdir(parents=True, exist_ok=True)
        fsio.atomic_write(place / name, data, step="blob", tmp=place / f".~{name}.tmp")
        present[name] = len(data)
        written += 1
    return written


def pull(session: Session, folder: Path) -> BlobsPulled:
    """Fill the attachments whose bytes this laptop lacks from the folder, each in its own
    transaction (a crash keeps those already filled). A damaged or foreign file is listed
    and left; its attachment waits for a good copy."""
    ocf = session.ocf
    keys = _keys(session)
    place = sync_blob.folder_of(folder, keys.generation)
    done = BlobsPulled()
    lacking = sync_blob.missing(ocf.conn)
    present = _present(place) if lacking else {}
    for item in lacking:
        name = keys.name(item.sha256)
        if name not in present:
            done.waiting += 1
            continue
        try:
            data = sync_segment.read_file(place / name, sync_blob.MAX_BYTES, "an attachment")
            content = keys.decode(data, item.sha256)
        except BadSegmentError as error:
            relative = str((place / name).relative_to(folder))
            done.skipped.append(SkippedFile(path=relative, why=str(error)))
            done.waiting += 1
            continue
        quiet = ocf.capture.suppressed() if ocf.capture else contextlib.nullcontext()
        with ocf.transaction(intent="sync_blobs.pull") as tx, quiet:
            sync_blob.fill(tx, item.evidence_id, content)
        done.filled += 1
    return done
