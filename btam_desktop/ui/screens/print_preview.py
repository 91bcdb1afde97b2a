"""The print preview: the PDF shown from memory (a QBuffer, never a temp file), printed by
rendering its pages onto the printer, or saved with an optional password.

The PDF is built on the service worker; this dialog only shows bytes. Printing and saving are
disclosures, logged by the service with the recipient and legal basis printed on the copy: a
save before the file appears, a print once the print system took the job (ui/printer.py asks
it), so the log never claims a print that did not happen.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.disclosure import (
    AGGREGATE_DOCUMENTS,
    PUBLIC_DOCUMENTS,
    Audience,
    Disclosure,
)
from btam_desktop.domain.errors import BtamError, ValidationError
from btam_desktop.domain.language import PAPER_LANGUAGES
from btam_desktop.services.contracts import api
from btam_desktop.services.contracts.printing import Prepared, PrintRequest, Saved
from btam_desktop.ui import district, screen_fit
from btam_desktop.ui.fields import fit_width
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.plain import PlainLabel
from btam_desktop.ui.printer import any_printer, job_problem, printer_problem, render_to_printer
from btam_desktop.ui.screens.audience import AudienceFields

#: The copy names its recipient on paper: rebuilt this long after the last keystroke.
REBUILD_AFTER_MS = 400
#: Handouts for students and families: for anyone, with no recipient and no password.
PUBLIC_KINDS = frozenset(kind.value for kind in PUBLIC_DOCUMENTS)
#: The annual report: counts only, no student identified; no recipient and no password either.
AGGREGATE_KINDS = frozenset(kind.value for kind in AGGREGATE_DOCUMENTS)
#: Papers written in several languages: the handouts, the family's plan, the letters, the
#: inspection copy.
MULTILINGUAL_KINDS = PUBLIC_KINDS | {"staff-handout", "parent-plan", "letter", "inspection"}
#: Papers whose recipient the service names (the family, the letter's reader): they always
#: leave the team, to that recipient unless the person printing names another.
ADDRESSED_KINDS = frozenset({"parent-plan", "inspection", "letter"})


def default_folder() -> Path:
    """The signed-in user's documents folder, for "Save as PDF". Qt finds it through $HOME,
    which sudo or a shared session can leave pointing at another user's home: a folder that
    belongs to someone else is never offered; the user's own home (from the system's account
    database, not the environment) is used instead."""
    for location in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.HomeLocation,
    ):
        found = QStandardPaths.writableLocation(location)
        if found and _mine(Path(found)):
            return Path(found)
    home = _own_home()
    return home / "Documents" if _mine(home / "Documents") else home


def _mine(folder: Path) -> bool:
    try:
        owner = folder.stat().st_uid
    except OSError:
        return False
    return not hasattr(os, "getuid") or owner == os.getuid()


def _own_home() -> Path:
    if hasattr(os, "getuid"):
        import pwd

        return Path(pwd.getpwuid(os.getuid()).pw_dir)
    return Path.home()


class PrintPreviewDialog(QDialog):
    """One document: preview, options, then Print… or Save as PDF…"""

    disclosed = Signal(str)  # "print" or "save", after the service logged it

    def __init__(self, ops: Ops, request: PrintRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._request = request
        self.prepared: Prepared | None = None
        self._bytes = QByteArray()
        self._buffer = QBuffer(self)
        self.setWindowTitle(self.tr("Print preview"))
        # Was a fixed 1040x760: taller than a 1366x768 laptop's usable height.
        self.resize(screen_fit.preferred(self, 1040, 760, share=0.92))

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Document preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.earlier = QCheckBox(self.tr("Include &earlier assessments"))
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Prepared for"))
        for value, label in (
            ("", self.tr("The team (everything)")),
            ("administrator", self.tr("The school administrator")),
            ("law_enforcement", self.tr("Law enforcement")),
            ("receiving_school", self.tr("A receiving school")),
        ):
            self.preset.addItem(label, value)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.addItem(self.tr("A4"), "a4")
        #: The paper's language (each named in its own words). Unless the request names one,
        #: the service's default (the family's language) is shown once the first copy is built.
        self.language = QComboBox()
        self._language_chosen = bool(request.language)
        self.language.setAccessibleName(self.tr("Language of the paper"))
        for code, name in PAPER_LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(request.language), 0))
        self.fields = AudienceFields(self)
        self.outside, self.recipient, self.basis = (
            self.fields.outside,
            self.fields.recipient,
            self.fields.basis,
        )
        self.protect = QCheckBox(self.tr("Protect the saved PDF with a &password"))
        self.protect.setChecked(True)
        self.password = QLineEdit()
        self.password.setAccessibleName(self.tr("PDF password"))
        self.new_password = QPushButton(self.tr("&New suggestion"))
        self.password_note = PlainLabel(
            self.tr(
                "Give the password to the reader another way (by phone, not in the same email)."
            )
        )
        self.password_note.setWordWrap(True)
        self.status = PlainLabel(self.tr("Building the document…"))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.notice = PlainLabel()  # what to know before this copy goes out (a past review)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Before you print"))
        self.notice.hide()
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(REBUILD_AFTER_MS)
        # One row, in the platform's order (QDialogButtonBox), under everything.
        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button = self.buttons.addButton(
            self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

        form = QFormLayout()
        if request.kind == "case-summary":
            form.addRow(self.tr("P&repared for:"), self.preset)
            form.addRow("", self.earlier)
            self.earlier.setChecked(request.include_earlier)
            self.preset.setCurrentIndex(max(self.preset.findData(request.redact), 0))
        form.addRow(self.tr("Pape&r:"), self.paper)
        if request.kind in MULTILINGUAL_KINDS:
            form.addRow(self.tr("&Language:"), self.language)
        self.fields.add_rows(form)
        self.password.setMinimumWidth(self.fontMetrics().averageCharWidth() * 34)
        form.addRow(self.protect)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.new_password)
        form.addRow(self.password_note)
        self.warning = PlainLabel(
            self.tr(
                "A printed or saved copy leaves the encrypted case file. It is a student record: "
                "do not pass it on (FERPA). Every print and save is logged with the case."
            )
        )
        self.warning.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.warning)
        side.addWidget(self.notice)
        side.addLayout(form)
        side.addWidget(self.status)
        side.addStretch(1)
        for box in (self.preset, self.paper):  # long choices: cut in the closed box
            fit_width(box, 22)
        panel = QWidget()
        panel.setLayout(side)
        # The options scroll where a short screen has no room for all of them.
        options = QScrollArea()
        options.setAccessibleName(self.tr("Print options"))
        options.setWidget(panel)
        options.setWidgetResizable(True)
        options.setFrameShape(QFrame.Shape.NoFrame)
        # As wide as the options need (never clipped at the side); only the height scrolls.
        options.setFixedWidth(
            panel.minimumSizeHint().width() + options.verticalScrollBar().sizeHint().width() + 4
        )
        options.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        top = QHBoxLayout()
        top.addWidget(self.view, 1)
        top.addWidget(options)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.buttons)

        self.document.statusChanged.connect(self._loaded)
        self.earlier.toggled.connect(self.rebuild)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.paper.currentIndexChanged.connect(self.rebuild)
        self.language.activated.connect(self._language_picked)
        self.fields.edited.connect(self._audience_edited)
        self._rebuild_timer.timeout.connect(self.rebuild)
        self.protect.toggled.connect(self.password.setEnabled)
        self.protect.toggled.connect(self.new_password.setEnabled)
        self.new_password.clicked.connect(self._suggest)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.close_button.clicked.connect(self.reject)
        self.can_save = request.kind != "recovery-kit" and district.current().exports_allowed
        public = request.kind in PUBLIC_KINDS | AGGREGATE_KINDS
        hidden: list[QWidget] = []
        if not self.can_save:  # a district may forbid files; the recovery kit goes to the safe
            hidden += [
                self.save_button,
                self.protect,
                self.password,
                self.new_password,
                self.password_note,
            ]
        # A paper copy can still leave the team and must say to whom; the kit never does, and
        # a handout for students or families is for anyone: no recipient, no password.
        if request.kind == "recovery-kit" or public:
            hidden += self.fields.widgets()
        if public:
            self.protect.setChecked(False)
            hidden += [self.protect, self.password, self.new_password, self.password_note]
            self.warning.setText(
                self.tr(
                    "This handout holds no student data and carries no CONFIDENTIAL stamp: "
                    "print as many copies as you like. Printing and saving it is logged."
                )
                if request.kind in PUBLIC_KINDS
                else self.tr(
                    "Aggregate figures: counts only, every small count hidden, no student "
                    "identified. No CONFIDENTIAL stamp; printing and saving it is logged."
                )
            )
        for widget in hidden:
            widget.hide()
            field_label = form.labelForField(widget)
            if field_label is not None:
                field_label.hide()
        if request.kind in ADDRESSED_KINDS:  # a family's copy or a letter leaves the team
            self.outside.setEnabled(False)
            self.outside.setToolTip(self.tr("A copy for the family always leaves the team."))
        if request.kind != "recovery-kit" and not self.can_save:
            self.warning.setText(
                self.warning.text()
                + " "
                + self.tr("Your district has turned off saving PDFs on this computer: print.")
            )
        self._set_ready(False)
        self._suggest()
        self.rebuild()

    # -- building --------------------------------------------------------------------------
    def request(self) -> PrintRequest:
        return replace(
            self._request,
            include_earlier=self.earlier.isChecked(),
            redact=str(self.preset.currentData() or "")
            if self._request.kind == "case-summary"
            else "",
            paper=str(self.paper.currentData()),
            audience=self.audience(),
            language=str(self.language.currentData())
            if self._request.kind in MULTILINGUAL_KINDS and self._language_chosen
            else self._request.language,  # "": the service's default, the family's language
        )

    def rebuild(self) -> None:
        self._rebuild_timer.stop()
        self._set_ready(False)
        self.status.setText(self.tr("Building the document…"))
        self._ops.queue(
            api.PRINT_PREPARE(self.request()), on_done=self._show, on_error=self._problem
        )

    def _show(self, prepared: Prepared) -> None:
        self.prepared = prepared
        if not self._language_chosen:  # the default the service chose: the family's language
            self.language.setCurrentIndex(max(self.language.findData(prepared.language), 0))
        if self._request.kind in ADDRESSED_KINDS and not self.outside.isChecked():
            self.fields.show_audience(prepared.audience)  # the family, named by the service
        self.notice.setText("\n".join(prepared.warnings))
        self.notice.setVisible(bool(prepared.warnings))
        self.document.close()
        self._buffer.close()
        self._bytes = QByteArray(prepared.pdf)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def _language_picked(self) -> None:
        self._language_chosen = True
        named = self.prepared.audience if self.prepared else None
        if self._request.kind in ADDRESSED_KINDS and named == self.audience():
            # The service's words for the recipient, not the person's: named again, in the
            # new language.
            self.fields.show_audience(Audience())
        self.rebuild()

    def _loaded(self, status: QPdfDocument.Status) -> None:
        if status is not QPdfDocument.Status.Ready or self.prepared is None:
            return
        self.status.setText(
            self.tr("%1: %2 page(s), document %3")
            .replace("%1", self.prepared.title)
            .replace("%2", str(self.document.pageCount()))
            .replace("%3", self.prepared.document_id[:8])
        )
        # A copy built for a recipient since edited is not the one to print: a rebuild is due.
        current = self.prepared.audience == self.audience()
        self._set_ready(current and not self._rebuild_timer.isActive())

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready and self.can_save)

    def _problem(self, error: BtamError) -> None:
        self.status.setText(str(error))

    def _suggest(self) -> None:
        self._ops.queue(api.PRINT_SUGGEST_PASSWORD(), on_done=self.password.setText)

    def _preset_changed(self) -> None:
        reader = self.preset.currentData()
        if reader in ("law_enforcement", "receiving_school"):
            self.outside.setChecked(True)
        self.rebuild()

    def _audience_edited(self) -> None:
        """The recipient is printed on the copy: rebuild it once the typing stops."""
        self._set_ready(False)
        self.status.setText(self.tr("Updating the copy for its recipient…"))
        self._rebuild_timer.start()

    def audience(self) -> Audience:
        return self.fields.audience()

    # -- printing and saving ---------------------------------------------------------------
    def _audience_problem(self) -> str | None:
        """A copy leaving the team must name whom and why before it goes anywhere."""
        if self.prepared is None:
            return None
        try:
            self.prepared.audience.checked()
        except ValidationError as error:
            return str(error)
        return None

    def print_document(self) -> None:
        if self.prepared is None:
            return
        problem = self._audience_problem()
        if problem is None and not any_printer():
            problem = self.tr(
                "No printer is set up on this computer. Set one up, or use Save as PDF…"
            )
        if problem:
            self.status.setText(problem)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.prepared.file_name)  # the spool shows the case number only
        dialog = QPrintDialog(printer, self)
        # A file is written by Save as PDF (encrypted, logged as saved), not by "printing" to
        # one: the dialog's file path also defaulted to whatever $HOME or the folder was.
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.accepted.connect(lambda: self.print_to(printer))
        QDialog.open(dialog)  # the stubs only know open(receiver, member)

    def print_to(self, printer: QPrinter) -> None:
        """Render the pages from memory onto the printer; log the print only once the print
        system took the job, and otherwise say what failed (nothing is logged)."""
        prepared = self.prepared
        if prepared is None:
            return
        problem = self._audience_problem() or printer_problem(printer)
        if problem is None:
            problem = job_problem(printer, render_to_printer(self.document, printer))
        if problem:
            self.status.setText(
                self.tr("Not printed, and nothing logged. %1").replace("%1", problem)
            )
            return
        where = printer.printerName() or Path(printer.outputFileName()).name

        def logged(_disclosure: Disclosure) -> None:
            self.status.setText(
                self.tr("Sent to %1, which took the job, and logged.").replace("%1", where)
            )
            self.disclosed.emit("print")

        def not_logged(error: BtamError) -> None:
            self.status.setText(
                self.tr(
                    "%1 took the job, but logging it failed: %2. Cancel the job in the "
                    "printer's queue if it should not print, or note it in the case."
                )
                .replace("%1", where)
                .replace("%2", str(error))
            )

        self._ops.run(
            api.PRINT_RECORD(prepared, prepared.audience), on_done=logged, on_error=not_logged
        )

    def choose_path(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(default_folder() / suggested),
            self.tr("PDF (*.pdf)"),
        )
        return Path(name) if name else None

    def save_document(self) -> None:
        if self.prepared is None:
            return
        problem = self._audience_problem()  # what is missing, before asking where
        if problem:
            self.status.setText(problem)
            return
        path = self.choose_path(self.prepared.file_name)
        if path is None:
            return
        password = self.password.text() if self.protect.isChecked() else ""

        def saved(_saved: Saved) -> None:
            self.status.setText(
                (
                    self.tr("Saved, encrypted, and logged: %1")
                    if password
                    else self.tr("Saved (not encrypted) and logged: %1")
                ).replace("%1", path.name)
            )
            self.disclosed.emit("save")

        self._ops.run(
            api.PRINT_SAVE(self.prepared, path, password, self.audience()),
            on_done=saved,
            on_error=self._problem,
        )

    def done(self, result: int) -> None:
        """Closing drops the bytes from memory along with the preview."""
        self.document.close()
        self._buffer.close()
        self._bytes = QByteArray()
        self.prepared = None
        super().done(result)
