"""A small horizontal bar chart drawn with QPainter: one bar per row of a one-column table.

Qt Charts would cost PySide6-Addons (measured in docs/guide.md's chapter and the issue's
note) and is deprecated since Qt 6.10; the table beside each chart holds the same numbers, so
the chart is a picture for the eye and the table is what a screen reader and the keyboard read.
A suppressed count is drawn as a hatched stub with "<10" written beside it: never a bar length
that would hint at the hidden value, and never told by color alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._values: list[int | None] = []
        self._minimum = 10
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table beside it takes the keyboard
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, labels: Sequence[str], values: Sequence[int | None], minimum: int) -> None:
        self._labels, self._values, self._minimum = list(labels), list(values), minimum
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, int | None]]:
        return list(zip(self._labels, self._values, strict=True))

    def _line(self) -> int:
        return round(self.fontMetrics().height() * 1.5)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.fontMetrics().averageCharWidth() * 60, self._line() * len(self._labels))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.fontMetrics().averageCharWidth() * 30, self._line() * len(self._labels))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        bar = palette.color(QPalette.ColorRole.Highlight)
        metrics = self.fontMetrics()
        line = self._line()
        label_width = (
            min(
                max((metrics.horizontalAdvance(label) for label in self._labels), default=0),
                self.width() // 2,
            )
            + metrics.averageCharWidth()
        )
        number_width = metrics.horizontalAdvance(f" <{self._minimum} 00000")
        room = max(self.width() - label_width - number_width, 10)
        largest = max((v for v in self._values if v is not None), default=0)
        largest = max(largest, self._minimum)
        for i, (label, value) in enumerate(self.bars()):
            top = i * line
            painter.setPen(text)
            # Cut to the width it is drawn in: cut wider, a long label (Spanish's are) would
            # lose its first letter off the chart's left edge.
            label_room = label_width - metrics.averageCharWidth()
            painter.drawText(
                QRectF(0, top, label_room, line),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_room),
            )
            height = line * 0.6
            y = top + (line - height) / 2
            if value is None:
                width = metrics.averageCharWidth() * 2.0
                painter.setPen(QPen(text, 1))
                painter.setBrush(QBrush(text, Qt.BrushStyle.BDiagPattern))
                shown = f"<{self._minimum}"
            else:
                width = room * value / largest
                painter.setPen(QPen(text, 1) if value else Qt.PenStyle.NoPen)
                painter.setBrush(bar)
                shown = str(value)
            painter.drawRect(QRectF(label_width, y, width, height))
            painter.setPen(text)
            painter.drawText(
                QRectF(
                    label_width + width + metrics.averageCharWidth() / 2, top, number_width, line
                ),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                shown,
            )
        painter.end()
