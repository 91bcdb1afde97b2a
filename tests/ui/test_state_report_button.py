"""The Statistics screen's "Export state report…": offered only when the team's model maps a
state's collection, the file chosen in a dialog, written and logged by the service process,
and said in the status bar. The CSV holds no count under the minimum."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from btam_desktop.domain.statistics import Figure
from btam_desktop.services import assess, session as sessions
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.statistics.screen import StatisticsScreen
from tests.ui.conftest import DEMO_PASS, unlock

CTRL = Qt.KeyboardModifier.ControlModifier


def _open_statistics(qtbot: QtBot, window: MainWindow, demo_file: Path) -> StatisticsScreen:
    unlock(qtbot, window, demo_file, to_cases=False)
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    screen = window.workspace.statistics
    qtbot.waitUntil(lambda: screen.result is not None and len(screen.tables) == len(Figure))
    return screen


def test_no_mapping_no_button(qtbot: QtBot, window: MainWindow, demo_file: Path) -> None:
    screen = _open_statistics(qtbot, window, demo_file)  # the demo's team uses NTAC
    assert screen.result is not None and screen.result.state_report == ""
    assert not screen.state_button.isEnabled()
    assert "The team's model maps no state report." in screen.state_button.toolTip()


def test_the_state_report_is_saved_logged_and_said(
    qtbot: QtBot,
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    s = sessions.unlock(demo_file, None, DEMO_PASS)
    assess.set_team_pack(s, "virginia-style")
    sessions.lock(s)
    screen = _open_statistics(qtbot, window, demo_file)
    assert screen.state_button.isEnabled()
    assert "Virginia-style annual school safety survey" in screen.state_button.toolTip()
    target = tmp_path / "virginia.csv"
    asked: list[int] = []

    def choose(year: int) -> Path:  # the file dialog, answered
        asked.append(year)
        return target

    monkeypatch.setattr(screen, "choose_state_path", choose)
    screen.state_button.setFocus()
    qtbot.keyClick(screen.state_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "State report saved" in window.statusBar().currentMessage())
    assert screen.result is not None and asked == [screen.result.year]
    assert "virginia.csv" in window.statusBar().currentMessage()
    with target.open(newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[2] == [
        "State form",
        "Virginia-style annual school safety survey: threat assessment",
    ]
    assert rows[4] == ["Aggregate counts, no student data"]
    values = [row[2] for row in rows[8:]]
    assert len(values) == 13
    assert all(v in ("suppressed", "0") or int(v) >= 10 for v in values), values
    if os.environ.get("BTAM_SCREENSHOTS"):
        window.grab().save(str(Path(os.environ["BTAM_SCREENSHOTS"]) / "state-report.png"))
