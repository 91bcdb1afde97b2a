"""Backups from the window, played by keyboard: File ▸ Back up… writes, opens and checks a copy;
File ▸ Restore… drills a backup (restored into a temporary place, opened, counted, deleted) and
then puts it in place; the status bar asks for a backup once the last verified one is older
than the team's setting, on whichever laptop opens the file."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from btam_desktop.services.cases import NewCase
from btam_desktop.services.contracts import api
from btam_desktop.ui.areas import SETTINGS
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.backup import BackupDialog, RestoreDialog
from tests.conftest import PinClock
from tests.ui.conftest import DEMO_PASS, unlock
from tests.ui.test_team_and_tasks import wait_for_dialog
from tests.ui.test_team_work_flow import activate, shot

#: A menu popping up offscreen: the platform's own notices (the menu works), not ours.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
#: A student of the demo: the copy must not show it anywhere, the restored file must.
STUDENT = "Kenzie Varga-Holloway"
BACKED_UP = datetime(2027, 3, 1, 9, 30)


def file_menu(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """Alt+F opens the File menu; the item's underlined letter chooses it."""
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert menu is not None
    qtbot.keyClick(menu, key)


def replace_text(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, text)


def back_up(qtbot: QtBot, window: MainWindow, folder: Path, name: str = "") -> BackupDialog:
    """File ▸ Back up…, the folder typed, Enter; returns the dialog showing the result."""
    file_menu(qtbot, window, Qt.Key.Key_B)
    dialog = wait_for_dialog(qtbot, BackupDialog)
    assert isinstance(dialog, BackupDialog)
    replace_text(qtbot, dialog.folder, str(folder))
    qtbot.keyClick(dialog.folder, Qt.Key.Key_Return)  # "Back up" is the default button
    assert dialog.progress.isVisible() and "Step" in dialog.status.text()
    if name:
        shot(dialog, f"{name}-progress")
    qtbot.waitUntil(lambda: not dialog.progress.isVisible(), timeout=20_000)
    if name:
        shot(dialog, f"{name}-result")
    return dialog


def test_back_up_by_keyboard_then_restore_through_the_drill(
    qtbot: QtBot, window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    unlock(qtbot, window, demo_file)
    assert window.backup_reminder.isVisible()  # the demo was never backed up
    assert window.backup_reminder.text() == "This case file has no verified backup yet."
    stick = tmp_path / "usb stick"
    stick.mkdir()

    file_menu(qtbot, window, Qt.Key.Key_B)
    dialog = wait_for_dialog(qtbot, BackupDialog)
    assert isinstance(dialog, BackupDialog)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert dialog.folder.text() in (documents, str(Path.home()))  # this user's own folder
    QWidget.close(dialog)
    dialog = back_up(qtbot, window, stick, "backup-dialog")
    text = dialog.status.text()
    assert text.startswith("Backup verified: opens, 24 cases, check clean."), text
    (copy,) = stick.iterdir()
    assert copy.name.startswith("backup-") and copy.name.endswith(".btam")
    assert str(copy) in text
    assert sorted(p.name for p in copy.iterdir()) == ["case.g1.db", "case.g1.keys", "current"]
    for part in copy.iterdir():  # encrypted: no student's name in any file of it
        assert STUDENT.encode() not in part.read_bytes()
        assert STUDENT.encode("utf-16-le") not in part.read_bytes()
    assert dialog.cancel.text() == "Close" and not dialog.ok.isVisible()
    qtbot.keyClick(dialog.cancel, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not window.backup_reminder.isVisible())  # read again from the file

    # After the backup the case file changes: a 25th case.
    added: list[object] = []
    window.ops.run(api.CASES_CREATE(NewCase("Orla Penhallow-Quist", "7")), on_done=added.append)
    qtbot.waitUntil(lambda: window.workspace.cases.list.model.rowCount() == 25)

    file_menu(qtbot, window, Qt.Key.Key_T)
    restore = wait_for_dialog(qtbot, RestoreDialog)
    assert isinstance(restore, RestoreDialog)
    replace_text(qtbot, restore.folder, str(copy))
    shot(restore, "restore-dialog")
    qtbot.keyClick(restore.folder, Qt.Key.Key_Tab)  # Browse…
    qtbot.keyClick(restore.focusWidget(), Qt.Key.Key_Tab)
    assert restore.focusWidget() is restore.passphrase
    qtbot.keyClicks(restore.passphrase, DEMO_PASS)
    qtbot.keyClick(restore.passphrase, Qt.Key.Key_Return)  # "Try the backup"
    assert restore.progress.isVisible()
    qtbot.waitUntil(lambda: not restore.progress.isVisible(), timeout=20_000)
    drilled = restore.status.text()
    assert drilled.startswith("Restore drill passed"), drilled
    assert "counts match (24 cases)" in drilled and "trial copy was deleted" in drilled
    assert "the case file has 25 cases now" in drilled
    assert restore.replace.isVisible()
    shot(restore, "restore-drill-result")
    assert not list(Path(tempfile.gettempdir()).glob("btam-restore-drill-*"))

    qtbot.keyClick(restore, Qt.Key.Key_R, ALT)  # Replace the case file with this backup
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock)
    qtbot.waitUntil(lambda: "Restored from" in window.unlock.message.text(), timeout=20_000)
    notice = window.unlock.message.text()
    assert str(copy) in notice and "demo.btam.replaced-" in notice, notice
    shot(window, "restore-done-unlock")
    (kept,) = demo_file.parent.glob("demo.btam.replaced-*")
    assert kept.is_dir()

    qtbot.keyClicks(window.unlock.passphrase, DEMO_PASS)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace.cases.list.model.rowCount() > 0, timeout=10_000)
    rows = window.workspace.cases.list.model
    qtbot.waitUntil(lambda: rows.rowCount() == 24)  # the backup's cases: the 25th is gone
    students = [rows.row_at(i).student for i in range(rows.rowCount())]
    assert "Orla Penhallow-Quist" not in students and STUDENT in students


@pytest.fixture
def backed_up_on(pin_clock: PinClock) -> Iterator[PinClock]:
    """The clock pinned before the window exists, so its service process reads it too."""
    pin_clock(BACKED_UP)
    yield pin_clock


def test_the_status_bar_asks_for_a_backup_eight_days_after_the_last(
    qtbot: QtBot, backed_up_on: PinClock, window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    unlock(qtbot, window, demo_file)
    back_up(qtbot, window, tmp_path)
    QWidget.close(wait_for_dialog(qtbot, BackupDialog))
    qtbot.waitUntil(lambda: not window.backup_reminder.isVisible())

    def relock_at(moment: datetime) -> None:
        """Time passes: the next service process and the window read `moment` as now."""
        backed_up_on(moment)
        activate(qtbot, window)
        qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock)
        assert not window.backup_reminder.isVisible()
        unlock(qtbot, window, demo_file)

    relock_at(BACKED_UP + timedelta(days=6))
    assert not window.backup_reminder.isVisible()

    relock_at(BACKED_UP + timedelta(days=8))
    qtbot.waitUntil(window.backup_reminder.isVisible)
    assert window.backup_reminder.text() == (
        "Last verified backup: 8 days ago. The team asks for one every 7 days."
    )
    assert window.backup_now.isVisible()
    shot(window.statusBar(), "backup-reminder-status-bar")
    shot(window, "backup-reminder-window")

    # A lead gives the team ten days in Settings: the reminder goes, on this laptop at once.
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
    assert window.workspace.stack.currentIndex() == SETTINGS
    settings = window.workspace.settings_screen
    replace_text(qtbot, settings.backup_days, "10")
    shot(settings, "settings-backup-reminder")
    settings.apply_idle.setFocus()
    qtbot.keyClick(settings.apply_idle, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not window.backup_reminder.isVisible(), timeout=10_000)
    assert window.workspace.signed_in is not None
    assert window.workspace.signed_in.backup_reminder_days == 10
