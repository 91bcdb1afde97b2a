"""Figures of the reliability tests, one JSON record per test run, for `make reliability-report`.

A test marked `@pytest.mark.reliability("B1", "what it checks")` takes the `figures` fixture
(a dict) and puts what it measured there; when the test has run, a record with the outcome,
the duration, the figures and the machine goes to `.reliability/results/`. The report
(tools/reliability_report.py) renders the newest record of each test.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import platform
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parents[2] / ".reliability" / "results"


@functools.cache
def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    mem_gib = 0.0
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        mem_gib = round(pages / 2**30, 1)
    except (ValueError, OSError):
        pass
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        conn.close()
    return {
        "cpu": cpu or platform.machine(),
        "cores": os.cpu_count(),
        "memory_gib": mem_gib,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlcipher": cipher,
    }


def write(
    test_id: str, title: str, nodeid: str, outcome: str, seconds: float, figures: dict[str, Any]
) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    safe = test_id.replace("/", "+")
    name = f"{safe}--{hashlib.sha1(nodeid.encode()).hexdigest()[:10]}.json"
    record = {
        "id": test_id,
        "title": title,
        "test": nodeid,
        "outcome": outcome,
        "seconds": round(seconds, 2),
        "figures": figures,
        # In UTC whatever zone a test pinned (a sync test pins New York).
        "finished": datetime.fromtimestamp(time.time(), UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
        "tier": "nightly" if os.environ.get("BTAM_NIGHTLY") else "fast",
        "machine": machine(),
    }
    path = RESULTS / name
    path.write_text(json.dumps(record, indent=1, sort_keys=True, default=str) + "\n")
    return path
