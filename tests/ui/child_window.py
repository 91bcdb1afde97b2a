"""Waiting in a child process that drives the window (no pytest-qt there): by the event
loop, never by sleeping. Import it after QT_QPA_PLATFORM is set."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from btam_desktop.ui.areas import CASES, MEETINGS, SETTINGS, STATISTICS, TASKS, TEAM
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.print_preview import PrintPreviewDialog


def settle(ms: int = 100) -> None:
    """Run the event loop for `ms` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition: Callable[[], bool], limit_ms: int = 20_000) -> None:
    waited = 0
    while not condition():
        if waited > limit_ms:
            raise TimeoutError("the window did not get there")
        settle(50)
        waited += 50


def unlock_and_tour(
    w: MainWindow, folder: Path, passphrase: str, look: Callable[[str], None]
) -> PrintPreviewDialog:
    """Open and unlock `folder` in the window `w`, then show every area, the Team page's second
    and Sync tabs, and Kenzie's case at each of its tabs, calling `look(what)` at each stop; end
    with her case summary's print preview built and open, which is returned (the caller closes
    it)."""
    look("welcome")
    w.flow.open_path(folder)
    wait_for(lambda: w.stack.currentWidget() is w.unlock and w.unlock.member.count() > 0)
    look("unlock")
    w.unlock.passphrase.setText(passphrase)
    w.unlock.unlock_button.click()
    cases = w.workspace.cases
    wait_for(lambda: cases.list.model.rowCount() > 0)
    for area, name in (
        (TASKS, "my tasks"),
        (CASES, "cases"),
        (MEETINGS, "meetings"),
        (TEAM, "team"),
        (STATISTICS, "statistics"),
        (SETTINGS, "settings"),
    ):
        w.workspace.go_to(area)
        if area == STATISTICS:  # its figures come from the service process, as a reply
            wait_for(lambda: w.workspace.statistics.result is not None)
        look(name)
    w.workspace.go_to(TEAM)
    w.workspace.team.tabs.setCurrentIndex(1)
    look("team, second tab")
    w.workspace.team.tabs.setCurrentWidget(w.workspace.team.sync)
    look("team, sync tab")
    w.workspace.go_to(CASES)
    cases.list.search.setText("Kenzie")
    cases.list.apply_filter()
    cases.list._open_current()
    wait_for(lambda: cases.currentWidget() is cases.page and bool(cases.page.timeline.rows()))
    for tab in range(cases.page.tabs.count()):
        cases.page.tabs.setCurrentIndex(tab)
        look(f"case, {cases.page.tabs.tabText(tab).replace('&', '')} tab")
    cases.print_document("case-summary")
    wait_for(
        lambda: any(
            isinstance(x, PrintPreviewDialog) and x.prepared is not None
            for x in QApplication.topLevelWidgets()
        )
    )
    return next(x for x in QApplication.topLevelWidgets() if isinstance(x, PrintPreviewDialog))
