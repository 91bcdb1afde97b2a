"""The Statistics area with the demo, driven from the keyboard: the year's tables, small counts
as "<10" in words and on the charts, what is not counted yet, large type; and pictures of it
in both themes for the guide (docs/screenshots/statistics-*.png, when BTAM_SCREENSHOTS is set)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from btam_desktop.domain import clock
from btam_desktop.domain.case import school_year_of
from btam_desktop.domain.statistics import Figure, year_label
from btam_desktop.ui import theme
from btam_desktop.ui.areas import STATISTICS
from btam_desktop.ui.main_window import MainWindow
from tests.ui.cells import cell
from tests.ui.conftest import unlock

CTRL = Qt.KeyboardModifier.ControlModifier


def _cells(table: QTableWidget) -> list[list[str]]:
    return [
        [cell(table, i, j) for j in range(table.columnCount())] for i in range(table.rowCount())
    ]


def test_the_year_from_the_keyboard_with_small_counts_hidden(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    screen = window.workspace.statistics
    assert window.workspace.nav.currentRow() == STATISTICS
    qtbot.waitUntil(lambda: screen.result is not None and len(screen.tables) == len(Figure))
    assert screen.year.hasFocus()
    assert screen.year.currentText() == year_label(school_year_of(clock.today()))
    # The demo's 24 cases: most counts are under 10 and read "<10", never a number under 10.
    for table in screen.tables:
        for row in _cells(table):
            for text in row:
                assert text == "<10" or text == "0" or int(text) >= 10, table.accessibleName()
    hidden = screen.tables[0].item(2, 0)
    assert hidden is not None and hidden.text() == "<10"
    assert hidden.data(Qt.ItemDataRole.AccessibleTextRole) == "fewer than 10, hidden"
    assert None in [v for _label, v in screen.charts[0].bars()]  # drawn as "<10", hatched
    assert "cases opened" in screen.summary.text() and "“<10”" in screen.summary.text()
    assert "race and ethnicity" in screen.note.text()
    # Tab walks from the year to large type and on into the tables, each one named.
    qtbot.keyClick(screen.year, Qt.Key.Key_Tab)
    assert screen.large.hasFocus()
    qtbot.keyClick(screen.large, Qt.Key.Key_Space)
    assert screen.tables[0].font().pointSizeF() > screen.font().pointSizeF()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.tables[0]
    qtbot.keyClick(screen.tables[0], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.tables[1]
    assert all(t.accessibleName() for t in screen.tables)
    assert all(c.accessibleName().startswith("Chart: ") for c in screen.charts)
    # Another year from the keyboard: the demo's reopened case was opened last school year.
    this_year = screen.result.year if screen.result else None
    assert this_year is not None and screen.year.count() == 2
    screen.year.setFocus()
    qtbot.keyClick(screen.year, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: screen.result is not None and screen.result.year == this_year - 1)
    assert screen.year.currentText() == year_label(this_year - 1)
    assert screen.tables[0].item(12, 0) is not None  # twelve months and the total


def test_pictures_in_light_and_dark(qtbot: QtBot, window: MainWindow, demo_file: Path) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    window.resize(1280, 720)
    window.workspace.go_to(STATISTICS)
    screen = window.workspace.statistics
    qtbot.waitUntil(lambda: screen.result is not None and len(screen.tables) == len(Figure))
    folder = os.environ.get("BTAM_SCREENSHOTS")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for scheme in (theme.LIGHT, theme.DARK):
        theme.apply(app, scheme)
        assert screen.result is not None
        screen.show_statistics(screen.result)  # redrawn in the palette now in use
        QApplication.processEvents()
        picture = window.grab()
        assert not picture.isNull()
        if folder:
            picture.save(str(Path(folder) / f"statistics-{scheme}.png"))
            screen.scroller.verticalScrollBar().setValue(10_000)
            QApplication.processEvents()
            window.grab().save(str(Path(folder) / f"statistics-{scheme}-lower.png"))
            screen.scroller.verticalScrollBar().setValue(0)
    theme.apply(app, theme.LIGHT)
