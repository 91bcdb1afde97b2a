"""A 13-inch laptop works: at 1280x720 and 1366x768 every window and dialog the app opens
lies inside the screen's available geometry (tests/ui/fit_probe.py opens them, in a process
whose offscreen screen has that size)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.ui.conftest import DEMO_PASS

HERE = Path(__file__).parent


def probe(demo_file: Path, tmp_path: Path, width: int, height: int, *extra: str) -> Any:
    screen = {
        "screens": [
            {
                "name": "laptop",
                "x": 0,
                "y": 0,
                "width": width,
                "height": height,
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ]
    }
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps(screen))
    done = subprocess.run(
        [sys.executable, str(HERE / "fit_probe.py"), str(demo_file), DEMO_PASS, *extra],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)], ids=["1280x720", "1366x768"])
def test_every_window_fits_the_screen(
    demo_file: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    seen = probe(demo_file, tmp_path, *size)
    assert len(seen) >= 40  # it did reach the windows: areas, tabs, previews, every dialog
    assert all(s["available"] == [0, 0, *size] for s in seen.values())
    assert {name: s["frame"] for name, s in seen.items() if not s["fits"]} == {}
    assert "print preview: PrintPreviewDialog" in seen and "meeting mode: MeetingMode" in seen


def test_a_window_too_big_for_the_screen_is_caught(demo_file: Path, tmp_path: Path) -> None:
    """Control: a dialog that cannot shrink below 1400x900 is reported as not fitting."""
    seen = probe(demo_file, tmp_path, 1280, 720, "--control")
    misfits = [name for name, s in seen.items() if not s["fits"]]
    assert misfits == ["control: QDialog"]
