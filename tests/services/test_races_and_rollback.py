"""Races between two programs, and a database rolled back to an older copy of itself."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from btam_desktop.services import cases, files, members, session as sessions
from btam_desktop.services.errors import AlreadyExistsError
from btam_desktop.services.session import TEST_KDF
from btam_desktop.storage.casefile import LockedCaseFile
from btam_desktop.storage.layout import Layout
from tests.conftest import PASSPHRASE, make_case_file, problems


def test_an_unlock_that_read_before_a_rotation_never_deletes_the_new_generation(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "t.btam"
    s, _ = make_case_file(folder)
    members.add_member(s, "Ray Castellan", "law_enforcement", "officer passphrase", kdf=TEST_KDF)
    sessions.lock(s)
    stale = LockedCaseFile.read(folder)  # another program reads generation 1 ...
    key = stale.derive_data_key(stale.slot(None), PASSPHRASE)
    s = sessions.unlock(folder, None, PASSPHRASE)
    members.remove_member(s, "Ray Castellan")  # ... while this one rotates to generation 2
    sessions.lock(s)
    with pytest.raises(Exception, match="changed by another program"):
        stale.open(key, stale.slot(None).member_id)
    assert Layout(folder).generation() == 2 and (folder / "case.g2.db").exists()
    sessions.lock(sessions.unlock(folder, None, PASSPHRASE))


@pytest.mark.reliability("G1", "An older database under a newer key file: flagged at every open")
def test_a_rolled_back_database_stays_flagged_however_often_it_is_opened(tmp_path: Path) -> None:
    folder = tmp_path / "t.btam"
    s, _ = make_case_file(folder)
    cases.create_case(s, cases.NewCase("Tobias Quennell-Marsh"))
    sessions.lock(s)
    old_db = (folder / "case.g1.db").read_bytes()
    s = sessions.unlock(folder, None, PASSPHRASE)
    for i in range(3):
        cases.create_case(s, cases.NewCase(f"Kenzie Varga-Holloway {i}"))
    sessions.lock(s)  # the key file's anchor now points past the old copy's last event
    (folder / "case.g1.db").write_bytes(old_db)  # someone puts the older database back
    for _ in range(2):
        s = sessions.unlock(folder, None, PASSPHRASE)
        assert "audit anchor" in problems(files.check(s))
        sessions.lock(s)


def test_restore_reads_a_backup_on_write_protected_media(tmp_path: Path) -> None:
    import os

    folder = tmp_path / "t.btam"
    s, _ = make_case_file(folder)
    cases.create_case(s, cases.NewCase("Hana Kowalczyk-Ibe"))
    backup = files.backup(s, tmp_path / "usb.btam")
    sessions.lock(s)
    shutil.rmtree(folder)
    probe = (
        "import sys; from pathlib import Path; from btam_desktop.services import files\n"
        "r = files.restore(Path(sys.argv[1]), Path(sys.argv[2]), None, sys.argv[3]); print('ok')"
    )
    args = [sys.executable, "-c", probe, str(backup), str(folder), PASSPHRASE]
    if os.geteuid() == 0:
        mount = f"mount --bind {backup} {backup} && mount -o remount,bind,ro {backup} && "
        cmd = ["unshare", "-m", "sh", "-c", mount + shlex.join(args)]
    else:
        backup.chmod(0o500)
        cmd = args
    result = subprocess.run(cmd, capture_output=True, text=True)
    if "unshare failed" in result.stderr:
        pytest.skip("no mount namespace here")
    assert result.stdout.strip() == "ok", result.stderr[-600:]
    s = sessions.unlock(folder, None, PASSPHRASE)
    assert [r.student for r in cases.list_cases(s)] == ["Hana Kowalczyk-Ibe"]
    sessions.lock(s)


def test_creating_over_an_existing_folder_removes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "t.btam"
    folder.mkdir()
    (folder / "someone else's file").write_text("keep me")
    with pytest.raises(AlreadyExistsError):
        make_case_file(folder)
    assert (folder / "someone else's file").read_text() == "keep me"
