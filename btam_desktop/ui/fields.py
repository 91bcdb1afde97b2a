"""Small form fields the dialogs share: checkable choices, and multi-line text boxes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPlainTextEdit, QWidget


def checkable_list(
    items: list[tuple[str, str]], checked: set[str], name: str, parent: QWidget, rows: int = 8
) -> QListWidget:
    """(value, label) pairs as checkable rows, at most `rows` tall, named for screen readers."""
    box = QListWidget(parent)
    box.setAccessibleName(name)
    for value, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
        box.addItem(item)
    box.setMaximumHeight(parent.fontMetrics().lineSpacing() * min(len(items) + 1, rows) + 8)
    return box


def checked_values(box: QListWidget) -> tuple[str, ...]:
    return tuple(
        str(box.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(box.count())
        if box.item(i).checkState() == Qt.CheckState.Checked
    )


def text_box(lines: int, parent: QWidget) -> QPlainTextEdit:
    """A few lines tall; Tab moves on to the next field, so forms are filled by keyboard."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(parent.fontMetrics().lineSpacing() * lines + 12)
    return box
