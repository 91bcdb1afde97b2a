"""The service process (the only key holder) seen from the window: it is replaced on every
lock, and if it dies on its own the window locks and says so, and unlocking works again."""

from __future__ import annotations

import signal
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from btam_desktop.ui.main_window import MainWindow
from tests.ui.conftest import DEMO_PASS, host_is_unlocked, unlock


def test_a_killed_service_process_locks_the_window_and_a_new_one_takes_over(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    unlock(qtbot, window, demo_file)
    holder = window.transport.process
    holder.send_signal(signal.SIGKILL)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock, timeout=10_000)
    assert "stopped unexpectedly" in window.unlock.message.text()
    assert window.workspace.cases.list.model.rowCount() == 0  # nothing left on screen
    assert window.transport.process.pid != holder.pid
    assert host_is_unlocked(qtbot, window) is False

    qtbot.keyClicks(window.unlock.passphrase, DEMO_PASS)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace.cases.list.model.rowCount() > 0, timeout=10_000)


def test_each_lock_ends_the_key_holder_and_the_next_unlock_gets_a_fresh_one(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    unlock(qtbot, window, demo_file)
    first = window.transport.process
    window.flow.lock()
    qtbot.waitUntil(lambda: first.poll() is not None, timeout=10_000)
    assert first.returncode == 0  # it locked and left on its own, not killed
    second = window.transport.process
    qtbot.keyClicks(window.unlock.passphrase, DEMO_PASS)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace.signed_in is not None, timeout=10_000)
    assert window.transport.process is second and second.poll() is None
