"""The unlock screen lists who can unlock now: read fresh at every lock (issue: after creating
a file the list was empty; after removing a member she was still offered)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from btam_desktop.ui.main_window import MainWindow
from tests.ui.cells import cell
from tests.ui.conftest import DEMO_PASS, unlock
from tests.ui.test_team_and_tasks import row_of

CTRL = Qt.KeyboardModifier.ControlModifier


def press_lock(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+L, as a user presses it in the window (made active first: offscreen, a closed
    dialog leaves no active window to take the shortcut)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_L, CTRL)
    assert window.stack.currentWidget() is window.unlock


def _members(window: MainWindow) -> list[str]:
    combo = window.unlock.member
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_new_file_locked_at_once_lists_its_lead(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from tests.ui.test_flows import test_create_a_case_file_through_the_dialogs

    test_create_a_case_file_through_the_dialogs(qtbot, window, tmp_path)
    press_lock(qtbot, window)
    qtbot.waitUntil(lambda: _members(window) == ["Dana Whitlock-Oyelaran"])
    qtbot.keyClicks(window.unlock.passphrase, "lanterns over the quiet harbour at dusk")
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)


def test_a_removed_member_is_not_offered_after_the_lock(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    assert "Priya Anand-Moss" in _members(window)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    team = window.workspace.team
    qtbot.waitUntil(lambda: team.table.rowCount() == 6)
    team.table.selectRow(row_of(team.table, "Dana Whitlock-Oyelaran (lead)"))
    assert not team.remove_button.isEnabled()  # the signed-in lead cannot remove herself
    assert "cannot remove yourself" in team.remove_button.toolTip()
    team.table.selectRow(row_of(team.table, "Priya Anand-Moss"))
    assert team.remove_button.text() == "Remove Priya Anand-Moss from the team…"
    assert team.remove_button.isEnabled()
    qtbot.keyClick(team.remove_button, Qt.Key.Key_Space)

    def confirm() -> QMessageBox | None:
        return next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ),
            None,
        )

    qtbot.waitUntil(lambda: confirm() is not None)
    box = confirm()
    assert box is not None
    assert box.text().startswith(
        "Remove Priya Anand-Moss from the team — their passphrase will stop working."
    )
    remove = next(b for b in box.buttons() if b.text() == "Remove Priya Anand-Moss")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            all(
                not cell(team.table, r, 0).startswith("Priya") or "left" in cell(team.table, r, 0)
                for r in range(team.table.rowCount())
            )
            or team.table.rowCount() == 5
        ),
        timeout=15_000,
    )
    press_lock(qtbot, window)
    qtbot.waitUntil(lambda: len(_members(window)) == 5)
    assert "Priya Anand-Moss" not in _members(window)
    qtbot.keyClicks(window.unlock.passphrase, DEMO_PASS)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
