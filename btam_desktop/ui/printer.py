"""Sending a document's pages to a printer, and knowing whether the printer took them.

Qt says little: `QPainter.begin` fails on an unusable output (and Qt only warns), and through
CUPS a refused job still ends "successfully". So the queue is asked before anything is sent
(`printer_problem`), and what the print system answered is read right after (`job_problem`);
only a job it took may be logged as printed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from btam_desktop.services import print_queue

#: Pages are rendered as images for the printer; more than this many dots per inch only makes
#: the print job bigger.
MAX_PRINT_DPI = 300


def tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def _through_cups(printer: QPrinter) -> bool:
    """Qt prints through CUPS on Linux and the BSDs (macOS and Windows have their own engines)."""
    return (
        printer.outputFormat() is QPrinter.OutputFormat.NativeFormat
        and sys.platform not in ("win32", "darwin")
        and print_queue.available()
    )


def any_printer() -> bool:
    """Whether the computer has a printer at all (else there is nothing to choose)."""
    return bool(QPrinterInfo.availablePrinterNames())


def printer_problem(printer: QPrinter) -> str | None:
    """Why nothing should be sent to `printer` now, or None."""
    if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat:
        if not printer.outputFileName():
            return tr("No printer is chosen, and no printer is set up on this computer.")
        return None
    name = printer.printerName()
    if not name:
        return tr("No printer is chosen.")
    if _through_cups(printer):
        problem = print_queue.queue_problem(name)
        return f"{problem}." if problem else None
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        return tr("There is no printer “%1” on this computer (any more).").replace("%1", name)
    if info.state() is QPrinter.PrinterState.Error:
        return tr("The printer “%1” reports an error.").replace("%1", name)
    return None


def job_problem(printer: QPrinter, pages: int) -> str | None:
    """After the pages were drawn: why the job did not reach the printer, or None if it did."""
    if pages == 0:
        return tr("The printer could not be opened: nothing was sent.")
    if printer.printerState() is QPrinter.PrinterState.Error:
        return tr("The printer reported an error while printing.")
    if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat:
        written = Path(printer.outputFileName())
        return None if written.is_file() and written.stat().st_size else tr("No file was written.")
    if _through_cups(printer):
        refused = print_queue.last_request_problem()
        if refused:
            # Asking again names the cause better ("no such printer") than the raw answer.
            why = print_queue.queue_problem(printer.printerName()) or refused
            return tr("The print system did not take the job: %1.").replace("%1", why)
    return None


def render_to_printer(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw every page of `document` onto `printer`, scaled to fit; the number of pages sent
    (0 when the printer could not be opened or the job could not be finished)."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(QRect(area.topLeft(), size))
            painter.setWindow(image.rect())
            painter.drawImage(QPoint(0, 0), image)
            painter.setViewport(area)
            painter.setWindow(area)
    finally:
        finished = painter.end()
    return document.pageCount() if finished else 0
