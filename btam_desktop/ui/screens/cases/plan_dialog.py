"""The support plan's next version, written in a dialog: its goals and interventions, started
from the saved plan (the Plan tab shows the saved plan as a document to read)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.plan import Intervention
from btam_desktop.services.print_words import sentence
from btam_desktop.ui import screen_fit
from btam_desktop.ui.fields import ReportsProblems, problem_line, save_buttons
from btam_desktop.ui.language import short_date
from btam_desktop.ui.plain import PlainLabel, plain_title
from btam_desktop.ui.screens.cases.records import plan_gaps, plan_word, who_carries

if TYPE_CHECKING:
    from btam_desktop.services.contracts.manage import PlanView
from btam_desktop.ui.screens.cases.manage_dialogs import TYPE_LABELS


class PlanDialog(ReportsProblems, QDialog):
    """Goals and interventions of the plan's next version; Save plan keeps it. If someone else
    saved the plan meanwhile, the service says so here and the changes stay on screen."""

    save_requested = Signal(str, tuple, int)  # goals, interventions, based-on version
    edit_requested = Signal(object)  # Intervention | None (new)

    def __init__(self, view: PlanView, names: dict[str, str], parent: QWidget | None) -> None:
        super().__init__(parent)
        latest = view.latest
        self._version = latest.version if latest else 0
        self._items: list[Intervention] = list(latest.interventions) if latest else []
        self._flagged = set(view.needs_reassignment)
        self._names = names
        self._word = plan_word(view)
        self.setWindowTitle(
            plain_title(self.tr("Support plan, version %1").replace("%1", str(self._version + 1)))
        )
        self.goals = QPlainTextEdit(latest.goals if latest else "")
        self.goals.setTabChangesFocus(True)
        self.goals.setAccessibleName(self.tr("Plan goals"))
        self.goals.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.table = self._make_table()
        self.add = QPushButton(self.tr("&Add intervention…"))
        self.edit = QPushButton(self.tr("&Edit…"))
        self.state = PlainLabel(
            self.tr("Starts from version %1").replace("%1", str(self._version))
            if self._version
            else self.tr("No plan saved yet")
        )
        self.state.setAccessibleName(self.tr("Plan version"))
        self.gaps = PlainLabel("\n".join(f"{h}:\n{items}" for h, items in plan_gaps(view)))
        self.gaps.setWordWrap(True)
        self.gaps.setAccessibleName(self.tr("Factors not yet addressed"))
        self.error = problem_line()
        self.buttons, self.save = save_buttons(self.tr("Save &plan"))
        row = QHBoxLayout()
        row.addWidget(self.add)
        row.addWidget(self.edit)
        row.addWidget(self.state)
        row.addStretch(1)
        goals_label = PlainLabel(self.tr("&Goals:"))
        goals_label.setBuddy(self.goals)
        layout = QVBoxLayout(self)
        widgets: tuple[QWidget, ...] = (goals_label, self.goals, self.table)
        for widget in widgets:
            layout.addWidget(widget, 1 if widget is self.table else 0)
        layout.addLayout(row)
        for widget in (self.gaps, self.error, self.buttons):
            layout.addWidget(widget)
        # Wide enough for the intervention column to read (a 13-inch laptop's width at most).
        self.resize(
            screen_fit.preferred(
                self,
                self.fontMetrics().averageCharWidth() * 160,
                self.fontMetrics().lineSpacing() * 30,
                0.9,
            )
        )
        self.add.clicked.connect(lambda: self.edit_requested.emit(None))
        self.edit.clicked.connect(self._edit_current)
        self.table.cellActivated.connect(lambda *_: self._edit_current())
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self._fill()

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 6)
        table.setAccessibleName(self.tr("Interventions"))
        table.setHorizontalHeaderLabels(
            [
                self.tr("Domain"),
                self.tr("Intervention"),
                self.tr("Responsible"),
                self.tr("Review by"),
                self.tr("Frequency"),
                self.tr("Status"),
            ]
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # A plan has a handful of rows: every other column as wide as its words (or its
        # header's, longer in Spanish).
        for column in (0, 2, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        return table

    def put(self, item: Intervention) -> None:
        """An intervention added or edited in its dialog (saved with the plan)."""
        for i, existing in enumerate(self._items):
            if existing.id == item.id:
                self._items[i] = item
                break
        else:
            self._items.append(item)
        self._flagged.discard(item.id)
        self._fill()
        self.state.setText(
            self.tr("Unsaved changes (version %1 on file)").replace("%1", str(self._version))
        )

    def _fill(self) -> None:
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            values = (
                self._word(item.domain),
                f"{self.tr(TYPE_LABELS[item.type])}: {item.description}",
                who_carries(item, self._names, self._flagged),
                short_date(item.due_on),
                self.tr(sentence(item.frequency)),
                self.tr(sentence(item.status.value)),
            )
            for col, text in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _edit_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._items):
            self.edit_requested.emit(self._items[row])

    def _submit(self) -> None:
        self.busy()
        self.save_requested.emit(self.goals.toPlainText(), tuple(self._items), self._version)

    def submit_control(self) -> QWidget:
        return self.save
