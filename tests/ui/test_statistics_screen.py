"""The Statistics area with the demo, driven from the keyboard: the year's tables, small counts
as "<10" in words and on the charts, what is not counted yet, large type, the annual report's
print preview (Alt+A or Ctrl+P), saved and logged; and pictures of it in both themes for the
guide (docs/screenshots/statistics-*.png, when BTAM_SCREENSHOTS is set)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from btam_desktop.domain import clock
from btam_desktop.domain.case import school_year_of
from btam_desktop.domain.disclosure import DocumentKind
from btam_desktop.domain.statistics import Figure, year_label
from btam_desktop.ui import theme
from btam_desktop.ui.areas import STATISTICS
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.print_preview import PrintPreviewDialog
from tests.reports import pdftext
from tests.ui.cells import cell
from tests.ui.conftest import unlock
from tests.ui.test_meeting_flow import wait_for_dialog

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
    assert screen.result is not None
    for table, published in zip(screen.tables, screen.result.tables, strict=True):
        counted = table.columnCount() - len(published.derived)  # shares and ratios after
        for row in _cells(table):
            for text in row[:counted]:
                assert text == "<10" or text == "0" or int(text) >= 10, table.accessibleName()
    hidden = screen.tables[0].item(2, 0)
    assert hidden is not None and hidden.text() == "<10"
    assert hidden.data(Qt.ItemDataRole.AccessibleTextRole) == "fewer than 10, hidden"
    assert None in [v for _label, v in screen.charts[0].bars()]  # drawn as "<10", hatched
    assert "cases opened" in screen.summary.text() and "“<10”" in screen.summary.text()
    assert "For program evaluation" in screen.note.text()
    # Tab walks from the year to large type and on into the tables, each one named.
    qtbot.keyClick(screen.year, Qt.Key.Key_Tab)
    assert screen.large.hasFocus()
    qtbot.keyClick(screen.large, Qt.Key.Key_Space)
    assert screen.tables[0].font().pointSizeF() > screen.font().pointSizeF()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.enrollment_button
    qtbot.keyClick(screen.enrollment_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.print_button
    qtbot.keyClick(screen.print_button, Qt.Key.Key_Tab)
    # The state report is off (the demo's model maps none): Tab passes it by.
    assert not screen.state_button.isEnabled()
    assert QApplication.focusWidget() is screen.rollup_button
    qtbot.keyClick(screen.rollup_button, Qt.Key.Key_Tab)
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


def test_the_annual_report_from_the_keyboard_saved_and_logged(
    qtbot: QtBot, window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    screen = window.workspace.statistics
    qtbot.waitUntil(lambda: screen.result is not None and screen.print_button.isEnabled())
    assert screen.result is not None
    shown = screen.result
    qtbot.keyClick(screen, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Print annual report…
    preview = wait_for_dialog(qtbot, PrintPreviewDialog)
    assert isinstance(preview, PrintPreviewDialog)
    qtbot.waitUntil(lambda: preview.save_button.isEnabled(), timeout=10_000)
    prepared = preview.prepared
    assert prepared is not None and prepared.kind is DocumentKind.ANNUAL_REPORT
    assert prepared.file_name == f"annual-report-{shown.label}.pdf"
    printed = pdftext.text(prepared.pdf)
    assert f"annual report {shown.label}" in printed
    assert "Aggregate figures — no student is identified" in printed
    assert "CONFIDENTIAL" not in printed and "Kenzie" not in printed
    # The screen's own counts, on paper: the opened cases and the first month's row.
    months = shown.tables[0]
    first = "—" if months.values.cells[0][0] is None else str(months.values.cells[0][0])
    assert f"{months.rows[0]} {first}" in printed
    assert f"Cases opened {shown.opened if shown.opened is not None else '—'}" in printed
    # Counts only: no recipient to name, no password; the note says why.
    for widget in (preview.outside, preview.recipient, preview.basis, preview.protect):
        assert widget.isHidden()
    assert "Aggregate figures" in preview.warning.text() and "logged" in preview.warning.text()
    target = tmp_path / prepared.file_name
    preview.choose_path = lambda suggested: target  # type: ignore[method-assign]
    with qtbot.waitSignal(preview.disclosed, timeout=10_000) as signal:
        qtbot.keyClick(preview, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert signal.args == ["save"]
    assert "logged" in preview.status.text()
    assert target.read_bytes() == prepared.pdf
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # Ctrl+P on the Statistics screen opens the same report.
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL)
    again = wait_for_dialog(qtbot, PrintPreviewDialog)
    assert isinstance(again, PrintPreviewDialog)
    qtbot.waitUntil(lambda: again.prepared is not None, timeout=10_000)
    assert again.prepared is not None and again.prepared.kind is DocumentKind.ANNUAL_REPORT
    again.reject()


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


def test_a_long_row_label_is_cut_at_its_end_never_at_its_first_letter(qtbot: QtBot) -> None:
    """A label longer than half the chart (Spanish's often are) is cut with "…" inside the
    room it is drawn in: no ink in the chart's first columns of pixels."""
    from PySide6.QtGui import QColor, QPalette

    from btam_desktop.ui.screens.statistics.bars import BarChart

    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars(["Indígena de las Américas o nativo de Alaska", "Blanco"], [0, 12], 10)
    chart.resize(260, chart.sizeHint().height())
    picture = chart.grab().toImage()
    background = chart.palette().color(QPalette.ColorRole.Window)
    inked = [
        (x, y)
        for x in range(2)
        for y in range(picture.height())
        if QColor(picture.pixel(x, y)).lightness() < background.lightness() - 40
    ]
    assert inked == []
