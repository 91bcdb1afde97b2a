"""A change from a removed member's laptop in the real window (issue 18, "Removing a member
across laptops"): the lead removes a teacher on one laptop; the teacher's laptop, offline,
writes a summary and publishes it before it hears; the window's laptop (another lead's copy)
follows the removal at its next sync and holds the change. The status bar and To review say
so; Enter shows what the change does; Import applies it here, and on the other lead laptop
after its sync. Pictures light and dark in /tmp/conflicts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from btam_desktop.services import cases, members, sync_settings
from btam_desktop.services.session import Session
from btam_desktop.ui.areas import REVIEW
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.conflicts.held_dialog import HeldDialog
from tests.ui.cells import AM, cell
from tests.ui.markup_check import interpreted, rich_labels, shown_texts
from tests.ui.test_accessibility_and_models import unnamed_focusable
from tests.ui.test_conflicts_flow import (
    all_synced,
    caught_up,
    late_morning,
    light_and_dark,
    member_and_lead_laptops,
)
from tests.ui.test_sync_flow import STUDENT, next_minute, sync_line
from tests.ui.test_team_work_flow import activate, open_case

__all__ = ["late_morning"]  # a fixture this module uses

ALT = Qt.KeyboardModifier.AltModifier
LEAVING = "Kim <b>Test</b>-Leaving"
LEAVING_PASS = "the leaving teacher's fictional passphrase"
WRITTEN_AFTER = "Kenzie asked to change buses <img src=x>; written after the removal."


@pytest.fixture
def leaving_and_lead(demo_file: Path, tmp_path: Path) -> Iterator[tuple[Session, Session]]:
    """The teacher about to leave (their own laptop) and the lead's second laptop."""
    yield from member_and_lead_laptops(demo_file, tmp_path, LEAVING, "teacher", LEAVING_PASS)


def held_dialogs() -> list[HeldDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, HeldDialog) and w.isVisible()
    ]


def test_a_change_written_after_a_removal_waits_and_a_lead_imports_it(
    qtbot: QtBot,
    late_morning: datetime,
    window: MainWindow,
    leaving_and_lead: tuple[Session, Session],
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    teacher, other_lead = leaving_and_lead
    all_synced(qtbot, window, (teacher, other_lead), demo_file, tmp_path, monkeypatch)
    workspace = window.workspace
    open_case(qtbot, window, STUDENT)
    case_id = workspace.cases.page.case_id
    assert case_id is not None
    before = workspace.cases.page.summary.toPlainText()

    # The lead removes the teacher on the other laptop; the teacher, not knowing, writes.
    members.remove_member(other_lead, LEAVING)
    cases.update_case(teacher, case_id, cases.CaseEdit(summary=WRITTEN_AFTER))
    assert sync_settings.sync_now(teacher)[0] is not None
    caught_up(other_lead)  # the new key generation and the removal reach the folder
    next_minute(qtbot, window)

    qtbot.waitUntil(lambda: not workspace.nav.isRowHidden(REVIEW))
    assert re.fullmatch(
        rf"Synced 10:4\d{AM} · 1 change from a removed member waits for a lead", sync_line(window)
    ), sync_line(window)
    entry = workspace.nav.item(REVIEW)
    assert entry.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "To review: 1 change from a removed member waits for a lead"
    )
    assert workspace.cases.page.summary.toPlainText() == before  # not in the case file
    activate(qtbot, window)
    workspace.nav.setFocus()
    qtbot.keyClick(workspace.nav, Qt.Key.Key_End)
    review = workspace.review
    assert workspace.stack.currentWidget() is review
    assert not review.table.isVisible() and review.held_table.isVisible()
    assert review.held_table.rowCount() == 1
    assert cell(review.held_table, 0, 1).startswith("Case 2026-")
    assert "the summary changed to: " in cell(review.held_table, 0, 1)
    assert "removed from the team" in review.held_heading.text()
    shown = shown_texts(review)
    assert interpreted(shown, "<b>") == [] and rich_labels(review) == []
    assert unnamed_focusable(review) == []
    light_and_dark(qtbot, review, "held-list")

    review.held_table.setFocus()
    qtbot.keyClick(review.held_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(held_dialogs()) == 1)
    dialog = held_dialogs()[0]
    qtbot.waitExposed(dialog)
    assert WRITTEN_AFTER in dialog.details.toPlainText()
    assert dialog.import_button.isEnabled() and dialog.discard_button.isEnabled()
    shown = shown_texts(dialog)
    assert interpreted(shown, "<img") == [] and interpreted(shown, "<b>") == []
    assert rich_labels(dialog) == [] and unnamed_focusable(dialog) == []
    light_and_dark(qtbot, dialog, "held-dialog")
    activate(qtbot, dialog)  # type: ignore[arg-type]
    qtbot.keyClick(dialog, Qt.Key.Key_I, ALT)
    qtbot.waitUntil(lambda: held_dialogs() == [])
    qtbot.waitUntil(lambda: workspace.nav.isRowHidden(REVIEW))
    open_case(qtbot, window, STUDENT)
    qtbot.waitUntil(lambda: workspace.cases.page.summary.toPlainText() == WRITTEN_AFTER)

    next_minute(qtbot, window)  # the lead's decision reaches the folder ...
    caught_up(other_lead)  # ... and the other lead's laptop applies the change too
    assert cases.get_case(other_lead, case_id).case.summary == WRITTEN_AFTER
    assert sync_settings.sync_now(teacher)[0].removed_by  # type: ignore[union-attr]
