"""One student's record, by keyboard: Ctrl+Shift+R on the case list opens the student of the
chosen case with both their cases (one recorded without a student id) and each case's
records in date order; a lead separates the merge and merges the records again; intake asks
"Is this the same …?" and a yes links the new case's student. Pictures light and dark (in
/tmp/btam-shots)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from btam_desktop.domain.disclosure import Audience
from btam_desktop.domain.referral import Student
from btam_desktop.services import intake, printing, session as sessions, students
from btam_desktop.ui import theme
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.cases.model import CASE_ID_ROLE
from btam_desktop.ui.screens.cases.student_view import StudentView
from btam_desktop.ui.screens.intake import IntakeDialog
from tests.conftest import PASSPHRASE, make_case_file
from tests.ui.test_accessibility_and_models import unnamed_focusable
from tests.ui.test_team_and_tasks import wait_for_dialog
from tests.ui.test_team_work_flow import activate

SHOTS = Path("/tmp/btam-shots")
KENZIE = "Kenzie Varga-Holloway"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _report(name: str, student_id: str = "", grade: str = "8") -> intake.ReferralInput:
    return intake.ReferralInput(
        student=Student(name=name, student_id=student_id, grade=grade),
        reporter_name="Priya Anand-Moss",
        narrative="Shouted at a classmate in the hallway after a fight.",
        verbatim="you're dead tomorrow, I'll bring something",
    )


def _two_kenzie_cases(folder: Path) -> tuple[str, str]:
    """Kenzie's case from grade 7 (no student id), her case now (with one), merged by the lead;
    the first case's summary went to the police in an emergency."""
    s, _ = make_case_file(folder)
    try:
        old, _ = intake.intake_referral(s, _report(KENZIE, grade="7"))
        new, _ = intake.intake_referral(s, _report(KENZIE, "MH-2231"))
        intake.intake_referral(s, _report("Tobias Quennell-Marsh"))
        prepared = printing.prepare(
            s,
            printing.PrintRequest(
                "case-summary",
                old.case_id,
                audience=Audience(
                    True, "Officer Tamsin Oduya-Brandt", "health_safety_emergency", threat="Knife."
                ),
            ),
        )
        printing.record_print(s, prepared)
        first, second = (students.of_case(s, c).person_ids[0] for c in (old.case_id, new.case_id))
        students.merge(s, first, second)
    finally:
        sessions.lock(s)
    return old.case_id, new.case_id


def _unlock(qtbot: QtBot, w: MainWindow, folder: Path) -> None:
    w.flow.open_path(folder)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.unlock)
    qtbot.keyClicks(w.unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(w.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.workspace.cases.list.model.rowCount() == 3, timeout=10_000)


def _confirm(qtbot: QtBot, action: str) -> None:
    box = wait_for_dialog(qtbot, QMessageBox)
    assert isinstance(box, QMessageBox)
    (button,) = [b for b in box.buttons() if b.text() == action]
    button.click()


def test_the_student_view_shows_both_cases_then_separate_and_merge_again(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "maple.btam"
    old_case, new_case = _two_kenzie_cases(folder)
    _unlock(qtbot, window, folder)
    cases = window.workspace.cases
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(cases.list.search, "Kenzie")
    qtbot.waitUntil(lambda: cases.list.model.rowCount() == 2)
    qtbot.keyClick(cases.list.search, Qt.Key.Key_Down)  # into the table: the newest case
    assert cases.list.table.currentIndex().data(CASE_ID_ROLE) == new_case
    qtbot.keyClick(cases.list.table, Qt.Key.Key_R, CTRL_SHIFT)
    view = wait_for_dialog(qtbot, StudentView)
    assert isinstance(view, StudentView)
    qtbot.waitUntil(lambda: view.snapshot is not None, timeout=10_000)

    rows = view.rows()
    assert view.title.text() == KENZIE
    assert "student id MH-2231" in view.facts.text() and "cases " in view.facts.text()
    case_rows = [r for r in rows if not r.startswith("    ")]
    assert len(case_rows) == 2  # grouped by case, oldest first
    assert "no student id" in case_rows[0] and "grade 7" in case_rows[0]
    assert "student id MH-2231" in case_rows[1]
    first_case = rows[1 : rows.index(case_rows[1])]
    assert any(
        "Report (In person, Priya Anand-Moss): Shouted at a classmate" in r for r in first_case
    )
    assert any(
        "Case summary printed to Officer Tamsin Oduya-Brandt (Health or safety emergency)" in r
        for r in first_case
    )
    dates = [r.split()[0] for r in first_case]
    assert dates == sorted(dates)
    # The chosen record in full, below.
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    assert "you're dead tomorrow, I'll bring something" in view.details.toPlainText()
    assert view.links.count() == 1 and "is the student of case" in view.links.item(0).text()
    assert unnamed_focusable(view) == []
    SHOTS.mkdir(exist_ok=True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for scheme in (theme.LIGHT, theme.DARK):
        theme.apply(app, scheme)
        QApplication.processEvents()
        view.grab().save(str(SHOTS / f"student-record-{scheme}.png"))
    theme.apply(app, theme.LIGHT)

    # A lead separates the two records: two students again.
    view.separate_button.setFocus()
    qtbot.keyClick(view.separate_button, Qt.Key.Key_Space)
    _confirm(qtbot, "Separate")
    qtbot.waitUntil(
        lambda: len([r for r in view.rows() if not r.startswith("    ")]) == 1, timeout=10_000
    )
    assert view.links.count() == 1 and not view.separate_button.isEnabled()  # "No merged …"

    # ... and merges them again, choosing the other Kenzie.
    (index,) = [i for i in range(view.others.count()) if "grade 7" in view.others.itemText(i)]
    view.others.setCurrentIndex(index)
    view.merge_button.setFocus()
    qtbot.keyClick(view.merge_button, Qt.Key.Key_Space)
    _confirm(qtbot, "Merge")
    qtbot.waitUntil(
        lambda: len([r for r in view.rows() if not r.startswith("    ")]) == 2, timeout=10_000
    )

    # Open this case (Return on a case row) takes the person to it.
    view.tree.setCurrentItem(view.case_items[0])
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cases.page.case_id == old_case, timeout=10_000)
    assert not view.isVisible()
    # From the case page too: the button, and the same shortcut.
    activate(qtbot, window)
    qtbot.keyClick(cases.page.summary, Qt.Key.Key_R, CTRL_SHIFT)
    again = wait_for_dialog(qtbot, StudentView)
    assert isinstance(again, StudentView)
    qtbot.waitUntil(lambda: again.snapshot is not None, timeout=10_000)
    assert again.snapshot is not None and set(again.snapshot.student.case_ids) == {
        old_case,
        new_case,
    }
    again.reject()


def test_intake_asks_is_this_the_same_student_and_yes_links_the_new_case(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "maple.btam"
    s, _ = make_case_file(folder)
    try:
        first, _ = intake.intake_referral(s, _report(KENZIE))
        intake.intake_referral(s, _report("Tobias Quennell-Marsh"))
        intake.intake_referral(s, _report("Ada Lindqvist-Obi"))
    finally:
        sessions.lock(s)
    _unlock(qtbot, window, folder)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = wait_for_dialog(qtbot, IntakeDialog)
    assert isinstance(form, IntakeDialog)
    qtbot.keyClicks(form.student_name, "Kenzie V. Holloway")
    qtbot.waitUntil(lambda: form.matches.count() == 2, timeout=5000)
    assert form.match_hint.isVisible() and form.same_row.isVisible()
    assert form.match_hint.text() == (
        f"Is this the same {KENZIE}, grade 8? (Case " + form.matches.item(1).text().split()[0] + ")"
    )
    assert form.same_yes.isChecked()  # her open case is chosen: the same student
    # "No, someone else" (Alt+E) leaves her case alone: a new case, no link.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    qtbot.keyClick(form.student_name, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(form.same_no.isChecked)  # a mnemonic clicks after a short animation
    assert form.matches.currentRow() == 0
    assert form.value().same_student_id is None and form.value().link_case_id is None
    # Yes (Alt+Y), and a new case: the new case's student is linked to hers.
    qtbot.keyClick(form.student_name, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(form.same_yes.isChecked)
    assert form.matches.currentRow() == 0
    qtbot.keyClicks(form.reporter_name, "Hettie Brackenridge-Ola")
    qtbot.keyClicks(form.narrative, "A post with a kitchen knife, at a new school year.")
    SHOTS.mkdir(exist_ok=True)
    form.grab().save(str(SHOTS / "intake-same-student.png"))
    qtbot.keyClick(form.student_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=10_000)
    page = window.workspace.cases.page
    qtbot.waitUntil(lambda: page.case_id not in (None, first.case_id), timeout=10_000)
    activate(qtbot, window)
    page.student_button.setFocus()
    qtbot.keyClick(page.student_button, Qt.Key.Key_Space)
    view = wait_for_dialog(qtbot, StudentView)
    assert isinstance(view, StudentView)
    qtbot.waitUntil(lambda: view.snapshot is not None, timeout=10_000)
    assert view.snapshot is not None and first.case_id in view.snapshot.student.case_ids
    assert len(view.snapshot.cases) == 2
    view.reject()
