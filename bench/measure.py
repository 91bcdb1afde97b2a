"""Tiny helpers for timing: medians and percentiles of repeated runs, and the result record."""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from btam_desktop.services.session import Session

RESULTS = Path(__file__).with_name("results.json")


@dataclass(frozen=True, slots=True)
class Result:
    name: str
    value: float
    unit: str
    budget: float | None

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def within_budget(self) -> bool | None:
        return None if self.budget is None else self.value <= self.budget


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def median_of(runs: int, work: Callable[[], object]) -> float:
    return statistics.median(timed(work) for _ in range(runs))


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run_alone(run: Callable[[Path], list[Result]]) -> None:
    """One benchmark module on its own (`python -m bench.X`): print its table and update its
    entries in bench/results.json (the full `make bench` writes them with everything else)."""
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


def print_measures(measure: Callable[[Session], dict[str, float]], argv: list[str]) -> None:
    """`python -m bench.X FOLDER PASSPHRASE`: unlock the file, print `measure` as one JSON
    line (what `make bench` reads), lock."""
    from btam_desktop.services import session as sessions

    s = sessions.unlock(Path(argv[0]), None, argv[1])
    try:
        print(json.dumps(measure(s)))
    finally:
        sessions.lock(s)
