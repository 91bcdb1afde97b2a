"""Unlock (key derivation and open, apart), backup and key rotation on a 2,000-case demo file."""

from __future__ import annotations

from pathlib import Path

from bench import agenda_bench
from bench.measure import Result, median_of, timed
from btam_desktop.services import demo, files, members, session as sessions

PASSPHRASE = "bench passphrase for the demo"


def run(workdir: Path) -> list[Result]:
    folder = workdir / "demo2000.btam"
    build = timed(lambda: sessions.lock(demo.build_demo(folder, PASSPHRASE, cases_count=2000)[0]))
    kdf = median_of(3, lambda: sessions.derive_key(folder, None, PASSPHRASE))

    def open_and_close() -> None:
        key = sessions.derive_key(folder, None, PASSPHRASE)
        open_s.append(timed(lambda: opened.append(sessions.open_unlocked(key))))
        sessions.lock(opened.pop())

    open_s: list[float] = []
    opened: list[sessions.Session] = []
    for _ in range(3):
        open_and_close()
    s = sessions.unlock(folder, None, PASSPHRASE)
    due = agenda_bench.measure(s)
    backup = timed(lambda: files.backup(s, workdir / "backup.btam"))
    rotation = timed(lambda: members.remove_member(s, "Jonah Eberhardt-Sato"))
    sessions.lock(s)
    return [
        Result("kdf_s", round(kdf, 3), "s", 1.0),
        Result("open_after_kdf_s_2000", round(sorted(open_s)[1], 4), "s", None),
        Result("demo_build_2000_s", round(build, 2), "s", None),
        Result("backup_s_2000", round(backup, 3), "s", None),
        Result("rotation_s_2000", round(rotation, 3), "s", None),
        Result("agenda_build_ms_2000", round(due["agenda_ms"], 1), "ms", 200),
        Result("meeting_view_ms_2000", round(due["meeting_view_ms"], 1), "ms", 100),
        Result("my_tasks_ms_2000", round(due["my_tasks_ms"], 1), "ms", 100),
    ]
