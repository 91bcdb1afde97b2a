"""A titled list that takes no room while it is empty (issue 19, item 5).

One pattern for every list beside other content (interviews, evidence, the plan's logs, the
minutes, a member's training): a title line with the list's action at its right end, the list
below it. While the list has no rows the list is hidden and the title line says so ("None yet"),
action and all, so the content beside or above it gets the height of a 13-inch laptop.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.ui.plain import PlainLabel

#: Qt's QWIDGETSIZE_MAX (not exported by PySide6): a widget without a height limit.
UNLIMITED = (1 << 24) - 1


class ListPane(QWidget):
    """`title` (the list's label: its buddy) above `view`, and `action` at the end of the
    title line. Placed with a layout stretch, the pane takes it while the list has rows and
    gives it up while the list is empty."""

    #: The list was filled or emptied (the pane refreshed).
    refreshed = Signal()

    def __init__(
        self,
        title: str,
        view: QAbstractItemView,
        empty_text: str,
        action: QPushButton | None = None,
        parent: QWidget | None = None,
        *,
        more: tuple[QPushButton, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.view = view
        # Children from the start: a parentless label would show as a window of its own.
        self.title = PlainLabel(title, self)
        self.title.setBuddy(view)
        self.title.setHidden(not title)
        self.empty = PlainLabel(empty_text, self)
        self.empty.setWordWrap(True)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        if title:  # untitled in a form row, whose label names the list
            head.addWidget(self.title)
        head.addWidget(self.empty)
        head.addStretch(1)  # the action at the end, at its natural width
        for other in more:  # actions on the chosen row, before the list's own
            head.addWidget(other)
        if action is not None:
            head.addWidget(action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(view, 1)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.refresh)
        self.refresh()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Collapsed, the line's height at the pane's width: a "none yet" squeezed onto two
        lines (longer words, as in Spanish) makes the line two lines high, not cut."""
        hint = super().sizeHint()
        if self.is_collapsed() and self.width() > 0:
            return QSize(hint.width(), max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.is_collapsed() and event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the line's height follows its width

    def is_collapsed(self) -> bool:
        return self.view.isHidden()

    def refresh(self) -> None:
        """Collapsed while the list has no rows (also called by the model's signals)."""
        empty = self.view.model().rowCount() == 0
        self.view.setHidden(empty)
        self.empty.setHidden(not empty)
        # Collapsed, the pane is one line high and never grows: its layout stretch goes to
        # the content beside it. A list with a height limit keeps the pane to that limit;
        # any other fills what its layout gives it (also when placed with AlignTop).
        bounded = empty or self.view.maximumHeight() < UNLIMITED
        vertical = QSizePolicy.Policy.Maximum if bounded else QSizePolicy.Policy.Expanding
        self.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        self.refreshed.emit()
