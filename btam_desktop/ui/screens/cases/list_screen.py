"""The case list: search as you type, filters, sort by any column, Enter opens a case."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.case import CaseColumns, CaseStatus
from btam_desktop.domain.pack import LevelChoice
from btam_desktop.ui.language import short_date
from btam_desktop.ui.plain import PlainLabel
from btam_desktop.ui.screens.cases.model import (
    CASE_ID_ROLE,
    CaseFilter,
    CaseTableModel,
    status_label,
)
from btam_desktop.ui.screens.cases.student_view import STUDENT_SHORTCUT

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
    new_referral = Signal()
    student_requested = Signal(str)  # case id: its student's record across cases

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
        # Widths from sample text, not ResizeToContents (which reads every row); the student
        # column takes the rest. At 1280 px every column shows its whole text
        # (tests/ui/test_case_list_look.py).
        bold = self.font()
        bold.setBold(True)  # a marked cell (urgent, overdue) is bold and has an icon
        icon = self.style().pixelMetric(self.style().PixelMetric.PM_SmallIconSize) + 6
        # The widest stage in the window's language.
        stage = max(map(status_label, CaseStatus), key=self.fontMetrics().horizontalAdvance)
        # Dates as the list writes them (language.short_date): the widest month's.
        bold_metrics = QFontMetrics(bold)
        widest_day = max(
            (short_date(date(2026, month, 28)) for month in range(1, 13)),
            key=bold_metrics.horizontalAdvance,
        )
        last_minute = QLocale().toString(QTime(23, 59), QLocale.FormatType.ShortFormat)
        for column, (sample, marked) in enumerate(
            (
                ("2026-0000", False),
                (self.tr("Urgent"), True),
                ("", False),
                ("12", False),
                (stage, False),
                ("", False),
                ("Dana Whitlock-Oyelaran", False),
                (self.tr("%1 · overdue").replace("%1", widest_day), True),
                (max(widest_day, last_minute, key=bold_metrics.horizontalAdvance), False),
            )
        ):
            self._fit_column(column, sample, QFontMetrics(bold) if marked else None, icon)
        header.setSectionResizeMode(
            CaseTableModel.COLUMNS.index("student"), QHeaderView.ResizeMode.Stretch
        )
        self.empty = PlainLabel(
            self.tr("No cases yet. A case starts with a report of concerning behavior.")
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton(self.tr("New &referral…"))
        self.empty_button.setAccessibleName(self.tr("New referral"))
        self.empty_button.clicked.connect(self.new_referral)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(2)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(empty)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for w in (self.status, self.level, self.manager):
            filters.addWidget(w, 1)
        filters.addWidget(self.overdue)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the workspace has margins of its own
        layout.addLayout(filters)
        layout.addWidget(self.body, 1)
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
        # The chosen case's student, across cases: Ctrl+Shift+R or the table's context menu.
        student = QAction(self.tr("S&tudent's record…"), self)
        student.setShortcut(QKeySequence(STUDENT_SHORTCUT))
        student.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        student.triggered.connect(self._student)
        self.addAction(student)
        self.table.addAction(student)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _fit_column(
        self, column: int, sample: str, metrics: QFontMetrics | None = None, icon: int = 0
    ) -> None:
        """Wide enough for `sample` (in `metrics`, with an icon when given) and for the
        header's title with its sort arrow."""
        margin = self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin)
        pad = 2 * (margin + 1) + 2  # the item delegate's text margins, and a little air
        if metrics is None:
            width = self.fontMetrics().horizontalAdvance(sample) + pad
        else:
            width = metrics.horizontalAdvance(sample) + pad + icon
        header = self.table.horizontalHeader()
        self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))

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
        team = [c.label for c in choices if c.pack_id == choices[0].pack_id] if choices else []
        self._fit_column(CaseTableModel.COLUMNS.index("level"), max(team, key=len, default=""))
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
        # No case at all: the way to start one, instead of an empty grid.
        self.body.setCurrentIndex(1 if total == 0 and self.model.complete else 0)
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

    def _student(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            case_id = self.model.index(index.row(), 0).data(CASE_ID_ROLE)
            if case_id:
                self.student_requested.emit(str(case_id))

    def _open_index(self, index: QModelIndex) -> None:
        case_id = self.model.index(index.row(), 0).data(CASE_ID_ROLE)
        if case_id:
            self.open_case.emit(str(case_id))
