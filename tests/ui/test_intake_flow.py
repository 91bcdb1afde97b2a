"""The Identify scenario, by keyboard: a teacher's report, an image, a second anonymous report
linked to the same case, and a screening decision to proceed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from btam_desktop.services import demo, members, session as sessions
from btam_desktop.services.session import TEST_KDF
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.dialogs import ScreeningDialog
from btam_desktop.ui.screens.intake import IntakeDialog
from tests.conftest import PASSPHRASE, make_case_file
from tests.ui.cells import cell


def _open_dialog(kind: type) -> object:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None
    )


def test_the_identify_scenario_by_keyboard(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "maple.btam"
    s, _ = make_case_file(folder)
    members.add_member(s, "Marcus Feldspar", "psychologist", "marcus passphrase ok", kdf=TEST_KDF)
    sessions.lock(s)
    window.flow.open_path(folder)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock)
    qtbot.keyClicks(window.unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)

    # 1. The teacher's report, typed field by field.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _open_dialog(IntakeDialog) is not None)
    form = _open_dialog(IntakeDialog)
    assert isinstance(form, IntakeDialog)
    qtbot.waitUntil(form.imminent.hasFocus)  # the danger check comes first
    typed = {
        form.reporter_name: "Priya Anand-Moss",
        form.relationship: "7th-grade science teacher",
        form.student_name: "Kenzie Varga-Holloway",
        form.grade: "7",
        form.targets: "Corin Abernathy-Pell",
        form.location: "Hallway by the gym, after a fight",
    }
    for field, text in typed.items():
        qtbot.keyClicks(field, text)
    qtbot.keyClicks(form.narrative, "Said to another student in the hallway after a fight.")
    qtbot.keyClicks(form.verbatim, "you're dead tomorrow, I'll bring something")
    form.weapon.setChecked(True)
    qtbot.keyClick(form.location, Qt.Key.Key_Return)  # Save referral is the default button
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    page = window.workspace.cases.page
    qtbot.waitUntil(lambda: "Kenzie Varga-Holloway" in page.title.text())
    qtbot.waitUntil(lambda: page.reports.reports.count() == 1)
    assert "you're dead tomorrow" in page.reports.reports.item(0).text()

    # 2. A picture of the post, dropped on the case.
    picture = tmp_path / "knife-post.png"
    picture.write_bytes(demo.demo_picture())
    window.workspace.cases._attach([str(picture)])
    qtbot.waitUntil(lambda: page.reports.evidence.count() == 1)
    qtbot.waitUntil(lambda: not page.reports.evidence.item(0).icon().isNull())  # thumbnail
    assert "knife-post.png" in page.reports.evidence.item(0).text()

    # 3. The anonymous report that afternoon joins the same case.
    window.activateWindow()  # as the window manager does when a dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _open_dialog(IntakeDialog) is not None)
    second = _open_dialog(IntakeDialog)
    assert isinstance(second, IntakeDialog)
    second.kind_buttons[second.kind().ANONYMOUS].setChecked(True)
    second.channel.setCurrentIndex(second.channel.findData("tip_line"))
    qtbot.keyClicks(second.student_name, "kenzie varga")
    qtbot.waitUntil(lambda: second.matches.count() == 2, timeout=3000)
    assert "Kenzie Varga-Holloway" in second.matches.currentItem().text()  # offered and chosen
    qtbot.keyClicks(second.narrative, "Anonymous: the student posted a picture of a knife.")
    qtbot.keyClick(second.student_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not second.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: page.reports.reports.count() == 2)
    assert window.workspace.cases.list.model.total == 1  # one case, two reports

    # 4. Screening: proceed to inquiry with a second member.
    page.reports.screen_button.click()
    qtbot.waitUntil(lambda: _open_dialog(ScreeningDialog) is not None)
    screening = _open_dialog(ScreeningDialog)
    assert isinstance(screening, ScreeningDialog)
    assert screening.second.currentText() == "Marcus Feldspar"
    qtbot.mouseClick(screening.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Inquiry" in page.facts.text(), timeout=5000)
    qtbot.waitUntil(lambda: "Proceed to inquiry\nDecided by " in page.reports.screening.shown())

    joined = "\n".join(page.timeline.rows())
    for expected in (
        "took in a report (in person)",
        "took in an anonymous report (tip line)",
        "attached evidence (image/png",
        "recorded the screening decision: proceed",
        "moved the case from Screening to Inquiry",
    ):
        assert expected in joined, (expected, joined)
    rows = window.workspace.cases.list.model
    assert (
        rows.row_at(0).student == "Kenzie Varga-Holloway"
        and rows.row_at(0).status.value == "inquiry"
    )


def test_import_shows_columns_and_preview_then_imports(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: object
) -> None:
    from PySide6.QtWidgets import QComboBox, QFileDialog

    from btam_desktop.ui.screens.import_dialog import ImportDialog

    folder = tmp_path / "t.btam"
    s, _ = make_case_file(folder)
    sessions.lock(s)
    csv_file = tmp_path / "tips.csv"
    csv_file.write_bytes(
        "Student,When,What happened,Tip ID\n"
        "Hana Kowalczyk-Ibe,2026-11-01 09:00,Pushed around at lunch,T-9\n".encode("utf-16")
    )
    monkeypatch.setattr(  # type: ignore[attr-defined]
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(csv_file), ""))
    )
    window.flow.open_path(folder)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock)
    qtbot.keyClicks(window.unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: _open_dialog(ImportDialog) is not None)
    dialog = _open_dialog(ImportDialog)
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: "No column for student_name" in dialog.summary.text())
    assert not dialog.import_button.isEnabled()
    assert dialog.columns.rowCount() == 4  # the columns are there to be mapped
    for row, field in ((0, "student_name"), (1, "received_at"), (2, "narrative")):
        combo = dialog.columns.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(field))
    qtbot.waitUntil(lambda: dialog.preview.rowCount() == 1)
    assert cell(dialog.preview, 0, 0) == "Hana Kowalczyk-Ibe"
    assert "Tip ID" in dialog.summary.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: window.workspace.cases.list.model.total == 1)


def test_an_unreadable_attachment_is_explained(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import unlock

    unlock(qtbot, window, demo_file)
    window.workspace.cases.list.search.setText("Kenzie")
    window.workspace.cases.list._open_current()
    qtbot.waitUntil(lambda: window.workspace.cases.page.case_id is not None)
    window.workspace.cases._attach([str(demo_file / "no-such-picture.png")])
    qtbot.waitUntil(lambda: _open_dialog(QMessageBox) is not None)
    box = _open_dialog(QMessageBox)
    assert isinstance(box, QMessageBox) and "cannot be read" in box.text()
    box.reject()
