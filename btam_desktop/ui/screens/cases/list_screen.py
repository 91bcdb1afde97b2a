"""The case list: search as you type, filters, sort by any column, Enter opens a case."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.case import CaseColumns, CaseStatus
from btam_desktop.domain.pack import LevelChoice
from btam_desktop.ui.plain import PlainLabel
from btam_desktop.ui.screens.cases.model import (
    CASE_ID_ROLE,
    CaseFilter,
    CaseTableModel,
    status_label,
)

SEARCH_DEBOUNCE_MS = 120
#: Rows asked for first on unlock (more than a screen holds): on a large file they are on
#: screen in a fraction of the time the whole list takes, which follows.
FIRST_ROWS = 200


class _SearchField(QLineEdit):
    """Down moves into the results; Enter opens the selected (or first) case."""

    down = Signal()

    def keyPressEvent(self, event: object) -> None:  # noqa: N802
        from PySide6.QtGui import QKeyEvent

        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]


class CaseListScreen(QWidget):
    open_case = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CaseTableModel(self)
        self.search = _SearchField()
        self.search.setPlaceholderText(self.tr("Search case number, names or notes  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.addItem(self.tr("All statuses"), None)
        for s in CaseStatus:
            self.status.addItem(status_label(s), s)
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("Filter by level of concern"))
        self.level.addItem(self.tr("All levels"), None)
        self.manager = QComboBox()
        self.manager.setAccessibleName(self.tr("Filter by case manager"))
        self.overdue = QCheckBox(self.tr("Review overdue"))
        self.count = PlainLabel()
        self.count.setAccessibleName(self.tr("Number of cases shown"))

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics, pad = self.fontMetrics(), self.fontMetrics().averageCharWidth() * 3
        for column, sample in enumerate(
            (
                "2026-0000",
                "Kenzie Varga-Holloway-Smith",
                "Grade",
                "Management",
                "Level of concern",
                "Dana Whitlock-Oyelaran",
                "2026-12-31 (overdue)",
            )
        ):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + pad)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for w in (self.status, self.level, self.manager):
            filters.addWidget(w, 1)
        filters.addWidget(self.overdue)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._open_current)
        self.search.down.connect(self._focus_table)
        for combo in (self.status, self.level, self.manager):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.overdue.toggled.connect(self.apply_filter)
        self.table.activated.connect(self._open_index)
        self.model.modelReset.connect(self._after_reset)

    def set_cases(self, cases: CaseColumns) -> None:
        """The list, or its first rows (`cases.complete` False) until the rest arrives."""
        current = self.manager.currentData()
        self.manager.blockSignals(True)
        self.manager.clear()
        self.manager.addItem(self.tr("All case managers"), None)
        self.model.set_cases(cases)
        for name in self.model.managers():
            self.manager.addItem(name, name)
        index = self.manager.findData(current)
        self.manager.setCurrentIndex(max(index, 0))
        self.manager.blockSignals(False)
        self.apply_filter()

    def set_levels(self, choices: list[LevelChoice]) -> None:
        """The filter offers the team's model's levels (the first in `choices`); it matches
        a level's id, so a case assessed under another model with the same level matches."""
        current = self.level.currentData()
        self.level.blockSignals(True)
        self.level.clear()
        self.level.addItem(self.tr("All levels"), None)
        for choice in choices:
            if choice.pack_id == choices[0].pack_id:
                self.level.addItem(choice.label, choice.id)
        self.level.setCurrentIndex(max(self.level.findData(current), 0))
        self.level.blockSignals(False)
        self.model.set_levels(choices)
        self.apply_filter()

    def clear(self) -> None:
        self.search.clear()
        self.model.clear()
        self.manager.clear()

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(
            CaseFilter(
                text=self.search.text(),
                status=self.status.currentData(),
                level=self.level.currentData(),
                manager=self.manager.currentData(),
                overdue_only=self.overdue.isChecked(),
            )
        )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _after_reset(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if not self.model.complete:
            text = self.tr("%1 cases shown; loading the rest…").replace("%1", str(shown))
        elif shown == total:
            text = self.tr("%n case(s)", "", total)
        else:
            text = self.tr("%1 of %2 cases").replace("%1", str(shown)).replace("%2", str(total))
        self.count.setText(text)
        if shown:
            self.table.selectRow(0)

    def _focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)

    def _open_current(self) -> None:
        self.apply_filter()  # Enter before the debounce fired: act on what was typed
        if self.model.rowCount():
            index = self.table.currentIndex()
            self._open_index(index if index.isValid() else self.model.index(0, 0))

    def _open_index(self, index: QModelIndex) -> None:
        case_id = self.model.index(index.row(), 0).data(CASE_ID_ROLE)
        if case_id:
            self.open_case.emit(str(case_id))
