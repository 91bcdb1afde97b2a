"""My tasks, the home screen after unlock: everything assigned to the signed-in member, grouped
by overdue, this week and later. Enter opens the item where it lives."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.records import today
from btam_desktop.domain.tasks import Task, TaskGroup, TaskKind, grouped
from btam_desktop.services.contracts import api
from btam_desktop.ui.language import short_date
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.plain import PlainLabel, heading, isolate

GROUP_LABELS = {
    TaskGroup.OVERDUE: "Overdue",
    TaskGroup.THIS_WEEK: "This week",
    TaskGroup.LATER: "Later",
}
KIND_LABELS = {
    TaskKind.INQUIRY: "Inquiry",
    TaskKind.INTERVENTION: "Intervention",
    TaskKind.REVIEW: "Case review",
    TaskKind.NOTIFICATION: "Notification",
    TaskKind.ACTION: "Meeting action",
    TaskKind.TRAINING: "Training",
    TaskKind.CASE_MANAGER: "Case manager",
    TaskKind.SERVICE_REFERRAL: "Referral to a service",
}
_TASK = Qt.ItemDataRole.UserRole


class TasksScreen(QWidget):
    open_case = Signal(str, str)  # case id, task kind
    open_team = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.summary = PlainLabel()
        self.summary.setAccessibleName(self.tr("Task summary"))
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("My tasks"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Due"), self.tr("What"), self.tr("Case"), self.tr("Kind")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.open_button = QPushButton(self.tr("&Open"))
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.setToolTip(
            self.tr("Meeting tasks are ticked off here; case work is finished in its case.")
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("My tasks"), self))
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.tree.itemActivated.connect(lambda _item, _col: self.open_current())
        self.tree.currentItemChanged.connect(lambda _new, _old: self._enable())
        self.open_button.clicked.connect(self.open_current)
        self.done_button.clicked.connect(self._mark_done)
        self._enable()

    def load(self) -> None:
        self._ops.queue(api.TASKS_MINE(), on_done=self.show_tasks)

    def show_tasks(self, tasks: list[Task]) -> None:
        self.tree.clear()
        groups = grouped(tasks, today())
        bold = QFont(self.font())
        bold.setBold(True)
        first: QTreeWidgetItem | None = None
        for group, items in groups.items():
            label = self.tr(GROUP_LABELS[group])
            top = QTreeWidgetItem([f"{label} ({len(items)})"])
            top.setFont(0, bold)
            top.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(top)
            for task in items:
                row = QTreeWidgetItem(
                    [
                        short_date(task.due_on) if task.due_on else self.tr("no date"),
                        task.title,
                        f"{task.case_number} · {isolate(task.initials)}"
                        if task.initials
                        else task.case_number,
                        self.tr(KIND_LABELS[task.kind]),
                    ]
                )
                row.setData(0, _TASK, task)
                top.addChild(row)
                first = first or row
            top.setExpanded(True)
        for col in (0, 2, 3):
            self.tree.resizeColumnToContents(col)
        self.tree.setColumnWidth(
            0,
            max(self.tree.columnWidth(0), self.fontMetrics().horizontalAdvance("Overdue (000)  ")),
        )
        self.summary.setText(
            self.tr("%1 overdue · %2 this week · %3 later")
            .replace("%1", str(len(groups[TaskGroup.OVERDUE])))
            .replace("%2", str(len(groups[TaskGroup.THIS_WEEK])))
            .replace("%3", str(len(groups[TaskGroup.LATER])))
        )
        if first is not None:
            self.tree.setCurrentItem(first)
        self._enable()

    def current_task(self) -> Task | None:
        item = self.tree.currentItem()
        task = item.data(0, _TASK) if item is not None else None
        return task if isinstance(task, Task) else None

    def _enable(self) -> None:
        task = self.current_task()
        self.open_button.setEnabled(task is not None)
        self.done_button.setEnabled(task is not None and task.kind is TaskKind.ACTION)

    def open_current(self) -> None:
        task = self.current_task()
        if task is None:
            return
        if task.case_id:
            self.open_case.emit(task.case_id, task.kind.value)
        elif task.kind is TaskKind.TRAINING:
            self.open_team.emit()

    def _mark_done(self) -> None:
        task = self.current_task()
        if task is not None and task.kind is TaskKind.ACTION:
            self._ops.run(api.TASKS_COMPLETE_ACTION(task.source_id))

    def clear(self) -> None:
        self.tree.clear()
        self.summary.clear()
        self._enable()
