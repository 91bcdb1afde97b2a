"""Statistics: "Is our program working?" Counts for a school year, each table beside a bar
chart of the same numbers, small counts shown as "<10" (the district pack's minimum).

Everything shown comes suppressed from the service (`stats.year`); this screen only lays it
out. The tables take the keyboard (Tab from one to the next, arrows inside); the charts are
pictures of the same numbers and take no focus.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.statistics import (
    CHANGE_NAMES,
    DAY_BANDS,
    ENROLLED,
    FIGURE_TITLES,
    HARM_ROWS,
    INTERVENTION_STATUS_NAMES,
    LEARNER,
    NO_LEVEL,
    NOT_ASSESSED,
    NOT_LEARNER,
    NOT_RECORDED,
    OUTCOME_NAMES,
    RATIO,
    SHARE_OF_CASES,
    SHARE_OF_ENROLLMENT,
    WITH_PLAN,
    WITHOUT_PLAN,
    PublishedTable,
    derived_text,
    year_label,
)
from btam_desktop.services.contracts import api
from btam_desktop.services.contracts.printing import Exported
from btam_desktop.services.contracts.stats import YearStatistics
from btam_desktop.ui import district
from btam_desktop.ui.language import month_year, pack_word, short_date
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.plain import PlainLabel, heading, set_plain_tooltip
from btam_desktop.ui.screens.statistics.bars import BarChart
from btam_desktop.ui.screens.statistics.prevention import (
    FIRST,
    PreventionHeader,
    period_label,
)
from btam_desktop.ui.screens.statistics.rollup import RollupExport

#: How much larger the figures read with "Large type" on (a projector at the back of a room).
LARGE = 1.4


#: The rows and columns the domain names, gathered in one dict of the UI so that
#: tools/translations.py (which reads the UI's upper-case dicts of words) gives each its
#: Spanish; `words` then finds them.
DOMAIN_WORDS = {
    word: word
    for word in (
        *OUTCOME_NAMES.values(),
        *CHANGE_NAMES,
        *(band for band, _low, _high in DAY_BANDS),
        *INTERVENTION_STATUS_NAMES.values(),
        *HARM_ROWS,
        NOT_ASSESSED,
        NO_LEVEL,
        NOT_RECORDED,
        WITH_PLAN,
        WITHOUT_PLAN,
        LEARNER,
        NOT_LEARNER,
        SHARE_OF_CASES,
        ENROLLED,
        SHARE_OF_ENROLLMENT,
        RATIO,
    )
}


def words(text: str) -> str:
    """A label the domain names (a figure, a row, a column) in the window's language."""
    return QCoreApplication.translate("Statistics", text)


class StatisticsScreen(QWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.result: YearStatistics | None = None
        #: The last line this screen put in the status bar.
        self.last_message = ""
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("School year"))
        year_label_widget = PlainLabel(self.tr("School &year:"))
        year_label_widget.setBuddy(self.year)
        self.large = QCheckBox(self.tr("&Large type, for a projector"))
        #: The same figures on paper, for the school board or the district (Ctrl+P too).
        self.print_button = QPushButton(self.tr("Print &annual report…"))
        self.print_button.setEnabled(False)
        #: The school's enrollment of the year shown, for the share of each group.
        self.enrollment_button = QPushButton(self.tr("&Enrollment…"))
        self.enrollment_button.setEnabled(False)
        #: The state's yearly collection as CSV: only when the team's model maps one.
        self.state_button = QPushButton(self.tr("Export &state report…"))
        self.state_button.setEnabled(False)
        #: The year's figures in a file signed with the lead's key, for the district.
        self.rollup_button = QPushButton(self.tr("Export &district roll-up…"))
        self.rollup_button.setEnabled(False)
        self.summary = PlainLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary of the year"))
        self.note = PlainLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("What is not counted"))
        self.content = QWidget()
        self.sections = QVBoxLayout(self.content)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.content)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tables: list[QTableWidget] = []
        self.charts: list[BarChart] = []
        self.prevention: PreventionHeader | None = None
        top = QHBoxLayout()
        top.addWidget(year_label_widget)
        top.addWidget(self.year)
        top.addSpacing(self.fontMetrics().averageCharWidth() * 3)
        top.addWidget(self.large)
        top.addStretch(1)
        top.addWidget(self.enrollment_button)
        # The papers and files made from the figures: a row of their own, so the screen (and
        # with it the window, whose narrowest width is its widest screen's) stays narrow.
        papers = QHBoxLayout()
        papers.addStretch(1)
        papers.addWidget(self.print_button)
        papers.addWidget(self.state_button)
        papers.addWidget(self.rollup_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Statistics: is our program working?"), self))
        layout.addLayout(top)
        layout.addLayout(papers)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(self.scroller, 1)
        self.year.activated.connect(lambda _i: self.load(self.year.currentData()))
        self.large.toggled.connect(lambda _on: self._redraw())
        self.print_button.clicked.connect(self.print_annual_report)
        self.enrollment_button.clicked.connect(self.edit_enrollment)
        self.state_button.clicked.connect(self.export_state_report)
        self.rollup = RollupExport(ops, self)
        self.rollup_button.clicked.connect(
            lambda: (
                self.rollup.start(self.result.year) if self.result and self.result.year else None
            )
        )

    def load(self, year: int | None = None) -> None:
        """Ask for a school year's figures (this school year when None)."""
        self._ops.queue(api.STATS_YEAR(year), on_done=self.show_statistics)

    def print_annual_report(self) -> None:
        """The print preview of the annual report of the school year shown."""
        if self.result is None or self.result.year is None:
            return
        from btam_desktop.services.contracts.printing import PrintRequest
        from btam_desktop.ui.screens.print_preview import PrintPreviewDialog

        PrintPreviewDialog(self._ops, PrintRequest("annual", year=self.result.year), self).open()

    def choose_state_path(self, year: int) -> Path | None:
        """Where to save the state report (the file dialog; a test replaces it)."""
        from btam_desktop.ui.screens.print_preview import default_folder

        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export state report"),
            str(default_folder() / f"state-report-{year_label(year)}.csv"),
            self.tr("CSV (*.csv)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".csv")

    def export_state_report(self) -> None:
        """The state's form of the school year shown, as CSV: the service fills it from the
        same published figures, logs it, and writes the file; the status bar says so."""
        if self.result is None or self.result.year is None or not self.result.state_report:
            return
        path = self.choose_state_path(self.result.year)
        if path is None:
            return

        def done(result: Exported) -> None:
            self.say(
                self.tr(
                    "State report saved and logged: %1 fields in %2 (counts only, not encrypted)."
                )
                .replace("%1", str(result.rows))
                .replace("%2", path.name)
            )

        self.say(self.tr("Saving the state report…"))
        self._ops.run(
            api.EXPORT_STATE_REPORT(self.result.year, path),
            on_done=done,
            on_error=lambda error: self.say(str(error)),
        )

    def say(self, text: str) -> None:
        """A line in the window's status bar (kept a while: the file's name is in it)."""
        self.last_message = text
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15000)

    def edit_enrollment(self) -> None:
        """The enrollment of the school year shown; saved, the figures are asked for again."""
        if self.result is None or self.result.year is None:
            return
        from btam_desktop.ui.screens.statistics.enrollment import EnrollmentDialog

        year = self.result.year
        dialog = EnrollmentDialog(year, self.result.enrollment, self)
        dialog.chosen.connect(
            lambda total, counts: self._ops.run(
                api.EVALUATION_SAVE_ENROLLMENT(year, total, counts),
                on_done=lambda _r: self._enrollment_saved(dialog, year),
                on_error=lambda e: dialog.show_error(str(e)),
            )
        )
        dialog.open()

    def _enrollment_saved(self, dialog: QDialog, year: int) -> None:
        dialog.accept()
        self.load(year)

    def show_statistics(self, result: YearStatistics) -> None:
        self.result = result
        self.print_button.setEnabled(result.year is not None)
        self.enrollment_button.setEnabled(result.year is not None)
        self.state_button.setEnabled(
            result.year is not None
            and bool(result.state_report)
            and district.current().exports_allowed
        )
        set_plain_tooltip(
            self.state_button,
            self.tr("%1, filled from these figures").replace("%1", result.state_report)
            if result.state_report
            else self.tr("The team's model maps no state report."),
        )
        self.rollup_button.setEnabled(
            result.year is not None and district.current().exports_allowed
        )
        years = sorted({*result.years, *([result.year] if result.year else [])}, reverse=True)
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(year_label(year), year)
        self.year.setCurrentIndex(max(self.year.findData(result.year), 0))
        self.year.blockSignals(False)
        less = f"<{result.minimum}"
        counted = (
            self.tr("%1 (%2 to %3): %4 cases opened, %5 closed.")
            if result.year is not None
            else self.tr("%2 to %3: %4 cases opened, %5 closed.")
        )
        self.summary.setText(
            counted.replace("%1", result.label)
            .replace("%2", short_date(result.start))
            .replace("%3", short_date(result.end))
            .replace("%4", self._count(result.opened))
            .replace("%5", self._count(result.closed))
            + " "
            + self.tr(
                "Counts from 1 to %1 show as “%2”, and so does any count a total would give "
                "away: no student can be picked out. With few cases most counts are hidden."
            )
            .replace("%1", str(result.minimum - 1))
            .replace("%2", less)
        )
        self.note.setText(
            self.tr(
                "Not counted yet: %1. These fields come in a later version; until then the "
                "figures cannot show whether any group is over-represented."
            ).replace("%1", ", ".join(self.tr(w) for w in result.not_counted))
            if result.not_counted
            else self.tr(
                "Groups and outcomes come from the fields marked “For program evaluation” on "
                "each case. The ratio is a group's share of cases divided by its share of "
                "enrollment: above 1, the group has more of the cases than of the students."
            )
            + (
                " "
                + self.tr(
                    "No enrollment is typed in for %1 yet: press Enrollment… to compare."
                ).replace("%1", period_label(result))
                if result.enrollment is None and result.year is not None
                else ""
            )
        )
        self._redraw()

    def _count(self, value: int | None) -> str:
        assert self.result is not None
        return f"<{self.result.minimum}" if value is None else str(value)

    def _redraw(self) -> None:
        while self.sections.count():
            item = self.sections.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # out of the Tab chain now, not only once deleted
                widget.deleteLater()
        self.tables, self.charts = [], []
        self.prevention = None
        font = QFont(self.font())
        if self.large.isChecked():
            font.setPointSizeF(font.pointSizeF() * LARGE)
        self.content.setFont(font)
        if self.result is None:
            return
        medians = {m.figure: m for m in self.result.medians}
        for table in self.result.tables:
            if table.figure is FIRST:  # the public-health view's tables follow their header
                self.prevention = PreventionHeader(self.result, font)
                self.sections.addWidget(self.prevention)
                self.prevention.show()
            section = QWidget()
            section.setFont(font)
            box = QVBoxLayout(section)
            box.setContentsMargins(0, 0, 0, self.fontMetrics().height())
            title = PlainLabel(words(table.title))
            bold = QFont(font)
            bold.setBold(True)
            title.setFont(bold)
            title.setWordWrap(True)
            box.addWidget(title)
            row = QHBoxLayout()
            grid = self._table(table, font)
            row.addWidget(grid)
            if len(table.columns) == 1:
                chart = BarChart()
                chart.setFont(font)
                chart.setAccessibleName(self.tr("Chart: %1").replace("%1", words(table.title)))
                chart.setAccessibleDescription(self.tr("The same counts as the table beside it."))
                chart.set_bars(
                    [self._row(r) for r in table.rows],
                    [c[0] for c in table.values.cells],
                    self.result.minimum,
                )
                row.addWidget(chart, 1)
                self.charts.append(chart)
            else:
                row.addStretch(1)
            box.addLayout(row)
            median = medians.get(table.figure)
            if median is not None:
                line = PlainLabel(
                    (
                        self.tr("Median: 1 day (%2 cases).")
                        if median.days == 1
                        else self.tr("Median: %1 days (%2 cases).")
                    )
                    .replace("%1", f"{median.days:g}")
                    .replace("%2", str(median.count))
                    if median.days is not None
                    else self.tr("Median: not shown, fewer than %1 cases.").replace(
                        "%1", str(self.result.minimum)
                    )
                )
                line.setAccessibleName(
                    self.tr("Median of %1").replace("%1", words(FIGURE_TITLES[median.figure]))
                )
                box.addWidget(line)
            self.sections.addWidget(section)
            section.show()  # at once, not at the next event loop turn: Tab may come first
        self.sections.addStretch(1)
        # New tables join the end of the window's Tab chain: put them after the year's row.
        chain = [
            self.large,
            self.enrollment_button,
            self.print_button,
            self.state_button,
            self.rollup_button,
            *self.tables,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _row(self, text: str) -> str:
        """A row's label: the app's word in the window's language, or a model's word (a
        level, a factor, a plan domain) as the models put it in that language."""
        shown = words(text)
        if shown == text and self.result is not None:
            return month_year(pack_word(self.result.labels, text))
        return shown

    def _table(self, table: PublishedTable, font: QFont) -> QTableWidget:
        assert self.result is not None
        values = table.values
        wide = len(table.columns) > 1
        columns = [words(c) for c in table.columns] + ([self.tr("Total")] if wide else [])
        counted = len(columns)
        columns += [words(d.name) for d in table.derived]
        grid = QTableWidget(len(table.rows) + 1, len(columns))
        grid.setFont(font)
        grid.setAccessibleName(words(table.title))
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.setTabKeyNavigation(False)  # Tab moves on to the next table
        grid.setHorizontalHeaderLabels(columns)
        grid.setVerticalHeaderLabels([self._row(r) for r in table.rows] + [self.tr("Total")])
        bold = QFont(font)
        bold.setBold(True)
        rows = [
            [*cells, *([total] if wide else [])]
            for cells, total in zip(values.cells, values.row_totals, strict=True)
        ]
        rows.append([*values.column_totals, *([values.total] if wide else [])])
        if not wide:
            rows[-1] = [values.total]
        for i, line in enumerate(rows):
            for j, value in enumerate(line):
                item = QTableWidgetItem(self._count(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if value is None:
                    item.setData(
                        Qt.ItemDataRole.AccessibleTextRole,
                        self.tr("fewer than %1, hidden").replace("%1", str(self.result.minimum)),
                    )
                if i == len(rows) - 1 or (wide and j == len(line) - 1):
                    item.setFont(bold)
                grid.setItem(i, j, item)
        # Worked out from the published counts: "—" where a hidden count would be needed.
        for k, derived in enumerate(table.derived):
            for i, worked in enumerate(derived.values):
                item = QTableWidgetItem(derived_text(worked, derived.kind))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if worked is None:
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("not shown"))
                grid.setItem(i, counted + k, item)
            grid.setItem(len(table.rows), counted + k, QTableWidgetItem(""))  # no total
        # A few rows each: sized to their contents, no scroll bars of their own (the page
        # scrolls); ResizeToContents is cheap here, unlike on the case list.
        for header in (grid.horizontalHeader(), grid.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        grid.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.tables.append(grid)
        return grid

    def clear(self) -> None:
        self.result = None
        self.print_button.setEnabled(False)
        self.enrollment_button.setEnabled(False)
        self.state_button.setEnabled(False)
        self.rollup_button.setEnabled(False)
        self.year.clear()
        self.summary.clear()
        self.note.clear()
        self._redraw()
