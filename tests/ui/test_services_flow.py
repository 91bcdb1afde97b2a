"""Services and referrals to them, as a team member meets them in the demo: the stalled
referral on My tasks; Team ▸ Services lists the directory (one taken off the list) and a
service is added by keyboard; the task opens the case's Plan tab, where the stalled referral
is marked; a new referral is suggested, then the family's consent (who gave it) and the
referral itself are recorded, each step through its dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from btam_desktop.domain import clock
from btam_desktop.ui.language import short_date
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.cases.service_referrals import (
    ServiceReferralsPane,
    StepDialog,
    SuggestDialog,
)
from btam_desktop.ui.screens.team.services_pane import ServiceDialog
from tests.ui.cells import cell
from tests.ui.conftest import unlock
from tests.ui.test_team_and_tasks import wait_for_dialog
from tests.ui.test_team_work_flow import open_task, shot, task_rows

CTRL = Qt.KeyboardModifier.ControlModifier
CLUB = "Lakeside Youth Club (fictional)"


def _lines(pane: ServiceReferralsPane) -> list[str]:
    return [pane.list.item(i).text() for i in range(pane.list.count())]


def _choose(box: QComboBox, data: str) -> None:
    box.setCurrentIndex(box.findData(data))


def test_a_service_is_added_and_a_referral_to_it_moves_step_by_step(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    tasks = window.workspace.tasks
    qtbot.waitUntil(lambda: any(r.text(3) == "Referral to a service" for r in task_rows(tasks)))
    (stalled,) = [r for r in task_rows(tasks) if r.text(3) == "Referral to a service"]
    assert stalled.text(1).startswith("Referral to Ridgeview Family Services stalled: referred on")
    assert stalled.text(1).endswith("next accepted or declined")

    # Team ▸ Services: the directory, the closed program last and marked.
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    team = window.workspace.team
    team.tabs.setCurrentWidget(team.services)
    pane = team.services
    table = pane.table
    assert table.accessibleName() == "Services directory"
    qtbot.waitUntil(lambda: table.rowCount() == 5)
    names = [cell(table, r, 0) for r in range(5)]
    assert "988 Suicide & Crisis Lifeline" in names
    assert names[-1] == "Northfield After-School Club"
    assert cell(table, 4, 5).startswith("Taken off ")
    table.selectRow(4)
    assert pane.remove_button.text() == "Put back on the l&ist"

    qtbot.keyClick(pane.add_button, Qt.Key.Key_Space)
    dialog = wait_for_dialog(qtbot, ServiceDialog)
    assert isinstance(dialog, ServiceDialog)
    qtbot.keyClicks(dialog.name, CLUB)
    _choose(dialog.kind, "youth_program")
    qtbot.keyClicks(dialog.contact, "555-0166")
    qtbot.keyClicks(dialog.languages, "English, Spanish")
    qtbot.keyClicks(dialog.cost, "Free")
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: table.rowCount() == 6)
    (row,) = [r for r in range(6) if cell(table, r, 0) == CLUB]
    assert [cell(table, row, c) for c in range(1, 6)] == [
        "Youth program",
        "555-0166",
        "English, Spanish",
        "Free",
        "Yes",
    ]
    table.clearSelection()
    shot(team, "team-services")

    # The task opens its case on the Plan tab; the stalled referral is marked.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: window.workspace.stack.currentWidget() is tasks)
    (stalled,) = [r for r in task_rows(tasks) if r.text(3) == "Referral to a service"]
    open_task(qtbot, tasks, stalled)
    page = window.workspace.cases.page
    referrals = window.workspace.cases.referrals
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.plan and referrals.list.count() == 1)
    (line,) = _lines(referrals)
    assert line.startswith("⚠ Ridgeview Family Services · Referred ")
    assert "next: Accepted / Declined" in line and "no step since" in line
    assert "\n    for: " in line  # the plan's intervention it carries out

    # Suggest the new club, for no intervention in particular.
    qtbot.keyClick(referrals.suggest, Qt.Key.Key_Space)
    suggest = wait_for_dialog(qtbot, SuggestDialog)
    assert isinstance(suggest, SuggestDialog)
    offered = [suggest.service.itemText(i) for i in range(suggest.service.count())]
    assert not any(o.startswith("Northfield") for o in offered)  # taken off the list
    _choose(suggest.service, next(s.id for s in referrals.directory() if s.name == CLUB))
    qtbot.keyClicks(suggest.note, "Family asked about after-school options.")
    qtbot.keyClick(suggest.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: referrals.list.count() == 2)
    today = short_date(clock.today())
    assert _lines(referrals)[1] == f"{CLUB} · Suggested {today} · next: Family consent"

    # Family consent, with who gave it; then the referral.
    referrals.list.setCurrentRow(1)
    referrals.list.setFocus()
    qtbot.keyClick(referrals.next_step, Qt.Key.Key_Space)
    step = wait_for_dialog(qtbot, StepDialog)
    assert isinstance(step, StepDialog)
    assert step.step.currentText() == "Family consent" and step.given_by.isVisible()
    qtbot.keyClick(step.ok, Qt.Key.Key_Space)  # nobody named: refused, nothing saved
    problem = step.error
    qtbot.waitUntil(lambda: "who gave" in problem.text())
    qtbot.keyClicks(step.given_by, "Mr. Ngata, father")
    qtbot.keyClick(step.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "(Mr. Ngata" in _lines(referrals)[1])
    assert _lines(referrals)[1] == (
        f"{CLUB} · Family consent {today} (Mr. Ngata, father) · next: Referred"
    )
    referrals.list.setCurrentRow(1)
    qtbot.keyClick(referrals.next_step, Qt.Key.Key_Space)
    step = wait_for_dialog(qtbot, StepDialog)
    assert isinstance(step, StepDialog)
    assert not step.given_by.isVisible()
    assert step.step.currentText() == "Referred"
    qtbot.keyClick(step.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: " · Referred " in _lines(referrals)[1])
    assert _lines(referrals)[1].endswith("next: Accepted / Declined")
    referrals.list.clearSelection()
    shot(page, "plan-referrals")
