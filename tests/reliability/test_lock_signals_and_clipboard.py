"""E2: the OS lock signals lock the real window (private dbus-daemon); E6: the clipboard guard,
with an injected timer."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from btam_desktop.services import session as sessions
from btam_desktop.ui.app import make_application
from btam_desktop.ui.clipboard import ClipboardGuard
from tests.conftest import PASSPHRASE, make_case_file

SCRIPT = Path(__file__).with_name("gui_session.py")


@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="dbus-daemon not installed")
@pytest.mark.reliability("E2", "Screen lock, suspend, resume and session lock lock the window")
def test_e2_os_lock_signals(tmp_path: Path, figures: dict[str, Any]) -> None:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        s, _ = make_case_file(tmp_path / "team.btam")
        sessions.lock(s)
        env = {
            **os.environ,
            "DBUS_SESSION_BUS_ADDRESS": address,
            "DBUS_SYSTEM_BUS_ADDRESS": address,  # logind's signals come on the same test bus
            "BTAM_HOME": str(tmp_path / "home"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        out = tmp_path / "result.json"
        args = [str(tmp_path / "team.btam"), PASSPHRASE, str(out), "--ops", "10", "--dbus"]
        proc = subprocess.run(
            [sys.executable, str(SCRIPT), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
    finally:
        daemon.kill()
        daemon.communicate()
    result = json.loads(out.read_text())
    latency = result["lock_latency_ms"]
    figures.update(listening=len(result["listening"]), lock_latency_ms=latency)
    assert "org.freedesktop.login1.Manager.PrepareForSleep" in result["listening"]
    assert len(latency) == 5 and max(latency.values()) < 1000


@pytest.fixture
def guard(qtbot: QtBot) -> Iterator[tuple[ClipboardGuard, QTimer]]:
    make_application()
    timer = QTimer()  # injected: the test fires it instead of waiting 20 s
    g = ClipboardGuard(QGuiApplication.clipboard(), timer=timer, copied_here=lambda: True)
    g.set_active(True)
    yield g, timer
    g.set_active(False)
    QGuiApplication.clipboard().clear()


@pytest.mark.reliability("E6", "Clipboard: cleared after 20 s only if still ours; on lock")
def test_e6_clipboard_guard(guard: tuple[ClipboardGuard, QTimer], figures: dict[str, Any]) -> None:
    g, timer = guard
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("Kenzie Varga-Holloway said so")
    assert g.holding and timer.isActive() and timer.interval() == 20_000
    assert "x-kde-passwordManagerHint" in clipboard.mimeData().formats()
    timer.timeout.emit()  # 20 s later
    cleared_on_timeout = clipboard.text() == ""

    clipboard.setText("Kenzie Varga-Holloway again")
    g._copied_here = lambda: False  # the user copies in another program meanwhile
    clipboard.setText("a shopping list from another program")
    timer.timeout.emit()
    kept_other = clipboard.text() == "a shopping list from another program"

    g._copied_here = lambda: True
    clipboard.setText("Kenzie Varga-Holloway, third copy")
    g.clear_if_ours()  # what the lock and quit call
    cleared_on_lock = clipboard.text() == ""
    g.set_active(False)  # locked: a copy from the unlock screen is not case text
    clipboard.setText("the case file's path")
    not_watched_when_locked = not g.holding
    figures.update(
        clear_after_s=20,
        cleared_on_timeout=cleared_on_timeout,
        left_someone_elses=kept_other,
        cleared_on_lock=cleared_on_lock,
        not_watched_when_locked=not_watched_when_locked,
    )
    assert cleared_on_timeout and kept_other and cleared_on_lock and not_watched_when_locked
