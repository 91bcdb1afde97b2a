"""The Statistics screen's prevention section with the demo: its header over the three tables,
reached from the keyboard, every count as published; then a year with counts over the minimum,
whose sentences name the factors most first and the plan domains used against them; pictures
in both themes (docs/screenshots/statistics-prevention-*.png, when BTAM_SCREENSHOTS is set)."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from btam_desktop.domain.prevention import FIGURES, FactorFacts, Model, build
from btam_desktop.domain.statistics import FIGURE_TITLES, Figure, school_year
from btam_desktop.ui import theme
from btam_desktop.ui.main_window import MainWindow
from tests.ui.cells import cell
from tests.ui.conftest import unlock

CTRL = Qt.KeyboardModifier.ControlModifier
MODEL = Model(
    ("Grievance or desire for revenge", "Access to weapons", "Being bullied"),
    ("Trusted adult at school", "Help-seeking"),
    ("Student", "Target", "Environment"),
)


def _facts() -> list[FactorFacts]:
    plan = (("Student", ("Grievance or desire for revenge",)), ("Target", ("Access to weapons",)))
    return [
        FactorFacts(
            opened_on=date(2026, 9, 1),
            model="ntac",
            risk=("Grievance or desire for revenge", "Access to weapons"),
            protective=("Trusted adult at school",),
            against=plan,
        )
    ] * 12 + [FactorFacts(opened_on=date(2026, 10, 1), model="ntac", risk=("Being bullied",))] * 11


def test_the_section_from_the_keyboard(qtbot: QtBot, window: MainWindow, demo_file: Path) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    window.resize(1280, 760)
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    screen = window.workspace.statistics
    qtbot.waitUntil(lambda: screen.result is not None and len(screen.tables) == len(Figure))
    header = screen.prevention
    assert header is not None and header.isVisible()
    assert header.title.text() == "Prevention: factors across cases"
    assert "not only case by case" in header.about.text()
    # The demo's 24 cases: every factor in fewer than 10, so none is named.
    assert "none in 10 or more cases" in header.top.text()
    folder = os.environ.get("BTAM_SCREENSHOTS")
    if folder:
        QApplication.processEvents()  # laid out: the header has its place
        screen.scroller.verticalScrollBar().setValue(header.y())
        QApplication.processEvents()
        window.grab().save(str(Path(folder) / "statistics-prevention-demo.png"))
    names = [t.accessibleName() for t in screen.tables]
    assert names[-3:] == [FIGURE_TITLES[f] for f in FIGURES]
    risk = screen.tables[-3]
    assert all(cell(risk, i, 0) in ("0", "<10") for i in range(risk.rowCount() - 1))
    # Tab from the table before the section lands in the risk factors' table, then on.
    before = screen.tables[-4]
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is risk
    qtbot.keyClick(risk, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.tables[-2]


def test_the_factors_named_most_in_both_themes(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    window.resize(1280, 760)
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    screen = window.workspace.statistics
    qtbot.waitUntil(lambda: screen.result is not None and len(screen.tables) == len(Figure))
    assert screen.result is not None
    published = build(_facts(), school_year(2026), {"ntac": MODEL}, "ntac", minimum=10)
    year = replace(screen.result, tables=(*screen.result.tables[: -len(FIGURES)], *published))
    folder = os.environ.get("BTAM_SCREENSHOTS")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for scheme in (theme.LIGHT, theme.DARK):
        theme.apply(app, scheme)
        screen.show_statistics(year)
        header = screen.prevention
        assert header is not None
        lines = header.top.text().splitlines()
        assert lines[0] == (
            "Risk factors named most: Grievance or desire for revenge (12 cases); "
            "Access to weapons (12 cases); Being bullied (11 cases)."
        )
        assert lines[1] == "Protective factors named most: Trusted adult at school (12 cases)."
        assert lines[3:] == [
            "• Grievance or desire for revenge: Student 12.",
            "• Access to weapons: Target 12.",
            "• Being bullied: no plan item yet.",
        ]
        against = screen.tables[-1]
        assert [cell(against, 0, j) for j in range(against.columnCount())] == [
            "12",
            "0",
            "0",
            "12",
        ]
        QApplication.processEvents()
        screen.scroller.ensureWidgetVisible(header, 0, 0)
        screen.scroller.verticalScrollBar().setValue(header.y())
        QApplication.processEvents()
        picture = window.grab()
        assert not picture.isNull()
        if folder:
            picture.save(str(Path(folder) / f"statistics-prevention-{scheme}.png"))
    theme.apply(app, theme.LIGHT)
