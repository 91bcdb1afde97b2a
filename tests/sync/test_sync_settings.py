"""This laptop's sync folder (issue 17, in the window): kept in the copy, never sent; a sync
through the service host; a folder that cannot be used is the folder's problem, never the case
file's (the host keeps the file open)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from btam_desktop.domain.case_file_errors import DamagedError
from btam_desktop.domain.changes import NO_CHANGES
from btam_desktop.domain.errors import ValidationError
from btam_desktop.services import cases, session as sessions, sync_folder, sync_settings
from btam_desktop.services.contracts.sync import FolderSync
from btam_desktop.services.contracts.sync_settings import (
    SyncFolderError,
    SyncFolderUnreachableError,
)
from btam_desktop.services.host import Call, ServiceHost
from btam_desktop.services.session import Session
from btam_desktop.storage import fsio
from tests.conftest import PASSPHRASE, PinClock, make_case_file


@pytest.fixture
def pair(tmp_path: Path, pin_clock: PinClock) -> Iterator[tuple[Session, Session, Path, str]]:
    """Two copies of one case file (the second copied while locked) and an empty share."""
    pin_clock(datetime(2027, 3, 15, 10, 42), "America/New_York")
    first, _ = make_case_file(tmp_path / "a.btam")
    case, _ = cases.create_case(first, cases.NewCase("Owen Petrakis-Lund", "7"))
    sessions.lock(first)
    shutil.copytree(tmp_path / "a.btam", tmp_path / "b.btam")
    a = sessions.unlock(tmp_path / "a.btam", None, PASSPHRASE)
    b = sessions.unlock(tmp_path / "b.btam", None, PASSPHRASE)
    share = tmp_path / "share"
    share.mkdir()
    yield a, b, share, case.id
    for s in (a, b):
        if s.ocf.is_open:
            sessions.lock(s)


def _ops(s: Session) -> int:
    return int(s.ocf.conn.execute("SELECT count(*) FROM sync_ops").fetchone()[0])


def test_the_folder_is_this_copys_own_and_survives_a_lock(
    pair: tuple[Session, Session, Path, str], tmp_path: Path
) -> None:
    a, b, share, _ = pair
    assert sync_settings.folder(a) is None
    assert sync_settings.sync_now(a) == (None, NO_CHANGES)  # not set up: quiet
    before = _ops(a)
    assert sync_settings.set_folder(a, share) == share
    assert _ops(a) == before  # a local setting: nothing travels
    assert (share / "FORMAT").read_text(encoding="ascii").startswith("btam-sync 1")
    sessions.lock(a)
    again = sessions.unlock(tmp_path / "a.btam", None, PASSPHRASE)
    try:
        assert sync_settings.folder(again) == share
        assert sync_settings.folder(b) is None  # the other copy chose nothing
        assert sync_settings.set_folder(again, None) is None  # stop syncing on this laptop
        assert sync_settings.folder(again) is None
    finally:
        sessions.lock(again)


def test_two_copies_sync_through_the_service_and_what_arrived_reloads_the_window(
    pair: tuple[Session, Session, Path, str],
) -> None:
    a, b, share, case_id = pair
    for s in (a, b):
        sync_settings.set_folder(s, share)
    cases.update_case(a, case_id, cases.CaseEdit(summary="Seen at the bus stop."))
    sent, changes = sync_settings.sync_now(a)
    assert isinstance(sent, FolderSync) and sent.sent_ops >= 1 and changes.empty
    got, changes = sync_settings.sync_now(b)
    assert got is not None and got.received_ops == 1 and changes.everything
    assert cases.get_case(b, case_id).case.summary == "Seen at the bus stop."


def test_a_folder_is_refused_inside_the_case_file_or_of_another_case_file(
    pair: tuple[Session, Session, Path, str], tmp_path: Path
) -> None:
    a, _, share, _ = pair
    inside = tmp_path / "a.btam" / "sync"
    inside.mkdir()
    for wrong in (inside, tmp_path, Path("relative/share")):
        with pytest.raises(ValidationError):
            sync_settings.set_folder(a, wrong)
    other, _ = make_case_file(tmp_path / "other.btam")
    try:
        sync_settings.set_folder(other, share)  # the share is the other file's now
        with pytest.raises(ValidationError, match="another case file"):
            sync_settings.set_folder(a, share)
    finally:
        sessions.lock(other)
    with pytest.raises(SyncFolderUnreachableError):
        sync_settings.set_folder(a, tmp_path / "not-plugged-in")
    assert sync_settings.folder(a) is None


def _host_with(folder: Path, share: Path) -> ServiceHost:
    host = ServiceHost()
    reply = host.handle(Call("session.unlock", (folder, None, PASSPHRASE)))
    assert reply.error is None
    assert host.handle(Call("sync.set_folder", (share,))).error is None
    return host


def test_a_folder_that_cannot_be_used_leaves_the_case_file_open(
    pair: tuple[Session, Session, Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, _, share, case_id = pair
    sessions.lock(a)
    host = _host_with(tmp_path / "a.btam", share)
    try:
        assert isinstance(host.handle(Call("sync.now")).result, FolderSync)
        shutil.rmtree(share)  # the stick is pulled out
        reply = host.handle(Call("sync.now"))
        assert isinstance(reply.error, SyncFolderUnreachableError) and host.is_unlocked
        assert "not reachable" in str(reply.error)
        share.mkdir()
        (share / "seg").write_text("a file where the folder of segments goes")
        reply = host.handle(Call("sync.now"))
        assert type(reply.error) is SyncFolderError and host.is_unlocked, reply.error
        (share / "seg").unlink()

        # The transport's writes name the file they could not write: one in the share is
        # the share's problem, even when fsio calls it damage...
        def broken(path: Path, data: bytes, *, step: str = "", tmp: Path | None = None) -> None:
            raise DamagedError(path, "a folder stands where a file should be, or the reverse")

        monkeypatch.setattr(fsio, "atomic_write", broken)
        host.handle(Call("cases.update", (case_id, cases.CaseEdit(summary="New words."))))
        reply = host.handle(Call("sync.now"))
        assert type(reply.error) is SyncFolderError and host.is_unlocked, reply.error
        # ... and the control: damage of the case file itself still closes it.
        monkeypatch.setattr(
            sync_folder,
            "sync_with",
            lambda s, _f, **_k: (_ for _ in ()).throw(DamagedError(s.ocf.db_path, "test")),
        )
        reply = host.handle(Call("sync.now"))
        assert isinstance(reply.error, DamagedError) and not host.is_unlocked
    finally:
        host.lock()
