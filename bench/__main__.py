"""`make bench`: run every benchmark, print a table, write bench/results.json.

Speed is measured here, never asserted inside unit tests.
"""

from __future__ import annotations

import json
import os
import platform
import tempfile
from pathlib import Path

from bench import casefile_bench
from bench.measure import Result

RESULTS = Path(__file__).with_name("results.json")


def table(results: list[Result]) -> str:
    lines = [f"{'measure':36} {'value':>10} {'unit':5} {'budget':>8}  ok", "-" * 66]
    for r in results:
        ok = {None: "", True: "yes", False: "NO"}[r.within_budget]
        budget = "" if r.budget is None else f"{r.budget:g}"
        lines.append(f"{r.name:36} {r.value:>10g} {r.unit:5} {budget:>8}  {ok}")
    return "\n".join(lines)


def main() -> None:
    os.umask(0o077)
    with tempfile.TemporaryDirectory(prefix="btam-bench-") as tmp:
        results = casefile_bench.run(Path(tmp))
    RESULTS.write_text(json.dumps([r.as_json() for r in results], indent=1) + "\n")
    print(f"BTAM Desktop benchmarks on {platform.node()} ({os.cpu_count()} cores)")
    print(table(results))
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
