"""`make bench`: run every benchmark, print a table, write bench/results.json.

Speed is measured here, never asserted inside unit tests. The large files are synthetic and
fictional (bench/synthetic.py); each interaction benchmark runs in its own process so memory
figures belong to one app session.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import casefile_bench, merge_bench, reports_bench, sync_bench
from bench.measure import Result
from bench.synthetic import make_casefile

RESULTS = Path(__file__).with_name("results.json")
PASSPHRASE = "bench passphrase of a synthetic team"
SIZES = (10_000, 100_000)


def table(results: list[Result]) -> str:
    lines = [f"{'measure':40} {'value':>10} {'unit':5} {'budget':>8}  ok", "-" * 70]
    for r in results:
        ok = {None: "", True: "yes", False: "NO"}[r.within_budget]
        budget = "" if r.budget is None else f"{r.budget:g}"
        lines.append(f"{r.name:40} {r.value:>10g} {r.unit:5} {budget:>8}  {ok}")
    return "\n".join(lines)


def child(module: str, *args: str) -> str:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", module, *args], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


def launch_seconds(folder: Path, runs: int = 5) -> float:
    """Process spawn to the unlock prompt on screen (the median of a few cold starts)."""
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "bench.launch_probe", str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        samples.append(time.perf_counter() - started)
        proc.wait()
        assert line.strip() == "shown", line
    return sorted(samples)[len(samples) // 2]


def interaction_results(size: int, data: dict[str, Any]) -> list[Result]:
    k = f"{size // 1000}k"
    # Unlock to the list on screen (its first rows; the rest follow: unlock_to_full_list).
    list_budget = 0.15 if size <= 10_000 else 1.0
    results = [
        Result(
            f"search_keystroke_p95_ms_{k}",
            round(data["search_p95_ms"], 1),
            "ms",
            50 if size <= 10_000 else 100,
        ),
        Result(f"search_keystroke_p50_ms_{k}", round(data["search_p50_ms"], 1), "ms", None),
    ]
    results += [
        Result(f"unlock_to_list_s_{k}", round(data["unlock_to_list_s"], 3), "s", list_budget),
        Result(f"unlock_to_full_list_s_{k}", round(data["unlock_to_full_list_s"], 3), "s", None),
        Result(f"list_via_service_ms_{k}", round(data["list_via_service_ms"], 1), "ms", None),
    ]
    if size == 10_000:
        results += [
            Result("sort_ms_10k", round(data["sort_ms"], 1), "ms", 100),
            Result("open_case_ms", round(data["open_case_ms"], 1), "ms", 100),
            Result("save_edit_ms", round(data["save_edit_ms"], 2), "ms", 20),
            Result("oplog_bytes_per_op", round(data["oplog_bytes_per_op"]), "B", None),
            # A school year of one laptop's work is about 20,000 ops (issue 16's budget).
            Result(
                "oplog_mb_per_20k_ops",
                round(data["oplog_bytes_per_op"] * 20_000 / 1e6, 1),
                "MB",
                30,
            ),
            Result("rss_mb_10k", round(data["rss_mb"], 1), "MB", 200),
            Result("rss_peak_mb_10k_incl_kdf", round(data["rss_peak_mb"], 1), "MB", None),
            Result("list_query_encrypted_vs_plain_ratio", round(data["ratio"], 2), "x", 1.3),
        ]
    else:
        results += [
            Result(f"sort_ms_{k}", round(data["sort_ms"], 1), "ms", None),
            Result(f"rss_mb_{k}", round(data["rss_mb"], 1), "MB", None),
        ]
    return results


def main() -> None:
    os.umask(0o077)
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="btam-bench-") as tmp:
        work = Path(tmp)
        results += casefile_bench.run(work)
        results += reports_bench.run(work)
        results += merge_bench.run(work)
        results += sync_bench.run(work)
        for size in SIZES:
            folder = work / f"synthetic-{size}.btam"
            started = time.perf_counter()
            make_casefile(folder, size, passphrase=PASSPHRASE)
            print(
                f"made {size:,} synthetic cases in {time.perf_counter() - started:.0f} s",
                flush=True,
            )
            data = json.loads(child("bench.ui_bench", str(folder), PASSPHRASE).splitlines()[-1])
            if size == SIZES[0]:
                results.insert(
                    0,
                    Result("launch_to_unlock_prompt_s", round(launch_seconds(folder), 3), "s", 0.5),
                )
                results.insert(1, Result("kdf_s_10k_file", round(data["kdf_s"], 3), "s", 1.0))
            results += interaction_results(size, data)
            due = json.loads(child("bench.agenda_bench", str(folder), PASSPHRASE).splitlines()[-1])
            k = f"{size // 1000}k"
            results += [
                Result(f"agenda_build_ms_{k}", round(due["agenda_ms"], 1), "ms", None),
                Result(f"my_tasks_ms_{k}", round(due["my_tasks_ms"], 1), "ms", None),
            ]
            # Last: it adds the rows the figures read (reports, screenings, assessments, plans).
            figures = json.loads(
                child("bench.stats_bench", str(folder), PASSPHRASE).splitlines()[-1]
            )
            results.append(
                Result(
                    f"stats_build_ms_{k}",
                    round(figures["stats_ms"], 1),
                    "ms",
                    300 if size == 10_000 else None,
                )
            )
            results += [
                Result(
                    f"stats_recount_one_case_ms_{k}",
                    round(figures["stats_recount_one_case_ms"], 2),
                    "ms",
                    None,
                ),
                Result(
                    f"stats_recount_all_ms_{k}",
                    round(figures["stats_recount_all_ms"], 1),
                    "ms",
                    None,
                ),
            ]
    RESULTS.write_text(json.dumps([r.as_json() for r in results], indent=1) + "\n")
    print(f"BTAM Desktop benchmarks on {platform.node()} ({os.cpu_count()} cores), offscreen")
    print(table(results))
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
