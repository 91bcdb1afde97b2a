"""A team meeting run by keyboard on the demo file: schedule, agenda built from the demo cases,
attendance, meeting mode (masked), three items, a decision and two action items, approval; then
the action items are in their assignees' My tasks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSaveFile, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QListWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from btam_desktop.domain import clock
from btam_desktop.domain.case import STATUS_NAMES
from btam_desktop.domain.meeting import SECTION_NAMES
from btam_desktop.ui.fields import qdate
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.meetings.dialogs import ActionDialog, DecisionDialog, ScheduleDialog
from btam_desktop.ui.screens.meetings.mode import MeetingMode
from btam_desktop.ui.screens.tasks import TasksScreen
from tests.ui.cells import leaves
from tests.ui.conftest import DEMO_PASS, unlock

CTRL = Qt.KeyboardModifier.ControlModifier


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person could read in a window: labels, buttons, list rows, the title."""
    texts = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QListWidget):
            texts += [w.item(i).text() for i in range(w.count())]
        texts += [w.toolTip(), w.accessibleName()]
    return texts


def dialog_of(kind: type) -> QWidget:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def wait_for_dialog(qtbot: QtBot, kind: type) -> QWidget:
    qtbot.waitUntil(
        lambda: any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    return dialog_of(kind)


def test_a_meeting_by_keyboard(qtbot: QtBot, window: MainWindow, demo_file: Path) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    ws = window.workspace
    meetings = ws.meetings
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert ws.stack.currentWidget() is meetings
    qtbot.waitUntil(lambda: meetings.list.count() == 2)

    # Schedule: today, chaired by the signed-in lead; the agenda is built from the demo.
    qtbot.keyClick(meetings.schedule_button, Qt.Key.Key_Space)
    schedule = wait_for_dialog(qtbot, ScheduleDialog)
    assert isinstance(schedule, ScheduleDialog)
    # It starts at the team's usual place and time (its latest meeting's); this one moves.
    assert schedule.place.text() == "Conference room B"
    assert schedule.start.time().toString("HH:mm") == "15:30"
    schedule.day.setDate(qdate(clock.today()))  # today: its minutes are approved below
    schedule.place.selectAll()
    qtbot.keyClicks(schedule.place, "Library seminar room")
    qtbot.keyClick(schedule.notes, Qt.Key.Key_Down)
    qtbot.keyClick(schedule.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: meetings.list.count() == 3)
    qtbot.waitUntil(
        lambda: (
            meetings.view is not None
            and meetings.view.meeting.place == "Library seminar room"
            and meetings.agenda.rowCount() >= 4
        )
    )
    view = meetings.view
    assert view is not None
    kinds = [i.kind.value for i in view.minutes.agenda]
    assert kinds[0] == "urgent" and kinds[-1] == "other"
    assert "review_due" in kinds and "training" in kinds
    assert "minutes planned" in meetings.total.text()

    # No attendance yet: Approve is off, and the reason is on screen beside it.
    assert not meetings.approve_button.isEnabled()
    assert meetings.approve_why.isVisible()
    assert meetings.approve_why.text().startswith("Record who attended")

    # Attendance: four members; the quorum line says every required role is there.
    meetings.tabs.setCurrentIndex(1)
    for row in range(4):
        meetings.present.item(row).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(meetings.save_attendance, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: meetings.view is not None and len(meetings.view.meeting.attendance.present) == 4
    )
    qtbot.waitUntil(lambda: meetings.quorum.text().startswith("✓"))

    # Meeting mode, masked: no student's full name anywhere on the projected window.
    window.activateWindow()  # offscreen, closing a dialog does not hand activation back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: ws.meeting_mode is not None and ws.meeting_mode.isVisible())
    mode = ws.meeting_mode
    assert isinstance(mode, MeetingMode) and mode.isFullScreen()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mode)
    students = [line.student for line in view.cases.values() if line.student]
    assert len(students) >= 5
    shown = "\n".join(visible_texts(mode))
    assert [s for s in students if s in shown] == []
    assert view.cases[view.minutes.agenda[0].case_id or ""].initials in shown  # positive control
    # The list names its sections (headings nobody can select) and each case comes once.
    rows = [mode.agenda.item(r) for r in range(mode.agenda.count())]
    headings = [
        r.text() for r in rows if r is not None and not r.flags() & Qt.ItemFlag.ItemIsSelectable
    ]
    assert headings and set(headings) <= set(SECTION_NAMES.values()), headings
    assert len(headings) == len(set(headings))
    cases_listed = [i.case_id for i in view.minutes.agenda if i.case_id]
    assert len(cases_listed) == len(set(cases_listed)) >= 5
    current = mode.agenda.currentItem()
    assert current is not None and current.text().startswith("1. ")

    qtbot.keyClick(mode, Qt.Key.Key_PageDown)
    qtbot.keyClick(mode, Qt.Key.Key_Right)
    assert mode.index == 2 and mode.position.text().startswith("Item 3 of")
    item = mode.current_item()
    assert item is not None
    shown = "\n".join(visible_texts(mode))
    assert [s for s in students if s in shown] == []
    if item.case_id:  # the stage and level in the glossary's words, not stored ids
        facts = mode.details.text()
        assert facts.startswith("Stage: ") and facts.split(" · ")[0][7:] in STATUS_NAMES.values()
        assert "high" not in facts.split() and "moderate" not in facts.split(), facts
    if item.case_id:  # reveal shows the name for this item only, and moving on hides it again
        qtbot.keyClick(mode, Qt.Key.Key_R)
        assert view.cases[item.case_id].student in mode.title.text()
        qtbot.keyClick(mode, Qt.Key.Key_Left)
        qtbot.keyClick(mode, Qt.Key.Key_Right)
        assert not mode.revealed
        assert view.cases[item.case_id].student not in mode.title.text()

    # A decision and two action items on the third item.
    qtbot.keyClick(mode, Qt.Key.Key_D)
    decision = wait_for_dialog(qtbot, DecisionDialog)
    assert isinstance(decision, DecisionDialog)
    qtbot.keyClicks(decision.decision, "Continue the plan; check in again in two weeks.")
    qtbot.keyClicks(decision.rationale, "Teachers report calmer weeks.")
    qtbot.keyClick(decision.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Continue the plan" in mode.minutes.text())

    assignees = []
    for what, member_row in (("Ask the coach about practice", 2), ("Send the family the plan", 3)):
        qtbot.keyClick(mode, Qt.Key.Key_A)
        action = wait_for_dialog(qtbot, ActionDialog)
        assert isinstance(action, ActionDialog)
        qtbot.keyClicks(action.what, what)
        for _ in range(member_row):
            qtbot.keyClick(action.who, Qt.Key.Key_Down)
        assignees.append(action.who.currentText())
        qtbot.keyClick(action.ok, Qt.Key.Key_Space)

        def in_minutes(what: str = what) -> bool:
            return what in mode.minutes.text()

        qtbot.waitUntil(in_minutes)
    assert len(set(assignees)) == 2

    qtbot.keyClick(mode, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: ws.meeting_mode is None)

    # The chair approves; the minutes lock.
    assert meetings.approve_button.isEnabled() and meetings.approve_why.text() == ""
    qtbot.keyClick(meetings.approve_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: meetings.view is not None and meetings.view.meeting.approved)
    assert not meetings.decision_button.isEnabled() and meetings.addendum_button.isEnabled()

    # Each assignee finds their action item in My tasks.
    for name, what in zip(
        assignees, ("Ask the coach about practice", "Send the family the plan"), strict=True
    ):
        window.flow.lock()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock)
        window.unlock.member.setCurrentText(name)
        qtbot.keyClicks(window.unlock.passphrase, DEMO_PASS)
        qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
        tasks = window.workspace.tasks

        def on_tasks(tasks: QWidget = tasks) -> bool:
            return window.workspace.stack.currentWidget() is tasks

        qtbot.waitUntil(on_tasks, timeout=10_000)

        def listed(what: str = what, tasks: QWidget = tasks) -> bool:
            assert isinstance(tasks, TasksScreen)
            return any(row.text(1) == what for row in leaves(tasks.tree))

        qtbot.waitUntil(listed, timeout=10_000)


def test_the_agenda_and_roster_print_masked_from_their_pages(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    from btam_desktop.ui.screens.print_preview import PrintPreviewDialog
    from tests.reports.pdftext import text

    unlock(qtbot, window, demo_file, to_cases=False)
    ws = window.workspace
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(lambda: ws.meetings.view is not None and ws.meetings.agenda.rowCount() > 0)
    view = ws.meetings.view
    assert view is not None
    ws.meetings.print_document("agenda")
    preview = wait_for_dialog(qtbot, PrintPreviewDialog)
    assert isinstance(preview, PrintPreviewDialog)
    qtbot.waitUntil(lambda: preview.prepared is not None, timeout=10_000)
    assert preview.prepared is not None and preview.prepared.meeting_id == view.meeting.id
    assert preview.prepared.file_name == f"agenda-{view.meeting.held_on.isoformat()}.pdf"
    printed = text(preview.prepared.pdf)
    students = [line.student for line in view.cases.values()]
    assert "Other business" in printed and [s for s in students if s in printed] == []
    preview.reject()

    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    qtbot.keyClick(ws.team.print_button, Qt.Key.Key_Space)
    roster = wait_for_dialog(qtbot, PrintPreviewDialog)
    assert isinstance(roster, PrintPreviewDialog)
    qtbot.waitUntil(lambda: roster.prepared is not None, timeout=10_000)
    assert roster.prepared is not None
    assert "Priya Anand-Moss" in text(roster.prepared.pdf)
    roster.reject()


def test_the_calendar_file_is_written_by_the_service_process(
    qtbot: QtBot,
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Calendar (.ics)… asks where, and the service process writes the file (atomically): the
    window never writes it, so a slow or network folder cannot freeze it."""
    unlock(qtbot, window, demo_file, to_cases=False)
    meetings = window.workspace.meetings
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(lambda: meetings.view is not None)
    dest = tmp_path / "calendar" / "meeting.ics"
    dest.parent.mkdir()
    dest.write_text("an older export")
    asked: list[str] = []

    def choose(parent: QWidget, caption: str, suggested: str, kinds: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(dest), kinds

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    monkeypatch.setattr(Path, "write_bytes", _not_in_the_window)
    monkeypatch.setattr(QSaveFile, "open", _not_in_the_window)
    meetings.ics_button.setFocus()
    qtbot.keyClick(meetings.ics_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: b"BEGIN:VEVENT" in dest.read_bytes(), timeout=10_000)
    assert asked and asked[0].startswith("btam-meeting-") and asked[0].endswith(".ics")
    text = dest.read_text()
    assert "Conference room B" in text and "Kenzie" not in text
    assert [p.name for p in dest.parent.iterdir()] == ["meeting.ics"]  # no temporary left


def _not_in_the_window(*args: object, **kwargs: object) -> object:
    raise AssertionError("the window wrote a file itself")
