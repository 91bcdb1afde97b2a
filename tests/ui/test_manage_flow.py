"""The scenario case managed by keyboard: a plan of six interventions across the four domains,
two notifications, two check-ins, a 30-day review that steps it down, and closing; then the
timeline tells the story in order."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from btam_desktop.services import session as sessions
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.cases.manage_dialogs import (
    CheckInDialog,
    CloseDialog,
    InterventionDialog,
    NotificationDialog,
    ReviewDialog,
)
from btam_desktop.ui.screens.cases.plan_dialog import PlanDialog
from tests.conftest import PASSPHRASE, make_case_file
from tests.scenario import kenzie_in_management


def _open[D: QDialog](kind: type[D]) -> D:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert found, kind
    return found[0]


def _managed(folder: Path) -> str:
    s, _ = make_case_file(folder)
    case_id, _ = kenzie_in_management(s)
    sessions.lock(s)
    return case_id


def test_the_scenario_case_is_managed_and_closed_by_keyboard(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "t.btam"
    case_id = _managed(folder)
    window.flow.open_path(folder)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock)
    qtbot.keyClicks(window.unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace.cases.list.model.rowCount() == 1, timeout=10_000)
    qtbot.keyClick(window.workspace.cases.list.search, Qt.Key.Key_Return)
    page = window.workspace.cases.page
    qtbot.waitUntil(lambda: page.case_id == case_id)
    page.tabs.setCurrentWidget(page.plan)
    plan = page.plan
    qtbot.waitUntil(lambda: "No plan saved yet" in plan.shown())
    assert "Risk factors no intervention reduces yet\n" in plan.shown()
    assert "• Access to weapons" in plan.shown()

    # The plan is written in its dialog (New plan…), and then read on the tab.
    qtbot.keyClick(plan.new_version, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, PlanDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    editor = _open(PlanDialog)
    assert "No plan saved yet" in editor.state.text()
    assert "Access to weapons" in editor.gaps.text()
    qtbot.keyClicks(editor.goals, "Keep Corin safe; reconnect Kenzie with school.")
    six = [
        (0, "Weekly counseling with Mr. Feldspar"),
        (0, "Daily check-in with the coach"),
        (1, "Safety plan for Corin"),
        (2, "Change of PE period"),
        (2, "Knife locked away at home (family)"),
        (3, "Meeting before the winter break"),
    ]
    for domain, text in six:
        qtbot.keyClick(editor.add, Qt.Key.Key_Space)
        qtbot.waitUntil(
            lambda: any(
                isinstance(w, InterventionDialog) and w.isVisible()
                for w in QApplication.topLevelWidgets()
            )
        )
        dialog = _open(InterventionDialog)
        assert isinstance(dialog, InterventionDialog)
        dialog.domain.setCurrentIndex(domain)
        qtbot.keyClicks(dialog.description, text)
        dialog.responsible.setCurrentIndex(1)  # the lead
        if "Knife" in text:
            dialog.reduces.item(0).setCheckState(Qt.CheckState.Checked)
        qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)
        qtbot.waitUntil(dialog.isHidden)
    assert editor.table.rowCount() == 6
    qtbot.keyClick(editor.save, Qt.Key.Key_Space)
    qtbot.waitUntil(editor.isHidden, timeout=5000)
    qtbot.waitUntil(lambda: "Support plan, version 1" in plan.shown(), timeout=5000)
    shown = plan.shown()
    assert "Goals\nKeep Corin safe; reconnect Kenzie with school." in shown
    assert "Supervision: Weekly counseling with Mr. Feldspar\nResponsible: " in shown
    # The knife intervention addresses it: no longer listed as not yet addressed.
    assert "Reduces: Access to weapons" in shown
    assert "• Access to weapons" not in shown
    assert plan.new_version.text() == "New versi&on…"

    for who, name in (("parents", "Mara Varga-Holloway"), ("potential_victim", "Corin's parents")):
        qtbot.keyClick(plan.notify, Qt.Key.Key_Space)
        qtbot.waitUntil(
            lambda: any(
                isinstance(w, NotificationDialog) and w.isVisible()
                for w in QApplication.topLevelWidgets()
            )
        )
        note = _open(NotificationDialog)
        assert isinstance(note, NotificationDialog)
        note.recipient.setCurrentIndex(note.recipient.findData(who))
        qtbot.keyClicks(note.name, name)
        qtbot.keyClicks(note.method, "meeting")
        qtbot.keyClicks(note.shared, "What was said and the plan to keep everyone safe.")
        qtbot.keyClick(note.ok, Qt.Key.Key_Space)
        qtbot.waitUntil(note.isHidden, timeout=5000)
    qtbot.waitUntil(lambda: plan.notifications.count() == 2, timeout=5000)

    for text in ("Calmer; went to counseling.", "Good week; no incidents."):
        qtbot.keyClick(plan.checkin, Qt.Key.Key_Space)
        qtbot.waitUntil(
            lambda: any(
                isinstance(w, CheckInDialog) and w.isVisible()
                for w in QApplication.topLevelWidgets()
            )
        )
        check = _open(CheckInDialog)
        assert isinstance(check, CheckInDialog)
        qtbot.keyClicks(check.observations, text)
        qtbot.keyClick(check.ok, Qt.Key.Key_Space)
        qtbot.waitUntil(check.isHidden, timeout=5000)
    qtbot.waitUntil(lambda: plan.checkins.count() == 2, timeout=5000)

    qtbot.keyClick(plan.review, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, ReviewDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    review = _open(ReviewDialog)
    assert isinstance(review, ReviewDialog)
    qtbot.keyClicks(review.progress, "Plan working; concern down.")
    review.decision.setCurrentIndex(review.decision.findData("step_down"))
    qtbot.keyClick(review.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Monitoring" in page.facts.text(), timeout=5000)

    # Interventions still open: closing says which, then closes with a reason.
    qtbot.keyClick(plan.close_button, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, CloseDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    close = _open(CloseDialog)
    assert isinstance(close, CloseDialog)
    for box in close.checks:
        box.setChecked(True)
    qtbot.keyClicks(close.summary, "Concern came down over 30 days; supports continue at school.")
    qtbot.keyClicks(close.watcher, "Coach Ada Quill")
    qtbot.keyClick(close.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "still open" in close.error.text(), timeout=5000)
    qtbot.keyClicks(close.reason, "Counseling continues outside BTAM.")
    qtbot.keyClick(close.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not close.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: "Closed" in page.facts.text(), timeout=5000)
    assert not plan.new_version.isEnabled()  # a closed case is read-only

    page.tabs.setCurrentWidget(page.timeline)
    qtbot.waitUntil(lambda: "to Closed" in page.timeline.rows()[0], timeout=5000)
    story = list(reversed(page.timeline.rows()))
    order = [
        "took in a report",
        "recorded the screening decision",
        "added the inquiry checklist",
        "recorded assessment 1",
        "saved plan version 1",
        "logged a notification (parents or guardians)",
        "logged a notification (the target and their parents)",
        "added a check-in",
        "recorded a review: step down",
        "moved the case from Management to Monitoring",
        "moved the case from Monitoring to Closed",
    ]
    missing = [want for want in order if not any(want in line for line in story)]
    assert missing == [], "\n".join(story)
    positions = [next(i for i, line in enumerate(story) if want in line) for want in order]
    assert positions == sorted(positions), story
