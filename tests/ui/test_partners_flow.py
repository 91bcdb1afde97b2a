"""A partner from an outside agency, as a team member meets them: added on the Team page with
the contact dialog (kind "Team partner", no agreement yet), the list saying "No agreement";
then checked in a meeting's attendance, where a warning line names them at once, and saving
asks once (Cancel saves nothing; "Record as present" saves)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QMessageBox
from pytestqt.qtbot import QtBot

from btam_desktop.domain import clock
from btam_desktop.ui.language import short_date
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.team.contacts import ContactDialog
from tests.ui.cells import cell
from tests.ui.conftest import unlock
from tests.ui.test_team_and_tasks import wait_for_dialog
from tests.ui.test_team_work_flow import shot

CTRL = Qt.KeyboardModifier.ControlModifier
SAM = "Sam Quill-Oduya"


def _row(box: QListWidget, starts: str) -> int:
    return next(i for i in range(box.count()) if box.item(i).text().startswith(starts))


def test_a_partner_without_an_agreement_is_warned_about_and_confirmed(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    team = window.workspace.team
    team.tabs.setCurrentWidget(team.contacts)
    panel = team.contacts
    table = panel.table
    # The demo's coach, therapist, driver, and two partners: one current, one expired.
    qtbot.waitUntil(lambda: table.rowCount() == 5)
    status = {cell(table, r, 0): cell(table, r, 5) for r in range(table.rowCount())}
    june = short_date(date(clock.today().year + 1, 6, 30))
    expired = short_date(clock.today() - timedelta(days=40))
    assert status["Dr. Nadia Fenwick-Sall"] == f"Agreement until {june}"
    assert status["Theo Lindgren-Mabry"] == f"Expired {expired}"
    assert status["Dale Okafor-Brandt"] == ""  # staff have no agreement
    header = table.horizontalHeaderItem(5)
    assert header is not None and header.text() == "Agreement"

    # Add a partner by keyboard; the agreement's dates are offered for partners only.
    qtbot.keyClick(panel.add_button, Qt.Key.Key_Space)
    dialog = wait_for_dialog(qtbot, ContactDialog)
    assert isinstance(dialog, ContactDialog)
    assert not dialog.has_signed.isVisible() and not dialog.until.isVisible()
    qtbot.keyClicks(dialog.name, SAM)
    dialog.kind.setFocus()
    while dialog.kind.currentData() != "partner":
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    assert dialog.kind.currentText() == "Team partner (outside agency)"
    qtbot.waitUntil(lambda: dialog.has_signed.isVisible() and dialog.has_until.isVisible())
    assert not dialog.until.isEnabled()  # no expiry until one is given
    assert dialog.until.accessibleName() == "Agreement expires on"
    qtbot.keyClicks(dialog.role, "Juvenile probation officer")
    qtbot.keyClicks(dialog.organization, "Ridgeview County Juvenile Probation (fictional)")
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: table.rowCount() == 6)
    (row,) = [r for r in range(6) if cell(table, r, 0) == SAM]
    assert cell(table, row, 5) == "No agreement"
    assert cell(table, row, 1) == "Team partner (outside agency)"
    shot(team, "team-partners")

    # The next meeting's attendance offers the three partners, with their agencies.
    window.activateWindow()  # offscreen, closing a dialog does not hand activation back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    meetings = window.workspace.meetings
    assert window.workspace.stack.currentWidget() is meetings
    qtbot.waitUntil(lambda: meetings.view is not None and meetings.partners.count() == 3)
    view = meetings.view
    assert view is not None and view.meeting.held_on >= clock.today()
    meetings.tabs.setCurrentIndex(1)
    partners = meetings.partners
    assert partners.accessibleName() == "Partners present"
    sam = _row(partners, SAM)
    assert "Ridgeview County Juvenile Probation" in partners.item(sam).text()
    warning = meetings.attendance.agreements
    assert not warning.isVisible()

    # Checking Sam names the problem at once, on the tab.
    partners.setFocus()
    partners.setCurrentRow(sam)
    qtbot.keyClick(partners, Qt.Key.Key_Space)
    assert partners.item(sam).checkState() == Qt.CheckState.Checked
    qtbot.waitUntil(warning.isVisible)
    assert warning.text() == (
        f"⚠ {SAM}: no agreement recorded. Partners take part only under a current agreement."
    )
    assert warning.accessibleName() == "Partner agreements"
    shot(meetings, "meeting-attendance-partner")

    # Saving asks once; Cancel saves nothing.
    qtbot.keyClick(meetings.save_attendance, Qt.Key.Key_Space)
    box = wait_for_dialog(qtbot, QMessageBox)
    assert isinstance(box, QMessageBox)
    assert box.text().startswith(f"Record {SAM} as present without a current agreement?")
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert meetings.view is not None and not meetings.view.meeting.attendance.partners

    qtbot.keyClick(meetings.save_attendance, Qt.Key.Key_Space)
    box = wait_for_dialog(qtbot, QMessageBox)
    assert isinstance(box, QMessageBox)
    (record,) = [b for b in box.buttons() if b.text() == "Record as present"]
    record.click()
    qtbot.waitUntil(
        lambda: meetings.view is not None and len(meetings.view.meeting.attendance.partners) == 1
    )
    assert meetings.view is not None
    (saved,) = meetings.view.meeting.attendance.partners
    assert meetings.view.partners[saved].name == SAM
    # After the reload Sam is still checked and still named; the next save asks no more.
    partners = meetings.partners
    assert partners.item(_row(partners, SAM)).checkState() == Qt.CheckState.Checked
    assert meetings.attendance.agreements.text().startswith(f"⚠ {SAM}")
    with qtbot.waitSignal(window.ops.busy_changed, check_params_cb=lambda on: not on):
        qtbot.keyClick(meetings.save_attendance, Qt.Key.Key_Space)
    assert not [w for w in meetings.findChildren(QMessageBox) if w.isVisible()]
