"""Program evaluation in the window: a case's fields "For program evaluation" entered and read
back, the school's enrollment typed in on the Statistics screen (a sum over the total refused
with a message), and each group's ratio beside it. Pictures of both dialogs and the screen in
light and dark when BTAM_SCREENSHOTS is set (docs/screenshots/evaluation-*.png)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from btam_desktop.domain.evaluation import Discipline, Race, Service
from btam_desktop.domain.statistics import Figure
from btam_desktop.ui import theme
from btam_desktop.ui.areas import STATISTICS
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.cases.evaluation_dialog import EvaluationDialog
from btam_desktop.ui.screens.statistics.enrollment import EnrollmentDialog
from tests.ui.cells import cell
from tests.ui.conftest import unlock
from tests.ui.test_meeting_flow import wait_for_dialog
from tests.ui.test_team_work_flow import open_case


def _picture(widget: QWidget, name: str) -> None:
    folder = os.environ.get("BTAM_SCREENSHOTS")
    if not folder:
        return
    for scheme in ("light", "dark"):
        theme.apply(QApplication.instance(), scheme)  # type: ignore[arg-type]
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"evaluation-{name}-{scheme}.png"))
    theme.apply(QApplication.instance(), "light")  # type: ignore[arg-type]


def test_fields_entered_then_enrollment_and_the_ratio_on_the_statistics_screen(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    open_case(qtbot, window, "Kenzie Varga-Holloway")
    page = window.workspace.cases.page
    qtbot.mouseClick(page.evaluation_button, Qt.MouseButton.LeftButton)  # Program evaluation…
    dialog = wait_for_dialog(qtbot, EvaluationDialog)
    assert isinstance(dialog, EvaluationDialog)
    _picture(dialog, "case-dialog")
    dialog.hispanic.setCurrentIndex(2)  # No
    for race, box in dialog.races.items():  # whatever the demo had: exactly these two
        box.setChecked(race in (Race.BLACK, Race.WHITE))
    dialog.services[Service.MENTORING].setChecked(True)
    dialog.discipline.setCurrentIndex(dialog.discipline.findData(Discipline.IN_SCHOOL))
    chosen = dialog.value()
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # Opened again: what was saved.
    qtbot.mouseClick(page.evaluation_button, Qt.MouseButton.LeftButton)
    again = wait_for_dialog(qtbot, EvaluationDialog)
    assert isinstance(again, EvaluationDialog) and again is not dialog
    assert again.value() == chosen
    assert chosen.races == {Race.BLACK, Race.WHITE} and Service.MENTORING in chosen.services
    assert chosen.hispanic is False and chosen.discipline is Discipline.IN_SCHOOL
    again.reject()

    qtbot.waitUntil(lambda: not again.isVisible())
    window.workspace.go_to(STATISTICS)
    screen = window.workspace.statistics
    qtbot.waitUntil(lambda: screen.result is not None and screen.enrollment_button.isEnabled())
    qtbot.mouseClick(screen.enrollment_button, Qt.MouseButton.LeftButton)
    typed = wait_for_dialog(qtbot, EnrollmentDialog)
    assert isinstance(typed, EnrollmentDialog)
    _picture(typed, "enrollment-dialog")
    # The demo's figures are there; a total under the race/ethnicity groups' sum is refused.
    assert typed.total.value() > 0
    typed.total.setValue(600)
    qtbot.keyClick(typed.ok, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "more than the total (600)" in typed.error.text())
    assert typed.isVisible()
    typed.total.setValue(700)
    typed.groups["iep_504"].setValue(70)
    qtbot.keyClick(typed.ok, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not typed.isVisible())
    qtbot.waitUntil(
        lambda: (
            screen.result is not None
            and screen.result.enrollment is not None
            and screen.result.enrollment.total == 700
        )
    )
    assert screen.result is not None
    figures = [t.figure for t in screen.result.tables]
    plan = screen.tables[figures.index(Figure.IEP_504)]
    headers = [plan.horizontalHeaderItem(j).text() for j in range(plan.columnCount())]  # type: ignore[union-attr]
    assert headers == ["Cases", "Share of cases", "Enrollment", "Share of enrollment", "Ratio"]
    # The demo's students have no plan: every case is a no-plan case, 90% of the students.
    assert [cell(plan, 1, j) for j in range(1, 5)] == ["100.0%", "630", "90.0%", "1.11"]
    assert [cell(plan, 0, j) for j in range(1, 5)] == ["0.0%", "70", "10.0%", "0.00"]
    by_race = screen.tables[figures.index(Figure.RACE)]
    assert cell(by_race, 0, 4) == "—"  # a hidden count: no share, no ratio
    screen.scroller.ensureWidgetVisible(plan, 0, 300)
    _picture(screen, "statistics")
