"""Team ▸ Old records, by keyboard: a lead sees what is due with its rule, keeps one case with
a reason and a new review date, puts one on legal hold and lifts it, and destroys one by
typing its number; the screen says that older backups and exports still hold a destroyed
case. Pictures light and dark for the guide (in /tmp/btam-shots)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from btam_desktop.services import session as sessions
from btam_desktop.services.contracts import api
from btam_desktop.ui import theme
from btam_desktop.ui.areas import TEAM
from btam_desktop.ui.fields import qdate
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.team.retention_dialogs import (
    DestroyDialog,
    HoldAnyDialog,
    HoldDialog,
    KeepDialog,
)
from btam_desktop.ui.screens.team.retention_pane import RetentionPane
from tests.conftest import PinClock
from tests.retention.conftest import build_due_team
from tests.ui.conftest import DEMO_PASS, unlock
from tests.ui.test_accessibility_and_models import unnamed_focusable
from tests.ui.test_team_and_tasks import wait_for_dialog
from tests.ui.test_team_work_flow import activate

SHOTS = Path("/tmp/btam-shots")
DUE = ("destroy", "review")


def _press(qtbot: QtBot, window: MainWindow, widget: QWidget) -> None:
    """Focus a button and press Space, as a keyboard user does (the window active again
    after a dialog closed, as the window manager would make it)."""
    activate(qtbot, window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def _open_pane(qtbot: QtBot, w: MainWindow) -> RetentionPane:
    w.workspace.go_to(TEAM)
    team = w.workspace.team
    pane = team.retention
    assert team.tabs.isTabVisible(team.tabs.indexOf(pane))  # the demo's first member leads
    team.tabs.setFocus()
    while team.tabs.currentWidget() is not pane:  # Ctrl+Tab through the Team page's tabs
        qtbot.keyClick(team.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(pane.lines), timeout=10_000)
    return pane


def _select(pane: RetentionPane, case_id: str, kinds: tuple[str, ...]) -> int:
    row = next(i for i, ln in enumerate(pane.lines) if ln.case_id == case_id and ln.kind in kinds)
    pane.table.selectRow(row)
    return row


def _listed(pane: RetentionPane, case_id: str, kinds: tuple[str, ...]) -> bool:
    return any(ln.case_id == case_id and ln.kind in kinds for ln in pane.lines)


@pytest.fixture
def due_file(tmp_path: Path, pin_clock: PinClock) -> tuple[Path, str]:
    """Made (and the clock pinned ten years on) before the window starts its service process,
    which reads the pinned clock from the environment."""
    folder = tmp_path / "data" / "demo.btam"
    folder.parent.mkdir(exist_ok=True)
    s, secret_case = build_due_team(folder, pin_clock, DEMO_PASS, cases_count=24)
    sessions.lock(s)
    return folder, secret_case


def test_a_lead_reviews_old_records_by_keyboard(
    qtbot: QtBot, due_file: tuple[Path, str], window: MainWindow
) -> None:
    folder, secret_case = due_file
    unlock(qtbot, window, folder, to_cases=False)
    pane = _open_pane(qtbot, window)
    assert "Backups and exports made before a destruction" in pane.backups.text()
    assert "then destroy" in pane.rules.text()
    assert unnamed_focusable(pane) == []
    first = pane.lines[0]
    shown = [pane.table.item(0, col) for col in (0, 4)]
    assert [item.text() if item else "" for item in shown] == [first.number, first.rule]
    SHOTS.mkdir(exist_ok=True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for scheme in (theme.LIGHT, theme.DARK):
        theme.apply(app, scheme)
        qtbot.wait(250)  # the new palette painted
        window.grab().save(str(SHOTS / f"retention-{scheme}.png"))
    theme.apply(app, theme.LIGHT)

    # A change from elsewhere (another screen, a sync) is shown without leaving the tab.
    other = next(ln for ln in pane.lines if ln.case_id != secret_case and ln.kind in DUE)
    window.ops.run(api.RETENTION_PLACE_HOLD(other.case_id, "Asked by the district office"))
    qtbot.waitUntil(lambda: _listed(pane, other.case_id, ("held",)), timeout=10_000)
    window.ops.run(api.RETENTION_LIFT_HOLD(other.case_id, "Not needed after all"))
    qtbot.waitUntil(lambda: _listed(pane, other.case_id, DUE), timeout=10_000)

    # Keep: a reason and a date a year on; the case leaves the list. A case closed at a low
    # level, so that (kept, no longer due) its level label is offered for removal below.
    model = window.workspace.cases.list.model
    low = {
        model.row_at(r).id
        for r in range(model.rowCount())
        if model.row_at(r).level_of_concern == "low"
    }
    kept = next(
        ln
        for ln in pane.lines
        if ln.case_id != secret_case and ln.kind in DUE and ln.case_id in low
    )
    _select(pane, kept.case_id, DUE)
    _press(qtbot, window, pane.keep_button)
    keep = wait_for_dialog(qtbot, KeepDialog)
    assert isinstance(keep, KeepDialog)
    qtbot.keyClicks(keep.reason, "A sibling's case is open")
    keep.review_on.setDate(qdate(date(2037, 9, 1)))
    qtbot.keyClick(keep.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not _listed(pane, kept.case_id, DUE), timeout=10_000)

    # Hold: the line says held, Destroy is off for it; lifting it brings it back.
    _select(pane, secret_case, DUE)
    _press(qtbot, window, pane.hold_button)
    hold = wait_for_dialog(qtbot, HoldDialog)
    assert isinstance(hold, HoldDialog)
    qtbot.keyClicks(hold.reason, "Records request from counsel")
    qtbot.keyClick(hold.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _listed(pane, secret_case, ("held",)), timeout=10_000)
    _select(pane, secret_case, ("held",))
    assert not pane.destroy_button.isEnabled() and pane.lift_button.isEnabled()
    assert pane.note.text() == "Legal hold: Records request from counsel"
    _press(qtbot, window, pane.lift_button)
    lift = wait_for_dialog(qtbot, HoldDialog)
    assert isinstance(lift, HoldDialog)
    qtbot.keyClicks(lift.reason, "Counsel has a copy")
    qtbot.keyClick(lift.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _listed(pane, secret_case, DUE), timeout=10_000)

    # Destroy: the dialog names the case and says it cannot be undone; a wrong number is
    # refused (and Return still means Destroy after it), the right one destroys it.
    cases = window.workspace.cases
    cases.open_case(secret_case)  # open behind the Team page: it must not fail once gone
    qtbot.waitUntil(lambda: cases.page.case_id == secret_case, timeout=10_000)
    assert cases.currentWidget() is cases.page
    line = pane.lines[_select(pane, secret_case, DUE)]
    assert pane.destroy_button.accessibleName() == f"Destroy case {line.number}"
    _press(qtbot, window, pane.destroy_button)
    dialog = wait_for_dialog(qtbot, DestroyDialog)
    assert isinstance(dialog, DestroyDialog)
    words = dialog.warning.text()
    assert line.number in words and "cannot be undone" in words and "Backups and exports" in words
    qtbot.keyClicks(dialog.number, "1999-0001")
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Type the case number" in dialog.error.text(), timeout=10_000)
    assert _listed(pane, secret_case, DUE)
    dialog.number.clear()
    qtbot.keyClicks(dialog.number, line.number)
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: not _listed(pane, secret_case, (*DUE, "held")), timeout=10_000)
    qtbot.waitUntil(lambda: cases.page.case_id is None, timeout=10_000)
    assert cases.currentWidget() is cases.list
    assert not [
        b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()
    ]

    # The kept case's low level label is due on its own: removed after a question.
    labelled = next(ln for ln in pane.lines if ln.kind == "clear_level")
    _select(pane, labelled.case_id, ("clear_level",))
    assert pane.clear_button.isEnabled() and not pane.destroy_button.isEnabled()
    _press(qtbot, window, pane.clear_button)
    box = wait_for_dialog(qtbot, QMessageBox)
    assert isinstance(box, QMessageBox)
    assert labelled.number in box.text() and "The case is kept" in box.text()
    (remove,) = [b for b in box.buttons() if b.text() == "Remove the label"]
    remove.click()
    qtbot.waitUntil(lambda: not _listed(pane, labelled.case_id, ("clear_level",)), timeout=10_000)


def test_a_lead_puts_an_open_case_on_hold_by_keyboard(
    qtbot: QtBot, due_file: tuple[Path, str], window: MainWindow
) -> None:
    """A records request for a case no rule makes due: Hold another case…, pick it, say why;
    it is listed as held from then on, and Lift hold… takes it off again."""
    folder, _ = due_file
    unlock(qtbot, window, folder, to_cases=False)
    pane = _open_pane(qtbot, window)
    due = {ln.case_id for ln in pane.lines}
    target = next(c for c in pane.holdable if c[0] not in due)
    _press(qtbot, window, pane.hold_any_button)
    dialog = wait_for_dialog(qtbot, HoldAnyDialog)
    assert isinstance(dialog, HoldAnyDialog)
    assert not dialog.ok.isEnabled() or dialog.case.count() == len(pane.holdable)
    dialog.case.setCurrentIndex(dialog.case.findData(target[0]))
    assert dialog.case.currentText().startswith(target[1])
    qtbot.keyClicks(dialog.reason, "Records request from counsel")
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _listed(pane, target[0], ("held",)), timeout=10_000)
    line = pane.lines[_select(pane, target[0], ("held",))]
    assert line.note == "Legal hold: Records request from counsel"
    assert pane.lift_button.isEnabled() and not pane.destroy_button.isEnabled()
    assert target[0] not in {c[0] for c in pane.holdable}
    _press(qtbot, window, pane.lift_button)
    lift = wait_for_dialog(qtbot, HoldDialog)
    assert isinstance(lift, HoldDialog)
    qtbot.keyClicks(lift.reason, "Request withdrawn")
    qtbot.keyClick(lift.ok, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not _listed(pane, target[0], ("held",)), timeout=10_000)
