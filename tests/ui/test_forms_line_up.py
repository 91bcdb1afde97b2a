"""Forms line up (issue 19): one label column per form, buttons as wide as their words, the
strength bar in words, your settings apart from the team's, the team's papers on File ▸ Print."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QGroupBox, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from btam_desktop.ui.areas import SETTINGS
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.dialogs import CreateCaseFileDialog
from btam_desktop.ui.screens.print_preview import PrintPreviewDialog
from tests.ui.conftest import unlock
from tests.ui.test_meeting_flow import wait_for_dialog
from tests.ui.test_team_work_flow import activate

ALT = Qt.KeyboardModifier.AltModifier
#: A menu popping up offscreen: the platform's own notices (the menu works), not ours.
MENU_NOTICES = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def left_edge(widget: QWidget, over: QWidget) -> int:
    return widget.mapTo(over, QPoint(0, 0)).x()


def group_of(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QGroupBox):
        parent = parent.parentWidget()
    return parent.title() if parent is not None else ""


def test_the_new_case_file_form_has_one_label_column_and_a_strength_in_words(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = CreateCaseFileDialog(tmp_path, window)
    dialog.open()
    qtbot.waitExposed(dialog)
    fields = (
        dialog.school,
        dialog.lead,
        dialog.passphrase.first,
        dialog.passphrase.second,
        dialog.passphrase.meter,
        dialog.location,
    )
    assert {left_edge(f, dialog) for f in fields} == {left_edge(dialog.school, dialog)}
    assert dialog.passphrase.meter.isTextVisible()
    assert dialog.passphrase.meter.text() == "Too short"
    qtbot.keyClicks(dialog.passphrase.first, "lanterns over the quiet harbor at dusk")
    assert dialog.passphrase.meter.text() in {"Strong", "Very strong"}
    dialog.reject()


def test_settings_keep_yours_apart_from_the_teams_and_line_up(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    window.resize(1280, 720)
    unlock(qtbot, window, demo_file, to_cases=False)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.stack.currentIndex() == SETTINGS
    screen = window.workspace.settings_screen
    qtbot.waitUntil(lambda: screen.pack.count() > 1)
    assert {group_of(w) for w in (screen.passphrase_button, screen.theme)} == {
        "You, on this computer"
    }
    assert {group_of(w) for w in (screen.idle, screen.backup_days, screen.apply_idle)} == {
        "The team, on every computer"
    }
    assert {group_of(w) for w in (screen.pack, screen.apply_pack, screen.import_pack)} == {
        "The team's model pack"
    }
    # One field column across the three groups.
    fields = (screen.passphrase_button, screen.theme, screen.idle, screen.backup_days, screen.pack)
    assert len({left_edge(f, screen) for f in fields}) == 1
    buttons = screen.findChildren(QPushButton)
    assert buttons and all(b.width() == b.sizeHint().width() for b in buttons if b.isVisible())
    assert screen.idle.width() == screen.backup_days.width()
    assert not any("Print" in b.text() for b in buttons)  # on File ▸ Print now


def open_print_menu(qtbot: QtBot, window: MainWindow) -> QMenu:
    """File ▸ Print ▸ by keyboard: the submenu, open."""
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, ALT)  # File
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    file_menu = QApplication.activePopupWidget()
    assert file_menu is not None
    qtbot.keyClick(file_menu, Qt.Key.Key_P)  # Print ▸
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not file_menu)
    print_menu = QApplication.activePopupWidget()
    assert isinstance(print_menu, QMenu)
    return print_menu


@MENU_NOTICES
def test_blank_forms_print_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    print_menu = open_print_menu(qtbot, window)
    texts = [a.text() for a in print_menu.actions() if not a.isSeparator()]
    assert texts == [
        "&What is on screen…",
        "&Blank forms…",
        "&Staff handout…",
        "Handout for s&tudents…",
        "Handout for &families…",
    ]
    qtbot.keyClick(print_menu, Qt.Key.Key_B)  # Blank forms…
    preview = wait_for_dialog(qtbot, PrintPreviewDialog)
    assert isinstance(preview, PrintPreviewDialog)
    qtbot.waitUntil(lambda: preview.print_button.isEnabled(), timeout=10_000)
    assert preview.prepared is not None and preview.prepared.kind.value == "blank-forms"
    preview.reject()
