"""Meeting mode on different walls: the type grows with the screen, and an item too long for it
scrolls (Up / Down) instead of pushing the buttons off the bottom."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from btam_desktop.domain.meeting import AgendaItem, AgendaKind, Meeting, Minutes
from btam_desktop.domain.team import Composition
from btam_desktop.services.contracts.meetings import MeetingView
from btam_desktop.ui.screens.meetings.mode import MeetingMode, growth_for

LONG_REASON = "Raised again by the grade-level team after the spring check-in. " * 80  # ~5,000


def _view() -> MeetingView:
    agenda = (
        AgendaItem(id="i1", kind=AgendaKind.OTHER, title="Training refresher", reason="Short."),
        AgendaItem(id="i2", kind=AgendaKind.OTHER, title="Long item", reason=LONG_REASON),
    )
    meeting = Meeting(id="m1", held_on=date(2026, 12, 7), starts_at="07:30", duration_minutes=45)
    return MeetingView(
        minutes=Minutes(meeting=meeting, agenda=agenda),
        cases={},
        quorum=Composition(size=4, required=(), missing=()),
        names={},
    )


def _shown_at(qtbot: QtBot, width: int, height: int) -> MeetingMode:
    mode = MeetingMode()
    qtbot.addWidget(mode)
    mode.show_view(_view())
    mode.resize(width, height)
    mode.show()
    qtbot.waitExposed(mode)
    qtbot.waitUntil(lambda: mode.size().height() == height, timeout=15_000)
    mode.activateWindow()  # its keys are the window's shortcuts
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mode)
    return mode


def _sized(qtbot: QtBot, width: int, height: int) -> MeetingMode:
    """A mode window told it is `width` x `height` (as a full-screen window on that screen is),
    whatever size the offscreen screen of this test run lets a window take."""
    mode = MeetingMode()
    qtbot.addWidget(mode)
    mode.show_view(_view())
    QApplication.sendEvent(mode, QResizeEvent(QSize(width, height), mode.size()))
    return mode


def test_the_type_grows_with_the_screen(qtbot: QtBot) -> None:
    laptop = _sized(qtbot, 1280, 720)
    wall = _sized(qtbot, 1920, 1080)
    assert growth_for(720) == 1.0 and growth_for(1080) == 1.5 and growth_for(2160) == 1.5
    ratio = wall.title.font().pointSizeF() / laptop.title.font().pointSizeF()
    assert 1.45 < ratio < 1.55
    assert wall.minutes.font().pointSizeF() > laptop.minutes.font().pointSizeF()


def test_a_long_item_scrolls_and_the_buttons_stay_on_screen(qtbot: QtBot) -> None:
    mode = _shown_at(qtbot, 1280, 720)
    bar = mode.scroller.verticalScrollBar()
    assert bar.maximum() == 0  # the short first item fits
    qtbot.keyClick(mode, Qt.Key.Key_PageDown)
    assert mode.reason.text() == LONG_REASON
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    for button in (mode.next_button, mode.previous_button, mode.exit_button):
        assert mode.rect().contains(button.geometry().bottomRight())
    qtbot.keyClick(mode, Qt.Key.Key_Down)
    assert bar.value() > 0
    qtbot.keyClick(mode, Qt.Key.Key_Up)
    assert bar.value() == 0
    qtbot.keyClick(mode, Qt.Key.Key_Down)
    qtbot.keyClick(mode, Qt.Key.Key_PageUp)  # another item starts at its top
    assert mode.index == 0 and bar.value() == 0
