"""Seeing and resolving conflicts in the real window (issue 18, part 3): three laptops share
a sync folder; the window's laptop (A) and another (B) change a case's summary at once. A's
status bar says "1 to review", To review appears in the navigation, the case carries a banner
and a mark in the case list; the resolve dialog shows what both started from, each version and
the words that differ; Combine… keeps one text, which reaches B and C at their next sync.
Pictures of the banner and the dialog are saved light and dark (run with QT_SCALE_FACTOR=2 for
200%) in /tmp/conflicts."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from btam_desktop.services import cases, conflicts, members, session as sessions, sync_settings
from btam_desktop.services.session import TEST_KDF, Session
from btam_desktop.ui import theme
from btam_desktop.ui.areas import REVIEW
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.conflicts.dialog import ResolveDialog
from tests.conftest import PinClock
from tests.ui.cells import AM, cell
from tests.ui.conftest import DEMO_PASS
from tests.ui.markup_check import interpreted, rich_labels, shown_texts
from tests.ui.test_accessibility_and_models import unnamed_focusable
from tests.ui.test_sync_flow import (
    HOSTILE,
    HOSTILE_PASS,
    STUDENT,
    next_minute,
    sync_line,
    synced_window,
)
from tests.ui.test_team_work_flow import activate, open_case

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
LEAD = "Dana Whitlock-Oyelaran"
PICTURES = Path("/tmp/conflicts")
#: What each laptop writes: markup in it must show as typed, in the banner and the dialog.
LEADS_TEXT = "Kenzie said the bus <b>ride</b> was loud; calmer after lunch."
THEIRS = "Kenzie said the bus ride frightened her; calmer after lunch <img src=x>."
COMBINED = "Kenzie said the bus ride was loud and frightened her; calmer after lunch."


@pytest.fixture
def late_morning(pin_clock: PinClock) -> datetime:
    return pin_clock(datetime(2027, 3, 15, 10, 42), "America/New_York")


def member_and_lead_laptops(
    demo_file: Path, tmp_path: Path, name: str, role: str, passphrase: str
) -> Iterator[tuple[Session, Session]]:
    """A new member's own laptop and the lead's second laptop: copies of the demo made after
    the member was added and before anything syncs, unlocked (locked again at the end)."""
    s = sessions.unlock(demo_file, None, DEMO_PASS)
    try:
        members.add_member(s, name, role, passphrase, kdf=TEST_KDF)
    finally:
        sessions.lock(s)
    b, c = tmp_path / "b" / "demo.btam", tmp_path / "c" / "demo.btam"
    shutil.copytree(demo_file, b)
    shutil.copytree(demo_file, c)
    opened = (sessions.unlock(b, name, passphrase), sessions.unlock(c, None, DEMO_PASS))
    yield opened
    for copy in opened:
        sessions.lock(copy)


@pytest.fixture
def laptops(demo_file: Path, tmp_path: Path) -> Iterator[tuple[Session, Session]]:
    """B (a counselor whose name carries markup) and C (the lead's projector laptop)."""
    yield from member_and_lead_laptops(demo_file, tmp_path, HOSTILE, "counselor", HOSTILE_PASS)


def caught_up(copy: Session) -> None:
    """Sync until everything in the folder is in (a large arrival comes a few files a call)."""
    done, _ = sync_settings.sync_now(copy)
    while done is not None and done.files_left:
        done, _ = sync_settings.sync_now(copy)
    assert done is not None and not done.skipped


def all_synced(
    qtbot: QtBot,
    window: MainWindow,
    others: tuple[Session, Session],
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The window's laptop syncs through a new folder (Team ▸ Sync), then the other two."""
    share, _pane = synced_window(qtbot, window, demo_file, tmp_path, monkeypatch)
    for copy in others:
        sync_settings.set_folder(copy, share)
        caught_up(copy)


def picture(widget: QWidget, name: str) -> None:
    """Saved for a person to look at, named by scale and theme."""
    PICTURES.mkdir(exist_ok=True)
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    dark = QApplication.palette().window().color().lightness() < 128
    widget.grab().save(str(PICTURES / f"{name}-{scale}x-{'dark' if dark else 'light'}.png"))


def light_and_dark(qtbot: QtBot, widget: QWidget, name: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for choice in (theme.DARK, theme.LIGHT):
        theme.apply(app, choice)
        qtbot.wait(1)  # let the palette change repaint (no timing is asserted)
        picture(widget, name)


def plain_everywhere(widget: QWidget) -> None:
    shown = shown_texts(widget)
    assert any(HOSTILE in s.shown for s in shown)
    assert interpreted(shown, "<b>") == [] and interpreted(shown, "<img") == []
    assert rich_labels(widget) == []


def dialogs() -> list[ResolveDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ResolveDialog) and w.isVisible()
    ]


def the_dialog(qtbot: QtBot) -> ResolveDialog:
    qtbot.waitUntil(lambda: len(dialogs()) == 1)
    dialog = dialogs()[0]
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)  # type: ignore[arg-type]
    return dialog


def test_a_conflict_is_seen_resolved_with_combine_and_gone_on_every_laptop(
    qtbot: QtBot,
    late_morning: datetime,
    window: MainWindow,
    laptops: tuple[Session, Session],
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    b, c = laptops
    all_synced(qtbot, window, (b, c), demo_file, tmp_path, monkeypatch)
    workspace = window.workspace
    assert workspace.nav.isRowHidden(REVIEW)  # nothing to review: no entry

    open_case(qtbot, window, STUDENT)
    page = workspace.cases.page
    case_id = page.case_id
    assert case_id is not None
    started_from = page.summary.toPlainText()
    # B writes its version and syncs; A writes its own without having seen B's.
    cases.update_case(b, case_id, cases.CaseEdit(summary=THEIRS))
    caught_up(b)
    page.summary.setFocus()
    page.summary.selectAll()
    qtbot.keyClicks(page.summary, LEADS_TEXT)
    qtbot.keyClick(page.summary, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not page.dirty)
    next_minute(qtbot, window)

    # Seen: the status bar, the navigation, the banner, the case list.
    qtbot.waitUntil(lambda: not workspace.nav.isRowHidden(REVIEW))  # the versions were read
    assert re.fullmatch(rf"Synced 10:4\d{AM} · 1 to review", sync_line(window)), sync_line(window)
    entry = workspace.nav.item(REVIEW)
    assert entry.text() == "To review"
    assert (
        entry.data(Qt.ItemDataRole.AccessibleTextRole) == "To review: 1 conflict waits for a person"
    )
    banner = page.banner
    qtbot.waitUntil(banner.isVisible)
    text = banner.text.text()
    assert text.startswith("Two versions of the summary — "), text
    assert f"\u2068{HOSTILE}\u2069, Mar 15, 2027 10:4" in text and LEAD in text
    assert banner.review_button.isVisible()
    plain_everywhere(banner)
    light_and_dark(qtbot, page, "case-page-banner")
    light_and_dark(qtbot, banner, "banner")
    case_list = workspace.cases.list
    qtbot.keyClick(page, Qt.Key.Key_Escape)  # back to the list
    case_list.search.setText(STUDENT)
    case_list.apply_filter()
    qtbot.waitUntil(lambda: case_list.model.rowCount() == 1)
    priority = case_list.model.index(0, case_list.model.COLUMNS.index("priority"))
    assert priority.data() == "Review"
    assert "To review: two versions" in priority.data(Qt.ItemDataRole.ToolTipRole)
    assert priority.data(Qt.ItemDataRole.DecorationRole) is not None  # an icon, not colour
    light_and_dark(qtbot, workspace, "case-list-mark")

    # To review: the entry, its list, Enter opens the dialog.
    activate(qtbot, window)
    workspace.nav.setFocus()
    qtbot.keyClick(workspace.nav, Qt.Key.Key_End)  # the last entry shown
    assert workspace.stack.currentWidget() is workspace.review
    table = workspace.review.table
    assert table.rowCount() == 1 and cell(table, 0, 1) == "Two versions of the summary"
    assert unnamed_focusable(workspace.review) == []
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = the_dialog(qtbot)
    assert dialog.base_box is not None and dialog.base_box.toPlainText() == started_from
    shown = {box.toPlainText() for box in dialog.version_boxes}
    assert shown == {LEADS_TEXT, THEIRS}
    assert dialog.diff is not None
    diff = dialog.diff.toPlainText()
    assert "{+" in diff and "[-" in diff  # the marks read without colour
    plain_everywhere(dialog)
    assert unnamed_focusable(dialog) == []
    light_and_dark(qtbot, dialog, "dialog")

    # Later leaves it as it was.
    qtbot.keyClick(dialog, Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: dialogs() == [])
    assert not workspace.nav.isRowHidden(REVIEW)

    # Resolved on A with Combine…: an editor with both, then one text.
    activate(qtbot, window)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = the_dialog(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_C, ALT)  # a mnemonic clicks a moment later
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    editor = dialog.editor
    assert editor.hasFocus()
    assert LEADS_TEXT in editor.toPlainText() and THEIRS in editor.toPlainText()
    light_and_dark(qtbot, dialog, "dialog-combine")
    editor.selectAll()
    qtbot.keyClicks(editor, COMBINED)
    qtbot.keyClick(dialog, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: dialogs() == [])
    qtbot.waitUntil(lambda: workspace.nav.isRowHidden(REVIEW))
    assert workspace.stack.currentWidget() is workspace.cases  # the entry went: to the cases
    assert re.fullmatch(rf"Synced 10:4\d{AM}", sync_line(window)), sync_line(window)
    open_case(qtbot, window, STUDENT)
    qtbot.waitUntil(lambda: page.summary.toPlainText() == COMBINED)
    assert not banner.isVisible()

    # Gone on B and C once they sync after A.
    next_minute(qtbot, window)
    for copy in (b, c):
        caught_up(copy)
        assert conflicts.review(copy) == []
        assert cases.get_case(copy, case_id).case.summary == COMBINED


def test_a_number_given_twice_is_renumbered_from_the_window_and_gone_everywhere(
    qtbot: QtBot,
    late_morning: datetime,
    window: MainWindow,
    laptops: tuple[Session, Session],
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    b, c = laptops
    all_synced(qtbot, window, (b, c), demo_file, tmp_path, monkeypatch)
    one, _ = cases.create_case(b, cases.NewCase("Mia Castellanos-Test", "8"))
    two, _ = cases.create_case(c, cases.NewCase("Theo Abernathy-Test", "6"))
    assert one.number == two.number
    for copy in (b, c):
        caught_up(copy)
    workspace = window.workspace
    next_minute(qtbot, window)
    qtbot.waitUntil(lambda: not workspace.nav.isRowHidden(REVIEW))
    activate(qtbot, window)
    workspace.nav.setFocus()
    qtbot.keyClick(workspace.nav, Qt.Key.Key_End)
    table = workspace.review.table
    assert cell(table, 0, 1) == f"Case number {one.number} was given to two cases"
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = the_dialog(qtbot)
    shown = {box.toPlainText().splitlines()[0] for box in dialog.version_boxes}
    assert shown == {"Mia Castellanos-Test", "Theo Abernathy-Test"}
    assert dialog.diff is None and not dialog.combine_button.isVisible()
    light_and_dark(qtbot, dialog, "dialog-number")
    renumbered = dialog.versions[1].record_id
    qtbot.keyClick(dialog, Qt.Key.Key_2, ALT)
    qtbot.waitUntil(lambda: dialogs() == [])
    qtbot.waitUntil(lambda: workspace.nav.isRowHidden(REVIEW))
    next_minute(qtbot, window)
    for copy in (b, c):
        caught_up(copy)
        assert conflicts.review(copy) == []
        numbers = {cases.get_case(copy, i).case.number for i in (one.id, two.id)}
        assert len(numbers) == 2 and one.number in numbers
        assert cases.get_case(copy, renumbered).case.number != one.number
