"""The service process (the only key holder) seen from the window: it is replaced on every
lock, and if it dies on its own the window locks and says so, and unlocking works again."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from btam_desktop.ui import process_transport
from btam_desktop.ui.app import build_window, make_application, settings_at
from btam_desktop.ui.main_window import MainWindow
from tests.reliability.calls import TEST_SLEEP
from tests.ui.conftest import DEMO_PASS, host_is_unlocked, unlock

SESSION_HOST = Path(__file__).parents[1] / "reliability" / "session_host.py"


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


def test_a_lock_waits_for_the_call_in_flight_however_slow(
    qtbot: QtBot, tmp_path: Path, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The old key holder finishes a slow call (a rotation, the drafts) before it locks and
    exits; it is never killed for taking long, and its answer is not shown after the lock."""
    monkeypatch.setattr(process_transport, "EXIT_WAIT_S", 0.5)
    make_application()
    service = subprocess.Popen(
        [sys.executable, str(SESSION_HOST)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    w = build_window(tmp_path / "data", settings_at(tmp_path / "settings.ini"), service)
    qtbot.addWidget(w)
    w.show()
    unlock(qtbot, w, demo_file)
    answers: list[object] = []
    w.ops.queue(TEST_SLEEP(2.0), on_done=answers.append, on_error=answers.append)
    w.flow.lock()
    qtbot.waitUntil(lambda: service.poll() is not None, timeout=10_000)
    assert service.returncode == 0  # it locked and left: not killed after 0.5 s
    assert answers == []  # the answer came after the lock: dropped, nothing refilled
    qtbot.keyClicks(w.unlock.passphrase, DEMO_PASS)
    qtbot.keyClick(w.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.workspace.signed_in is not None, timeout=10_000)
    w.close()
