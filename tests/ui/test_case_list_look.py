"""The case list as a team reads it at 1280 px: danger and due dates marked by icon, weight
and words (never color alone), the whole status in each row's tooltip, no column cut short;
the toolbar's commands and the empty list's way to start a case, by keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from btam_desktop.services import session as sessions
from btam_desktop.ui.language import short_date
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.cases.model import CaseTableModel
from btam_desktop.ui.screens.intake import IntakeDialog
from btam_desktop.ui.screens.print_preview import PrintPreviewDialog
from tests.conftest import PASSPHRASE, make_case_file
from tests.ui.conftest import unlock
from tests.ui.test_team_and_tasks import wait_for_dialog

Display = Qt.ItemDataRole.DisplayRole


def _row_of(model: CaseTableModel, number_or_name: str) -> int:
    for row in range(model.rowCount()):
        r = model.row_at(row)
        if number_or_name in (r.number, r.student):
            return row
    raise AssertionError(f"{number_or_name} is not shown")


def test_urgent_and_overdue_are_marked_by_icon_weight_and_words(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    unlock(qtbot, window, demo_file)
    model = window.workspace.cases.list.model
    priority, status = model.COLUMNS.index("priority"), model.COLUMNS.index("status")
    review = model.COLUMNS.index("review")
    assert model.headerData(priority, Qt.Orientation.Horizontal, Display) == "Priority"

    urgent = _row_of(model, "Mateo Brightwater")  # imminent danger at intake (the demo)
    assert urgent == 0  # urgent cases top the list
    assert model.index(urgent, priority).data() == "Urgent"
    assert model.index(urgent, status).data() in {"Referral", "Screening", "Inquiry"}
    assert isinstance(model.index(urgent, priority).data(Qt.ItemDataRole.DecorationRole), QIcon)
    font = model.index(urgent, priority).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    tip = model.index(urgent, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "Urgent: imminent danger was reported at intake." in tip
    assert "Status: " in tip and "Level of concern: " in tip and "Case manager: " in tip

    rows = range(model.rowCount())
    plain = next(r for r in rows if not model.row_at(r).urgent)
    assert model.index(plain, priority).data() == ""
    assert model.index(plain, priority).data(Qt.ItemDataRole.DecorationRole) is None

    overdue = [r for r in rows if "overdue" in model.index(r, review).data()]
    assert overdue, "the demo has overdue reviews"
    for r in overdue:
        shown = model.index(r, review).data()
        assert shown == f"{short_date(model.row_at(r).next_review)} · overdue"
        assert model.index(r, review).data(Qt.ItemDataRole.FontRole).bold()
        assert isinstance(model.index(r, review).data(Qt.ItemDataRole.DecorationRole), QIcon)
        assert "overdue by" in model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole)
    on_time = [r for r in rows if model.row_at(r).next_review and r not in overdue]
    assert on_time and all(
        model.index(r, review).data(Qt.ItemDataRole.FontRole) is None for r in on_time
    )


def test_no_column_is_cut_short_at_1280_px(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    window.resize(1280, 720)
    unlock(qtbot, window, demo_file)
    table = window.workspace.cases.list.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.viewport().width() > 1000)
    short = {}
    for column in range(table.model().columnCount()):
        needed = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        if header.sectionSize(column) < needed:
            short[column] = (header.sectionSize(column), needed)
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert short == {}, (str(widths), table.viewport().width())
    assert table.horizontalScrollBar().maximum() == 0  # nothing off to the right either


def test_the_toolbar_offers_the_main_commands_with_their_shortcuts(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    assert not window.toolbar.isVisible()  # nothing to do before a case file is unlocked
    unlock(qtbot, window, demo_file, to_cases=False)
    assert window.toolbar.isVisible()
    buttons = [window.toolbar.widgetForAction(a) for a in window.toolbar.actions()]
    assert all(isinstance(b, QToolButton) for b in buttons)
    names = ["New referral", "Search", "Print", "Lock"]
    assert [b.accessibleName() for b in buttons] == names
    assert [b.text() for b in buttons if isinstance(b, QToolButton)] == names
    shortcuts = [a.shortcut().toString() for a in window.toolbar.actions()]
    assert shortcuts == ["Ctrl+N", "Ctrl+F", "Ctrl+P", "Ctrl+L"]

    # Ctrl+P on My tasks has nothing to print: the status bar says where to go.
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert "to print it" in window.statusBar().currentMessage()
    # Search (Ctrl+F) goes to the list, the search field focused; Enter opens the case.
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.workspace.cases.list.search
    assert search.hasFocus()
    qtbot.keyClicks(search, "brightw")
    qtbot.waitUntil(lambda: window.workspace.cases.list.model.rowCount() == 1)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    page = window.workspace.cases.page
    qtbot.waitUntil(lambda: window.workspace.cases.currentWidget() is page)
    # Print (Ctrl+P) on a case: its summary's print preview.
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = wait_for_dialog(qtbot, PrintPreviewDialog)
    assert isinstance(preview, PrintPreviewDialog)
    qtbot.waitUntil(lambda: preview.prepared is not None, timeout=10_000)
    assert preview.prepared is not None and preview.prepared.title.startswith("Case summary")
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # Lock (Ctrl+L): back to the unlock screen, the toolbar gone with the case data.
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock)
    assert not window.toolbar.isVisible()


def test_an_empty_case_list_offers_a_new_referral(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "fresh.btam"
    s, _ = make_case_file(folder)
    sessions.lock(s)
    window.flow.open_path(folder)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock)
    qtbot.keyClicks(window.unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    screen = window.workspace.cases.list
    qtbot.waitUntil(lambda: screen.count.text() != "", timeout=10_000)  # the list came
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.empty_button.isVisible())
    assert not screen.table.isVisible()
    assert screen.empty.text().startswith("No cases yet.")
    screen.empty_button.setFocus()  # Tab order reaches it; Space presses it, as a user would
    qtbot.keyClick(screen.empty_button, Qt.Key.Key_Space)
    form = wait_for_dialog(qtbot, IntakeDialog)
    assert isinstance(form, IntakeDialog)
    form.reject()
