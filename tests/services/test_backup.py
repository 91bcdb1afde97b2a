from __future__ import annotations

from pathlib import Path

import pytest

from btam_desktop.services import cases, files
from btam_desktop.services import session as sessions
from btam_desktop.services.errors import AlreadyExistsError, LockedError, WrongPassphraseError
from tests.conftest import PASSPHRASE, folder_bytes, make_case_file


def tables(folder: Path) -> dict[str, object]:
    s = sessions.unlock(folder, None, PASSPHRASE)
    try:
        return {k: v for k, v in files.export_everything(s)["tables"].items() if k != "audit"}
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
