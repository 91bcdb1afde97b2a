"""A saved record (an assessment, a plan, a screening) shown as a document to read, not as a
form to fill: headings, each question with its answer in words, who saved it and when, and a
button that opens the dialog that makes a new version.

Greyed-out form controls were hard to read (disabled text is 3.6-3.8:1 against its field) and
hid answers in closed drop-downs. Here every word is normal text in the palette's text role, so
it has the theme's full contrast, and the reader can select and copy it by keyboard or mouse.

User text is never parsed: the document is built with QTextCursor.insertText, which inserts
text as it is (a student named ``<b>Kim</b>`` reads as typed), and bold or larger type comes
from character formats of our own, never from markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextEdit, QVBoxLayout, QWidget


class Kind(Enum):
    TITLE = "title"  # the record's name: "Assessment 2 — NTAC …"
    HEADING = "heading"  # a section of the record
    FIELD = "field"  # a label in bold, then its value
    TEXT = "text"  # a paragraph of its own
    EMPHASIS = "emphasis"  # what no reader may miss (the level of concern), bold and larger
    NOTE = "note"  # who saved it and when


@dataclass(frozen=True, slots=True)
class Part:
    kind: Kind
    text: str
    label: str = ""


@dataclass(slots=True)
class Record:
    """The parts of one record, in reading order. Screens say what to show; RecordView
    decides how it looks, so every record reads the same way."""

    parts: list[Part] = field(default_factory=list)

    def title(self, text: str) -> Record:
        self.parts.append(Part(Kind.TITLE, text))
        return self

    def heading(self, text: str) -> Record:
        self.parts.append(Part(Kind.HEADING, text))
        return self

    def field(self, label: str, value: str) -> Record:
        """A label and its value; left out when there is no value (as on the printout)."""
        if value.strip():
            self.parts.append(Part(Kind.FIELD, value, label))
        return self

    def text(self, value: str) -> Record:
        if value.strip():
            self.parts.append(Part(Kind.TEXT, value))
        return self

    def emphasis(self, label: str, value: str) -> Record:
        self.parts.append(Part(Kind.EMPHASIS, value, label))
        return self

    def note(self, text: str) -> Record:
        if text.strip():
            self.parts.append(Part(Kind.NOTE, text))
        return self


def level_sign(rank: int, of: int) -> str:
    """The level of concern as a sign that needs no color: one filled square per step up
    the model's scale, empty ones for the rest ("■■□" is the second of three)."""
    rank = max(0, min(rank, of))
    return "■" * rank + "□" * (of - rank)


def _char(base: QFont, *, bold: bool = False, scale: float = 1.0) -> QTextCharFormat:
    fmt = QTextCharFormat()
    font = QFont(base)
    font.setBold(bold)
    if scale != 1.0:
        font.setPointSizeF(base.pointSizeF() * scale)
    fmt.setFont(font)
    return fmt


def _block(space_above: float, indent: int = 0) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(space_above)
    fmt.setIndent(indent)
    return fmt


def build_document(record: Record, base: QFont, document: QTextDocument) -> None:
    """Write `record` into `document`: every text inserted as plain text, looks by format."""
    document.clear()
    document.setDefaultFont(base)
    line = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    plain, bold = _char(base), _char(base, bold=True)
    cursor = QTextCursor(document)
    first = True

    def block(fmt: QTextBlockFormat) -> None:
        nonlocal first
        if first:
            cursor.setBlockFormat(fmt)
            first = False
        else:
            cursor.insertBlock(fmt)

    for part in record.parts:
        match part.kind:
            case Kind.TITLE:
                block(_block(0))
                cursor.insertText(part.text, _char(base, bold=True, scale=1.3))
            case Kind.HEADING:
                block(_block(line * 1.2))
                cursor.insertText(part.text, _char(base, bold=True, scale=1.15))
            case Kind.EMPHASIS:
                block(_block(line * 0.6))
                cursor.insertText(f"{part.label} ", _char(base, scale=1.15))
                cursor.insertText(part.text, _char(base, bold=True, scale=1.15))
            case Kind.FIELD:
                block(_block(line * 0.5))
                cursor.insertText(part.label, bold)
                for paragraph in part.text.split("\n"):
                    cursor.insertBlock(_block(0, indent=1))
                    cursor.insertText(paragraph, plain)
            case Kind.TEXT | Kind.NOTE:
                block(_block(line * 0.5))
                cursor.insertText(part.text, plain)


class RecordView(QWidget):
    """One saved record, read-only, under a bar with what picks it (a version list) and the
    buttons that act on it, which stay in sight however far the reader scrolls.

    The text takes the keyboard (Tab reaches it; arrows and Shift+arrows read and select),
    and Tab leaves it again."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextEdit()
        self.text.setReadOnly(True)
        self.text.setAcceptRichText(False)
        self.text.setTabChangesFocus(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.text.setAccessibleName(name)
        self.bar = QHBoxLayout()
        self.bar.addStretch(1)
        self._leading = 0  # widgets before the stretch
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.bar)
        layout.addWidget(self.text, 1)

    def add_leading(self, widget: QWidget, stretch: int = 0) -> None:
        """What chooses the record shown (a label, a version list), at the bar's start."""
        self.bar.insertWidget(self._leading, widget, stretch)
        self._leading += 1
        if stretch:  # it takes the room; the buttons stay at the end
            self.bar.setStretch(self._leading, 0)

    def add_button(self, button: QPushButton) -> QPushButton:
        """An action on the record (Edit…, New version…), at the bar's end."""
        self.bar.addWidget(button)
        return button

    def show_record(self, record: Record) -> None:
        build_document(record, self.text.font(), self.text.document())
        self.text.moveCursor(QTextCursor.MoveOperation.Start)

    def shown(self) -> str:
        """What a reader reads, as plain text (for tests and for copying)."""
        return self.text.toPlainText()
