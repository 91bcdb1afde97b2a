"""Times on screen are the computer's local time, read from the one clock.

Pinned at 23:55 in New York, UTC is already 04:55 tomorrow: a screen that cuts the stored UTC
text shows tomorrow's date and the wrong hour, and one that asks Qt for "today" disagrees with
the clock. Each screen that shows a moment is checked here.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from btam_desktop.domain import clock
from btam_desktop.services import demo, session as sessions
from btam_desktop.services.session import TEST_KDF
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.intake import IntakeDialog
from tests.conftest import PinClock
from tests.ui.conftest import DEMO_PASS, unlock

LATE_EVENING = datetime(2026, 10, 14, 23, 55)


@pytest.fixture
def late_evening(pin_clock: PinClock) -> datetime:
    """Pinned before the window exists, so its service process reads the same clock."""
    return pin_clock(LATE_EVENING, "America/New_York")


def test_a_late_evening_edit_shows_todays_local_time_everywhere(
    qtbot: QtBot, late_evening: datetime, window: MainWindow, tmp_path: Path
) -> None:
    pinned = late_evening
    folder = tmp_path / "late.btam"
    s, _ = demo.build_demo(folder, DEMO_PASS, cases_count=12, kdf=TEST_KDF)
    sessions.lock(s)
    assert clock.now().date() > pinned.date()  # control: in UTC it is tomorrow already

    unlock(qtbot, window, folder)
    cases = window.workspace.cases
    cases.list.search.setText("Ada Lindqvist")
    cases.list.apply_filter()
    qtbot.keyClick(cases.list.search, Qt.Key.Key_Return)
    page = cases.page
    qtbot.waitUntil(lambda: "Ada Lindqvist-Obi" in page.title.text())
    page.summary.moveCursor(page.summary.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.summary, " Seen again at the late game.")
    qtbot.keyClick(page.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "summary" in next(iter(page.timeline.rows()), ""))
    newest = page.timeline.rows()[0]
    assert newest.startswith("23:5"), newest
    assert page.timeline.days()[0] == "Wednesday, October 14, 2026"  # the local day, not UTC's

    qtbot.keyClick(page.summary, Qt.Key.Key_Escape)
    model = cases.list.model
    activity = model.COLUMNS.index("activity")
    row = next(i for i in range(model.rowCount()) if "Ada" in model.row_at(i).student)
    shown = model.index(row, activity).data()
    assert shown.startswith("11:5"), shown  # today's local time, not tomorrow's (UTC) date

    # The intake dialog starts at the clock's local time, not Qt's idea of now.
    cases.new_referral()
    qtbot.waitUntil(lambda: bool(cases.findChildren(IntakeDialog)))
    dialog = cases.findChildren(IntakeDialog)[0]
    received = dialog.received_at.dateTime().toString("yyyy-MM-dd HH:mm")
    assert received.startswith("2026-10-14 23:5"), received
    dialog.reject()
