"""Merging another laptop's school year: `merge_ops_per_s` (budget: 20,000 ops in <= 5 s, so
>= 4,000 ops/s) and how much the op log of that year adds to the case file (budget 30 MB).

One case file is copied to a second folder (two laptops with one history); on the first, a
school year of work is made through the real services (cases opened, summaries and levels
edited, check-ins, plan versions, people added), 20,000 ops; the second applies all of them
in one `sync.apply_ops` batch. The content is synthetic and fictional.

Run alone with `python -m bench.merge_bench` (it updates its entries in bench/results.json).
"""

from __future__ import annotations

import os
import shutil
import time
from datetime import timedelta
from pathlib import Path

from bench.measure import Result, run_alone, timed
from btam_desktop.domain.records import today
from btam_desktop.services import cases, manage, session as sessions, sync
from btam_desktop.services.contracts.sync import SyncReport
from btam_desktop.services.session import TEST_KDF, NewCaseFile, Session

PASSPHRASE = "bench passphrase of a synthetic team"
OPS = int(os.environ.get("BTAM_BENCH_MERGE_OPS", "20000"))
WORDS = "Said the bus ride was the worst part of the day; asked to sit near the driver. "


def _ops(s: Session) -> int:
    return int(s.ocf.conn.execute("SELECT count(*) FROM sync_ops").fetchone()[0])


def school_year(s: Session, ops: int) -> None:
    """About 33 ops per case: opened, 10 summary edits, 2 level changes, 12 check-ins,
    4 plan versions, 2 more people, until `ops` ops exist."""
    levels = ["low", "moderate", "high"]  # the built-in pack's levels
    day = today() - timedelta(days=30)
    n = 0
    while _ops(s) < ops:
        n += 1
        case, _ = cases.create_case(s, cases.NewCase(f"Student {n:04d} Fictional", "7"))
        for step in range(31):
            if _ops(s) >= ops:
                return
            if step % 3 == 0:
                text = f"{WORDS * (1 + step % 4)}Step {step}."
                cases.update_case(s, case.id, cases.CaseEdit(summary=text))
            elif step % 3 == 1:
                manage.add_checkin(s, case.id, day, f"{WORDS}Check-in {step}.", "steady")
            elif step in (2, 14):
                level = levels[step % len(levels)]
                cases.update_case(s, case.id, cases.CaseEdit(level_of_concern=level))
            elif step in (5, 11, 17, 23):
                latest = manage.plan_view(s, case.id).latest
                version = latest.version if latest else 0
                manage.save_plan(s, case.id, f"{WORDS}Goal {step}.", (), version)
            elif step in (8, 20):
                cases.add_person(s, case.id, cases.NewPerson("guardian", f"Parent {n}-{step}"))
            else:
                manage.add_checkin(s, case.id, day, f"{WORDS}Note {step}.", "down")


def _file_bytes(s: Session) -> int:
    s.ocf.conn.execute("VACUUM")
    s.ocf.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return s.ocf.db_path.stat().st_size


def oplog_bytes(s: Session) -> int:
    """What the op log takes in the file: its size, compacted, with and without the ops and
    field versions (this copy is thrown away after the bench)."""
    with_log = _file_bytes(s)
    for table in ("sync_ops", "sync_versions", "sync_replaced"):
        s.ocf.conn.execute(f"DELETE FROM {table}")
    return with_log - _file_bytes(s)


def run(workdir: Path) -> list[Result]:
    first, _ = sessions.create_case_file(
        workdir / "merge-a.btam",
        NewCaseFile("Maple Hollow Middle School", "Dana Bench", "administrator", "Ridgeview"),
        PASSPHRASE,
        TEST_KDF,
    )
    sessions.lock(first)
    shutil.copytree(workdir / "merge-a.btam", workdir / "merge-b.btam")
    a = sessions.unlock(workdir / "merge-a.btam", None, PASSPHRASE)
    started = time.perf_counter()
    school_year(a, _ops(a) + OPS)
    print(f"made {OPS} ops in {time.perf_counter() - started:.1f} s")
    b = sessions.unlock(workdir / "merge-b.btam", None, PASSPHRASE)
    ops = sync.outgoing(a, sync.seen(b))
    holder: list[SyncReport] = []
    cpu = time.process_time()
    seconds = timed(lambda: holder.append(sync.apply_ops(b, ops)[0]))
    cpu = time.process_time() - cpu  # other processes on a shared machine do not count
    report = holder[0]
    assert report.applied == len(ops) and report.parked == 0, report
    log_bytes = oplog_bytes(b)
    sessions.lock(a)
    sessions.lock(b)
    print(
        f"applied {len(ops)} ops in {seconds:.2f} s ({cpu:.2f} s CPU), load {os.getloadavg()}; "
        f"op log {log_bytes / 1e6:.1f} MB"
    )
    return [
        Result("merge_ops_per_s", round(len(ops) / seconds), "op/s", None),
        Result("merge_school_year_s", round(seconds, 2), "s", 5),
        Result("merge_school_year_cpu_s", round(cpu, 2), "s", None),
        Result("oplog_school_year_mb", round(log_bytes / 1e6, 1), "MB", 30),
    ]


def main() -> None:
    run_alone(run)


if __name__ == "__main__":
    main()
