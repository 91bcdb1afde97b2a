"""kill -9 at random points and a disk that fills up: nothing acknowledged is lost, originals
stay byte-identical, and the user gets a sentence, not a traceback."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from btam_desktop.services import cases, files, members
from btam_desktop.services import session as sessions
from btam_desktop.services.session import TEST_KDF
from btam_desktop.storage.layout import Layout
from tests.conftest import PASSPHRASE, make_case_file, problems
from tests.reliability.helpers import digest, run_child, spawn

KILLS = 50


def _file_with_cases(tmp_path: Path, count: int = 40) -> Path:
    folder = tmp_path / "r.btam"
    s, _ = make_case_file(folder)
    members.add_member(s, "Marcus Feldspar", "psychologist", "marcus passphrase", kdf=TEST_KDF)
    for i in range(count):
        cases.create_case(s, cases.NewCase(f"Ada Lindqvist-Obi {i}", "6", "story " * 400))
    sessions.lock(s)
    return folder


def _healthy_numbers(folder: Path) -> set[str]:
    s = sessions.unlock(folder, None, PASSPHRASE)
    try:
        assert problems(files.check(s)) == set(), files.check(s)
        return {r.number for r in cases.list_cases(s)}
    finally:
        sessions.lock(s)


@pytest.mark.slow
def test_kill_9_at_random_points_loses_nothing_acknowledged(tmp_path: Path) -> None:
    folder = _file_with_cases(tmp_path, 0)
    rng = random.Random(20261128)
    acked: set[str] = set()
    failures = []
    for iteration in range(KILLS):
        proc = spawn("write", folder, PASSPHRASE)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        deadline = rng.randint(1, 40)  # kill after this many acknowledgements were *read*
        for _ in range(deadline):
            line = proc.stdout.readline()
            if line.startswith("acked "):
                acked.add(line.split()[1])
        proc.kill()  # SIGKILL, mid-transaction more often than not
        proc.wait()
        # Lines already printed before the kill were acknowledged too.
        acked.update(
            line.split()[1] for line in proc.stdout.read().splitlines() if line.startswith("acked ")
        )
        proc.stdout.close()
        proc.stderr.close()  # type: ignore[union-attr]
        present = _healthy_numbers(folder)
        if not acked <= present:
            failures.append((iteration, sorted(acked - present)))
    assert failures == []
    assert len(acked) >= KILLS


def test_full_disk_during_saves_keeps_every_acknowledged_save(tmp_path: Path) -> None:
    folder = _file_with_cases(tmp_path)
    limit = max(p.stat().st_size for p in folder.iterdir()) + 300_000
    code, out, err = run_child("write", folder, PASSPHRASE, fsize_limit=limit)
    assert code == 0, err
    assert out[-1].startswith("error DiskFullError: The disk holding"), out[-3:]
    acked = {line.split()[1] for line in out if line.startswith("acked ")}
    assert acked and acked <= _healthy_numbers(folder)


def test_full_disk_during_backup_leaves_nothing_half_made(tmp_path: Path) -> None:
    folder = _file_with_cases(tmp_path)
    before = digest(folder)
    dest = tmp_path / "backup.btam"
    limit = (folder / "case.g1.db").stat().st_size // 2
    code, out, err = run_child("backup", folder, PASSPHRASE, str(dest), fsize_limit=limit)
    assert code == 0, err
    assert out[-1].startswith("error DiskFullError"), out
    assert not dest.exists()
    assert digest(folder) == before


def test_full_disk_during_rotation_keeps_the_old_generation_live(tmp_path: Path) -> None:
    folder = _file_with_cases(tmp_path)
    before = digest(folder)
    limit = (folder / "case.g1.db").stat().st_size // 2
    code, out, err = run_child("rotate", folder, PASSPHRASE, "Marcus Feldspar", fsize_limit=limit)
    assert code == 0, err
    assert out[-1].startswith("error DiskFullError"), out
    assert digest(folder) == before  # no g2 leftovers, g1 byte-identical, pointer unchanged
    assert Layout(folder).generation() == 1
    sessions.lock(sessions.unlock(folder, "Marcus Feldspar", "marcus passphrase"))


def test_the_fault_harness_can_fail_positive_control(tmp_path: Path) -> None:
    """Without a size limit the same backup child succeeds, so the failures above are the
    limit's doing and the digests above are sensitive to change."""
    folder = _file_with_cases(tmp_path, 3)
    before = digest(folder)
    _, out, _ = run_child("backup", folder, PASSPHRASE, str(tmp_path / "ok.btam"))
    assert out[-1] == "done" and (tmp_path / "ok.btam" / "current").exists()
    assert digest(folder) != before  # the backup's audit event changed the database
