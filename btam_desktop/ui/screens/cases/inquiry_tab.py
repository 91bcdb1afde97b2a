"""The Inquiry tab: the inquiry checklist (from the pack, plus the team's own items) with
one item edited at a time, progress, and interview notes."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.date_limits import event_span
from btam_desktop.domain.inquiry import ITEM_STATUS_NAMES, InquiryItem, Interview, ItemStatus
from btam_desktop.domain.records import today as current_day
from btam_desktop.domain.team import Member
from btam_desktop.ui.fields import day_from, limit_dates, qdate, spell_days
from btam_desktop.ui.language import pack_word, short_date
from btam_desktop.ui.list_pane import ListPane
from btam_desktop.ui.plain import PlainLabel
from btam_desktop.ui.screens.dialogs import INTERVIEWEE_ROLE_LABELS

if TYPE_CHECKING:
    from btam_desktop.domain.pack import Pack
    from btam_desktop.services.contracts.inquiry import Checklist

STATUS_LABELS = ITEM_STATUS_NAMES


def _optional_date(parent: QWidget) -> tuple[QWidget, QDateEdit, QCheckBox]:
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    edit = QDateEdit(qdate(current_day()))
    limit_dates(edit, event_span(current_day()))
    spell_days(edit)
    unset = QCheckBox(parent.tr("None"))
    unset.toggled.connect(lambda off: edit.setEnabled(not off))
    row.addWidget(edit)
    row.addWidget(unset)
    row.addStretch(1)
    return holder, edit, unset


def _read(edit: QDateEdit, unset: QCheckBox) -> date | None:
    return None if unset.isChecked() else day_from(edit.date())


def _write(edit: QDateEdit, unset: QCheckBox, day: date | None) -> None:
    unset.setChecked(day is None)
    saved = qdate(day) if day else None
    limit_dates(edit, event_span(current_day()), saved)
    edit.setDate(saved or qdate(current_day()))


class InquiryTab(QWidget):
    save_item = Signal(str, object)  # item id, ItemEdit
    add_item = Signal(str)  # text
    add_interview = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = PlainLabel()
        self.progress.setAccessibleName(self.tr("Inquiry progress"))
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Inquiry checklist"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Assigned to"), self.tr("Due"), self.tr("Status")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        # Wrapped rows as tall as their text at the column's width, whenever it changes: rows
        # measured once, while the tab was hidden and the column a few pixels wide, stayed a
        # word a line (a checklist is a few dozen rows: cheap to keep measured).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        editor = QWidget()
        form = QFormLayout(editor)
        self.item_text = PlainLabel()
        self.item_text.setWordWrap(True)
        self.assignee = QComboBox()
        due_row, self.due, self.due_unset = _optional_date(self)
        self.status = QComboBox()
        for status, label in STATUS_LABELS.items():
            self.status.addItem(self.tr(label), status.value)
        self.findings = QPlainTextEdit()
        self.findings.setTabChangesFocus(True)
        self.sources = QLineEdit()
        found_row, self.found, self.found_unset = _optional_date(self)
        self.corroborated = QCheckBox(self.tr("&Corroborated by another source"))
        self.evidence = QListWidget()
        self.evidence.setAccessibleName(self.tr("Evidence linked to this item"))
        self.evidence.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.save = QPushButton(self.tr("Save &item"))
        form.addRow(self.item_text)
        form.addRow(self.tr("&Assigned to:"), self.assignee)
        form.addRow(self.tr("D&ue:"), due_row)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Findings:"), self.findings)
        form.addRow(self.tr("S&ource(s):"), self.sources)
        form.addRow(self.tr("Found &on:"), found_row)
        form.addRow("", self.corroborated)
        self.evidence_pane = ListPane(
            "", self.evidence, self.tr("None attached to the case (Referral tab)")
        )
        form.addRow(self.tr("E&vidence:"), self.evidence_pane)
        form.addRow("", self.save)
        for row_widget, buddy in (
            (due_row, self.due),
            (found_row, self.found),
            (self.evidence_pane, self.evidence),
        ):
            row_label = form.labelForField(row_widget)
            if isinstance(row_label, QLabel):
                row_label.setBuddy(buddy)

        self.interviews = QListWidget()
        self.interviews.setAccessibleName(self.tr("Interview notes"))
        self.interviews.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add checklist ite&m…"))
        self.interview_button = QPushButton(self.tr("Add intervie&w notes…"))
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.progress)
        lv.addWidget(self.table, 2)
        lv.addWidget(self.add_button)
        self.interviews_pane = ListPane(
            self.tr("Interviews:"),
            self.interviews,
            self.tr("none yet"),
            self.interview_button,
        )
        lv.addWidget(self.interviews_pane, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._items: list[InquiryItem] = []
        self._pack: Pack | None = None
        self.table.currentCellChanged.connect(lambda row, *_: self._edit(row))
        self.save.clicked.connect(self._save)
        self.add_button.clicked.connect(self._ask_item)
        self.interview_button.clicked.connect(self.add_interview)

    def _word(self, text: str) -> str:
        """A checklist item of the case's model in the window's language; the team's own
        items (and a model with no word for it) as written."""
        return pack_word(self._pack, text) if self._pack is not None else text

    @property
    def items(self) -> list[InquiryItem]:
        """The case's checklist as last shown."""
        return list(self._items)

    def set_members(self, members: list[Member]) -> None:
        self.assignee.clear()
        self.assignee.addItem(self.tr("(nobody yet)"), "")
        for m in members:
            if m.active:
                self.assignee.addItem(m.name, m.id)

    def show_checklist(self, checklist: Checklist, names: dict[str, str]) -> None:
        current = self.table.currentRow()
        self._items = list(checklist.items)
        self._pack = checklist.pack
        p = checklist.progress
        self.progress.setText(
            self.tr("%1 of %2 looked into (%3 answered, %4 unknown, %5 conflicting)")
            .replace("%1", str(p.done))
            .replace("%2", str(p.total))
            .replace("%3", str(p.answered))
            .replace("%4", str(p.unknown))
            .replace("%5", str(p.conflicting))
            + (self.tr(" · %n overdue", "", p.overdue) if p.overdue else "")
        )
        self.table.setRowCount(len(self._items))
        today = current_day()
        for row, item in enumerate(self._items):
            late = (
                item.due_on is not None
                and item.due_on < today
                and item.status is ItemStatus.NOT_STARTED
            )
            due = (
                (short_date(item.due_on) + (self.tr(" (overdue)") if late else ""))
                if item.due_on
                else ""
            )
            prefix = self.tr("Source: ") if item.kind == "source" else ""
            for col, text in enumerate(
                (
                    prefix + self._word(item.text),
                    names.get(item.assignee_id or "", ""),
                    due,
                    self.tr(STATUS_LABELS[item.status]),
                )
            ):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if self._items:
            self.table.setCurrentCell(min(max(current, 0), len(self._items) - 1), 0)
            self._edit(self.table.currentRow())

    def show_interviews(self, interviews: list[Interview], names: dict[str, str]) -> None:
        self.interviews.clear()
        for iv in interviews:
            role = self.tr(INTERVIEWEE_ROLE_LABELS.get(iv.interviewee_role, iv.interviewee_role))
            line = (
                self.tr("%1 · %2 (%3) · by %4")
                .replace("%1", short_date(iv.held_on))
                .replace("%2", iv.interviewee)
                .replace("%3", role)
                .replace("%4", names.get(iv.interviewer_id or "", ""))
            )
            if iv.others_present:
                line += self.tr("; also present: %1").replace("%1", iv.others_present)
            self.interviews.addItem(f"{line}\n{iv.notes}")

    def _edit(self, row: int) -> None:
        if not 0 <= row < len(self._items):
            return
        item = self._items[row]
        help_text = self._word(item.help) if item.help else ""
        self.item_text.setText(self._word(item.text) + (f"\n{help_text}" if help_text else ""))
        self.assignee.setCurrentIndex(max(self.assignee.findData(item.assignee_id or ""), 0))
        _write(self.due, self.due_unset, item.due_on)
        self.status.setCurrentIndex(max(self.status.findData(item.status.value), 0))
        self.findings.setPlainText(item.findings)
        self.sources.setText(item.sources)
        _write(self.found, self.found_unset, item.found_on)
        self.corroborated.setChecked(item.corroborated)
        for i in range(self.evidence.count()):
            row_item = self.evidence.item(i)
            linked = row_item.data(Qt.ItemDataRole.UserRole) in item.evidence_ids
            row_item.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)

    def _save(self) -> None:
        from btam_desktop.services.contracts.inquiry import ItemEdit

        row = self.table.currentRow()
        if not 0 <= row < len(self._items):
            return
        linked = tuple(
            str(self.evidence.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.evidence.count())
            if self.evidence.item(i).checkState() == Qt.CheckState.Checked
        )
        self.save_item.emit(
            self._items[row].id,
            ItemEdit(
                assignee_id=self.assignee.currentData() or None,
                due_on=_read(self.due, self.due_unset),
                status=self.status.currentData(),
                findings=self.findings.toPlainText(),
                sources=self.sources.text(),
                found_on=_read(self.found, self.found_unset),
                corroborated=self.corroborated.isChecked(),
                evidence_ids=linked,
            ),
        )

    def set_evidence(self, items: list[tuple[str, str]]) -> None:
        """(id, file name) of the case's evidence, to link to checklist items."""
        self.evidence.clear()
        for evidence_id, name in items:
            entry = QListWidgetItem(name)
            entry.setData(Qt.ItemDataRole.UserRole, evidence_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.evidence.addItem(entry)
        self._edit(self.table.currentRow())

    def _ask_item(self) -> None:
        ask = QInputDialog(self)
        ask.setWindowTitle(self.tr("Add a checklist item"))
        ask.setLabelText(self.tr("What should the team find out, or whom should it consult?"))
        ask.textValueSelected.connect(
            lambda text: self.add_item.emit(text) if text.strip() else None
        )
        ask.open()

    def clear(self) -> None:
        self._items = []
        self.table.setRowCount(0)
        self.interviews.clear()
        self.progress.clear()
        self.item_text.clear()
        self.findings.clear()
