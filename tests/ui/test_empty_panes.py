"""Empty panes collapse (issue 19, item 5): on a 13-inch laptop an empty list beside content is
one line ("none yet" and its button), and the content gets the height."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QListWidget, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from btam_desktop.ui.areas import MEETINGS
from btam_desktop.ui.list_pane import ListPane
from btam_desktop.ui.main_window import MainWindow
from tests.ui.conftest import unlock
from tests.ui.test_team_work_flow import open_case

SIZES = pytest.mark.parametrize("size", [(1280, 720), (1366, 768)], ids=["1280x720", "1366x768"])
SHOWCASE = "Kenzie Varga-Holloway"  # the demo's case with an inquiry and a plan, no interview


def one_line(pane: ListPane) -> bool:
    """Collapsed: the list hidden, the pane no higher than its title line's button."""
    line = max(pane.title.sizeHint().height(), QPushButton("x").sizeHint().height())
    return pane.is_collapsed() and not pane.view.isVisible() and pane.height() <= line + 4


def showcase_at(
    qtbot: QtBot, window: MainWindow, demo_file: Path, size: tuple[int, int], tab: QWidget
) -> None:
    """The showcase case open at `tab`, in a window of `size`."""
    window.resize(*size)
    unlock(qtbot, window, demo_file, to_cases=False)
    open_case(qtbot, window, SHOWCASE)
    window.workspace.cases.page.tabs.setCurrentWidget(tab)


@SIZES
def test_the_inquiry_checklist_gets_the_height_the_empty_interviews_gave_up(
    qtbot: QtBot, window: MainWindow, demo_file: Path, size: tuple[int, int]
) -> None:
    inquiry = window.workspace.cases.page.inquiry
    showcase_at(qtbot, window, demo_file, size, inquiry)
    qtbot.waitUntil(lambda: inquiry.table.rowCount() > 0)
    pane = inquiry.interviews_pane
    qtbot.waitUntil(lambda: one_line(pane))
    assert pane.empty.isVisible() and pane.empty.text() == "none yet"
    assert inquiry.interview_button.isVisible()  # the action stays, on the line
    column = inquiry.table.parentWidget()
    assert column is not None
    # The checklist takes the column but for the progress line, two buttons and the pane.
    spare = column.height() - inquiry.table.height()
    assert spare <= 5 * inquiry.add_button.sizeHint().height(), (spare, column.height())
    rows_shown = inquiry.table.rowAt(inquiry.table.viewport().height() - 1)
    assert rows_shown >= 8 or rows_shown == -1  # was 6 of 16 beside the empty box

    # An interview arrives: the list opens, and the checklist gives it room.
    inquiry.interviews.addItem("2026-12-06 · Kenzie · with the counselor")
    qtbot.waitUntil(lambda: pane.view.isVisible())
    assert not pane.empty.isVisible()
    assert pane.height() > 3 * pane.title.sizeHint().height()
    inquiry.interviews.clear()
    qtbot.waitUntil(lambda: one_line(pane))


@SIZES
def test_the_plan_gets_the_height_of_empty_logs(
    qtbot: QtBot, window: MainWindow, demo_file: Path, size: tuple[int, int]
) -> None:
    plan = window.workspace.cases.page.plan
    showcase_at(qtbot, window, demo_file, size, plan)
    qtbot.waitUntil(lambda: "Support plan, version" in plan.shown())
    notifications, checkins, reviews = plan.panes
    qtbot.waitUntil(lambda: reviews.is_collapsed() and not notifications.is_collapsed())
    assert reviews.empty.isVisible() and plan.review.isVisible()
    assert reviews.view.isHidden() and checkins.view.isVisible()

    def top(pane: ListPane) -> int:
        return pane.mapTo(plan, pane.rect().topLeft()).y()

    # The collapsed pane sits at the top of its column, level with its neighbours' titles.
    qtbot.waitUntil(lambda: abs(top(reviews) - top(checkins)) <= 4)
    before = plan.view.height()
    for box in (plan.notifications, plan.checkins):
        box.clear()
    qtbot.waitUntil(lambda: all(p.is_collapsed() for p in plan.panes))
    qtbot.waitUntil(lambda: plan.view.height() > before)  # the plan itself takes the room


class WindowsShown(QObject):
    """Records every window shown while it is installed on the application."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(type(watched).__name__)
        return False


def test_a_pane_follows_its_list_and_names_it(qtbot: QtBot, qapp: QApplication) -> None:
    view = QListWidget()
    view.setAccessibleName("Interview notes")
    button = QPushButton("Add interview notes…")
    spy = WindowsShown()
    qapp.installEventFilter(spy)
    pane = ListPane("&Interviews:", view, "none yet", button)
    qapp.removeEventFilter(spy)
    # Made without a parent (as screens make them), it shows no window of its own, which
    # would take the keyboard (and the shortcuts) from the window the person works in.
    assert spy.shown == []
    qtbot.addWidget(pane)
    pane.show()
    assert pane.is_collapsed() and pane.empty.isVisible() and button.isVisible()
    assert pane.title.buddy() is view  # Alt+I reaches the list once it has rows
    view.addItem("one")
    assert not pane.is_collapsed() and view.isVisible() and not pane.empty.isVisible()
    view.takeItem(0)
    assert pane.is_collapsed()


def test_no_meeting_shows_a_sentence_not_empty_tabs(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    window.workspace.go_to(MEETINGS)
    meetings = window.workspace.meetings
    qtbot.waitUntil(lambda: meetings.view is not None)
    assert meetings.tabs.isVisible()
    meetings._show_view(None)  # as for a team that has not scheduled one yet
    assert not meetings.tabs.isVisible() and not meetings.mode_button.isVisible()
    assert meetings.title.text() == "No meeting yet. Schedule one to build its agenda."
    assert meetings.schedule_button.isVisible()
