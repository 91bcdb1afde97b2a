"""Printing from the case page as a person would: open the preview, choose a reader, save an
encrypted PDF, print from memory; the disclosure log tab shows both."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from btam_desktop.domain import clock
from btam_desktop.domain.plan import Intervention, InterventionType
from btam_desktop.domain.records import new_id
from btam_desktop.services import manage, session as sessions
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.dialogs import RecoveryCodeDialog
from btam_desktop.ui.screens.print_preview import PrintPreviewDialog
from tests.conftest import PASSPHRASE, make_case_file
from tests.reports.pdftext import pages
from tests.scenario import kenzie_in_management
from tests.ui.conftest import open_only_case
from tests.ui.test_accessibility_and_models import unnamed_focusable


def _with_plan(folder: Path) -> str:
    s, _ = make_case_file(folder)
    case_id, marcus = kenzie_in_management(s)
    manage.save_plan(
        s,
        case_id,
        "Kenzie feels safe at school.",
        (
            Intervention(
                id=new_id(),
                domain="Student",
                type=InterventionType.MENTORING,
                description="Daily check-in with the coach",
                start_on=clock.today(),
                due_on=clock.today() + timedelta(days=30),
                responsible_id=marcus,
            ),
        ),
        0,
    )
    sessions.lock(s)
    return case_id


def _preview() -> PrintPreviewDialog:
    found = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PrintPreviewDialog) and w.isVisible()
    ]
    assert found
    return found[0]


@pytest.mark.qt_log_ignore("QPainter::begin")  # the unusable printer below, on purpose
def test_preview_save_encrypted_and_print(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "t.btam"
    open_only_case(qtbot, window, folder, _with_plan(folder))
    page = window.workspace.cases.page

    page.print_menu.actions()[0].trigger()  # Case summary…
    dialog = _preview()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    qtbot.waitUntil(lambda: bool(dialog.password.text()))
    assert dialog.document.pageCount() >= 1
    assert unnamed_focusable(dialog) == []
    first_id = dialog.prepared.document_id if dialog.prepared else ""

    # For a receiving school: the copy leaves the team, so recipient and basis are asked.
    dialog.preset.setCurrentIndex(dialog.preset.findData("receiving_school"))
    assert dialog.outside.isChecked()
    qtbot.waitUntil(
        lambda: (
            dialog.prepared is not None
            and dialog.prepared.document_id != first_id
            and dialog.save_button.isEnabled()
        ),
        timeout=10_000,
    )
    qtbot.keyClicks(dialog.recipient, "Cedar Bend High School, counseling office")
    dialog.basis.setCurrentIndex(dialog.basis.findData("school_official"))
    assert not dialog.save_button.isEnabled()  # the copy is rebuilt to name its recipient
    qtbot.waitUntil(
        lambda: (
            dialog.save_button.isEnabled()
            and dialog.prepared is not None
            and dialog.prepared.audience.recipient == "Cedar Bend High School, counseling office"
        ),
        timeout=10_000,
    )
    target = tmp_path / "out" / "summary.pdf"
    target.parent.mkdir()
    dialog.choose_path = lambda suggested: target  # type: ignore[method-assign]
    assert dialog.prepared is not None and dialog.prepared.file_name.endswith("-case-summary.pdf")
    password = dialog.password.text()
    with qtbot.waitSignal(dialog.disclosed, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "encrypted" in dialog.status.text()
    data = target.read_bytes()
    assert b"Kenzie" not in data and b"Varga" not in data
    found = " ".join(pages(data, password))
    assert "K.V.-H." in found and "Kenzie" not in found
    assert "Released to Cedar Bend High School, counseling office Legal basis School official" in (
        found
    )
    assert [p.name for p in target.parent.iterdir()] == ["summary.pdf"]

    # An output that cannot be opened (Qt only warns "QPainter::begin(): Returned false"):
    # the preview says nothing was printed, and nothing is logged.
    broken = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    broken.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    broken.setOutputFileName(str(tmp_path / "no such folder" / "printer.pdf"))
    dialog.print_to(broken)
    assert dialog.status.text().startswith("Not printed, and nothing logged.")
    nowhere = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    nowhere.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # no printer, no file
    dialog.print_to(nowhere)
    assert "No printer is chosen" in dialog.status.text()

    # Print from memory, here onto a PDF printer so the test can count the pages.
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printer.pdf"
    printer.setOutputFileName(str(printed))
    with qtbot.waitSignal(dialog.disclosed, timeout=10_000):
        dialog.print_to(printer)
    assert len(pages(printed.read_bytes())) == dialog.document.pageCount()
    dialog.reject()
    assert dialog.prepared is None

    qtbot.waitUntil(lambda: page.disclosures.rowCount() == 2, timeout=10_000)
    newest = [page.disclosures.item(0, c).text() for c in range(6)]
    assert newest[3] == "Printed"
    saved = [page.disclosures.item(1, c).text() for c in range(6)]
    assert saved[3] == "Saved (encrypted)"
    assert saved[4] == "Cedar Bend High School, counseling office"
    assert saved[5] == "School official"
    assert "for receiving school" in saved[2]


def test_recovery_kit_prints_but_never_saves(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    s, code = make_case_file(tmp_path / "kit.btam")
    sessions.lock(s)
    window.flow.open_path(tmp_path / "kit.btam")  # the file is open, as after "New case file"
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock)
    qtbot.keyClicks(window.unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is not window.unlock, timeout=10_000)
    shown = RecoveryCodeDialog(code, window)
    shown.print_requested.connect(lambda: window.flow._print_recovery_kit(code, shown))
    shown.open()
    qtbot.mouseClick(shown.print_button, Qt.MouseButton.LeftButton)
    dialog = _preview()
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=10_000)
    assert not dialog.save_button.isVisible() and not dialog.password.isVisible()
    assert dialog.prepared is not None and dialog.prepared.kind.value == "recovery-kit"
    assert " ".join(code.split("-")[:4]) in " ".join(pages(dialog.prepared.pdf))
    dialog.reject()
    QDialog.reject(shown)
    window.flow.lock()
