"""Import referrals from a CSV export: see how each column is read, change it, preview the
first rows, then import everything in one transaction (or nothing, with the row that failed)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.services.contracts.imports import FIELDS, ImportPlan
from btam_desktop.ui.plain import PlainLabel, plain_title

NOT_IMPORTED = ""


class ImportDialog(QDialog):
    remap = Signal(dict)  # header -> field: ask for a new plan
    confirmed = Signal(dict)  # header -> field: import with this mapping

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Import referrals from %1").replace("%1", file_name)
        self.setWindowTitle(plain_title(title))
        self.columns = QTableWidget(0, 2)
        self.columns.setAccessibleName(self.tr("How each column is read"))
        self.columns.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Read as")])
        self.columns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().hide()
        self.preview = QTableWidget(0, 5)
        self.preview.setAccessibleName(self.tr("Preview of the referrals"))
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("Student"),
                self.tr("Grade"),
                self.tr("Received"),
                self.tr("How"),
                self.tr("Reporter"),
            ]
        )
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary = PlainLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What will be imported"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        layout = QVBoxLayout(self)
        layout.addWidget(PlainLabel(self.tr("Columns:")))
        layout.addWidget(self.columns, 1)
        layout.addWidget(PlainLabel(self.tr("First referrals:")))
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(lambda: self.confirmed.emit(self.mapping()))
        self.buttons.rejected.connect(self.reject)
        self.resize(
            self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().lineSpacing() * 34
        )

    def show_plan(self, plan: ImportPlan) -> None:
        self.columns.setRowCount(len(plan.headers))
        for row, header in enumerate(plan.headers):
            self.columns.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Read %1 as").replace("%1", header))
            combo.addItem(self.tr("(not imported)"), NOT_IMPORTED)
            for field in FIELDS:
                combo.addItem(field, field)
            combo.setCurrentIndex(max(combo.findData(plan.mapping.get(header, NOT_IMPORTED)), 0))
            self.columns.setCellWidget(row, 1, combo)
            combo.currentIndexChanged.connect(lambda _i: self.remap.emit(self.mapping()))
        self.preview.setRowCount(len(plan.preview))
        for row, item in enumerate(plan.preview):
            when = item.received_at.strftime("%Y-%m-%d %H:%M") if item.received_at else ""
            reporter = item.reporter_name or self.tr("anonymous")
            for col, text in enumerate(
                (
                    item.student.name,
                    item.student.grade,
                    when,
                    item.channel.replace("_", " "),
                    reporter,
                )
            ):
                self.preview.setItem(row, col, QTableWidgetItem(text))
        unused = ", ".join(plan.unmapped) or self.tr("none")
        if plan.problem:
            self.show_error(plan.problem)
            return
        self.summary.setText(
            self.tr("%1 referral(s) will be imported in one step. Columns not imported: %2.")
            .replace("%1", str(plan.rows))
            .replace("%2", unused)
        )
        self.import_button.setEnabled(plan.rows > 0)

    def mapping(self) -> dict[str, str]:
        chosen = {}
        for row in range(self.columns.rowCount()):
            header_item = self.columns.item(row, 0)
            combo = self.columns.cellWidget(row, 1)
            if header_item is not None and isinstance(combo, QComboBox):
                chosen[header_item.text()] = str(combo.currentData())
        return chosen

    def show_error(self, message: str) -> None:
        self.summary.setText(message)
        self.import_button.setEnabled(False)
