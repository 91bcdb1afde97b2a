"""Team ▸ Staff awareness, driven as a user would: import a staff list, record a session with
its attendees through the dialog (quick filter, ticks), and watch coverage and the list of who
is missing change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.team.awareness_dialogs import SessionDialog, StaffDialog
from tests.ui.cells import cell
from tests.ui.conftest import unlock
from tests.ui.test_team_and_tasks import wait_for_dialog

CTRL = Qt.KeyboardModifier.ControlModifier


def _missing(pane: object) -> list[str]:
    from btam_desktop.ui.screens.team.awareness_pane import AwarenessPane

    assert isinstance(pane, AwarenessPane)
    return [pane.missing.item(i).text() for i in range(pane.missing.count())]


def test_import_record_a_session_and_see_coverage_change(
    qtbot: QtBot, window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    team = window.workspace.team
    pane = team.awareness
    team.tabs.setCurrentWidget(pane)
    qtbot.waitUntil(lambda: "24 of 29 staff this school year" in pane.coverage.text())
    assert pane.coverage.text().startswith("⚠")
    assert len(_missing(pane)) == 5 and pane.staff.rowCount() == 30

    # A bad file is named by its line and changes nothing.
    bad = tmp_path / "staff-bad.csv"
    bad.write_text("Name,Role\nPhilippa Grue-Anand,Teacher\n,Coach\n", encoding="utf-8")
    pane.import_file(bad)
    qtbot.waitUntil(lambda: "Line 3 has no name" in pane.status.text())
    assert "staff-bad.csv" in pane.status.text() and pane.staff.rowCount() == 30

    # New staff from a CSV with a byte-order mark: two more people, not yet trained.
    good = tmp_path / "staff.csv"
    good.write_bytes(
        "\ufeffName,Role\r\nPhilippa Grue-Anand,Teacher\r\n\r\n=Barnaby Fenwick-Oduya,Coach\r\n"
        "Orla Quenby-Vasquez,Teacher\r\n".encode()
    )
    pane.import_file(good)
    qtbot.waitUntil(lambda: "24 of 31 staff" in pane.coverage.text())
    assert pane.status.text() == "staff.csv: added 2 to the staff list. 1 already on the list."
    assert "=Barnaby Fenwick-Oduya · Coach" in _missing(pane)

    # Record a session: filter, tick the two shown, save.
    qtbot.keyClick(pane.record_button, Qt.Key.Key_Space)
    dialog = wait_for_dialog(qtbot, SessionDialog)
    assert isinstance(dialog, SessionDialog)
    qtbot.keyClicks(dialog.led_by, "Marcus Feldspar")
    qtbot.keyClicks(dialog.topic, "Welcome meeting for new staff, 15 min")
    qtbot.keyClicks(dialog.filter, "a")  # everything with an a: nothing narrowed yet
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "fenwick")
    shown = [
        dialog.attended.item(i).text()
        for i in range(dialog.attended.count())
        if not dialog.attended.item(i).isHidden()
    ]
    assert shown == ["=Barnaby Fenwick-Oduya · Coach"]
    qtbot.keyClick(dialog.tick_shown, Qt.Key.Key_Space)
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "grue")
    qtbot.keyClick(dialog.tick_shown, Qt.Key.Key_Space)
    assert dialog.count.text() == "2 of 31 ticked"
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "26 of 31 staff" in pane.coverage.text())
    assert not dialog.isVisible()
    assert not any("Fenwick" in line or "Grue" in line for line in _missing(pane))
    assert cell(pane.sessions, 0, 2) == "Welcome meeting for new staff, 15 min"

    # Tobiah (trained in August) left: he is no longer counted either way.
    pane.staff.selectRow(
        next(
            r for r in range(pane.staff.rowCount()) if cell(pane.staff, r, 0) == "Tobiah Marchbanks"
        )
    )
    qtbot.keyClick(pane.edit_button, Qt.Key.Key_Space)
    details = wait_for_dialog(qtbot, StaffDialog)
    assert isinstance(details, StaffDialog)
    qtbot.keyClick(details.left, Qt.Key.Key_Space)
    qtbot.keyClick(details.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "25 of 30 staff" in pane.coverage.text())

    # Every control of the tab is named for screen readers or labelled.
    for widget in (pane.sessions, pane.staff, pane.missing, pane.coverage):
        assert widget.accessibleName()
