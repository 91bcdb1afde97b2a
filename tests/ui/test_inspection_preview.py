"""The inspection copy from a case's Print menu, as a person would: the preview names the
student's parents as the recipient (the copy always leaves the team), and saving it encrypted
is logged on the case's "Printed & shared" tab as a copy for the family."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from btam_desktop.services import cases, session as sessions
from btam_desktop.ui.main_window import MainWindow
from tests.conftest import make_case_file
from tests.reports.pdftext import text
from tests.scenario import kenzie_in_management
from tests.ui.conftest import open_only_case
from tests.ui.test_accessibility_and_models import unnamed_focusable
from tests.ui.test_print_flow import _preview


def _kenzie(folder: Path) -> str:
    s, _ = make_case_file(folder)
    case_id, _marcus = kenzie_in_management(s)
    cases.add_person(s, case_id, cases.NewPerson("guardian", "Mara Varga-Holloway"))
    sessions.lock(s)
    return case_id


def test_the_inspection_copy_from_the_print_menu(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "t.btam"
    open_only_case(qtbot, window, folder, _kenzie(folder))
    page = window.workspace.cases.page
    (action,) = [a for a in page.print_menu.actions() if "Inspection" in a.text()]
    action.trigger()
    dialog = _preview()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    qtbot.waitUntil(lambda: bool(dialog.password.text()))
    assert unnamed_focusable(dialog) == []
    assert not dialog.outside.isEnabled() and dialog.outside.isChecked()
    parents = "Mara Varga-Holloway (parent or guardian of Kenzie Varga-Holloway)"
    assert dialog.recipient.text() == parents
    assert dialog.basis.currentData() == "parent"
    assert dialog.protect.isChecked()
    dialog.grab().save(str(tmp_path / "inspection-preview.png"))

    target = tmp_path / "packet.pdf"
    dialog.choose_path = lambda suggested: target  # type: ignore[method-assign]
    assert dialog.prepared is not None
    assert dialog.prepared.file_name.endswith("-inspection.pdf")
    password = dialog.password.text()
    with qtbot.waitSignal(dialog.disclosed, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    found = text(target.read_bytes(), password)
    assert "What was withheld and why" in found and "Corin" not in found
    dialog.reject()

    qtbot.waitUntil(lambda: page.disclosures.rowCount() == 1, timeout=10_000)
    cells = [page.disclosures.item(0, c) for c in range(6)]
    row = [cell.text() if cell is not None else "" for cell in cells]
    assert row[2] == "Inspection copy for the family"
    assert row[3] == "Saved (encrypted)" and row[4] == parents
    assert row[5] == "Parent or guardian"
