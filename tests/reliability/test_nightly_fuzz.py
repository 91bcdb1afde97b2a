"""H1/H2 nightly: atheris, coverage-guided, 30 CPU-minutes over the three parsers of outside
input (BTAM_FUZZ_SECONDS per target; two targets at a time on a 2-core machine)."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

FUZZ = Path(__file__).with_name("fuzz_atheris.py")
SECONDS = int(os.environ.get("BTAM_FUZZ_SECONDS", "600"))  # x 4 targets = 40 CPU-minutes


def fuzz(target: str, work: Path) -> dict[str, Any]:
    work.mkdir()
    proc = subprocess.run(
        [
            sys.executable,
            str(FUZZ),
            target,
            f"-max_total_time={SECONDS}",
            "-timeout=2",
            "-rss_limit_mb=500",
            f"-artifact_prefix={work}/",
        ],
        capture_output=True,
        text=True,
        cwd=work,
        timeout=SECONDS + 300,
    )
    done = re.findall(r"#(\d+)\s+DONE\s+cov: (\d+) ft: (\d+)", proc.stderr)
    execs, cov, _ = done[-1] if done else ("0", "0", "0")
    return {
        "target": target,
        "exit": proc.returncode,
        "execs": int(execs),
        "edges": int(cov),
        "findings": sorted(p.name for p in work.glob("crash-*"))
        + sorted(p.name for p in work.glob("timeout-*")),
        "tail": proc.stderr[-1500:] if proc.returncode else "",
    }


@pytest.mark.nightly
@pytest.mark.skipif(
    importlib.util.find_spec("atheris") is None,
    reason="atheris is not installed (make test-long installs it)",
)
@pytest.mark.reliability("H1/H2-atheris", "atheris, 40 CPU-min: CSV, key file, code, sync file")
def test_atheris_finds_nothing(tmp_path: Path, figures: dict[str, Any]) -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        targets = ["csv", "keyfile", "recovery", "segment"]
        runs = list(pool.map(lambda t: fuzz(t, tmp_path / t), targets))
    figures.update(
        cpu_minutes=round(4 * SECONDS / 60, 1),
        runs=[{k: v for k, v in r.items() if k != "tail"} for r in runs],
    )
    assert all(r["exit"] == 0 and not r["findings"] for r in runs), runs
