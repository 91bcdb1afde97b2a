"""kill -9 at random points and a disk that fills up: nothing acknowledged is lost, originals
stay byte-identical, and the user gets a sentence, not a traceback."""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from btam_desktop.services import cases, files, members, session as sessions
from btam_desktop.services.session import TEST_KDF
from btam_desktop.storage.layout import Layout
from tests.conftest import PASSPHRASE, make_case_file, problems
from tests.reliability.helpers import digest, run_child, spawn

KILLS = 50


def _file_with_cases(tmp_path: Path, count: int = 40) -> Path:
    tmp_path.mkdir(exist_ok=True)
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


def kill_loop(tmp_path: Path, kills: int, figures: dict[str, Any]) -> None:
    """Kill a writer `kills` times; a fresh file every 100 kills keeps it small."""
    rng = random.Random(20261128)
    acked_total, failures = 0, []
    started = time.monotonic()
    for block in range(0, kills, 100):
        folder = _file_with_cases(tmp_path / f"block{block}", 0)
        acked: set[str] = set()
        for iteration in range(block, min(block + 100, kills)):
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
                line.split()[1]
                for line in proc.stdout.read().splitlines()
                if line.startswith("acked ")
            )
            proc.stdout.close()
            proc.stderr.close()  # type: ignore[union-attr]
            present = _healthy_numbers(folder)
            if not acked <= present:
                failures.append((iteration, sorted(acked - present)))
        acked_total += len(acked)
        shutil.rmtree(folder.parent)
    figures.update(
        kills=kills,
        failures=len(failures),
        acked_commits=acked_total,
        seconds_per_kill=round((time.monotonic() - started) / kills, 2),
    )
    assert failures == []
    assert acked_total >= kills


@pytest.mark.slow
@pytest.mark.reliability("B1", "kill -9 a writer at random points: nothing acknowledged lost")
def test_kill_9_at_random_points_loses_nothing_acknowledged(
    tmp_path: Path, figures: dict[str, Any]
) -> None:
    kill_loop(tmp_path, KILLS, figures)


@pytest.mark.nightly
@pytest.mark.reliability("B1-1000", "kill -9 loop, 1000 kills")
def test_kill_9_a_thousand_times(tmp_path: Path, figures: dict[str, Any]) -> None:
    kill_loop(tmp_path, 1000, figures)


@pytest.mark.reliability("B4", "Disk full during saves: every acknowledged save kept")
def test_full_disk_during_saves_keeps_every_acknowledged_save(tmp_path: Path) -> None:
    folder = _file_with_cases(tmp_path)
    limit = max(p.stat().st_size for p in folder.iterdir()) + 300_000
    code, out, err = run_child("write", folder, PASSPHRASE, fsize_limit=limit)
    assert code == 0, err
    assert out[-1].startswith("error DiskFullError: The disk holding"), out[-3:]
    acked = {line.split()[1] for line in out if line.startswith("acked ")}
    assert acked and acked <= _healthy_numbers(folder)


@pytest.mark.reliability("B4", "Disk full during a backup: nothing half-made, original unchanged")
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


@pytest.mark.reliability("B4", "Disk full during rotation: old generation live, byte-identical")
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


@pytest.mark.reliability("B4", "Disk full during a key-file write: old key file byte-identical")
def test_full_disk_during_a_key_file_write_keeps_the_old_one(tmp_path: Path) -> None:
    folder = _file_with_cases(tmp_path, 3)
    before = digest(folder)
    limit = (folder / "case.g1.keys").stat().st_size - 200  # the new key file cannot fit
    code, out, err = run_child(
        "passphrase", folder, PASSPHRASE, "a new passphrase here", fsize_limit=limit
    )
    assert code == 0, err
    assert out[-1].startswith("error DiskFullError"), out
    assert digest(folder) == before  # no .tmp left, the key file byte-identical
    sessions.lock(sessions.unlock(folder, None, PASSPHRASE))


@pytest.mark.reliability("B4", "Disk full during a PDF export: no file, nothing logged")
def test_full_disk_during_a_pdf_export_leaves_no_file_and_no_log(tmp_path: Path) -> None:
    folder = _file_with_cases(tmp_path, 3)
    before = digest(folder)
    out_dir = tmp_path / "usb-stick"
    out_dir.mkdir()
    limit = 30_000  # smaller than the blank forms, larger than the one log row's writes
    code, out, err = run_child(
        "pdf", folder, PASSPHRASE, str(out_dir / "forms.pdf"), fsize_limit=limit
    )
    assert code == 0, err
    assert out[-1].startswith("error DiskFullError"), out
    assert list(out_dir.iterdir()) == []  # no half PDF and no temp file
    assert digest(folder) == before  # the disclosure row rolled back with the failed write
    _, out, _ = run_child("pdf", folder, PASSPHRASE, str(out_dir / "forms.pdf"))  # control
    assert out[-1] == "done" and (out_dir / "forms.pdf").stat().st_size > limit
    assert digest(folder) != before  # logged this time


def test_the_fault_harness_can_fail_positive_control(tmp_path: Path) -> None:
    """Without a size limit the same backup child succeeds, so the failures above are the
    limit's doing and the digests above are sensitive to change."""
    folder = _file_with_cases(tmp_path, 3)
    before = digest(folder)
    _, out, _ = run_child("backup", folder, PASSPHRASE, str(tmp_path / "ok.btam"))
    assert out[-1] == "done" and (tmp_path / "ok.btam" / "current").exists()
    assert digest(folder) != before  # the backup's audit event changed the database
