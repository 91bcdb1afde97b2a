"""What a person reads in a window, widget by widget, and whether markup was interpreted; and a
watch on a file that tells whether anything opened it.

`shown_texts` pairs each text a widget was given (its source) with what the widget shows for
it: literally for plain-text widgets, or the rendered result where Qt treats the text as rich
(a label in rich or auto mode that looks like HTML, a tooltip that looks like HTML, a model
drawn by a delegate of its own). A string whose markup survives in the source but not on screen
was interpreted.
"""

from __future__ import annotations

import ctypes
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QItemDelegate,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QStatusBar,
    QStyledItemDelegate,
    QTabBar,
    QTextEdit,
    QWidget,
)

from btam_desktop.ui import plain

#: Labels that may be rich text on purpose: (window class, accessible name). Each must hold our
#: own fixed text, never user text. Empty today; a help link would be the kind of entry.
RICH_LABELS: frozenset[tuple[str, str]] = frozenset()


@dataclass(frozen=True, slots=True)
class Shown:
    where: str  # widget class and name, for the failure message
    source: str  # the text the widget was given
    shown: str  # what a person reads


def _rendered_html(text: str) -> str:
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def _without_mnemonics(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _is_rich(text: str, text_format: Qt.TextFormat) -> bool:
    if text_format == Qt.TextFormat.PlainText:
        return False
    if text_format == Qt.TextFormat.AutoText:
        return QtGui.Qt.mightBeRichText(text)
    return True


def label_shows(label: QLabel) -> str:
    text, fmt = label.text(), label.textFormat()
    if fmt == Qt.TextFormat.MarkdownText:
        doc = QTextDocument()
        doc.setMarkdown(text)
        return doc.toPlainText()
    if _is_rich(text, fmt):
        return _rendered_html(text)
    return _without_mnemonics(text) if label.buddy() is not None else text


def tooltip_shows(tip: str) -> str:
    return _rendered_html(tip) if QtGui.Qt.mightBeRichText(tip) else tip


def _name(w: QWidget) -> str:
    return f"{type(w).__name__}({w.accessibleName() or w.objectName()!s})"


def _indexes(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[QModelIndex]:
    for row in range(model.rowCount(parent)):
        col = 0
        while model.hasIndex(row, col, parent):  # (a list model's columnCount is private)
            index = model.index(row, col, parent)
            yield index
            if col == 0 and model.rowCount(index) > 0:
                yield from _indexes(model, index)
            col += 1


def _plain_delegate(view: QAbstractItemView, column: int) -> bool:
    delegate = view.itemDelegateForColumn(column) or view.itemDelegate()
    return type(delegate) in (QStyledItemDelegate, QItemDelegate)


def _view_texts(view: QAbstractItemView) -> Iterator[Shown]:
    model = view.model()
    if model is None:
        return
    where = _name(view)
    for index in _indexes(model, QModelIndex()):
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if isinstance(text, str):
            # Qt's delegates draw the text as it is; a delegate of our own might render HTML.
            yield Shown(where, text, text if _plain_delegate(view, index.column()) else "")
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        if isinstance(tip, str):
            yield Shown(where + " tooltip", tip, tooltip_shows(tip))


def _action_texts(where: str, actions: list[QAction]) -> Iterator[Shown]:
    for action in actions:
        yield Shown(where + " action", action.text(), _without_mnemonics(action.text()))
        yield Shown(where + " action tooltip", action.toolTip(), tooltip_shows(action.toolTip()))
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from _action_texts(where, menu.actions())


def _widget_texts(w: QWidget) -> Iterator[Shown]:
    where = _name(w)
    if w.isWindow():
        handle = w.windowHandle()
        yield Shown(where + " title", w.windowTitle(), handle.title() if handle else "")
    if w.toolTip():
        yield Shown(where + " tooltip", w.toolTip(), tooltip_shows(w.toolTip()))
    if isinstance(w, QLabel):
        yield Shown(where, w.text(), label_shows(w))
    elif isinstance(w, QAbstractButton):
        yield Shown(where, w.text(), _without_mnemonics(w.text()))
        menu = w.menu() if isinstance(w, QPushButton) else None
        if menu is not None:
            yield from _action_texts(where, menu.actions())
    elif isinstance(w, QGroupBox):
        yield Shown(where, w.title(), _without_mnemonics(w.title()))
    elif isinstance(w, QLineEdit):
        yield Shown(where, w.text(), w.text())
        yield Shown(where + " placeholder", w.placeholderText(), w.placeholderText())
    elif isinstance(w, QPlainTextEdit):
        yield Shown(where, w.toPlainText(), w.toPlainText())
    elif isinstance(w, QTextEdit):
        # Only our own user guide is rich; anything holding a picture element was interpreted.
        html = w.toHtml()
        yield Shown(where, w.toPlainText(), "" if "<img" in html else w.toPlainText())
    elif isinstance(w, QComboBox):
        for i in range(w.count()):
            yield Shown(where, w.itemText(i), w.itemText(i))
    elif isinstance(w, QTabBar):
        for i in range(w.count()):
            yield Shown(where, w.tabText(i), _without_mnemonics(w.tabText(i)))
            yield Shown(where + " tooltip", w.tabToolTip(i), tooltip_shows(w.tabToolTip(i)))
    elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
        yield from _view_texts(w)
    elif isinstance(w, QStatusBar):
        yield Shown(where, w.currentMessage(), w.currentMessage())
    elif isinstance(w, QMenuBar):
        yield from _action_texts(where, w.actions())


def visible_widgets(root: QWidget) -> list[QWidget]:
    return [w for w in [root, *root.findChildren(QWidget)] if w.isVisible()]


def shown_texts(root: QWidget) -> list[Shown]:
    """Every non-empty text of every visible widget under `root` (a window or a dialog)."""
    return [s for w in visible_widgets(root) for s in _widget_texts(w) if s.source]


def interpreted(texts: list[Shown], sign: str) -> list[Shown]:
    """Texts that carried `sign` (markup) but do not show it: Qt drew them as rich text."""
    return [s for s in texts if sign in s.source and sign not in s.shown]


def rich_labels(root: QWidget) -> list[str]:
    """Visible labels with text that are not plain text, except the ones Qt makes itself: a
    form's row label (from the screen's own translated string) and Qt's input dialog."""
    made_by_qt = set()
    kept = []  # the wrappers stay alive, so their ids are not reused by others meanwhile
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel) and not isinstance(widget, plain.PlainLabel):
                kept.append(widget)
                made_by_qt.add(id(widget))
    found = []
    window = type(root.window()).__name__
    for label in [root, *root.findChildren(QLabel)]:
        if not isinstance(label, QLabel):
            continue
        if not (label.isVisible() and label.text()) or id(label) in made_by_qt:
            continue
        if isinstance(label.window(), QInputDialog) or label.textFormat() == (
            Qt.TextFormat.PlainText
        ):
            continue
        if (window, label.accessibleName()) not in RICH_LABELS:
            found.append(f"{_name(label)} in {window}: {label.text()[:60]!r}")
    return found


class FileOpens:
    """Counts every open of one file, by any process, through Linux inotify (IN_OPEN)."""

    IN_ACCESS, IN_OPEN, IN_NONBLOCK, IN_CLOEXEC = 0x1, 0x20, 0o4000, 0o2000000

    def __init__(self, path: Path) -> None:
        self._libc = ctypes.CDLL(None, use_errno=True)
        self._fd = self._libc.inotify_init1(self.IN_NONBLOCK | self.IN_CLOEXEC)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        watch = self._libc.inotify_add_watch(
            self._fd, os.fsencode(path), self.IN_OPEN | self.IN_ACCESS
        )
        if watch < 0:
            raise OSError(ctypes.get_errno(), f"inotify_add_watch {path}")
        self.opens = 0
        self.reads = 0

    def count(self) -> int:
        """Opens seen so far (the kernel queues them; this reads what is queued)."""
        while True:
            try:
                data = os.read(self._fd, 65536)
            except BlockingIOError:
                return self.opens
            offset = 0
            while offset < len(data):
                _wd, mask, _cookie, size = struct.unpack_from("iIII", data, offset)
                offset += 16 + size
                self.opens += bool(mask & self.IN_OPEN)
                self.reads += bool(mask & self.IN_ACCESS)

    def close(self) -> None:
        os.close(self._fd)
