"""The harm-to-self pathway as a team member meets it, through the real widgets: the demo's
Mateo shows the flag under his case's facts and the Harm to self tab with the school's protocol
(3 of 5 steps); a step is recorded with its dialog; the mark is removed (not without a reason)
and set again from the tab; a screening with the harm-to-self box ticked marks another case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from btam_desktop.services.demo_harm import STUDENT
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.cases.harm_dialogs import MarkDialog, StepDialog, UnmarkDialog
from btam_desktop.ui.screens.dialogs import ScreeningDialog
from tests.ui.cells import cell
from tests.ui.conftest import unlock
from tests.ui.test_team_and_tasks import wait_for_dialog
from tests.ui.test_team_work_flow import shot

REASON = "The protocol's screening found no current risk; the counselor keeps checking in."


def _open(qtbot: QtBot, window: MainWindow, student: str) -> None:
    cases = window.workspace.cases
    cases.list.search.setText(student)
    cases.list.apply_filter()
    cases.list.table.setFocus()
    cases.list.table.selectRow(0)
    qtbot.keyClick(cases.list.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: student in cases.page.title.text())


def test_the_protocol_is_followed_step_by_step_on_the_harm_to_self_tab(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    unlock(qtbot, window, demo_file)
    _open(qtbot, window, STUDENT)
    page = window.workspace.cases.page
    harm = page.harm
    qtbot.waitUntil(lambda: harm.view is not None and harm.view.case_id == page.case_id)
    assert harm.flag.isVisible()
    assert "Risk of harm to self identified" in harm.flag.text()
    assert "3 of 5 steps recorded" in harm.flag.text()

    page.tabs.setCurrentWidget(harm)
    assert "identified on" in harm.status.text() and "Lucía Ferreira-Boyd" in harm.status.text()
    assert harm.protocol_box.title() == "The school's suicide-risk protocol"
    assert harm.progress.text() == "3 of 5 steps recorded"
    table = harm.steps
    assert table.rowCount() == 5
    assert cell(table, 3, 2) == "not yet" and cell(table, 4, 2) == "not yet"
    assert "Mr. Brightwater came in" in cell(table, 2, 3)
    assert "Made with the student on" in harm.plan_status.text()
    assert "Not on the support plan yet" in harm.plan_status.text()
    assert harm.print_button.isEnabled()
    assert "does not judge suicide risk" in harm.note.text()
    shot(window, "case-harm-to-self")

    # Record the safety-plan step: chosen in the table, the dialog opens on it.
    table.setCurrentCell(3, 0)
    qtbot.keyClick(harm.record_button, Qt.Key.Key_Space)
    dialog = wait_for_dialog(qtbot, StepDialog)
    assert isinstance(dialog, StepDialog)
    assert dialog.step.currentData() == "safety_plan"
    qtbot.keyClicks(dialog.note, "Plan made with Mateo; copy kept by the counselor.")
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "4 of 5" in harm.progress.text())
    assert cell(table, 3, 3).endswith("Plan made with Mateo; copy kept by the counselor.")
    assert "4 of 5" in harm.flag.text()

    # Removing the mark asks why; without a reason nothing changes.
    qtbot.keyClick(harm.unmark_button, Qt.Key.Key_Space)
    unmark = wait_for_dialog(qtbot, UnmarkDialog)
    assert isinstance(unmark, UnmarkDialog)
    qtbot.keyClick(unmark.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "why" in unmark.error.text())
    assert unmark.isVisible() and harm.view is not None and harm.view.mark is not None
    qtbot.keyClicks(unmark.reason, REASON)
    qtbot.keyClick(unmark.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not harm.flag.isVisible())
    assert harm.status.text() == "No risk of harm to self is recorded for this case."
    assert REASON in harm.history.text()
    assert harm.mark_button.isVisible() and not harm.unmark_button.isVisible()

    # Marked again from the tab: the steps recorded stay with the case.
    qtbot.keyClick(harm.mark_button, Qt.Key.Key_Space)
    mark = wait_for_dialog(qtbot, MarkDialog)
    assert isinstance(mark, MarkDialog)
    assert mark.source.currentData() == "case"
    qtbot.keyClick(mark.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: harm.flag.isVisible())
    assert "on the case page" in harm.status.text() and "4 of 5" in harm.flag.text()


def test_a_screening_with_the_box_ticked_marks_the_case_and_shows_the_protocol(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    unlock(qtbot, window, demo_file)
    cases = window.workspace.cases
    model = cases.list.model
    # A case waiting for its screening (the demo has some at Referral).
    row = next(r for r in range(model.rowCount()) if model.row_at(r).status.value == "referral")
    student = model.row_at(row).student
    _open(qtbot, window, student)
    page = cases.page
    qtbot.waitUntil(lambda: page.harm.view is not None and page.harm.view.case_id == page.case_id)
    assert not page.harm.flag.isVisible()
    qtbot.waitUntil(lambda: page.reports.screen_button.isVisible())
    qtbot.keyClick(page.reports.screen_button, Qt.Key.Key_Space)
    dialog = wait_for_dialog(qtbot, ScreeningDialog)
    assert isinstance(dialog, ScreeningDialog)
    dialog.self_harm.setFocus()
    qtbot.keyClick(dialog.self_harm, Qt.Key.Key_Space)
    assert dialog.self_harm.isChecked()
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.harm.flag.isVisible(), timeout=10_000)
    assert page.tabs.currentWidget() is page.harm
    assert "at screening" in page.harm.status.text()
    assert "0 of 5 steps recorded" in page.harm.flag.text()
