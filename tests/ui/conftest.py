"""Fixtures for driving the real window offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from btam_desktop.services import demo, session as sessions
from btam_desktop.services.contracts import api
from btam_desktop.services.session import TEST_KDF
from btam_desktop.ui.app import build_window, make_application, settings_at
from btam_desktop.ui.main_window import MainWindow

DEMO_PASS = "demo passphrase for tests"


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "demo.btam"
    folder.parent.mkdir()
    s, _ = demo.build_demo(folder, DEMO_PASS, cases_count=24, kdf=TEST_KDF)
    sessions.lock(s)
    return folder


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    make_application()
    settings = settings_at(tmp_path / "settings.ini")
    settings.setValue("language", "en")  # the tests read English, whatever this computer's
    w = build_window(tmp_path / "data", settings)
    qtbot.addWidget(w)
    w.resize(1100, 720)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    yield w
    w.close()


def unlock(
    qtbot: QtBot, w: MainWindow, folder: Path, passphrase: str = DEMO_PASS, *, to_cases: bool = True
) -> None:
    """Open the file and type the passphrase as a user would; My tasks is the home screen.
    Then (unless `to_cases` is off) go to the case list with Ctrl+2, as a user would."""
    w.flow.open_path(folder)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.unlock)
    qtbot.keyClicks(w.unlock.passphrase, passphrase)
    qtbot.keyClick(w.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.workspace.cases.list.model.rowCount() > 0, timeout=10_000)
    assert w.workspace.stack.currentWidget() is w.workspace.tasks
    if to_cases:
        qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        assert w.workspace.stack.currentWidget() is w.workspace.cases


def open_only_case(qtbot: QtBot, w: MainWindow, folder: Path, case_id: str) -> None:
    """Unlock a file of one case (the test passphrase) and open that case from the list with
    Return, as a user would."""
    from tests.conftest import PASSPHRASE

    w.flow.open_path(folder)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.unlock)
    qtbot.keyClicks(w.unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(w.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.workspace.cases.list.model.rowCount() == 1, timeout=10_000)
    qtbot.keyClick(w.workspace.cases.list.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.workspace.cases.page.case_id == case_id)


def host_is_unlocked(qtbot: QtBot, w: MainWindow) -> bool:
    """Asks the service process whether it holds an open case file."""
    answers: list[bool] = []
    w.ops.queue(api.SESSION_IS_UNLOCKED(), on_done=answers.append)
    qtbot.waitUntil(lambda: bool(answers))
    return answers[0]
