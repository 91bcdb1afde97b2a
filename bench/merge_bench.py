"""Merging another laptop's school year: `merge_ops_per_s` (budget: 20,000 ops in <= 5 s, so
>= 4,000 ops/s) and how much the op log of that year adds to the case file (budget 30 MB).

One case file is copied to a second folder (two laptops with one history); on the first, a
school year of work is made through the real services (cases opened, summaries and levels
edited, check-ins, plan versions, people added), 20,000 ops; the second applies all of them
in one `sync.apply_ops` batch. The content is synthetic and fictional.

Run alone with `python -m bench.merge_bench` (it updates its entries in bench/results.json).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from bench.measure import Result, timed
from btam_desktop.domain.records import today
from btam_desktop.services import cases, manage, session as sessions, sync
from btam_desktop.services.contracts.sync import SyncReport
from btam_desktop.services.session import TEST_KDF, NewCaseFile, Session

PASSPHRASE = "bench passphrase of a synthetic team"
RESULTS = Path(__file__).with_name("results.json")
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


def run(workdir: Path) -> list[Result]:
    first, _ = sessions.create_case_file(
        workdir / "a.btam",
        NewCaseFile("Maple Hollow Middle School", "Dana Bench", "administrator", "Ridgeview"),
        PASSPHRASE,
        TEST_KDF,
    )
    sessions.lock(first)
    shutil.copytree(workdir / "a.btam", workdir / "b.btam")
    a = sessions.unlock(workdir / "a.btam", None, PASSPHRASE)
    started = time.perf_counter()
    school_year(a, _ops(a) + OPS)
    print(f"made {OPS} ops in {time.perf_counter() - started:.1f} s")
    b = sessions.unlock(workdir / "b.btam", None, PASSPHRASE)
    ops = sync.outgoing(a, sync.seen(b))
    size_before = sum(p.stat().st_size for p in (workdir / "b.btam").glob("case.g*.db*"))
    holder: list[SyncReport] = []
    cpu = time.process_time()
    seconds = timed(lambda: holder.append(sync.apply_ops(b, ops)[0]))
    cpu = time.process_time() - cpu  # other processes on a shared machine do not count
    report = holder[0]
    assert report.applied == len(ops) and report.parked == 0, report
    log_bytes = int(
        b.ocf.conn.execute("SELECT sum(length(body)) FROM sync_ops").fetchone()[0]
        + b.ocf.conn.execute(
            "SELECT sum(length(version_id) + length(value_json) + length(replaces_json) "
            "+ length(row_id) + 40) FROM sync_versions"
        ).fetchone()[0]
    )
    sessions.lock(a)
    sessions.lock(b)
    size_after = sum(p.stat().st_size for p in (workdir / "b.btam").glob("case.g*.db*"))
    print(
        f"applied {len(ops)} ops in {seconds:.2f} s ({cpu:.2f} s CPU); "
        f"file grew {size_after - size_before} B; load {os.getloadavg()}"
    )
    return [
        Result("merge_ops_per_s", round(len(ops) / seconds), "op/s", None),
        Result("merge_school_year_s", round(seconds, 2), "s", 5),
        Result("merge_school_year_cpu_s", round(cpu, 2), "s", None),
        Result("oplog_school_year_mb", round(log_bytes / 1e6, 1), "MB", 30),
    ]


def main() -> None:
    from bench.__main__ import table

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="btam-bench-") as tmp:
        results = run(Path(tmp))
    print(table(results))
    stored = json.loads(RESULTS.read_text()) if RESULTS.exists() else []
    names = {r.name for r in results}
    merged = [e for e in stored if e["name"] not in names] + [r.as_json() for r in results]
    RESULTS.write_text(json.dumps(merged, indent=1) + "\n")
    print(f"updated {RESULTS} in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
