"""The Harm to self tab of a case: the mark ("risk of harm to self identified", when and by
whom; removing it asks why), the school's suicide-risk protocol as a checklist (each step: done
on, by whom, a note), and the student's safety plan with its printout.

The app does not judge suicide risk; the tab says so, and records what the school's protocol
asks the team to record."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.harm_to_self import MarkSource, progress
from btam_desktop.services.contracts.harm_to_self import HarmView
from btam_desktop.ui.language import short_date
from btam_desktop.ui.plain import PlainLabel

#: Where the risk was found, as a sentence ends: "... identified on 2026-10-02 at screening".
SOURCE_WORDS = {
    MarkSource.SCREENING: "at screening",
    MarkSource.ASSESSMENT: "at an assessment",
    MarkSource.CASE: "on the case page",
}


class HarmTab(QWidget):
    mark_requested = Signal()
    unmark_requested = Signal()
    step_requested = Signal(str)  # the step id chosen in the table ("" for none)
    safety_plan_requested = Signal()
    print_requested = Signal(str)  # document kind: "safety-plan"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: HarmView | None = None
        #: The line under the case's facts while the mark is in force (the page shows it).
        self.flag = PlainLabel()
        self.flag.setWordWrap(True)
        self.flag.setAccessibleName(self.tr("Harm to self"))
        self.flag.hide()

        self.status = PlainLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Risk of harm to self"))
        self.mark_button = QPushButton(self.tr("&Mark: risk of harm to self identified…"))
        self.unmark_button = QPushButton(self.tr("Remove the mar&k…"))
        self.history = PlainLabel()
        self.history.setWordWrap(True)
        self.history.setAccessibleName(self.tr("Marks removed"))
        mark_row = QHBoxLayout()
        mark_row.addWidget(self.mark_button)
        mark_row.addWidget(self.unmark_button)
        mark_row.addStretch(1)

        self.protocol_box = QGroupBox(self.tr("The school's suicide-risk protocol"))
        self.progress = PlainLabel()
        self.progress.setWordWrap(True)
        self.progress.setAccessibleName(self.tr("Protocol steps recorded"))
        self.steps = QTableWidget(0, 4)
        self.steps.setHorizontalHeaderLabels(
            [self.tr("Step"), self.tr("Usually"), self.tr("Done on"), self.tr("By · note")]
        )
        self.steps.setAccessibleName(self.tr("Steps of the protocol"))
        self.steps.verticalHeader().hide()
        self.steps.setWordWrap(True)
        self.steps.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.steps.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.steps.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.steps.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # "Usually" names a role or two: wide enough for them on two lines at most.
        metrics = self.fontMetrics()
        for column, width in (
            (1, metrics.averageCharWidth() * 24),
            (2, metrics.horizontalAdvance("0000-00-00") + metrics.averageCharWidth() * 3),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.steps.setColumnWidth(column, width)
        self.record_button = QPushButton(self.tr("&Record a step…"))
        protocol = QVBoxLayout(self.protocol_box)
        protocol.addWidget(self.progress)
        protocol.addWidget(self.steps, 1)
        record_row = QHBoxLayout()
        record_row.addWidget(self.record_button)
        record_row.addStretch(1)
        protocol.addLayout(record_row)

        self.plan_box = QGroupBox(self.tr("Safety plan with the student"))
        self.plan_status = PlainLabel()
        self.plan_status.setWordWrap(True)
        self.plan_status.setAccessibleName(self.tr("Safety plan"))
        self.write_button = QPushButton(self.tr("&Write the safety plan…"))
        self.print_button = QPushButton(self.tr("&Print the safety plan…"))
        plan = QVBoxLayout(self.plan_box)
        plan.addWidget(self.plan_status)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.write_button)
        plan_row.addWidget(self.print_button)
        plan_row.addStretch(1)
        plan.addLayout(plan_row)

        self.note = PlainLabel(
            self.tr(
                "This app does not judge suicide risk. It records that the school's protocol "
                "was followed, by whom and when. The protocol and the school's trained "
                "professionals decide what to do. In an emergency, call 911; the 988 Suicide "
                "& Crisis Lifeline answers calls and texts at any hour."
            )
        )
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("About this tab"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(mark_row)
        layout.addWidget(self.history)
        layout.addWidget(self.protocol_box, 1)
        layout.addWidget(self.plan_box)
        layout.addWidget(self.note)

        self.mark_button.clicked.connect(self.mark_requested)
        self.unmark_button.clicked.connect(self.unmark_requested)
        self.record_button.clicked.connect(lambda: self.step_requested.emit(self.chosen_step()))
        self.steps.cellDoubleClicked.connect(lambda _r, _c: self.record_button.click())
        self.write_button.clicked.connect(self.safety_plan_requested)
        self.print_button.clicked.connect(lambda: self.print_requested.emit("safety-plan"))
        self.clear()

    def chosen_step(self) -> str:
        row = self.steps.currentRow()
        view = self.view
        if view is None or view.protocol is None or not 0 <= row < len(view.protocol.steps):
            return ""
        return view.protocol.steps[row].id

    def progress_text(self) -> str:
        view = self.view
        if view is None or view.protocol is None:
            return self.tr("The team's model names no suicide-risk protocol.")
        done, total = progress(view.protocol, view.steps)
        return (
            self.tr("%1: %2 of %3 steps recorded")
            .replace("%1", view.protocol.name)
            .replace("%2", str(done))
            .replace("%3", str(total))
        )

    def show_view(self, view: HarmView, names: dict[str, str], open_case: bool = True) -> None:
        self.view = view
        mark = view.mark
        if mark is None:
            self.status.setText(self.tr("No risk of harm to self is recorded for this case."))
        else:
            who = names.get(mark.identified_by or "", "")
            self.status.setText(
                self.tr("Risk of harm to self identified on %1%2, %3.")
                .replace("%1", short_date(mark.identified_on))
                .replace("%2", self.tr(" by %1").replace("%1", who) if who else "")
                .replace("%3", self.tr(SOURCE_WORDS[mark.source]))
            )
        removed = [m for m in view.history if not m.in_force]
        self.history.setText(
            "\n".join(
                self.tr("Marked on %1, removed on %2: %3")
                .replace("%1", short_date(m.identified_on))
                .replace("%2", (m.cleared_at or "")[:10])
                .replace("%3", m.clear_reason)
                for m in removed
            )
        )
        self.history.setVisible(bool(removed))
        self.mark_button.setVisible(mark is None)
        self.unmark_button.setVisible(mark is not None)
        self.progress.setText(self.progress_text().rpartition(": ")[2])
        if view.protocol is not None:
            self.protocol_box.setTitle(view.protocol.name)
        self.flag.setText(
            self.tr("⚑ Risk of harm to self identified. %1 (Harm to self tab)").replace(
                "%1", self.progress_text()
            )
        )
        self.flag.setVisible(mark is not None)
        self._fill_steps(view, names)
        self._show_plan(view, names)
        for button in (self.mark_button, self.unmark_button, self.record_button):
            button.setEnabled(open_case)
        self.write_button.setEnabled(open_case)
        self.record_button.setEnabled(open_case and view.protocol is not None)
        self.print_button.setEnabled(view.safety_plan is not None)

    def _fill_steps(self, view: HarmView, names: dict[str, str]) -> None:
        steps = view.protocol.steps if view.protocol else ()
        done = {r.step_id: r for r in view.steps}
        self.steps.setRowCount(len(steps))
        for row, step in enumerate(steps):
            record = done.get(step.id)
            by = ""
            if record is not None:
                by = names.get(record.by_id or "", record.by_name) or record.by_name
                by = " · ".join(t for t in (by, record.note) if t)
            for col, text in enumerate(
                (
                    step.label,
                    step.usually,
                    short_date(record.done_on) if record else self.tr("not yet"),
                    by,
                )
            ):
                self.steps.setItem(row, col, QTableWidgetItem(text))
        self.steps.resizeRowsToContents()

    def _show_plan(self, view: HarmView, names: dict[str, str]) -> None:
        plan = view.safety_plan
        if plan is None:
            text = self.tr("No safety plan is written yet.")
            self.write_button.setText(self.tr("&Write the safety plan…"))
        else:
            text = self.tr("Made with the student on %1%2. Last saved by %3.").replace(
                "%1", short_date(plan.made_on)
            )
            text = text.replace(
                "%2",
                self.tr(", together with %1").replace("%1", plan.made_with)
                if plan.made_with
                else "",
            ).replace("%3", names.get(plan.saved_by or "", self.tr("a former member")))
            self.write_button.setText(self.tr("&Edit the safety plan…"))
        text += "\n" + (
            self.tr("The support plan has a 'Safety plan with the student' item.")
            if view.on_plan
            else self.tr(
                "Not on the support plan yet: add a 'Safety plan with the student' item on "
                "the Plan tab, so reviews follow it."
            )
        )
        self.plan_status.setText(text)

    def clear(self) -> None:
        self.view = None
        self.status.clear()
        self.history.clear()
        self.history.hide()
        self.flag.clear()
        self.flag.hide()
        self.progress.clear()
        self.steps.setRowCount(0)
        self.plan_status.clear()
        self.unmark_button.hide()
        self.print_button.setEnabled(False)
