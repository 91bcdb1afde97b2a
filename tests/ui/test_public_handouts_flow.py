"""The handouts for students and families from File ▸ Print, through the real menus and the
preview: a paper for anyone (no recipient, no password, no CONFIDENTIAL stamp) with the demo
district's tip line, printed to a real print system and logged once it took the job."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from btam_desktop.domain.errors import BtamError
from btam_desktop.services import session as sessions
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.print_preview import PrintPreviewDialog
from tests.print_system import PrintSystem
from tests.reports.pdftext import pages
from tests.ui.conftest import DEMO_PASS, unlock
from tests.ui.test_forms_line_up import MENU_NOTICES, open_print_menu
from tests.ui.test_meeting_flow import wait_for_dialog

#: The Print submenu's key for each handout, and the first words of its page.
HANDOUTS = {
    "student-handout": (Qt.Key.Key_T, "Worried about someone? Tell an adult."),
    "family-handout": (Qt.Key.Key_F, "Families: help keep our school safe"),
}
SPANISH = {
    "student-handout": "¿Te preocupa alguien? Díselo a un adulto.",
    "family-handout": "Familias: ayúdennos a cuidar la escuela",
}


def _open_from_menu(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> PrintPreviewDialog:
    qtbot.keyClick(open_print_menu(qtbot, window), key)
    preview = wait_for_dialog(qtbot, PrintPreviewDialog)
    assert isinstance(preview, PrintPreviewDialog)
    qtbot.waitUntil(lambda: preview.print_button.isEnabled(), timeout=10_000)
    return preview


@MENU_NOTICES
@pytest.mark.parametrize("kind", sorted(HANDOUTS))
def test_a_handout_opens_from_file_print_as_a_paper_for_anyone(
    qtbot: QtBot, window: MainWindow, demo_file: Path, kind: str
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    key, first_words = HANDOUTS[kind]
    preview = _open_from_menu(qtbot, window, key)
    assert preview.prepared is not None and preview.prepared.kind.value == kind
    (page,) = pages(preview.prepared.pdf)
    assert page.startswith(first_words)
    assert "Ridgeview SafeLine" in page and "(555) 555-0150" in page  # the demo district's
    assert "CONFIDENTIAL" not in page and "Kenzie" not in page
    # Nothing to ask about a recipient or a password; the note says why.
    for widget in (preview.outside, preview.recipient, preview.basis, preview.protect):
        assert widget.isHidden()
    assert not preview.protect.isChecked()
    assert "no student data" in preview.warning.text()
    assert "FERPA" not in preview.warning.text()
    # In the family's language, from the same dialog: Alt+L, then Español.
    assert preview.language.isVisible() and preview.language.currentText() == "English"
    qtbot.keyClick(preview, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(preview.language.hasFocus)
    qtbot.keyClick(preview.language, Qt.Key.Key_Down)
    assert preview.language.currentText() == "Español"
    qtbot.waitUntil(
        lambda: (
            preview.prepared is not None
            and pages(preview.prepared.pdf)[0].startswith(SPANISH[kind])
            and preview.print_button.isEnabled()
        ),
        timeout=10_000,
    )
    preview.reject()


@MENU_NOTICES
def test_printing_the_student_handout_is_logged_once_the_printer_took_it(
    qtbot: QtBot, window: MainWindow, demo_file: Path, print_system: PrintSystem
) -> None:
    unlock(qtbot, window, demo_file, to_cases=False)
    preview = _open_from_menu(qtbot, window, HANDOUTS["student-handout"][0])
    assert preview.prepared is not None
    document_id = preview.prepared.document_id
    out = print_system.add_queue("btam-handouts")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName("btam-handouts")
    with qtbot.waitSignal(preview.disclosed, timeout=20_000) as signal:
        preview.print_to(printer)
    assert signal.args == ["print"]
    assert "took the job, and logged" in preview.status.text()
    (result,) = print_system.printed("btam-handouts", out)
    assert result.stat().st_size > 0
    preview.reject()

    window.flow.lock()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock)
    opened: list[sessions.Session] = []

    def reopened() -> bool:  # once the old service process has let the file go
        try:
            opened.append(sessions.unlock(demo_file, None, DEMO_PASS))
        except BtamError:
            return False
        return True

    qtbot.waitUntil(reopened, timeout=20_000)
    s = opened[0]
    try:
        logged = [
            (e.action, e.detail["document"], e.detail["document_id"])
            for e in s.ocf.audit.events()
            if e.action.startswith("document.")
        ]
    finally:
        sessions.lock(s)
    assert logged == [("document.printed", "student-handout", document_id)]
