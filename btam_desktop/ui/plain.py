"""Text shown exactly as it was typed or imported, in every widget that shows it.

Qt guesses at text: a QLabel, a QMessageBox or a tooltip whose text looks like HTML is drawn as
HTML, so a student's name from a tip-line export such as ``Ava <font color=red>CLEARED</font>``
shows a red "CLEARED" the team never wrote, and an ``<img src=...>`` in it makes the window open
that file. Buttons and group boxes read ``&`` as a keyboard mnemonic, and window titles drop
``[*]``. Screens build their labels, message boxes and tooltips here, so none of them guesses
and a new screen is safe by default. A label that is deliberately rich (our own fixed text,
never user text) is the exception: it must be named in RICH_LABELS in tests/ui/markup_check.py,
and tests/ui/test_plain_text.py fails on any other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QToolTip, QWidget


class PlainLabel(QLabel):
    """A QLabel that never interprets its text: no HTML, no Markdown, no image loading.

    The format is set before the first text, so not even the initial text is parsed."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if text:
            self.setText(text)


class ElidedLabel(PlainLabel):
    """One line of plain text that gives way: where there is no room it ends in "…" (the
    whole text then shows as its tooltip) instead of widening the window. For a line that
    must stay one line, such as the status bar; longer text elsewhere wraps instead."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * 12), hint.height())

    def _shown(self) -> str:
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment().value),
            self.palette(),
            self.isEnabled(),
            self._shown(),
            self.foregroundRole(),
        )

    def event(self, event: QEvent) -> bool:
        if (
            isinstance(event, QHelpEvent)
            and event.type() == QEvent.Type.ToolTip
            and not self.toolTip()
            and self._shown() != self.text()
        ):
            QToolTip.showText(event.globalPos(), plain_tooltip(self.text()), self)
            return True
        return super().event(event)


class _HasToolTip(Protocol):
    def setToolTip(self, tip: str, /) -> None: ...  # noqa: N802 (Qt's name)


def plain_tooltip(text: str) -> str:
    """Tooltip text that shows `text` literally: Qt renders a tooltip as rich text when it
    looks like HTML, so it is always given as escaped rich text (line breaks kept)."""
    if not text:
        return ""
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def set_plain_tooltip(target: _HasToolTip, text: str) -> None:
    """Set a tooltip (on a widget, an item or an action) that shows `text` as typed."""
    target.setToolTip(plain_tooltip(text))


def plain_mnemonic(text: str) -> str:
    """Text for a button, check box or group box (or a label with a buddy), where a single
    ``&`` would underline the next letter and disappear: every ``&`` is shown as typed."""
    return text.replace("&", "&&")


def isolate(text: str) -> str:
    """Typed text set into a line of ours, kept to itself in both directions: a right-to-left
    name does not turn the whole line right-to-left (moving the case number to the far side),
    and a stray direction override in it stops at its end (Unicode isolates, FSI ... PDI)."""
    return f"\u2068{text}\u2069"


def plain_title(text: str) -> str:
    """A window title that shows `text` as typed: Qt removes a ``[*]`` (its "modified"
    placeholder) from titles unless it is doubled."""
    return text.replace("[*]", "[*][*]")


def message_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
    parent: QWidget | None,
) -> QMessageBox:
    """A QMessageBox whose title and text are shown as given (error messages and questions
    often quote a name, a file name or a CSV value)."""
    box = QMessageBox(icon, plain_title(title), "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def confirm(
    parent: QWidget, title: str, text: str, action: str, run: Callable[[], object]
) -> QMessageBox:
    """Ask before doing something: Cancel (the default) or a button named for the action,
    which runs `run`. Opened window-modal (`open`), never `exec`."""
    box = message_box(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.buttonClicked.connect(lambda button: run() if button is yes else None)
    box.open()
    return box


def heading(text: str, parent: QWidget | None = None) -> PlainLabel:
    """A page's title: bold, a third larger than the text under it."""
    label = PlainLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.3)
    label.setFont(font)
    return label
