"""Printing from the preview to a real print system (a CUPS scheduler of the test's own with PDF
queues, tests/print_system.py): the job comes out with the document's pages and is logged only
then; a stopped, refusing or deleted queue gets "not printed" and no disclosure row."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from btam_desktop.domain.disclosure import Disclosure
from btam_desktop.domain.plan import Intervention, InterventionType
from btam_desktop.domain.records import new_id, today
from btam_desktop.services import manage, print_queue, session as sessions
from btam_desktop.services.contracts import api
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.print_preview import PrintPreviewDialog
from tests.conftest import PASSPHRASE, make_case_file
from tests.print_system import PrintSystem
from tests.scenario import kenzie_in_management
from tests.ui.conftest import unlock


def _case(folder: Path) -> str:
    s, _ = make_case_file(folder)
    case_id, marcus = kenzie_in_management(s)
    start = today()
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
                start_on=start,
                due_on=start + timedelta(days=30),
                responsible_id=marcus,
            ),
        ),
        0,
    )
    sessions.lock(s)
    return case_id


@pytest.fixture
def preview(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> Iterator[tuple[PrintPreviewDialog, str]]:
    """The case summary's preview, built and ready, for Kenzie's case."""
    folder = tmp_path / "t.btam"
    case_id = _case(folder)
    unlock(qtbot, window, folder, PASSPHRASE)
    qtbot.keyClick(window.workspace.cases.list.search, Qt.Key.Key_Return)
    page = window.workspace.cases.page
    qtbot.waitUntil(lambda: page.case_id == case_id)
    page.print_menu.actions()[0].trigger()  # Case summary…
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PrintPreviewDialog) and w.isVisible()
    )
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=10_000)
    yield dialog, case_id
    dialog.reject()


def _disclosures(qtbot: QtBot, window: MainWindow, case_id: str) -> list[Disclosure]:
    found: list[list[Disclosure]] = []
    window.ops.queue(api.PRINT_DISCLOSURES(case_id), on_done=found.append)
    qtbot.waitUntil(lambda: bool(found))
    return found[0]


def _printer(name: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    assert printer.printerName() == name  # Qt lists the test's queues (CUPS_SERVER)
    printer.setDocName("2026-0001-case-summary.pdf")
    return printer


def _ink(image: QImage) -> float:
    """The share of a page's area that is printed on (dark and not transparent), coarsely."""
    small = image.scaled(
        QSize(170, 220),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    ).convertToFormat(QImage.Format.Format_ARGB32)
    colors = (small.pixelColor(x, y) for y in range(small.height()) for x in range(small.width()))
    dark = sum(1 for c in colors if c.alpha() > 128 and c.lightness() < 160)
    return dark / (small.width() * small.height())


def test_the_job_comes_out_with_its_pages_and_only_then_is_logged(
    qtbot: QtBot,
    window: MainWindow,
    preview: tuple[PrintPreviewDialog, str],
    print_system: PrintSystem,
    tmp_path: Path,
) -> None:
    dialog, case_id = preview
    out = print_system.add_queue("btam-window")
    with qtbot.waitSignal(dialog.disclosed, timeout=20_000):
        dialog.print_to(_printer("btam-window"))
    assert "took the job, and logged" in dialog.status.text()
    (result,) = print_system.printed("btam-window", out)
    shown = dialog.document.pageCount()
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(result), str(tmp_path / "p")], check=True)
    printed = sorted(tmp_path.glob("p-*.png"))
    assert len(printed) == shown >= 1
    for n, png in enumerate(printed):
        on_paper = _ink(QImage(str(png)))
        on_screen = _ink(dialog.document.render(n, QSize(612, 792)))
        # Not blank, and about as much on it as the preview's page (printer margins and a
        # second rasterisation make it only "about").
        assert on_screen / 2.5 < on_paper < on_screen * 2.5, (n, on_paper, on_screen)
    (logged,) = _disclosures(qtbot, window, case_id)
    assert logged.destination.value == "print"


@pytest.mark.parametrize("how", ["stopped", "refusing", "deleted"])
def test_a_queue_that_does_not_take_the_job_gets_no_disclosure(
    qtbot: QtBot,
    window: MainWindow,
    preview: tuple[PrintPreviewDialog, str],
    print_system: PrintSystem,
    how: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog, case_id = preview
    name = f"btam-{how}"
    print_system.add_queue(name)
    printer = _printer(name)
    says = {
        "stopped": f"The printer “{name}” is stopped",
        "refusing": "did not take the job",
        "deleted": f"There is no printer “{name}”",
    }[how]
    if how == "stopped":
        print_system.run("cupsdisable", name)
    elif how == "refusing":  # refused after the check passed, as in a race: CUPS's own answer
        monkeypatch.setattr(print_queue, "queue_problem", lambda _name: None)
        print_system.run("cupsreject", name)
    else:  # deleted after the print dialog listed it
        print_system.run("lpadmin", "-x", name)
    dialog.print_to(printer)
    assert dialog.status.text().startswith("Not printed, and nothing logged."), dialog.status.text()
    assert says in dialog.status.text(), dialog.status.text()
    assert _disclosures(qtbot, window, case_id) == []
    if how != "deleted":
        assert print_system.jobs(name) == []


def test_the_print_dialog_offers_printers_not_a_file(
    qtbot: QtBot, preview: tuple[PrintPreviewDialog, str], print_system: PrintSystem
) -> None:
    """A file is written by Save as PDF (encrypted, logged as saved); the print dialog's own
    "Print to File" also offered a path from wherever $HOME pointed."""
    dialog, _ = preview
    print_system.add_queue("btam-choice")
    dialog.print_document()
    chooser = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintDialog) and w.isVisible()
    )
    assert not chooser.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    offered = [c.itemText(i) for c in chooser.findChildren(QComboBox) for i in range(c.count())]
    assert "btam-choice" in offered
    assert not [text for text in offered if "File" in text]
    chooser.reject()
