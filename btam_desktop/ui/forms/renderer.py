"""Draws a pack's assessment sections as widgets, keeps show-if conditions live, and reads the
answers back. The same renderer shows an earlier version read-only ("what we knew when")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.assessment import Answer
from btam_desktop.domain.date_limits import LIFE
from btam_desktop.domain.pack import Pack, Question, QuestionType, visible
from btam_desktop.domain.records import today
from btam_desktop.ui.fields import limit_dates, qdate, spell_days
from btam_desktop.ui.language import pack_word
from btam_desktop.ui.plain import PlainLabel, plain_mnemonic, set_plain_tooltip

YES_NO_UNKNOWN = (("", "—"), ("yes", "Yes"), ("no", "No"), ("unknown", "Unknown"))


class _Field:
    """One question's widget, and how to read and write its answer. The question and its
    choices show in the window's language (`word`); answers keep the pack's own words."""

    def __init__(self, question: Question, word: Callable[[str], str], parent: QWidget) -> None:
        self.question = question
        self.widget: QWidget
        match question.type:
            case QuestionType.YES_NO_UNKNOWN | QuestionType.SINGLE:
                combo = QComboBox(parent)
                if question.type is QuestionType.YES_NO_UNKNOWN:
                    for value, label in YES_NO_UNKNOWN:
                        combo.addItem(parent.tr(label), value)
                else:
                    combo.addItem("—", "")
                    for choice in question.choices:
                        combo.addItem(word(choice), choice)
                self.widget = combo
            case QuestionType.MULTIPLE:
                box = QListWidget(parent)
                for choice in question.choices:
                    item = QListWidgetItem(word(choice))
                    item.setData(Qt.ItemDataRole.UserRole, choice)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                    box.addItem(item)
                box.setMaximumHeight(
                    parent.fontMetrics().lineSpacing() * (len(question.choices) + 1) + 8
                )
                self.widget = box
            case QuestionType.DATE:
                holder = QWidget(parent)
                row = QHBoxLayout(holder)
                row.setContentsMargins(0, 0, 0, 0)
                self.date = QDateEdit(qdate(today()))
                limit_dates(self.date, LIFE)
                spell_days(self.date)
                self.date_unset = QCheckBox(parent.tr("Not known"))
                self.date_unset.setChecked(True)
                self.date.setEnabled(False)
                self.date_unset.toggled.connect(lambda off: self.date.setEnabled(not off))
                row.addWidget(self.date)
                row.addWidget(self.date_unset)
                row.addStretch(1)
                self.widget = holder
            case QuestionType.NUMBER:
                spin = QDoubleSpinBox(parent)
                spin.setRange(-1e9, 1e9)
                spin.setDecimals(2)
                spin.setSpecialValueText(parent.tr("—"))
                spin.setMinimum(-1e9)
                spin.setValue(spin.minimum())
                self.widget = spin
            case _:
                text = QPlainTextEdit(parent)
                text.setTabChangesFocus(True)
                text.setFixedHeight(parent.fontMetrics().lineSpacing() * 3 + 12)
                self.widget = text
        self.widget.setAccessibleName(word(question.text))
        if question.help:
            set_plain_tooltip(self.widget, word(question.help))

    @property
    def focus_widget(self) -> QWidget:
        return self.date if self.question.type is QuestionType.DATE else self.widget

    def value(self) -> Answer:
        w = self.widget
        if isinstance(w, QComboBox):
            return str(w.currentData() or "")
        if isinstance(w, QListWidget):
            return [
                str(w.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(w.count())
                if w.item(i).checkState() == Qt.CheckState.Checked
            ]
        if isinstance(w, QDoubleSpinBox):
            return None if w.value() == w.minimum() else w.value()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        return None if self.date_unset.isChecked() else self.date.date().toString("yyyy-MM-dd")

    def set_value(self, answer: Answer) -> None:
        w = self.widget
        if isinstance(w, QComboBox):
            w.setCurrentIndex(max(w.findData(answer or ""), 0))
        elif isinstance(w, QListWidget):
            chosen = set(answer) if isinstance(answer, list) else set()
            for i in range(w.count()):
                item = w.item(i)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if item.data(Qt.ItemDataRole.UserRole) in chosen
                    else Qt.CheckState.Unchecked
                )
        elif isinstance(w, QDoubleSpinBox):
            w.setValue(float(answer) if isinstance(answer, int | float) else w.minimum())
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(str(answer or ""))
        elif answer:
            self.date_unset.setChecked(False)
            saved = QDate.fromString(str(answer), "yyyy-MM-dd")
            limit_dates(self.date, LIFE, saved)
            self.date.setDate(saved)

    def connect(self, slot: object) -> None:
        w = self.widget
        if isinstance(w, QComboBox):
            w.currentIndexChanged.connect(slot)
        elif isinstance(w, QListWidget):
            w.itemChanged.connect(slot)
        elif isinstance(w, QPlainTextEdit):
            w.textChanged.connect(slot)


class PackForm(QWidget):
    """The assessment sections of one pack. Hidden questions are not part of the answers."""

    changed = Signal()

    def __init__(
        self,
        pack: Pack,
        answers: dict[str, Answer] | None = None,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pack = pack
        self.fields: dict[str, _Field] = {}
        self._rows: dict[str, tuple[QFormLayout, int]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        def word(text: str) -> str:
            return pack_word(pack, text)

        for section in pack.sections:
            group = QGroupBox(plain_mnemonic(word(section.title)))
            form = QFormLayout(group)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            for question in section.questions:
                f = _Field(question, word, group)
                # A buddy makes '&' a mnemonic: the pack's text is shown as written.
                label = PlainLabel(
                    plain_mnemonic(word(question.text)) + (" *" if question.required else "")
                )
                label.setWordWrap(True)
                label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 70)
                label.setBuddy(f.focus_widget)
                form.addRow(label, f.widget)
                self.fields[question.id] = f
                self._rows[question.id] = (form, form.rowCount() - 1)
                f.connect(self._refresh)
            layout.addWidget(group)
        layout.addStretch(1)
        for qid, answer in (answers or {}).items():
            if qid in self.fields:
                self.fields[qid].set_value(answer)
        if read_only:
            for f in self.fields.values():
                f.widget.setEnabled(False)
        self._refresh()

    def _all_values(self) -> dict[str, Answer]:
        return {qid: f.value() for qid, f in self.fields.items()}

    def _refresh(self) -> None:
        values = self._all_values()
        for qid, f in self.fields.items():
            form, row = self._rows[qid]
            form.setRowVisible(row, visible(f.question, values))
        self.changed.emit()

    def answers(self) -> dict[str, Answer]:
        values = self._all_values()
        return {qid: v for qid, v in values.items() if visible(self.fields[qid].question, values)}

    def is_shown(self, question_id: str) -> bool:
        return visible(self.fields[question_id].question, self._all_values())
