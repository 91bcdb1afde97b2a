"""Team sync through a folder (issue 17): what a member waits for when a day's work leaves the
laptop, what a laptop that was away all year waits for when it catches up, and how much the
shared folder holds after a school year.

    sync_publish_ms            a day's work (200 ops) published, at the year's end, by a laptop
                               that holds the whole school year (<= 200 ms)
    sync_pull_s                one `sync_with` that pulls, verifies and applies a school year,
                               20,000 ops from 5 laptops (<= 10 s; CPU seconds beside it)
    sync_folder_mb_school_year everything under the sync folder after that year (<= 20 MB)

One case file with a team of six members is copied to one folder per laptop. Five members
each work a share of the year on their own copy through the real services
(`merge_bench.school_year`, in days of 200 ops) and `publish` after every day; they never pull
during the year, so the sixth member's laptop finds all of it in the folder at once (a laptop
back after a year away, or a new one made from the year's first copy). `publish` is what the
headline times, because that is the part of a sync whose cost grows with the day's work; the
whole `sync_with` of such a day (listing, nothing to pull, publishing, counting conflicts) is
`sync_with_day_ms_year_end` beside it.

The segment files are read from the page cache (they were just written): a network share or a
USB stick adds its own reading time, which this machine cannot stand for. The content is
synthetic and fictional. Replica markers go to a BTAM_HOME inside the bench's temporary folder.

Run alone with `python -m bench.sync_bench` (it updates its entries in bench/results.json);
BTAM_BENCH_SYNC_OPS=2000 makes a quick run with a tenth of the year. BTAM_BENCH_SYNC_PROFILE=1
also prints a cProfile of one more pull, made after the measured ones so they stay unprofiled.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import shutil
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from bench.measure import Result, run_alone
from bench.merge_bench import PASSPHRASE, school_year
from btam_desktop.services import members, session as sessions, sync, sync_folder
from btam_desktop.services.session import TEST_KDF, NewCaseFile, Session

#: The team's school year, over all the laptops that work it (issue 16's budget: 20,000 ops).
OPS = int(os.environ.get("BTAM_BENCH_SYNC_OPS", "20000"))
PROFILE = os.environ.get("BTAM_BENCH_SYNC_PROFILE", "") not in ("", "0")
#: Laptops that work the year; one more pulls it.
WORKERS = 5
#: A busy day on one laptop (a quiet one is a few dozen ops).
DAY_OPS = 200
#: Days worked and published by the laptop that holds the year, for the year-end figures.
YEAR_END_DAYS = 5


@dataclass(frozen=True, slots=True)
class Member:
    name: str
    role: str
    passphrase: str


LEAD = Member("Dana Bench", "administrator", PASSPHRASE)
#: Fictional colleagues: four more who work the year and one whose laptop pulls it.
OTHERS = (
    Member("Marcus Bench-Counselor", "counselor", "a counselor's fictional bench passphrase"),
    Member("Priya Bench-Psychologist", "psychologist", "a psychologist's fictional passphrase"),
    Member("Tomas Bench-Social-Worker", "social_worker", "a social worker's fictional phrase"),
    Member("Lena Bench-Officer", "law_enforcement", "an officer's fictional bench passphrase"),
    Member("Ruth Bench-Nurse", "nurse", "a nurse's fictional bench passphrase here"),
)
WORKING = (LEAD, *OTHERS[:4])
READER = OTHERS[4]


@contextmanager
def _bench_home(workdir: Path) -> Iterator[None]:
    """Replica markers in the bench's own folder, not the user's data folder; restored after,
    since `make bench` runs the other benches in the same process."""
    before = os.environ.get("BTAM_HOME")
    os.environ["BTAM_HOME"] = str(workdir / "home")
    try:
        yield
    finally:
        if before is None:
            del os.environ["BTAM_HOME"]
        else:
            os.environ["BTAM_HOME"] = before


def _ops(s: Session) -> int:
    return int(s.ocf.conn.execute("SELECT count(*) FROM sync_ops").fetchone()[0])


def _team_file(workdir: Path) -> Path:
    """The case file every laptop starts from: the lead and five colleagues, no cases yet."""
    path = workdir / "sync-base.btam"
    lead, _ = sessions.create_case_file(
        path,
        NewCaseFile("Maple Hollow Middle School", LEAD.name, LEAD.role, "Ridgeview"),
        LEAD.passphrase,
        TEST_KDF,
    )
    for m in OTHERS:
        members.add_member(lead, m.name, m.role, m.passphrase, kdf=TEST_KDF)
    sessions.lock(lead)
    return path


def _laptop(base: Path, workdir: Path, member: Member, number: int) -> Session:
    """A copy of the year's first file, opened by its member (a new replica at its first op)."""
    path = workdir / f"sync-laptop-{number}.btam"
    shutil.copytree(base, path)
    return sessions.unlock(path, member.name, member.passphrase)


def _a_day(s: Session) -> None:
    school_year(s, _ops(s) + DAY_OPS)


def _clocked[T](work: Callable[[], T]) -> tuple[T, float, float]:
    """`work`'s result, its wall seconds and its CPU seconds (`time.process_time`): on a
    machine shared with other work, the CPU time is the steadier of the two."""
    cpu = time.process_time()
    started = time.perf_counter()
    result = work()
    wall = time.perf_counter() - started
    return result, wall, time.process_time() - cpu


def _work_the_year(base: Path, workdir: Path, folder: Path) -> tuple[list[float], int]:
    """Five laptops each work their share in days and publish after each one; returns the
    publish times (ms) and the ops published."""
    share = OPS // len(WORKING)
    publish_ms: list[float] = []
    published = 0
    started = time.perf_counter()
    for number, member in enumerate(WORKING, 1):
        s = _laptop(base, workdir, member, number)
        try:
            if member is LEAD:  # the lead sets the folder up, with the history all copies share
                sync_folder.sync_with(s, folder)
            goal = _ops(s) + share
            while _ops(s) < goal:
                school_year(s, min(goal, _ops(s) + DAY_OPS))
                (ops, _), seconds, _ = _clocked(partial(sync_folder.publish, s, folder))
                publish_ms.append(1000 * seconds)
                published += ops
        finally:
            sessions.lock(s)
    print(
        f"{len(WORKING)} laptops made and published {published:,} ops in "
        f"{time.perf_counter() - started:.1f} s",
        flush=True,
    )
    return publish_ms, published


def _folder_bytes(folder: Path) -> tuple[int, int]:
    """(bytes, files) of everything under the folder: what the share or stick must hold."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


@dataclass(frozen=True, slots=True)
class Phases:
    """A pull in its two halves: reading (list, hash, decrypt, verify the signature, decode:
    `sync_folder._Pull`, the reader `sync_with` uses) and applying (one `sync.apply_ops`
    transaction), wall and CPU seconds of each."""

    read_s: float
    read_cpu_s: float
    apply_s: float
    apply_cpu_s: float
    files: int
    applied: int


def _pull_phases(s: Session, folder: Path) -> Phases:
    pull = sync_folder._Pull(s, folder)
    _, read_s, read_cpu = _clocked(pull.read_all)
    assert not pull.skipped, pull.skipped
    (report, _), apply_s, apply_cpu = _clocked(partial(sync.apply_ops, s, pull.ops))
    return Phases(read_s, read_cpu, apply_s, apply_cpu, pull.files, report.applied)


def _profile_pull(base: Path, workdir: Path, folder: Path) -> None:
    """Where a pull's time goes, printed (BTAM_BENCH_SYNC_PROFILE=1), on one more laptop."""
    s = _laptop(base, workdir, READER, 9)
    profile = cProfile.Profile()
    try:
        profile.runcall(sync_folder.sync_with, s, folder)
    finally:
        sessions.lock(s)
    stats = pstats.Stats(profile)
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(25)


@dataclass(frozen=True, slots=True)
class YearEnd:
    """Medians over a few days' work on the laptop that holds the year (ms): each day
    published alone (wall and CPU), then each day synced the way a member does it."""

    publish_ms: float
    publish_cpu_ms: float
    sync_ms: float


def _year_end(s: Session, folder: Path) -> YearEnd:
    publish_ms: list[float] = []
    publish_cpu_ms: list[float] = []
    for _ in range(YEAR_END_DAYS):
        _a_day(s)
        (ops, _), seconds, cpu = _clocked(partial(sync_folder.publish, s, folder))
        assert ops >= DAY_OPS, ops
        publish_ms.append(1000 * seconds)
        publish_cpu_ms.append(1000 * cpu)
    sync_ms: list[float] = []
    for _ in range(YEAR_END_DAYS):
        _a_day(s)
        report, seconds, _ = _clocked(partial(sync_folder.sync_with, s, folder))
        assert report.sent_ops >= DAY_OPS and not report.skipped, report
        sync_ms.append(1000 * seconds)
    median = statistics.median
    return YearEnd(median(publish_ms), median(publish_cpu_ms), median(sync_ms))


def run(workdir: Path) -> list[Result]:
    with _bench_home(workdir):
        return _run(workdir)


def _run(workdir: Path) -> list[Result]:
    base = _team_file(workdir)
    folder = workdir / "sync-share"
    folder.mkdir()
    in_year_ms, published = _work_the_year(base, workdir, folder)
    folder_bytes, files = _folder_bytes(folder)

    # The sixth laptop catches up in one sync: the headline.
    reader = _laptop(base, workdir, READER, 6)
    report, pull_s, pull_cpu = _clocked(partial(sync_folder.sync_with, reader, folder))
    assert report.received_ops == published and report.waiting == 0, report
    assert not report.skipped and report.ignored == 0, report
    load = os.getloadavg()
    print(
        f"pulled {report.received_ops:,} ops in {report.received_files} files: {pull_s:.2f} s "
        f"({pull_cpu:.2f} s CPU), load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}",
        flush=True,
    )

    # The same pull in its two halves, on another fresh laptop.
    second = _laptop(base, workdir, READER, 7)
    try:
        phases = _pull_phases(second, folder)
    finally:
        sessions.lock(second)
    assert phases.applied == published, (phases, published)
    print(
        f"  read+verify+decrypt {phases.read_s:.2f} s ({phases.read_cpu_s:.2f} CPU), "
        f"apply {phases.apply_s:.2f} s ({phases.apply_cpu_s:.2f} CPU)",
        flush=True,
    )

    try:
        year_end = _year_end(reader, folder)
    finally:
        sessions.lock(reader)
    print(
        f"a day published: {statistics.median(in_year_ms):.0f} ms in the year (median of "
        f"{len(in_year_ms)}), {year_end.publish_ms:.0f} ms at its end; a day synced at its end "
        f"{year_end.sync_ms:.0f} ms; folder {folder_bytes / 1e6:.1f} MB in {files} files; "
        f"load {os.getloadavg()[0]:.2f}",
        flush=True,
    )
    if PROFILE:
        _profile_pull(base, workdir, folder)
    return [
        Result("sync_publish_ms", round(year_end.publish_ms, 1), "ms", 200),
        Result("sync_publish_cpu_ms", round(year_end.publish_cpu_ms, 1), "ms", None),
        Result(
            "sync_publish_ms_in_year_median", round(statistics.median(in_year_ms), 1), "ms", None
        ),
        Result("sync_publish_ms_in_year_max", round(max(in_year_ms), 1), "ms", None),
        Result("sync_with_day_ms_year_end", round(year_end.sync_ms, 1), "ms", None),
        Result("sync_pull_s", round(pull_s, 2), "s", 10),
        Result("sync_pull_cpu_s", round(pull_cpu, 2), "s", None),
        Result("sync_pull_read_verify_s", round(phases.read_s, 2), "s", None),
        Result("sync_pull_read_verify_cpu_s", round(phases.read_cpu_s, 2), "s", None),
        Result("sync_pull_apply_s", round(phases.apply_s, 2), "s", None),
        Result("sync_pull_apply_cpu_s", round(phases.apply_cpu_s, 2), "s", None),
        Result("sync_pull_ops", report.received_ops, "ops", None),
        Result("sync_folder_mb_school_year", round(folder_bytes / 1e6, 2), "MB", 20),
        Result("sync_folder_files_school_year", files, "files", None),
        Result("sync_folder_bytes_per_op", round(folder_bytes / max(published, 1)), "B", None),
        Result("sync_bench_load_1m", round(load[0], 2), "load", None),
    ]


def main() -> None:
    run_alone(run)


if __name__ == "__main__":
    main()
