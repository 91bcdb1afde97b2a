"""Statistics ▸ Export district roll-up…: the lead saves the year's signed file (logged), is
told the key's fingerprint; the sync folder is refused with why."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from btam_desktop.domain import clock
from btam_desktop.domain.case import school_year_of
from btam_desktop.domain.statistics import Figure, year_label
from btam_desktop.services.contracts import api
from btam_desktop.ui.main_window import MainWindow
from tests.ui.conftest import unlock

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_button_saves_a_signed_rollup_and_refuses_the_sync_folder(
    qtbot: QtBot, window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    screen = window.workspace.statistics
    qtbot.waitUntil(lambda: screen.result is not None and len(screen.tables) == len(Figure))
    assert screen.rollup_button.isEnabled()
    out = tmp_path / "maple.json"
    screen.rollup.choose_path = lambda suggested: out  # type: ignore[method-assign]
    qtbot.mouseClick(screen.rollup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.rollup.box is not None and screen.rollup.box.isVisible())
    assert screen.rollup.box is not None
    told = screen.rollup.box.text()
    assert "Saved and logged" in told and "SHA-256 " in told and "maple.json" in told, told
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["school_year"] == year_label(school_year_of(clock.today()))
    if "BTAM_SCREENSHOTS" in os.environ:
        window.grab().save(str(Path("docs/screenshots/statistics-rollup.png")))
    screen.rollup.box.accept()


def test_a_file_in_the_sync_folder_is_refused_with_why(
    qtbot: QtBot, window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    shared = tmp_path / "share"
    shared.mkdir()
    done: list[object] = []
    window.ops.run(api.SYNC_SET_FOLDER(shared), on_done=done.append)
    qtbot.waitUntil(lambda: bool(done))
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    screen = window.workspace.statistics
    qtbot.waitUntil(lambda: screen.result is not None and screen.rollup_button.isEnabled())
    screen.rollup.choose_path = lambda suggested: shared / "r.json"  # type: ignore[method-assign]
    qtbot.mouseClick(screen.rollup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.rollup.box is not None and screen.rollup.box.isVisible())
    assert screen.rollup.box is not None
    assert "inside the team's sync folder" in screen.rollup.box.text()
    assert not (shared / "r.json").exists()
    screen.rollup.box.accept()
