from __future__ import annotations

import errno
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from btam_desktop.domain import clock
from btam_desktop.services import cases, files, members, session as sessions, team
from btam_desktop.services.errors import (
    AlreadyExistsError,
    BackupDamagedError,
    CaseFileError,
    LockedError,
    NotACaseFileError,
    PermissionDeniedError,
    ValidationError,
    WrongPassphraseError,
)
from btam_desktop.services.host import Call, ServiceHost
from btam_desktop.services.session import TEST_KDF, Session
from btam_desktop.storage import db
from tests.conftest import PASSPHRASE, WRITTEN_BY_EXPORT, folder_bytes, make_case_file


def tables(folder: Path) -> dict[str, object]:
    s = sessions.unlock(folder, None, PASSPHRASE)
    try:
        exported = files.export_everything(s)["tables"].items()
        return {k: v for k, v in exported if k not in WRITTEN_BY_EXPORT}
    finally:
        sessions.lock(s)


@pytest.fixture
def original(tmp_path: Path) -> Path:
    folder = tmp_path / "team.btam"
    s, _ = make_case_file(folder)
    for i in range(25):
        cases.create_case(s, cases.NewCase(f"Sofia Marchetti-Nakamura {i}", "8", "messages " * 50))
    sessions.lock(s)
    return folder


def test_backup_is_encrypted_verified_and_opens_alone(original: Path, tmp_path: Path) -> None:
    (tmp_path / "usb").mkdir()
    s = sessions.unlock(original, None, PASSPHRASE)
    written = files.backup(s, tmp_path / "usb")  # an existing plain folder gets a dated backup
    sessions.lock(s)
    assert written.parent == tmp_path / "usb" and written.name.startswith("backup-")
    assert sorted(p.name for p in written.iterdir()) == ["case.g1.db", "case.g1.keys", "current"]
    assert (written / "case.g1.db").read_bytes()[:16] != (original / "case.g1.db").read_bytes()[:16]
    assert tables(written) == tables(original)


def test_backup_refuses_to_overwrite(original: Path, tmp_path: Path) -> None:
    (tmp_path / "taken.btam").mkdir()
    (tmp_path / "taken.btam" / "current").write_text("1")
    s = sessions.unlock(original, None, PASSPHRASE)
    try:
        with pytest.raises(AlreadyExistsError):
            files.backup(s, tmp_path / "taken.btam")
    finally:
        sessions.lock(s)


def test_restore_puts_a_verified_copy_in_place_and_keeps_the_old_one(
    original: Path, tmp_path: Path
) -> None:
    s = sessions.unlock(original, None, PASSPHRASE)
    backup = files.backup(s, tmp_path / "b.btam")
    cases.create_case(s, cases.NewCase("Made After The Backup"))
    sessions.lock(s)
    backup_bytes = folder_bytes(backup)

    result = files.restore(backup, original, None, PASSPHRASE)
    assert result.previous_moved_to is not None and result.previous_moved_to.exists()
    assert folder_bytes(backup) == backup_bytes  # the backup itself is never changed
    assert tables(original) == tables(backup)
    assert len(tables(result.previous_moved_to)["cases"]) == 26  # type: ignore[arg-type]


@dataclass(frozen=True)
class StoppedClock:
    """A clock that does not move: every restore happens in the same second."""

    at: datetime

    def now(self) -> datetime:
        return self.at


def test_two_restores_in_one_second_keep_both_replaced_files(
    original: Path, tmp_path: Path
) -> None:
    s = sessions.unlock(original, None, PASSPHRASE)
    backup = files.backup(s, tmp_path / "b.btam")
    sessions.lock(s)
    previous = clock.use(StoppedClock(datetime(2026, 12, 6, 14, 30, 5, tzinfo=UTC)))
    try:
        first = files.restore(backup, original, None, PASSPHRASE).previous_moved_to
        second = files.restore(backup, original, None, PASSPHRASE).previous_moved_to
    finally:
        clock.use(previous)
    assert first is not None and second is not None and first != second
    assert first.name == "team.btam.replaced-20261206T143005"
    assert second.name == "team.btam.replaced-20261206T143005-2"
    assert tables(first) == tables(second) == tables(original)


def test_restore_to_a_new_place_and_with_a_wrong_passphrase(original: Path, tmp_path: Path) -> None:
    s = sessions.unlock(original, None, PASSPHRASE)
    backup = files.backup(s, tmp_path / "b.btam")
    sessions.lock(s)
    with pytest.raises(WrongPassphraseError):
        files.restore(backup, tmp_path / "new.btam", None, "not it at all")
    assert not (tmp_path / "new.btam").exists()
    result = files.restore(backup, tmp_path / "new.btam", None, PASSPHRASE)
    assert result.previous_moved_to is None and tables(tmp_path / "new.btam") == tables(original)


def test_restore_over_an_open_case_file_is_refused(original: Path, tmp_path: Path) -> None:
    s = sessions.unlock(original, None, PASSPHRASE)
    try:
        backup = files.backup(s, tmp_path / "b.btam")
        with pytest.raises(LockedError):
            files.restore(backup, original, None, PASSPHRASE)
    finally:
        sessions.lock(s)
    assert not list(tmp_path.glob("*.restoring"))


def _read_only_run(folder: Path, probe: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `probe` with `folder` write-protected: a read-only bind mount where we run as root
    (chmod does not bind root), plain permissions otherwise."""
    command = [sys.executable, "-c", probe, *args]
    if os.geteuid() != 0:
        for path in folder.iterdir():
            path.chmod(0o400)
        folder.chmod(0o500)
        return subprocess.run(command, capture_output=True, text=True)
    mount = f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && "
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", mount + shlex.join(command)], capture_output=True, text=True
    )
    if "unshare failed" in result.stderr or "Operation not permitted" in result.stderr:
        pytest.skip(f"no mount namespace here: {result.stderr.strip()[:80]}")
    return result


_RESTORE = (
    "import sys; from pathlib import Path; from btam_desktop.services import files\n"
    "from btam_desktop.services.errors import BtamError\n"
    "try:\n"
    "    files.restore(Path(sys.argv[1]), Path(sys.argv[2]), None, sys.argv[3]); print('ok')\n"
    "except BtamError as error:\n"
    "    print(type(error).__name__, error)\n"
)


def test_a_case_file_copied_to_write_protected_media_restores(
    original: Path, tmp_path: Path
) -> None:
    """A live case file is in WAL mode: read with mode=ro alone, SQLite wanted to create its
    -shm file beside it, and restore said "case.g1.db cannot be written"."""
    stick = tmp_path / "stick.btam"
    shutil.copytree(original, stick)
    before = folder_bytes(stick)
    target = tmp_path / "restored.btam"
    result = _read_only_run(stick, _RESTORE, str(stick), str(target), PASSPHRASE)
    assert result.stdout.strip() == "ok", result.stdout + result.stderr[-600:]
    assert tables(target) == tables(original)
    stick.chmod(0o700)
    assert folder_bytes(stick) == before  # read only: no -shm, no -wal, no lock file


def test_unmerged_changes_on_write_protected_media_are_explained(
    original: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick.btam"
    shutil.copytree(original, stick)
    (stick / "case.g1.db-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 4000)
    target = tmp_path / "restored.btam"
    result = _read_only_run(stick, _RESTORE, str(stick), str(target), PASSPHRASE)
    assert result.stdout.startswith("CaseFileError"), result.stdout + result.stderr[-600:]
    assert "case.g1.db-wal" in result.stdout and "Copy the whole folder" in result.stdout
    assert not target.exists()


def test_a_pdf_renamed_as_the_backups_database_is_not_a_backup(
    original: Path, tmp_path: Path
) -> None:
    s = sessions.unlock(original, None, PASSPHRASE)
    backup = files.backup(s, tmp_path / "b.btam")
    sessions.lock(s)
    (backup / "case.g1.db").write_bytes(b"%PDF-1.7\n" + b"\x00" * 9000 + b"%%EOF\n")
    with pytest.raises(NotACaseFileError, match="PDF document, not the database of a case file or"):
        files.restore(backup, tmp_path / "new.btam", None, PASSPHRASE)
    assert not (tmp_path / "new.btam").exists()


@pytest.mark.parametrize("where", [".", "..", "team.btam/.."])
def test_restore_to_dot_or_dot_dot_is_refused(
    original: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """ "." has no name to move aside (a ValueError) and ".." is in use (EBUSY): both were
    tracebacks. Found by the CLI property test."""
    s = sessions.unlock(original, None, PASSPHRASE)
    backup = files.backup(s, tmp_path / "b.btam")
    sessions.lock(s)
    monkeypatch.chdir(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(ValidationError, match="Restore to a folder named for the case file"):
        files.restore(backup, Path(where), None, PASSPHRASE)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_restore_onto_a_busy_folder_is_explained(
    original: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A mount point (a USB stick's folder) cannot be moved aside: EBUSY was a traceback."""
    s = sessions.unlock(original, None, PASSPHRASE)
    backup = files.backup(s, tmp_path / "b.btam")
    sessions.lock(s)
    target = tmp_path / "usb"
    target.mkdir()
    rename = Path.rename

    def busy(self: Path, dest: Path) -> Path:
        if self == target:
            raise OSError(errno.EBUSY, "Device or resource busy", str(self))
        return rename(self, dest)

    monkeypatch.setattr(Path, "rename", busy)
    with pytest.raises(CaseFileError, match="usb is in use by the system"):
        files.restore(backup, target, None, PASSPHRASE)
    assert target.is_dir() and not list(tmp_path.glob("*.restoring"))


def test_a_checked_backup_is_the_teams_last_verified_backup(original: Path, tmp_path: Path) -> None:
    """What the window's File ▸ Back up… does: write, then open the copy and check it. Only a
    clean copy is recorded, in the case file, so every laptop's reminder knows."""
    s = sessions.unlock(original, None, PASSPHRASE)
    try:
        assert team.signed_in(s).last_backup_at is None
        written = files.backup(s, tmp_path)
        checked, changes = files.check_backup(s, written)
        assert checked.verified and checked.cases == 25 and changes.team
        assert sorted(p.name for p in written.iterdir()) == [
            "case.g1.db",
            "case.g1.keys",
            "current",
        ]  # opened and checked, and nothing left behind (no lock file, no -wal)
        recorded = team.signed_in(s).last_backup_at
        assert recorded is not None
        actions = [r[0] for r in s.ocf.conn.execute("SELECT action FROM audit ORDER BY seq")]
        assert actions[-2:] == ["case_file.backed_up", "case_file.backup_checked"]
    finally:
        sessions.lock(s)
    s = sessions.unlock(original, None, PASSPHRASE)  # kept in the file, for the next laptop
    try:
        assert team.signed_in(s).last_backup_at == recorded
    finally:
        sessions.lock(s)


def test_a_copy_whose_check_fails_is_not_recorded(original: Path, tmp_path: Path) -> None:
    s = sessions.unlock(original, None, PASSPHRASE)
    try:
        written = files.backup(s, tmp_path / "b.btam")
        conn = db.connect(written / "case.g1.db", bytes(s.ocf.data_key))
        conn.execute("UPDATE audit SET detail_json = '{\"edited\": 1}' WHERE seq = 2")
        conn.close()
        checked, _ = files.check_backup(s, written)
        assert not checked.verified
        assert "audit chain" in [line.name for line in checked.problems]
        assert team.signed_in(s).last_backup_at is None
    finally:
        sessions.lock(s)


def test_a_damaged_copy_is_the_backups_problem_and_the_case_file_stays_open(
    original: Path, tmp_path: Path
) -> None:
    """The service host closes the case file on a DamagedError; damage in a backup must not
    close the file the team is working in."""
    host = ServiceHost()
    assert host.handle(Call("session.unlock", (original, None, PASSPHRASE))).error is None
    written = host.handle(Call("files.backup", (tmp_path / "b.btam",))).result
    database = written / "case.g1.db"
    data = bytearray(database.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 64] = b"\xff" * 64
    database.write_bytes(bytes(data))
    reply = host.handle(Call("files.check_backup", (written,)))
    assert isinstance(reply.error, BackupDamagedError), reply.error
    assert "use another backup" in str(reply.error) and host.is_unlocked
    host.lock()


def test_the_restore_drill_restores_opens_counts_and_deletes(
    original: Path, tmp_path: Path
) -> None:
    s = sessions.unlock(original, None, PASSPHRASE)
    try:
        backup = files.backup(s, tmp_path / "b.btam")
        cases.create_case(s, cases.NewCase("Made After The Backup"))
        before = folder_bytes(backup)
        drills = set(Path(tempfile.gettempdir()).glob("btam-restore-drill-*"))
        result = files.restore_drill(s, backup, PASSPHRASE)
        assert result.passed, result
        assert (result.cases, result.current_cases) == (25, 26)
        assert result.as_of and result.differing == () and result.left_at is None
        assert set(Path(tempfile.gettempdir()).glob("btam-restore-drill-*")) == drills
        assert folder_bytes(backup) == before  # the backup is only read
        assert [r.student for r in cases.list_cases(s)].count("Made After The Backup") == 1
        with pytest.raises(WrongPassphraseError):
            files.restore_drill(s, backup, "not the passphrase at all")
        assert set(Path(tempfile.gettempdir()).glob("btam-restore-drill-*")) == drills
    finally:
        sessions.lock(s)


def test_a_backup_from_an_older_version_is_upgraded_in_the_drill(
    session: Session, tmp_path: Path
) -> None:
    """A version 7 backup of another school (same lead's name, its own passphrase): the trial
    copy is upgraded as unlocking would, and its rows still match the backup."""
    old = tmp_path / "v7.btam"
    shutil.copytree(Path(__file__).parents[1] / "fixtures" / "casefiles" / "schema-v7", old)
    result = files.restore_drill(session, old, "fixture passphrase v7")
    assert result.passed, result
    assert result.cases == 2 and not (old / "backups").exists()


def test_only_a_lead_drills_a_restore(original: Path, tmp_path: Path) -> None:
    s = sessions.unlock(original, None, PASSPHRASE)
    members.add_member(s, "Marcus Feldspar", "psychologist", PASSPHRASE, kdf=TEST_KDF)
    backup = files.backup(s, tmp_path / "b.btam")
    sessions.lock(s)
    marcus = sessions.unlock(original, "Marcus Feldspar", PASSPHRASE)
    try:
        with pytest.raises(PermissionDeniedError, match="Only a team lead can restore"):
            files.restore_drill(marcus, backup, PASSPHRASE)
    finally:
        sessions.lock(marcus)
