"""B2: a crash at every step of a compound operation (key-file write, member rotation,
backup, PDF and CSV export). A child process runs the real operation with `BTAM_CRASH_AT=<step>`;
then exactly one consistent generation opens for every remaining member, the removed member
is shut out once the switch happened, and no temp file or plaintext is left behind."""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from btam_desktop.services import cases, files, session as sessions
from btam_desktop.services.errors import NotACaseFileError, UnknownMemberError
from btam_desktop.storage import db, faults
from btam_desktop.storage.layout import Layout
from tests.conftest import PASSPHRASE, problems
from tests.reliability.helpers import (
    MARCUS,
    MARCUS_PASS,
    PRIYA,
    PRIYA_PASS,
    run_child,
    spawn,
    team_file,
)

MARCUS_NEW = "marcus new passphrase"
STUDENTS = [f"Quillon Abernathy-Roux {i}" for i in range(12)]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash") / "t.btam"
    return team_file(folder, STUDENTS, "{name} said something at lunch. " * 20)


def operation_of(step: str) -> tuple[str, ...]:
    """The child's arguments that pass `step`: (mode, target, --member ...)."""
    if step.startswith("keyfile."):
        return ("passphrase", MARCUS_NEW, "--member", MARCUS)
    if step.startswith("rotation."):
        return ("rotate", MARCUS)
    if step.startswith("pdf."):
        return ("pdf", "PDF")
    if step.startswith("csv."):
        return ("csv", "CSV")
    return ("backup", "DEST")


def plaintext_hits(*folders: Path) -> list[str]:
    hits = []
    for folder in folders:
        for p in folder.rglob("*") if folder.exists() else []:
            if p.is_file():
                data = p.read_bytes()
                hits += [f"{p.name}: {n}" for n in STUDENTS if n.encode() in data]
    return hits


def opens(folder: Path, member: str | None, passphrase: str) -> bool:
    try:
        s = sessions.unlock(folder, member, passphrase)
    except UnknownMemberError:
        return False
    except Exception as error:  # WrongPassphraseError, or worse: reported by the caller
        if type(error).__name__ == "WrongPassphraseError":
            return False
        raise
    try:
        assert problems(files.check(s)) == set(), files.check(s)
        assert len(cases.list_cases(s)) == len(STUDENTS)
    finally:
        sessions.lock(s)
    return True


def crash_and_check(template: Path, work: Path, step: str, how: str) -> dict[str, Any]:
    folder = work / "t.btam"
    shutil.copytree(template, folder)
    dest = work / "backup.btam"
    exported = {"pdf": work / "exports" / "forms.pdf", "csv": work / "exports" / "cases.csv"}
    exported["pdf"].parent.mkdir(parents=True, exist_ok=True)
    places = {"DEST": str(dest), "PDF": str(exported["pdf"]), "CSV": str(exported["csv"])}
    args = [places.get(a, a) for a in operation_of(step)]
    mode, target, *member = args
    passphrase = MARCUS_PASS if member else PASSPHRASE
    env = {"BTAM_CRASH_AT": step + (":kill" if how == "kill" else "")}
    code, out, err = run_child(mode, folder, passphrase, target, *member, env=env)
    assert code in (137, -9), f"{step}: the crash point was not reached ({code}) {out} {err}"
    assert "done" not in out

    generation = Layout(folder).generation()
    outcome: dict[str, Any] = {"step": step, "how": how, "generation": generation}
    # Every remaining member opens the one live generation, clean.
    assert opens(folder, None, PASSPHRASE), step
    assert opens(folder, PRIYA, PRIYA_PASS), step
    if mode == "rotate":
        switched = generation == 2
        assert switched == (step in ("rotation.switched", "rotation.old_deleted")), step
        assert opens(folder, MARCUS, MARCUS_PASS) is not switched, step  # denied once switched
        outcome["removed_member_denied"] = switched
    elif mode in exported:
        written = exported[mode]
        made = written.exists()
        assert made == (step == f"{mode}.replaced"), step
        if made and mode == "pdf":  # complete: the whole document, readable
            assert written.read_bytes().startswith(
                b"%PDF-"
            ) and written.read_bytes().rstrip().endswith(b"%%EOF")
        if made and mode == "csv":  # complete: every case on its line
            assert len(written.read_bytes().splitlines()) == len(STUDENTS) + 1, step
        assert [p.name for p in written.parent.iterdir()] == ([written.name] if made else []), step
        s = sessions.unlock(folder, None, PASSPHRASE)
        try:
            logged = db.table_counts(s.ocf.conn)["disclosures"]
        finally:
            sessions.lock(s)
        # Logged first, then put in place: never a file on disk that is not logged.
        assert bool(logged) == (step in (f"{mode}.committed", f"{mode}.replaced")), step
        assert not made or logged, step
        outcome["pdf_complete"] = made
        outcome["disclosure_logged"] = bool(logged)
    elif mode == "passphrase":
        new_works = opens(folder, MARCUS, MARCUS_NEW)
        old_works = opens(folder, MARCUS, MARCUS_PASS)
        assert new_works != old_works, step  # exactly one of the two, never neither
        outcome["passphrase_in_force"] = "new" if new_works else "old"
    else:
        made = (dest / "current").exists()
        assert made == (step == "backup.switched"), step
        if made:
            assert opens(dest, None, PASSPHRASE)
        else:  # a half-made backup is refused, never opened half
            with pytest.raises(NotACaseFileError):
                sessions.unlock(dest, None, PASSPHRASE)
        outcome["backup_usable"] = made
    names = sorted(p.name for p in folder.iterdir())
    g = generation
    assert names == [f"case.g{g}.db", f"case.g{g}.keys", "current"], (step, names)
    assert not [p for p in work.rglob("*.tmp")], step
    assert plaintext_hits(folder, dest) == [], step
    shutil.rmtree(work)
    work.mkdir()
    return outcome


@pytest.mark.reliability(
    "B2", "Crash at every step of key-file write, rotation, backup and PDF and CSV export"
)
@pytest.mark.parametrize("how", ["exit"])
def test_a_crash_at_every_step_leaves_one_consistent_generation(
    template: Path, tmp_path: Path, figures: dict[str, Any], how: str
) -> None:
    started = time.monotonic()
    matrix = [crash_and_check(template, tmp_path, step, how) for step in faults.STEPS]
    figures.update(
        steps=len(matrix),
        crash=how,
        failures=0,
        matrix=matrix,
        seconds_per_step=round((time.monotonic() - started) / len(matrix), 2),
    )


@pytest.mark.nightly
@pytest.mark.reliability("B2-kill", "Crash matrix with SIGKILL, plus 200 random kills")
def test_sigkill_at_every_step_and_at_random_times(
    template: Path, tmp_path: Path, figures: dict[str, Any]
) -> None:
    matrix = [crash_and_check(template, tmp_path, step, "kill") for step in faults.STEPS]
    rng = random.Random(20261129)
    outcomes: dict[str, int] = {}
    for i in range(200):
        folder, dest = tmp_path / f"r{i}.btam", tmp_path / f"b{i}.btam"
        shutil.copytree(template, folder)
        step = rng.choice(("keyfile.", "rotation.", "backup."))
        mode, target, *member = (a if a != "DEST" else str(dest) for a in operation_of(step))
        proc = spawn(mode, folder, MARCUS_PASS if member else PASSPHRASE, target, *member)
        time.sleep(rng.uniform(0.2, 1.2))  # start-up is ~0.3 s; some finish first: fine
        proc.kill()
        proc.communicate()
        assert opens(folder, None, PASSPHRASE) and opens(folder, PRIYA, PRIYA_PASS)
        g = Layout(folder).generation()
        if mode == "rotate":
            assert opens(folder, MARCUS, MARCUS_PASS) is (g == 1)
        if mode == "passphrase":
            assert opens(folder, MARCUS, MARCUS_PASS) != opens(folder, MARCUS, MARCUS_NEW)
        assert plaintext_hits(folder, dest) == []
        assert not list(folder.rglob("*.tmp"))
        key = f"{mode}: generation {g}"
        outcomes[key] = outcomes.get(key, 0) + 1
        shutil.rmtree(folder)
        shutil.rmtree(dest, ignore_errors=True)
    figures.update(steps=len(matrix), random_kills=200, failures=0, outcomes=outcomes)


def test_open_removes_what_an_interrupted_operation_left(template: Path, tmp_path: Path) -> None:
    """What a SIGKILL inside `sqlcipher_export` or an atomic write leaves (found by the random
    kills: a next-generation journal) goes at the next open; the live generation is kept."""
    folder = tmp_path / "t.btam"
    shutil.copytree(template, folder)
    left = ["case.g2.db", "case.g2.db-journal", "case.g2.keys.tmp", "case.g1.keys.tmp"]
    for name in [*left, "current.tmp"]:
        (folder / name).write_bytes(b"\x00" * 64)
    assert opens(folder, None, PASSPHRASE)
    assert sorted(p.name for p in folder.iterdir()) == ["case.g1.db", "case.g1.keys", "current"]
