"""Attachments travel through the sync folder as files of their own (issue 17): encrypted, named
by an HMAC, checked against the hash a signed op gave, and filled in when they arrive."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from btam_desktop.domain import clock
from btam_desktop.services import intake, session as sessions, sync_folder
from btam_desktop.services.session import Session
from btam_desktop.storage import sync_blob
from tests.conftest import PASSPHRASE, PinClock
from tests.sync import folders
from tests.sync.folders import STUDENT

PHOTO = b"\x89PNG\r\n\x1a\n" + f"fictional photo of a note about {STUDENT}".encode() * 40
LETTER = f"Fictional letter: {STUDENT} said the bus ride frightened him.\n".encode() * 30


def _blobs(folder: Path) -> list[Path]:
    return sorted(folder.glob("blob/g*/*.btb"))


def _content(s: Session, case_id: str, name: str) -> bytes:
    (info,) = [e for e in intake.evidence_of(s, case_id) if e.file_name == name]
    return intake.evidence_content(s, info.id)


def test_an_attachment_reaches_every_laptop_and_its_file_tells_nothing(
    team: tuple[list[Session], Path, str],
) -> None:
    (a, b, c), folder, case_id = team
    intake.attach_evidence(b, case_id, "note.png", PHOTO)
    sent = sync_folder.sync_with(b, folder)
    assert sent.sent_attachments == 1
    (blob,) = _blobs(folder)
    sha = hashlib.sha256(PHOTO).hexdigest()
    assert sha[:16] not in blob.name and sha[:16].encode() not in blob.read_bytes()
    assert b"fictional photo" not in blob.read_bytes()
    for s in (a, c):
        got = sync_folder.sync_with(s, folder)
        assert (got.received_attachments, got.attachments_waiting) == (1, 0)
        assert _content(s, case_id, "note.png") == PHOTO
    # Every laptop writes the same bytes under the same name: nothing for a tool to merge.
    before = blob.read_bytes()
    blob.unlink()
    assert sync_folder.sync_with(c, folder).sent_attachments == 1
    assert blob.read_bytes() == before
    again = sync_folder.sync_with(a, folder)
    assert (again.sent_attachments, again.received_attachments) == (0, 0)


def test_an_attachment_not_in_the_folder_yet_waits_and_arrives_later(
    team: tuple[list[Session], Path, str],
) -> None:
    (a, b, _), folder, case_id = team
    intake.attach_evidence(b, case_id, "note.png", PHOTO)
    sync_folder.sync_with(b, folder)
    (blob,) = _blobs(folder)
    blob.unlink()  # the share has the segment, the attachment's file is still on its way
    early = sync_folder.sync_with(a, folder)
    assert early.received_ops == 1 and early.attachments_waiting == 1
    assert _content(a, case_id, "note.png") == b""  # listed, its bytes not here yet
    sync_folder.sync_with(b, folder)  # the counselor's laptop writes it again
    late = sync_folder.sync_with(a, folder)
    assert (late.received_attachments, late.attachments_waiting) == (1, 0)
    assert _content(a, case_id, "note.png") == PHOTO


def test_a_swapped_or_cut_attachment_file_is_refused_and_written_again(
    team: tuple[list[Session], Path, str],
) -> None:
    (a, b, _), folder, case_id = team
    intake.attach_evidence(b, case_id, "note.png", PHOTO)
    intake.attach_evidence(b, case_id, "letter.txt", LETTER)
    sync_folder.sync_with(b, folder)
    keys = sync_blob.BlobKeys.of(bytes(b.ocf.data_key), b.ocf.keys.file_id, b.ocf.generation)
    photo = sync_blob.folder_of(folder, 1) / keys.name(hashlib.sha256(PHOTO).hexdigest())
    letter = sync_blob.folder_of(folder, 1) / keys.name(hashlib.sha256(LETTER).hexdigest())
    photo.write_bytes(letter.read_bytes())  # a valid file of the team, under another's name
    swapped = sync_folder.sync_with(a, folder)
    (refused,) = swapped.skipped
    assert refused.path.endswith(photo.name) and "not the attachment" in refused.why
    assert _content(a, case_id, "note.png") == b"" and _content(a, case_id, "letter.txt") == LETTER
    # The counselor's laptop still holds the photo; a cut file (here, one of the wrong size)
    # is written again at its next sync, and then it arrives.
    photo.write_bytes(photo.read_bytes()[:100])
    assert sync_folder.sync_with(b, folder).sent_attachments == 1
    healed = sync_folder.sync_with(a, folder)
    assert healed.received_attachments == 1 and healed.skipped == ()
    assert _content(a, case_id, "note.png") == PHOTO


def test_an_attachment_file_of_another_case_file_is_refused(
    team: tuple[list[Session], Path, str],
) -> None:
    (a, b, _), folder, case_id = team
    intake.attach_evidence(b, case_id, "note.png", PHOTO)
    sync_folder.sync_with(b, folder)
    (blob,) = _blobs(folder)
    stranger = sync_blob.BlobKeys.of(bytes(b.ocf.data_key), "another-file-id", 1)
    blob.write_bytes(stranger.encode(PHOTO))  # the same photo, sealed for another case file
    (refused,) = sync_folder.sync_with(a, folder).skipped
    assert "another case file" in refused.why
    assert _content(a, case_id, "note.png") == b""


def test_filling_an_attachment_makes_no_op_of_its_own_and_is_committed(
    team: tuple[list[Session], Path, str],
) -> None:
    (a, b, _), folder, case_id = team
    intake.attach_evidence(b, case_id, "note.png", PHOTO)
    sync_folder.sync_with(b, folder)
    ops_before = a.ocf.conn.execute("SELECT count(*) FROM sync_ops").fetchone()[0]
    got = sync_folder.sync_with(a, folder)
    ops_after = a.ocf.conn.execute("SELECT count(*) FROM sync_ops").fetchone()[0]
    assert ops_after == ops_before + got.received_ops  # only what arrived, nothing echoed
    place = a.ocf.folder
    sessions.lock(a)  # what was filled is committed: it is there after the next unlock
    team[0][0] = again = sessions.unlock(place, None, PASSPHRASE)
    assert _content(again, case_id, "note.png") == PHOTO


def test_a_temporary_file_a_killed_write_left_is_cleared_a_day_later(
    team: tuple[list[Session], Path, str],
) -> None:
    (_, b, _), folder, case_id = team
    intake.attach_evidence(b, case_id, "note.png", PHOTO)
    sync_folder.sync_with(b, folder)
    place = sync_blob.folder_of(folder, 1)
    old, fresh = place / ".~0123.btb.tmp", place / ".~4567.btb.tmp"
    for path in (old, fresh):
        path.write_bytes(b"half a write")
    now = clock.now().timestamp()
    os.utime(old, (now - 25 * 3600, now - 25 * 3600))
    os.utime(fresh, (now - 3600, now - 3600))  # may be another laptop's write in progress
    sync_folder.sync_with(b, folder)
    assert not old.exists() and fresh.exists()


@pytest.mark.reliability(
    "S1", "A sync killed at each of its steps: nothing damaged, applied twice or half-read"
)
@pytest.mark.parametrize("step", ["blob.tmp_written", "blob.replaced"])
def test_a_sync_killed_while_writing_an_attachment_loses_nothing(
    tmp_path: Path, pin_clock: PinClock, step: str, figures: dict[str, Any]
) -> None:
    """The lead's `sync` is killed (SIGKILL) as it writes an attachment's file: the changes
    already out are read by the others, the attachment waits (never half-read), and the
    next sync delivers it once."""
    pin_clock(datetime(2027, 3, 15, 7, 10), "America/New_York")
    case_id = folders.make_team_file(tmp_path / "a.btam")
    shutil.copytree(tmp_path / "a.btam", tmp_path / "b.btam")
    share = tmp_path / "share"
    share.mkdir()
    lead = folders.unlock(tmp_path, 0)
    intake.attach_evidence(lead, case_id, "note.png", PHOTO)
    sessions.lock(lead)
    killed = folders.run_sync(tmp_path, 0, share, step)
    assert killed.returncode in (-signal.SIGKILL, 128 + signal.SIGKILL), killed  # control
    place = sync_blob.folder_of(share, 1)
    temporary, written = sorted(place.glob(".~*.tmp")), sorted(place.glob("*.btb"))
    assert (len(temporary), len(written)) == ((1, 0) if step == "blob.tmp_written" else (0, 1))
    counselor = folders.unlock(tmp_path, 1)
    try:
        early = sync_folder.sync_with(counselor, share)
        assert early.received_ops >= 1 and early.skipped == ()
        arrived = step == "blob.replaced"
        assert (early.received_attachments, early.attachments_waiting) == (
            (1, 0) if arrived else (0, 1)
        )
        again = folders.run_sync(tmp_path, 0, share)
        assert again.returncode == 0, (again.stdout, again.stderr)
        assert ("1 attachment" in again.stdout) != arrived, again.stdout  # sent once
        late = sync_folder.sync_with(counselor, share)
        assert late.attachments_waiting == 0 and _content(counselor, case_id, "note.png") == PHOTO
    finally:
        sessions.lock(counselor)
    figures.update(
        crash_point=step,
        exit_status=killed.returncode,
        temporary_files_left=len(temporary),
        attachment_files_in_place=len(written),
        attachments_sent_by_the_next_sync=0 if arrived else 1,
    )
