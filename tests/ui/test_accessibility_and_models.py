"""Every focusable widget has a name a screen reader can say; models pass qtmodeltester."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from btam_desktop.domain import clock
from btam_desktop.domain.case import CaseColumns, CaseRow, CaseStatus
from btam_desktop.ui.areas import CASES
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.cases.list_screen import CaseListScreen
from btam_desktop.ui.screens.cases.model import CaseFilter, CaseTableModel
from tests.ui.conftest import unlock
from tests.ui.dialog_factories import DIALOGS


def unnamed_focusable(root: QWidget) -> list[str]:
    buddies = {
        id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None
    }
    missing = []
    for w in [root, *root.findChildren(QWidget)]:
        if w.focusPolicy().value == 0 or not w.isVisibleTo(root) or not w.isEnabled():
            continue
        if w.accessibleName() or id(w) in buddies:
            continue
        if isinstance(w, QAbstractButton) and w.text().replace("&", "").strip():
            continue
        if type(w).__name__ in {"QScrollBar", "QTabBar", "QCalendarWidget", "QMenu"}:
            continue  # Qt names these itself
        if isinstance(w.parentWidget(), QAbstractSpinBox):
            continue  # the spin box's own editor: the spin box carries the name
        missing.append(
            f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"
        )
    return missing


def test_every_screen_names_its_focusable_widgets(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    assert unnamed_focusable(window.welcome) == []
    unlock(qtbot, window, demo_file)
    assert unnamed_focusable(window.unlock) == []
    for area in range(window.workspace.nav.count()):
        window.workspace.go_to(area)
        assert unnamed_focusable(window.workspace) == [], area
    window.workspace.go_to(CASES)
    window.workspace.cases.list.search.setText("Kenzie")
    window.workspace.cases.list._open_current()
    qtbot.waitUntil(lambda: window.workspace.cases.currentWidget() is window.workspace.cases.page)
    page = window.workspace.cases.page
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        assert unnamed_focusable(page) == [], page.tabs.tabText(tab)


@pytest.mark.parametrize("make", DIALOGS)
def test_every_dialog_names_its_focusable_widgets(
    qtbot: QtBot, window: MainWindow, make: object
) -> None:
    dialog = make(window)  # type: ignore[operator]
    assert isinstance(dialog, QDialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert unnamed_focusable(dialog) == []
    QDialog.reject(dialog)


def _rows(count: int) -> CaseColumns:
    return CaseColumns.from_rows(_case_rows(count))


def _case_rows(count: int) -> list[CaseRow]:
    statuses = list(CaseStatus)
    return [
        CaseRow(
            id=f"id-{i}",
            number=f"2026-{i + 1:04d}",
            student=f"Student Ashgrove-Tillery {i}",
            grade=str(6 + i % 7),
            status=statuses[i % len(statuses)],
            level_of_concern=["", "low", "moderate", "high"][i % 4],
            case_manager=f"Member {i % 6}",
            next_review=clock.today() + timedelta(days=i % 30 - 10) if i % 2 else None,
            last_activity=f"2026-11-{1 + i % 28:02d}T10:00:00",
            search_text=f"note {i}",
        )
        for i in range(count)
    ]


def test_case_model_passes_qtmodeltester(qtmodeltester: object) -> None:
    model = CaseTableModel()
    model.set_cases(_rows(60))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_filter(CaseFilter(text="1", status=CaseStatus.CLOSED))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.sort(1)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.clear()
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_filters_and_sorts_as_the_team_expects() -> None:
    model = CaseTableModel()
    model.set_cases(_rows(100))
    model.set_filter(CaseFilter(overdue_only=True))
    assert model.rowCount() > 0
    assert all(model.row_at(i).next_review < clock.today() for i in range(model.rowCount()))  # type: ignore[operator]
    model.set_filter(CaseFilter(level="high"))
    model.sort(0)
    numbers = [model.row_at(i).number for i in range(model.rowCount())]
    assert numbers == sorted(numbers) and len(numbers) == 25
    model.show_initials = True
    assert model.index(0, model.COLUMNS.index("student")).data() == "S.A.-T.3."


def test_the_first_rows_then_the_rest_keep_what_was_typed(qtbot: QtBot) -> None:
    """On unlock a large list comes as its first rows, then every case: the search typed
    meanwhile applies to the whole list when it comes, and the count says which is shown."""
    screen = CaseListScreen()
    qtbot.addWidget(screen)
    rows = _case_rows(60)
    screen.set_cases(CaseColumns.from_rows(rows[:10], complete=False))
    assert screen.model.rowCount() == 10 and "loading the rest" in screen.count.text()
    screen.search.setText("Note 4")
    screen.apply_filter()
    assert [screen.model.row_at(i).id for i in range(screen.model.rowCount())] == ["id-4"]
    screen.set_cases(CaseColumns.from_rows(rows))
    shown = {screen.model.row_at(i).id for i in range(screen.model.rowCount())}
    assert shown == {"id-4", *(f"id-{i}" for i in range(40, 50))}
    assert screen.count.text() == "11 of 60 cases"


def test_a_50000_item_model_does_not_crash_python(qapp: QApplication) -> None:
    """PySide6 6.12 on Python 3.11 corrupted None's refcount here and aborted; 3.12 is pinned."""
    model = QStandardItemModel(50_000, 1)
    for row in range(50_000):
        model.setItem(row, 0, QStandardItem(str(row)))
    assert model.item(49_999, 0).text() == "49999"
