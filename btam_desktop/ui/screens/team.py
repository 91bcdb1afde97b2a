"""The team: who is on it, in which role; leads add and remove members here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.team import Member
from btam_desktop.ui.screens.dialogs import ROLE_LABELS


class TeamScreen(QWidget):
    add_requested = Signal()
    remove_requested = Signal(str)  # member name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Team members"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Team members"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Team lead")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(
            self.tr(
                "Removing a member gives the case file a new key their passphrase cannot open. "
                "It takes a few seconds; everyone else keeps their passphrase."
            )
        )
        self.note.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add member…"))
        self.remove_button = QPushButton(self.tr("Re&move member…"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._remove)

    def show_members(self, members: list[Member], *, can_manage: bool) -> None:
        active = [m for m in members if m.active]
        self.table.setRowCount(len(active))
        for row, m in enumerate(active):
            values = (m.name, self.tr(ROLE_LABELS[m.role]), self.tr("Yes") if m.is_lead else "")
            for col, text in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(text))
        for b in (self.add_button, self.remove_button, self.note):
            b.setVisible(can_manage)

    def clear(self) -> None:
        self.table.setRowCount(0)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            item = self.table.item(row, 0)
            if item is not None:
                self.remove_requested.emit(item.text())
