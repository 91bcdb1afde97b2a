"""Team ▸ Sync, played through the real window (issue 17, "In the window"): a folder is chosen,
the window syncs on request, every minute, at lock and at unlock, and the status bar says
"Synced 10:42" (the app's clock, local time) or what is wrong. A second copy of the case file,
made by copying the folder and unlocked elsewhere, syncs through the same folder: its changes
show in the window when the minute comes round, never over what is being typed, and a
conflict lists its members' names as they were typed."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from btam_desktop.services import cases, members, session as sessions, sync_settings
from btam_desktop.services.session import TEST_KDF, Session
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.team.sync_pane import SyncPane
from tests.conftest import PinClock
from tests.ui.cells import AM, cell
from tests.ui.conftest import DEMO_PASS, unlock
from tests.ui.markup_check import interpreted, rich_labels, shown_texts
from tests.ui.test_accessibility_and_models import unnamed_focusable
from tests.ui.test_team_work_flow import activate, open_case, shot

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
STUDENT = "Kenzie Varga-Holloway"
#: A member of the team whose name carries markup: shown as typed, everywhere.
HOSTILE = "Ana <b>Ortega</b> <i>Reyes</i>"
HOSTILE_PASS = "a fictional counselor's passphrase"


@pytest.fixture
def late_morning(pin_clock: PinClock) -> datetime:
    """Pinned before the window exists, so its service process reads the same clock."""
    return pin_clock(datetime(2027, 3, 15, 10, 42), "America/New_York")


@pytest.fixture
def early_morning(pin_clock: PinClock) -> datetime:
    return pin_clock(datetime(2027, 3, 15, 7, 5), "America/New_York")


def sync_tab(qtbot: QtBot, window: MainWindow) -> SyncPane:
    """Ctrl+4 goes to the Team page, Alt+S to its Sync tab."""
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    team = window.workspace.team
    qtbot.keyClick(team.tabs, Qt.Key.Key_S, ALT)
    assert team.tabs.currentWidget() is team.sync
    return team.sync


def choose(qtbot: QtBot, pane: SyncPane, monkeypatch: pytest.MonkeyPatch, share: Path) -> None:
    """Choose folder…, and the folder picked in the system's dialog."""
    asked: list[tuple[object, ...]] = []

    def picked(*args: object) -> str:
        asked.append(args)
        return str(share)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", picked)
    pane.choose_button.setFocus()
    qtbot.keyClick(pane.choose_button, Qt.Key.Key_Space)
    assert asked and QFileDialog.Option.ShowDirsOnly in asked[0]  # directories only
    qtbot.waitUntil(lambda: pane.folder.text() == str(share))


def sync_line(window: MainWindow) -> str:
    return window.sync_line.text() if window.sync_line.isVisible() else ""


def synced_window(
    qtbot: QtBot,
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[Path, SyncPane]:
    """The demo unlocked at 10:42, its sync folder chosen on Team ▸ Sync, first sync done."""
    share = tmp_path / "share"
    share.mkdir()
    unlock(qtbot, window, demo_file, to_cases=False)
    pane = sync_tab(qtbot, window)
    choose(qtbot, pane, monkeypatch, share)
    qtbot.waitUntil(lambda: sync_line(window) == f"Synced 10:42{AM}")
    return share, pane


def next_minute(qtbot: QtBot, window: MainWindow) -> None:
    """The minute comes round (the timer's own signal), and its sync answers."""
    status = window.workspace.sync
    last, problem = status.last, status.problem
    assert status.timer.isActive() and status.timer.interval() == 60_000
    status.timer.timeout.emit()
    assert status.running
    # A new answer, even one that reads like the last (results are equal by value).
    qtbot.waitUntil(
        lambda: not status.running and (status.last is not last or status.problem is not problem)
    )


def segments(share: Path) -> int:
    return len(list(share.glob("seg/g*/*/*.bts")))


def no_message_box() -> bool:
    return not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


@pytest.fixture
def second_copy(demo_file: Path, tmp_path: Path) -> Path:
    """The demo with one more member, copied (as a new laptop gets it) before anything syncs."""
    s = sessions.unlock(demo_file, None, DEMO_PASS)
    try:
        members.add_member(s, HOSTILE, "counselor", HOSTILE_PASS, kdf=TEST_KDF)
    finally:
        sessions.lock(s)
    copy = tmp_path / "elsewhere" / "demo.btam"
    shutil.copytree(demo_file, copy)
    return copy


def edit_elsewhere(copy: Session, case_id: str, summary: str) -> None:
    cases.update_case(copy, case_id, cases.CaseEdit(summary=summary))
    done, _ = sync_settings.sync_now(copy)
    assert done is not None and done.sent_ops == 1 and not done.skipped


def test_two_copies_sync_through_a_folder_chosen_in_the_window(
    qtbot: QtBot,
    late_morning: datetime,
    window: MainWindow,
    second_copy: Path,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    unlock(qtbot, window, demo_file, to_cases=False)
    pane = sync_tab(qtbot, window)
    qtbot.waitUntil(lambda: pane.folder.text().startswith("Not set up"))
    assert pane.folder.text() == (
        "Not set up: this laptop keeps its changes until a sync folder is chosen."
    )
    assert sync_line(window) == "" and not pane.sync_button.isEnabled()
    shot(window, "team-sync-not-set-up")

    choose(qtbot, pane, monkeypatch, share)
    qtbot.waitUntil(lambda: sync_line(window) == f"Synced 10:42{AM}")
    assert segments(share) >= 1  # this laptop's history went out
    pane.sync_button.setFocus()
    qtbot.keyClick(pane.sync_button, Qt.Key.Key_Space)  # Sync now: nothing new either way
    qtbot.waitUntil(lambda: "nothing new to send; nothing new arrived" in pane.result.text())
    assert pane.result.text().startswith(f"10:42{AM} — ")
    assert unnamed_focusable(pane) == []

    # The other laptop: its own copy, its own member, the same folder.
    elsewhere = sessions.unlock(second_copy, HOSTILE, HOSTILE_PASS)
    try:
        sync_settings.set_folder(elsewhere, share)
        assert sync_settings.sync_now(elsewhere)[0] is not None
        open_case(qtbot, window, STUDENT)
        page = window.workspace.cases.page
        case_id = page.case_id
        assert case_id is not None
        edit_elsewhere(elsewhere, case_id, "Ana met Kenzie at lunch; calmer.")
        idle = window.flow.idle
        restarted: list[int] = []

        def restart(milliseconds: int) -> None:
            restarted.append(milliseconds)
            idle._timer.start(milliseconds)

        monkeypatch.setattr(idle, "start", restart)
        settings_read = window.workspace.signed_in_changed
        with qtbot.waitSignal(settings_read):  # the team's settings are read again too
            next_minute(qtbot, window)
        qtbot.waitUntil(lambda: page.summary.toPlainText() == "Ana met Kenzie at lunch; calmer.")
        # Changes arriving are not the person at the keyboard: the auto-lock counts on.
        assert restarted == [] and idle.running
        assert re.fullmatch(rf"Synced 10:4\d{AM}", sync_line(window)), sync_line(window)
        received = window.workspace.team.sync.result.text()
        assert f"received 1 change in 1 file, from \u2068{HOSTILE}\u2069." in received, received

        # What arrives while the lead types does not wipe the typing (nor move the cursor)...
        page.summary.setFocus()
        page.summary.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(page.summary, " Lead saw her too.")
        events = len(page.timeline.events)
        edit_elsewhere(elsewhere, case_id, "Ana: the bus driver saw nothing.")
        next_minute(qtbot, window)
        qtbot.waitUntil(lambda: len(page.timeline.events) > events)  # the case was read again
        typed = "Ana met Kenzie at lunch; calmer. Lead saw her too."
        assert page.summary.toPlainText() == typed and page.dirty
        assert page.summary.textCursor().position() == len(typed)
        # ... and saving it keeps both versions: the lead never saw Ana's second text.
        qtbot.keyClick(page.summary, Qt.Key.Key_S, CTRL)
        qtbot.waitUntil(lambda: not page.dirty)
        assert page.notice.isVisible() and page.notice.text() == (
            f"⚠ {HOSTILE} changed the summary while you were editing — both versions kept."
        )
        shot(window, "case-both-versions-kept")
        next_minute(qtbot, window)
        assert sync_line(window).endswith(" · 1 to review"), sync_line(window)
        pane = sync_tab(qtbot, window)
        assert pane.result.text().endswith("1 to review (see To review)"), pane.result.text()
        listed = window.workspace.review.table
        qtbot.waitUntil(lambda: listed.rowCount() == 1)
        number = cell(listed, 0, 0)
        assert page.title.text().startswith(number)
        assert cell(listed, 0, 1) == "Two versions of the summary"
        whose = cell(listed, 0, 2)
        assert HOSTILE in whose and "Dana Whitlock-Oyelaran" in whose
        for screen in (pane, window.workspace.review):
            shown = shown_texts(screen)
            assert interpreted(shown, "<b>") == [] and rich_labels(screen) == []
        shot(window, "team-sync-conflict")
    finally:
        sessions.lock(elsewhere)


def test_sync_at_lock_and_unlock_and_a_calm_word_for_a_missing_folder(
    qtbot: QtBot,
    early_morning: datetime,
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    share = tmp_path / "stick"
    share.mkdir()
    unlock(qtbot, window, demo_file, to_cases=False)
    pane = sync_tab(qtbot, window)
    choose(qtbot, pane, monkeypatch, share)
    qtbot.waitUntil(
        lambda: sync_line(window) == f"Synced 7:05{AM}"
    )  # the local time, in the locale's words
    shot(window, "team-sync-morning")

    # A change, then Ctrl+L: the lock's own sync takes it to the folder.
    open_case(qtbot, window, STUDENT)
    page = window.workspace.cases.page
    page.summary.setFocus()
    qtbot.keyClicks(page.summary, "Checked in before first period. ")
    qtbot.keyClick(page.summary, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not page.dirty)
    before = segments(share)
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock)
    assert sync_line(window) == ""  # nothing about the team while locked
    qtbot.waitUntil(lambda: segments(share) > before, timeout=15_000)

    # Unlocking syncs again, at once.
    unlock(qtbot, window, demo_file, to_cases=False)
    qtbot.waitUntil(lambda: re.fullmatch(rf"Synced 7:0\d{AM}", sync_line(window)) is not None)

    # The stick is pulled out: one calm line, minute after minute, never a dialog.
    shutil.rmtree(share)
    for _ in range(2):
        next_minute(qtbot, window)
        line = sync_line(window)
        assert line.startswith("Not synced: the sync folder is not reachable"), line
        assert re.search(rf"\(last synced 7:0\d{AM}\)$", line), line
        assert no_message_box()
    pane = sync_tab(qtbot, window)
    assert pane.problem.isVisible() and "is not reachable" in pane.problem.text()
    shot(window, "team-sync-unreachable")

    # Plugged in again (empty): Sync now sends everything again.
    share.mkdir()
    pane.sync_button.setFocus()
    qtbot.keyClick(pane.sync_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: re.fullmatch(rf"Synced 7:0\d{AM}", sync_line(window)) is not None)
    assert not pane.problem.isVisible() and segments(share) >= 1


def test_the_status_line_names_a_laptop_whose_clock_is_days_ahead(qtbot: QtBot) -> None:
    """Changes stamped days ahead wait (issue 17): the line says whose, and by how much."""
    from btam_desktop.services.contracts.sync import FolderSync
    from btam_desktop.ui.sync_status import SyncStatus

    status = SyncStatus(ops=None)  # type: ignore[arg-type]  # no call is made here
    result = FolderSync(
        folder="/media/stick/btam-sync",
        sent_ops=0,
        sent_files=0,
        received_ops=0,
        received_files=0,
        received_from=(),
        waiting=0,
        skipped=(),
        ignored=0,
        open_conflicts=0,
        clock_ahead=(("Marcus <b>Feldspar</b>", 3),),
    )
    assert status.waiting_words(result) == [
        "Marcus <b>Feldspar</b>'s laptop clock is 3 day(s) ahead: their changes wait for a lead"
    ]
    assert status.waiting_words(replace(result, clock_ahead=())) == []  # control


def test_a_large_arrival_shows_how_far_it_got(
    qtbot: QtBot,
    late_morning: datetime,
    window: MainWindow,
    second_copy: Path,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A sync that finds more files than the window takes in at once goes on call after call,
    and the status bar counts the files ("2 of 5"), then says it is in step."""
    share, _ = synced_window(qtbot, window, demo_file, tmp_path, monkeypatch)
    status = window.workspace.sync
    status.timer.stop()  # on a slow machine the minute must not come round by itself meanwhile
    elsewhere = sessions.unlock(second_copy, HOSTILE, HOSTILE_PASS)
    try:
        sync_settings.set_folder(elsewhere, share)
        sync_settings.sync_now(elsewhere)
        case_id = cases.list_cases(elsewhere)[0].id
        for n in range(5):  # five syncs elsewhere: five files, one change each
            edit_elsewhere(elsewhere, case_id, f"Ana's note {n + 1}.")
    finally:
        sessions.lock(elsewhere)
    lines: list[str] = []
    status.text_changed.connect(lines.append)
    status.timer.start()
    next_minute(qtbot, window)
    assert sync_settings.WINDOW_FILES == 2
    counted = [line for line in lines if line.startswith("Receiving")]
    assert counted == [
        "Receiving the team's changes… 2 of 5 files",
        "Receiving the team's changes… 4 of 5 files",
    ], lines
    assert sync_line(window) == f"Synced 10:42{AM}"
    received = window.workspace.team.sync.result.text()
    assert f"received 5 changes in 5 files, from \u2068{HOSTILE}\u2069." in received, received


def test_a_lead_accepts_changes_that_wait_for_the_clock(
    qtbot: QtBot,
    late_morning: datetime,
    pin_clock: PinClock,
    window: MainWindow,
    second_copy: Path,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another laptop's clock is three days ahead: its change waits, the lead (signed in here)
    is offered "Accept changes that wait for the clock…", is asked in plain words naming
    the member, and on Yes the change applies."""
    share, pane = synced_window(qtbot, window, demo_file, tmp_path, monkeypatch)
    assert not pane.accept_button.isVisible()
    window.workspace.sync.timer.stop()  # the minute comes round only when the test says
    elsewhere = sessions.unlock(second_copy, HOSTILE, HOSTILE_PASS)
    try:
        sync_settings.set_folder(elsewhere, share)
        sync_settings.sync_now(elsewhere)
        case_id = cases.list_cases(elsewhere)[0].id
        # This process's clock only: the window's service process keeps 10:42 on the 15th.
        pin_clock(datetime(2027, 3, 18, 10, 50), "America/New_York")
        edit_elsewhere(elsewhere, case_id, "Written on a laptop three days ahead.")
    finally:
        sessions.lock(elsewhere)
    window.workspace.sync.timer.start()
    next_minute(qtbot, window)
    assert sync_line(window).endswith(
        f"{HOSTILE}'s laptop clock is 3 day(s) ahead: their changes wait for a lead"
    ), sync_line(window)
    assert pane.accept_button.isVisible() and pane.accept_button.isEnabled()
    shot(window, "team-sync-clock-ahead")
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        assert box.textFormat() == Qt.TextFormat.PlainText
        return QMessageBox.StandardButton.Yes.value

    monkeypatch.setattr(QMessageBox, "exec", answer)
    pane.accept_button.setFocus()
    qtbot.keyClick(pane.accept_button, Qt.Key.Key_Space)
    assert asked and asked[0].startswith(f"Apply {HOSTILE}'s waiting changes now")
    qtbot.waitUntil(lambda: not window.workspace.sync.running)
    # (The window reads this process's clock, moved above: only the wait matters here.)
    assert re.fullmatch(r"Synced \d{1,2}:\d\d\u202f[AP]M", sync_line(window)), sync_line(window)
    assert "received 1 change in 1 file" in pane.result.text()
    assert not pane.accept_button.isVisible()


def test_the_sync_pane_lists_what_was_reconciled_without_asking(qtbot: QtBot) -> None:
    """A date two laptops set at once is not a conflict, and not hidden either (issue 18)."""
    from btam_desktop.services.contracts.sync import FolderSync, Reconciled
    from btam_desktop.ui.screens.team.sync_pane import SyncPane
    from btam_desktop.ui.sync_status import SyncStatus

    status = SyncStatus(ops=None)  # type: ignore[arg-type]  # no call is made here
    pane = SyncPane(status)
    qtbot.addWidget(pane)
    pane.show()
    assert not pane.reconciled.isVisible()  # nothing reconciled: no table
    status.folder, status.synced_at = Path("/media/stick/btam-sync"), datetime(2027, 3, 15)
    status.last = FolderSync(
        folder="/media/stick/btam-sync",
        sent_ops=0,
        sent_files=0,
        received_ops=2,
        received_files=1,
        received_from=("Marcus Okafor-Test",),
        waiting=0,
        skipped=(),
        ignored=0,
        open_conflicts=0,
        reconciled=(
            Reconciled(
                table="cases",
                field="next_review",
                case_number="2026-0014",
                shown_by="Marcus <b>Okafor</b>-Test",
                over=("Lucía Fernández-Test",),
            ),
        ),
    )
    status.laptop_name = "at home"
    pane.refresh()
    assert pane.laptop.text() == "at home" and pane.laptop.accessibleName()
    assert pane.reconciled.isVisible() and pane.reconciled.rowCount() == 1
    assert cell(pane.reconciled, 0, 0) == "2026-0014"
    assert cell(pane.reconciled, 0, 1) == (
        "\u2068Marcus <b>Okafor</b>-Test\u2069's next review date replaced "
        "\u2068Lucía Fernández-Test\u2069's"
    )
    assert rich_labels(pane) == []
