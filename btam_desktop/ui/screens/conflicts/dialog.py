"""The resolve dialog: what both started from, each version, the words that differ, and the
choice: keep one version, combine them in an editor, or leave it for later.

The same dialog serves the other kinds, with the choice they need: a plan or assessment
published twice from one version (a fork) shows both versions' words and their differences
and keeps one, which then replaces both (or a new version written on the case's tab does);
a case number given to two cases shows both cases and gives one of them the next free number
(`chosen` says which case); a record deleted on one laptop and changed on another shows the
change and keeps it deleted or restores it (`chosen` says "delete" or "restore").

Keyboard only: every button has a mnemonic, Escape is Later, and Tab moves through the read-only
texts (they keep the focus order a person reads in). Nothing here is rich text: the versions
are plain-text boxes and the diff is built with QTextCursor (ui/screens/conflicts/diff.py).
The dialog only says what was chosen (`chosen`); the caller resolves it with one service call.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.services.contracts.sync import ConflictReview, ReviewVersion
from btam_desktop.ui import screen_fit
from btam_desktop.ui.language import short_moment
from btam_desktop.ui.plain import (
    PlainLabel,
    isolate,
    plain_mnemonic,
    plain_title,
    set_plain_tooltip,
)
from btam_desktop.ui.screens.conflicts import diff
from btam_desktop.ui.screens.conflicts.words import by_when, member_name, oldest_first, what

#: The kinds of conflict (`ConflictReview.kind`), and what `chosen` says for an edit against a
#: delete.
VALUE, FORK, NUMBER, EDIT_DELETE = "value", "fork", "number_collision", "edit_delete"
DELETE, RESTORE = "delete", "restore"
#: How much of a member's name a Keep button shows.
NAME_CHARS = 24
#: Text on a projector: a little larger than the window's.
PROJECTOR_SCALE = 1.15


def _larger(widget: QWidget, scale: float, *, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)


def _text_box(text: str, name: str) -> QPlainTextEdit:
    """A version as typed: read-only, wrapped, and Tab leaves it (it is not for typing)."""
    box = QPlainTextEdit()
    box.setPlainText(text)
    box.setReadOnly(True)
    box.setTabChangesFocus(True)
    box.setAccessibleName(name)
    _larger(box, PROJECTOR_SCALE)
    return box


class ResolveDialog(QDialog):
    """Open with `open()`; `chosen(text)` says the text to keep, then `done_ok` or
    `show_error` says how resolving it went."""

    chosen = Signal(str)

    def __init__(self, review: ConflictReview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one dialog per conflict shown
        self.review = review
        self.kind = review.kind
        self.versions = oldest_first(review)
        self.diff: QTextEdit | None = None
        self.base_box: QPlainTextEdit | None = None
        self.setWindowTitle(plain_title(what(review)))
        self.heading = PlainLabel(what(review))
        self.heading.setWordWrap(True)
        _larger(self.heading, 1.3, bold=True)
        self.where = PlainLabel(self.tr("Case %1").replace("%1", review.case_number))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._combine_page())
        self.problem = PlainLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Why it was not resolved"))
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.where)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.problem)
        short = self.kind in (NUMBER, EDIT_DELETE)  # a few lines each: no room for a diff
        self.resize(screen_fit.preferred(self, 1000 if short else 1100, 440 if short else 720))

    # -- the choice ------------------------------------------------------------------------
    def _choice_page(self) -> QWidget:
        page = QWidget()
        columns = QHBoxLayout()
        if self.kind == VALUE:
            columns.addLayout(self._base_column(), 1)
        self.version_boxes = []
        for version in self.versions:
            column, box = self._version_column(version)
            columns.addLayout(column, 1)
            self.version_boxes.append(box)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns, 1)
        if self.kind in (VALUE, FORK) and len(self.versions) >= 2:
            layout.addLayout(self._diff_part(), 1)
        note = self._note()
        if note:
            label = PlainLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addLayout(self._choice_buttons())
        return page

    def _note(self) -> str:
        """What the choice does, where it is not plain from the buttons."""
        if self.kind == FORK:
            tab = self.tr("Plan") if self.review.table == "plans" else self.tr("Assessment")
            return self.tr(
                "The version you keep replaces both on every laptop. To keep parts of both, "
                "choose Later, then save a new version on the case's %1 tab: it replaces both."
            ).replace("%1", tab)
        if self.kind == NUMBER:
            return self.tr(
                "One case keeps %1; the other gets the next free number of its school year. "
                "If %1 is already on paper for the case you renumber, write the new number on "
                "that paper. The audit log keeps both numbers."
            ).replace("%1", self.review.case_number)
        if self.kind == EDIT_DELETE:
            return self.tr(
                "Keep it deleted: the change made meanwhile is deleted with it. Restore it: the "
                "record comes back with the change."
            )
        return ""

    def _base_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        title = self.tr("What both started from")
        heading = PlainLabel(title)
        _larger(heading, 1.0, bold=True)
        column.addWidget(heading)
        base = self.review.base
        if base is None:
            unknown = PlainLabel(
                self.tr(
                    "Not known: the versions' history does not say what they started from "
                    "(one was written without seeing the other's earlier text)."
                )
            )
            unknown.setWordWrap(True)
            column.addWidget(unknown)
            column.addStretch(1)
            return column
        self.base_box = _text_box(base.text, title)
        heading.setBuddy(self.base_box)
        column.addWidget(self.base_box, 1)
        return column

    def _version_column(self, version: ReviewVersion) -> tuple[QVBoxLayout, QPlainTextEdit]:
        column = QVBoxLayout()
        title = (
            self.tr("The case %1 opened") if self.kind == NUMBER else self.tr("%1's version")
        ).replace("%1", member_name(version))
        if version.at:
            title += "\n" + self.tr("written %1").replace("%1", short_moment(version.at))
        if version.laptop:
            title += " " + self.tr("(%1)").replace("%1", isolate(version.laptop))
        heading = PlainLabel(title)
        heading.setWordWrap(True)
        _larger(heading, 1.0, bold=True)
        box = _text_box(version.text, title)
        heading.setBuddy(box)
        column.addWidget(heading)
        column.addWidget(box, 1)
        return column, box

    def _diff_part(self) -> QVBoxLayout:
        first, second = self.versions[0], self.versions[1]
        legend = PlainLabel(
            self.tr(
                "Differences, word by word: [-struck through-] only in %1's version, "
                "{+underlined+} only in %2's version."
            )
            .replace("%1", member_name(first))
            .replace("%2", member_name(second))
        )
        legend.setWordWrap(True)
        shown = QTextEdit()
        shown.setReadOnly(True)
        shown.setAcceptRichText(False)
        shown.setTabChangesFocus(True)
        shown.setAccessibleName(self.tr("Differences, word by word"))
        _larger(shown, PROJECTOR_SCALE)
        diff.fill(shown.document(), first.text, second.text)
        legend.setBuddy(shown)
        self.diff = shown
        part = QVBoxLayout()
        part.addWidget(legend)
        part.addWidget(shown, 1)
        return part

    def _choice_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.keep_buttons = []
        for label, tip, answer in self._choices():
            button = QPushButton(label)
            set_plain_tooltip(button, tip)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, a=answer: self._choose(a))
            row.addWidget(button)
            self.keep_buttons.append(button)
        self.combine_button = QPushButton(self.tr("&Combine…"))
        self.combine_button.setAutoDefault(False)
        self.combine_button.clicked.connect(self._start_combining)
        self.combine_button.setVisible(self.kind == VALUE)
        self.later_button = QPushButton(self.tr("&Later"))
        self.later_button.setAutoDefault(False)
        self.later_button.clicked.connect(self.reject)
        row.addWidget(self.combine_button)
        row.addStretch(1)
        row.addWidget(self.later_button)
        return row

    def _choices(self) -> list[tuple[str, str, str]]:
        """(button text, tooltip, what `chosen` says) for each way out of this conflict."""
        if self.kind == EDIT_DELETE:
            return [
                (self.tr("&Keep it deleted"), self.tr("The record stays deleted"), DELETE),
                (self.tr("&Restore it"), self.tr("The record comes back, changed"), RESTORE),
            ]
        out = []
        for number, version in enumerate(self.versions, start=1):
            name = plain_mnemonic(self._short(member_name(version)))
            if self.kind == NUMBER:
                label = self.tr("New number for %1's case (&%2)")
                tip = self.tr("Give the case %1 opened the next free number")
            else:
                label = self.tr("Keep %1's (&%2)")
                tip = self.tr("Keep this version: %1")
            answer = version.text if self.kind == VALUE else version.record_id
            out.append(
                (
                    label.replace("%1", name).replace("%2", str(number)),
                    tip.replace("%1", by_when(version)),
                    answer,
                )
            )
        return out

    def _short(self, name: str) -> str:
        """A name as a button can hold it: a very long one ends in "…" (the tooltip and the
        heading above the version have it whole), so the dialog fits the screen."""
        room = self.fontMetrics().averageCharWidth() * NAME_CHARS
        return self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, room)

    # -- combining -------------------------------------------------------------------------
    def _combine_page(self) -> QWidget:
        page = QWidget()
        label = PlainLabel(
            self.tr(
                "C&ombined text: both versions are below, one after the other. Edit them into "
                "one text; it replaces every version on every laptop."
            )
        )
        label.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(self.tr("Combined text"))
        _larger(self.editor, PROJECTOR_SCALE)
        label.setBuddy(self.editor)
        self.save_combined = QPushButton(self.tr("&Save combined text"))
        self.save_combined.setAutoDefault(False)
        self.save_combined.clicked.connect(lambda: self._choose(self.editor.toPlainText()))
        self.back_button = QPushButton(self.tr("&Back to the versions"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self._stop_combining)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_combined)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)
        return page

    def _start_combining(self) -> None:
        """The editor, filled with every version in the order they were written."""
        if not self.editor.toPlainText():
            self.editor.setPlainText("\n\n".join(v.text for v in self.versions))
        self.pages.setCurrentIndex(1)
        self.editor.setFocus()

    def _stop_combining(self) -> None:
        self.pages.setCurrentIndex(0)
        self.combine_button.setFocus()

    # -- the answer ------------------------------------------------------------------------
    def _choose(self, text: str) -> None:
        self.problem.hide()
        self.setEnabled(False)  # one answer: resolving is on its way
        self.chosen.emit(text)

    def done_ok(self) -> None:
        self.accept()

    def show_error(self, text: str) -> None:
        self.setEnabled(True)
        self.problem.setText(text)
        self.problem.show()
