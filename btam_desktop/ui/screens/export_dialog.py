"""File ▸ Export ▸ Case list as CSV… or Disclosure records as CSV…: a spreadsheet file of
every case (or every logged copy), asked for like a print: whether it leaves the team, to whom
and on what legal basis. The service writes it with formula starts neutralized and logs it as
a disclosure before the file appears."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.errors import BtamError, ValidationError
from btam_desktop.services.contracts import api
from btam_desktop.services.contracts.printing import Exported
from btam_desktop.ui import district
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.plain import PlainLabel
from btam_desktop.ui.screens.audience import AudienceFields
from btam_desktop.ui.screens.print_preview import default_folder


class ExportDialog(QDialog):
    exported = Signal(object)  # Exported, once the service wrote and logged the file

    def __init__(self, ops: Ops, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops, self.what = ops, what
        cases = what == "cases"
        self.setWindowTitle(
            self.tr("Export the case list as CSV")
            if cases
            else self.tr("Export the disclosure records as CSV")
        )
        self.file_name = "case-list.csv" if cases else "disclosure-records.csv"
        self.warning = PlainLabel(
            self.tr(
                "The file is not encrypted and names every student in the case file: it is a "
                "student record. Keep it safe and delete it when done (FERPA). The export is "
                "logged as a disclosure. Cells that a spreadsheet would run as a formula start "
                "with a quote (')."
            )
        )
        self.warning.setWordWrap(True)
        self.fields = AudienceFields(self)
        form = QFormLayout()
        self.fields.add_rows(form)
        self.status = PlainLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Save as CSV…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        self.fields.edited.connect(lambda: self.status.setText(""))
        if not district.current().exports_allowed:
            self.save_button.setEnabled(False)
            self.status.setText(
                self.tr("Your district has turned off saving files on this computer.")
            )

    def choose_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.windowTitle(),
            str(default_folder() / self.file_name),
            self.tr("CSV (*.csv)"),
        )
        return Path(name) if name else None

    def save(self) -> None:
        audience = self.fields.audience()
        try:
            audience.checked()  # say what is missing before asking where
        except ValidationError as error:
            self.status.setText(str(error))
            return
        path = self.choose_path()
        if path is None:
            return

        def done(result: Exported) -> None:
            self.status.setText(
                self.tr("Saved (not encrypted) and logged: %1 rows in %2")
                .replace("%1", str(result.rows))
                .replace("%2", path.name)
            )
            self.exported.emit(result)

        def failed(error: BtamError) -> None:
            self.status.setText(str(error))

        self.status.setText(self.tr("Saving…"))
        self._ops.run(api.EXPORT_CSV(self.what, path, audience), on_done=done, on_error=failed)
