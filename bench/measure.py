"""Tiny helpers for timing: medians and percentiles of repeated runs, and the result record."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any


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
