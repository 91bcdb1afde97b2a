"""The case's disclosure log: every printed or saved document, and to whom it went."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from btam_desktop.domain.disclosure import DOCUMENT_NAMES, Destination, Disclosure
from btam_desktop.domain.plan import LEGAL_BASIS_NAMES
from btam_desktop.ui.language import short_moment

DOCUMENTS = {kind.value: name for kind, name in DOCUMENT_NAMES.items()}
BASES = {basis.value: name for basis, name in LEGAL_BASIS_NAMES.items()}


class DisclosureLog(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setAccessibleName(self.tr("Disclosure log: printed and saved documents"))
        self.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Document"),
                self.tr("How"),
                self.tr("Recipient"),
                self.tr("Legal basis"),
                self.tr("Interest, or the threat"),
            ]
        )
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)

    def show_log(self, entries: list[Disclosure], names: dict[str, str]) -> None:
        self.setRowCount(len(entries))
        for row, d in enumerate(reversed(entries)):  # newest first
            when = short_moment(d.at)
            how = {
                Destination.PRINTED: self.tr("Printed"),
                Destination.SAVED: self.tr("Saved"),
                Destination.EXPORTED: self.tr("Exported"),
            }[d.destination]
            if d.options.get("encrypted"):
                how += self.tr(" (encrypted)")
            preset = str(d.options.get("redact", ""))
            document = self.tr(DOCUMENTS.get(d.document.value, d.document.value))
            if preset:
                document += self.tr(" for %1").replace("%1", self.tr(preset.replace("_", " ")))
            cells = (
                when,
                names.get(d.by or "", self.tr("A former member")),
                document,
                how,
                d.recipient or self.tr("Within the team"),
                self.tr(BASES.get(d.legal_basis, d.legal_basis)),
                self.tr("Threat: %1").replace("%1", d.threat) if d.threat else d.detail,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(self.tr("Document id %1").replace("%1", d.document_id))
                self.setItem(row, col, item)
