"""The Team page (roster, composition, training) and My tasks, driven as a user would."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from btam_desktop.domain import clock
from btam_desktop.ui.language import short_date
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.team.dialogs import MemberDetailsDialog, TrainingDialog
from tests.ui.cells import cell, children, top
from tests.ui.conftest import unlock

CTRL = Qt.KeyboardModifier.ControlModifier


def wait_for_dialog(qtbot: QtBot, kind: type) -> QWidget:
    def found() -> QWidget | None:
        return next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()),
            None,
        )

    # A dialog opened after a service call: on a loaded machine the call can take seconds.
    qtbot.waitUntil(lambda: found() is not None, timeout=15_000)
    dialog = found()
    assert dialog is not None
    return dialog


def row_of(table: object, name: str) -> int:
    from PySide6.QtWidgets import QTableWidget

    assert isinstance(table, QTableWidget)
    return next(r for r in range(table.rowCount()) if cell(table, r, 0).startswith(name))


def test_team_page_shows_roster_composition_and_training(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    team = window.workspace.team
    qtbot.waitUntil(lambda: team.table.rowCount() == 6)
    assert team.composition.text().startswith("✓ Team: 6 people")
    lucia = row_of(team.table, "Lucía Ferreira-Boyd")
    assert cell(team.table, lucia, 4).startswith("Lapsed on")
    priya = row_of(team.table, "Priya Anand-Moss")
    assert cell(team.table, priya, 4) == "None recorded"

    # Record Priya's training: her status turns current and the record is listed.
    team.table.selectRow(priya)
    qtbot.keyClick(team.training_button, Qt.Key.Key_Space)
    dialog = wait_for_dialog(qtbot, TrainingDialog)
    assert isinstance(dialog, TrainingDialog)
    qtbot.keyClicks(dialog.course, "Annual BTAM refresher (fictional)")
    qtbot.keyClicks(dialog.provider, "Ridgeview Unified")
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: cell(team.table, row_of(team.table, "Priya"), 4).startswith("Current to")
    )
    team.table.selectRow(row_of(team.table, "Priya"))
    assert "Annual BTAM refresher (fictional)" in team.trainings.item(0).text()

    # The officer becomes a teacher: the composition check now says law enforcement is missing.
    team.table.selectRow(row_of(team.table, "Ray Castellan"))
    qtbot.keyClick(team.details_button, Qt.Key.Key_Space)
    details = wait_for_dialog(qtbot, MemberDetailsDialog)
    assert isinstance(details, MemberDetailsDialog)
    details.role.setCurrentIndex(details.role.findData("teacher"))
    details.contact.setText("Room 201")
    qtbot.keyClick(details.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "missing: School resource officer" in team.composition.text())
    assert team.composition.text().startswith("⚠")
    assert cell(team.table, row_of(team.table, "Ray Castellan"), 2) == "Room 201"


def test_my_tasks_groups_and_opens_items_where_they_live(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    tasks = window.workspace.tasks
    qtbot.waitUntil(lambda: tasks.tree.topLevelItemCount() == 3)
    groups = [top(tasks.tree, i).text(0) for i in range(3)]
    assert [g.split(" (")[0] for g in groups] == ["Overdue", "This week", "Later"]
    rows = children(top(tasks.tree, 0))
    assert rows and all(r.text(0) for r in rows)
    shown = {short_date(day) for day in (clock.today() - timedelta(days=n) for n in range(1, 400))}
    assert all(r.text(0) in shown for r in rows)  # dates before today, as the window writes them
    action = next(r for r in rows if r.text(3) == "Meeting action")
    assert action.text(1) == "Call the family about the after-school schedule"

    # Mark the meeting task done: it leaves the list.
    tasks.tree.setCurrentItem(action)
    assert tasks.done_button.isEnabled()
    qtbot.keyClick(tasks.done_button, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: all(r.text(3) != "Meeting action" for r in children(top(tasks.tree, 0)))
    )

    # Enter on an inquiry item opens its case at the Inquiry tab.
    inquiry = next(r for r in children(top(tasks.tree, 0)) if r.text(3) == "Inquiry")
    number, whose = inquiry.text(2).split(" · ")  # the case, and whose it is: initials only
    assert whose.strip("\u2068\u2069").endswith(".") and " " not in whose, whose
    tasks.tree.setCurrentItem(inquiry)
    tasks.tree.setFocus()
    qtbot.keyClick(tasks.tree, Qt.Key.Key_Return)
    page = window.workspace.cases.page
    qtbot.waitUntil(
        lambda: window.workspace.cases.currentWidget() is page and number in page.title.text()
    )
    assert window.workspace.stack.currentWidget() is window.workspace.cases
    assert page.tabs.currentWidget() is page.inquiry
