"""The record of disclosures from the window, as a person would: a copy for the police in an
emergency is refused until the threat is written, the print is logged with it, the student's
record of disclosures is printed from the case's Print menu, and File ▸ Export writes a CSV
asked for like a print."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.export_dialog import ExportDialog
from btam_desktop.ui.screens.print_preview import PrintPreviewDialog
from tests.reports.pdftext import text
from tests.ui.conftest import open_only_case
from tests.ui.test_accessibility_and_models import unnamed_focusable
from tests.ui.test_print_flow import _preview, _with_plan

THREAT = "Kenzie said she would bring her father's knife to the game on Friday."


def _open_case(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "t.btam"
    open_only_case(qtbot, window, folder, _with_plan(folder))


def _ready(qtbot: QtBot, dialog: PrintPreviewDialog) -> None:
    qtbot.waitUntil(
        lambda: (
            dialog.print_button.isEnabled()
            and dialog.prepared is not None
            and dialog.prepared.audience == dialog.audience()
        ),
        timeout=10_000,
    )


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_an_emergency_copy_needs_its_threat_and_the_record_lists_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _open_case(qtbot, window, tmp_path)
    page = window.workspace.cases.page
    page.print_menu.actions()[0].trigger()  # Case summary…
    dialog = _preview()
    fields = dialog.fields
    _ready(qtbot, dialog)
    assert not fields.threat.isVisibleTo(dialog)  # asked only for an emergency
    qtbot.mouseClick(fields.outside, Qt.MouseButton.LeftButton, pos=fields.outside.rect().center())
    qtbot.keyClicks(fields.recipient, "Det. Ana Okafor-Lind, Ridgeview PD")
    fields.basis.setCurrentIndex(fields.basis.findData("health_safety_emergency"))
    assert fields.threat.isVisibleTo(dialog)
    assert unnamed_focusable(dialog) == []
    _ready(qtbot, dialog)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert "articulable and significant threat" in dialog.status.text()  # refused, and why
    asked: list[str] = []
    dialog.choose_path = lambda suggested: asked.append(suggested)  # type: ignore[method-assign]
    dialog.status.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "articulable and significant threat" in dialog.status.text() and not asked
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not dialog
                and w.windowTitle() == "Print"]  # fmt: skip

    qtbot.keyClicks(fields.threat, THREAT)
    _ready(qtbot, dialog)
    assert dialog.prepared is not None
    assert f"Threat {THREAT}" in text(dialog.prepared.pdf)  # the copy says why it left
    with qtbot.waitSignal(dialog.disclosed, timeout=10_000):
        dialog.print_to(_pdf_printer(tmp_path / "police.pdf"))
    dialog.reject()

    record_action = page.print_menu.actions()[3]
    assert "disclosures" in record_action.text()
    record_action.trigger()
    record = _preview()
    _ready(qtbot, record)
    assert record.prepared is not None and record.prepared.title == "Record of disclosures"
    found = text(record.prepared.pdf)
    assert "Det. Ana Okafor-Lind, Ridgeview PD" in found and f"Threat: {THREAT}" in found
    with qtbot.waitSignal(record.disclosed, timeout=10_000):
        record.print_to(_pdf_printer(tmp_path / "record.pdf"))
    record.reject()
    qtbot.waitUntil(lambda: page.disclosures.rowCount() == 2, timeout=10_000)
    cells = [
        [item.text() if (item := page.disclosures.item(row, col)) else "" for col in range(7)]
        for row in range(2)
    ]
    assert cells[0][2] == "Record of disclosures" and cells[0][4] == "Within the team"
    assert cells[1][4:] == [
        "Det. Ana Okafor-Lind, Ridgeview PD",
        "Health or safety emergency",
        f"Threat: {THREAT}",
    ]


@pytest.mark.parametrize("what", ["cases", "disclosures"])
def test_file_export_writes_a_logged_csv(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, what: str
) -> None:
    _open_case(qtbot, window, tmp_path)
    action = window.export_actions[0 if what == "cases" else 1]
    assert action.isEnabled()
    action.trigger()
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog)]
    dialog = next(d for d in found if d.isVisible())
    assert unnamed_focusable(dialog) == []
    out = tmp_path / f"{what}.csv"
    dialog.choose_path = lambda: out  # type: ignore[method-assign]
    fields = dialog.fields
    fields.outside.setChecked(True)
    qtbot.keyClicks(fields.recipient, "=Ridgeview Unified records office")
    fields.basis.setCurrentIndex(fields.basis.findData("other"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "lawful basis" in dialog.status.text() and not out.exists()
    qtbot.keyClicks(fields.interest, "State audit of threat assessment records")
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "logged" in dialog.status.text()
    with out.open(newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == ("Case" if what == "cases" else "When")
    assert all(not c.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for c in r)
    dialog.reject()
