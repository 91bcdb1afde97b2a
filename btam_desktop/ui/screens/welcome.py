"""The first screen: open a case file, create one, or try the demo; recent files by path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.ui.plain import PlainLabel, set_plain_tooltip


class WelcomeScreen(QWidget):
    open_requested = Signal()
    create_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(object)  # Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = PlainLabel(self.tr("BTAM Desktop"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        intro = PlainLabel(
            self.tr(
                "Encrypted case files for your school's threat assessment team. Everything stays "
                "on this computer."
            )
        )
        intro.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open a case file…"))
        self.create_button = QPushButton(self.tr("Create a &new case file…"))
        self.demo_button = QPushButton(self.tr("Try the &demo (fictional people only)"))
        self.recent_label = PlainLabel(self.tr("&Recent case files:"))
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent case files"))
        # A long folder gives way in its middle (the whole path is the tooltip), never a
        # sideways scroll bar.
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_label.setBuddy(self.recent)

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        for b in (self.open_button, self.create_button, self.demo_button):
            b.setMinimumHeight(b.sizeHint().height() * 3 // 2)
            column.addWidget(b)
        column.addSpacing(12)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent)
        holder = QWidget()
        holder.setLayout(column)
        holder.setFixedWidth(self.fontMetrics().averageCharWidth() * 64)
        # Centered by stretches, not by alignment: an aligned widget gets its size hint's
        # height, and the wrapped intro needs its height at the holder's width.
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(holder)
        middle.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(middle)
        layout.addStretch(2)

        self.open_button.clicked.connect(self.open_requested)
        self.create_button.clicked.connect(self.create_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
        )

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.name}    —    {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            set_plain_tooltip(item, str(path))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))
        # As tall as its files (three rows at least, ten at most), not a tall empty box.
        rows = min(max(len(paths), 3), 10)
        row = self.recent.sizeHintForRow(0) if paths else self.fontMetrics().height()
        self.recent.setMaximumHeight(row * rows + 2 * self.recent.frameWidth() + 4)
