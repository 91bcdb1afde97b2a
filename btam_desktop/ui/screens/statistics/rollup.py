"""Export district roll-up…: the school year shown, as a file signed with the team lead's key
for the district (`services/rollup.py`); the lead reads the key's fingerprint to the district."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from btam_desktop.domain.errors import BtamError
from btam_desktop.domain.rollup import fingerprint_text
from btam_desktop.domain.statistics import year_label
from btam_desktop.services.contracts import api
from btam_desktop.services.contracts.rollup import RollupWritten
from btam_desktop.ui import district
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.plain import message_box
from btam_desktop.ui.screens.print_preview import default_folder


class RollupExport(QObject):
    """Asks where, writes through the service, says what happened in a message box."""

    def __init__(self, ops: Ops, parent: QWidget) -> None:
        super().__init__(parent)
        self._ops = ops
        self._parent = parent
        #: The last message box shown (tests read it).
        self.box: QMessageBox | None = None

    def choose_path(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export district roll-up"),
            str(suggested),
            self.tr("District roll-up (*.json)"),
        )
        return Path(name) if name else None

    def start(self, year: int) -> None:
        if not district.current().exports_allowed:
            self._say(
                QMessageBox.Icon.Warning,
                self.tr("Your district has turned off saving files on this computer."),
            )
            return
        path = self.choose_path(default_folder() / f"district-rollup-{year_label(year)}.json")
        if path is None:
            return
        self._ops.run(
            api.ROLLUP_EXPORT(year, path),
            on_done=self._written,
            on_error=lambda error: self._failed(error),
        )

    def _written(self, result: RollupWritten) -> None:
        self._say(
            QMessageBox.Icon.Information,
            self.tr(
                "Saved and logged: the %1 roll-up in %2, signed by %3 with the key\n%4\n\n"
                "Give the file to the district and read them this fingerprint, so they can "
                "check that the file is yours. It holds counts only, with small counts hidden."
            )
            .replace("%1", result.year)
            .replace("%2", result.path.name)
            .replace("%3", result.signer)
            .replace("%4", fingerprint_text(result.fingerprint)),
        )

    def _failed(self, error: BtamError) -> None:
        self._say(QMessageBox.Icon.Warning, str(error))

    def _say(self, icon: QMessageBox.Icon, text: str) -> None:
        self.box = message_box(
            icon,
            self.tr("District roll-up"),
            text,
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        self.box.open()
