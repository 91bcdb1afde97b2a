"""No string of a case file's content appears in the bytes of its folder, ever."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from btam_desktop.services import demo, files, session as sessions
from btam_desktop.services.session import TEST_KDF
from tests.conftest import PASSPHRASE

#: Ids, time stamps and names of things; also as JSON text (a field version's value_json holds
#: `"<id>"`, which the lock file's member id matches without being content).
_SKIP = re.compile(r'"?(?:[0-9a-fA-F-]{32,36}|\d{4}-\d\d-\d\d[T ][\d:.+Z-]*|[\w./-]+)"?')


def strings_in(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set().union(*(strings_in(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(strings_in(v) for v in value)) if value else set()
    if isinstance(value, str) and len(value) >= 12 and not _SKIP.fullmatch(value):
        return {value}
    return set()


def all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def found_in(folder: Path, needles: set[str]) -> list[str]:
    blob = all_bytes(folder)
    return [s for s in needles if s.encode() in blob or s.encode("utf-16-le") in blob]


def test_demo_content_never_appears_in_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "demo.btam"
    s, _ = demo.build_demo(folder, PASSPHRASE, cases_count=30, kdf=TEST_KDF)
    exported = files.export_everything(s)
    needles = strings_in(exported["tables"])
    assert len(needles) > 100  # names, summaries, school: plenty to look for
    assert found_in(folder, needles) == []  # while open: database, -wal, -shm, lock, key file
    (folder / "backups").mkdir()
    files.backup(s, folder / "backups" / "manual.btam")
    sessions.lock(s)
    assert found_in(folder, needles) == []  # closed, with a backup inside the folder


def test_the_check_can_fail_positive_control(tmp_path: Path) -> None:
    """The same search finds text planted in the clear, so a pass above means something."""
    folder = tmp_path / "demo.btam"
    s, _ = demo.build_demo(folder, PASSPHRASE, cases_count=3, kdf=TEST_KDF)
    files.write_json_export(s, folder / "oops.json")
    needles = strings_in(files.export_everything(s)["tables"])
    sessions.lock(s)
    assert found_in(folder, needles)
