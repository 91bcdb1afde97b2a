"""Child processes for the fault tests: they run the real services and report on stdout."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

CHILD = Path(__file__).with_name("child.py")
MARCUS, MARCUS_PASS = "Marcus Feldspar", "marcus passphrase"
PRIYA, PRIYA_PASS = "Priya Anand-Moss", "priya passphrase"


def team_file(folder: Path, students: list[str], summary: str) -> Path:
    """A closed case file: the lead, Marcus and Priya, one case per student."""
    from btam_desktop.services import cases, members, session as sessions
    from btam_desktop.services.session import TEST_KDF
    from tests.conftest import make_case_file

    s, _ = make_case_file(folder)
    members.add_member(s, MARCUS, "psychologist", MARCUS_PASS, kdf=TEST_KDF)
    members.add_member(s, PRIYA, "counselor", PRIYA_PASS, kdf=TEST_KDF)
    for name in students:
        cases.create_case(s, cases.NewCase(name, "7", summary.format(name=name)))
    sessions.lock(s)
    return folder


def spawn(
    *args: str | Path, fsize_limit: int | None = None, env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    extra = ["--fsize", str(fsize_limit)] if fsize_limit else []
    return subprocess.Popen(
        [sys.executable, str(CHILD), *map(str, args), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env={**os.environ, **(env or {})},
    )


def run_child(
    *args: str | Path, fsize_limit: int | None = None, env: dict[str, str] | None = None
) -> tuple[int, list[str], str]:
    proc = spawn(*args, fsize_limit=fsize_limit, env=env)
    out, err = proc.communicate(timeout=120)
    return proc.returncode, out.splitlines(), err


def digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
