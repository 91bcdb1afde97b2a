"""The Harm to self tab's dialogs (set the mark, remove it with a reason, record a protocol
step, write the safety plan) and `HarmControl`, which loads the tab and runs their services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from btam_desktop.domain.harm_to_self import CRISIS_LINE, MarkSource, Protocol, SafetyPlan
from btam_desktop.domain.records import today
from btam_desktop.domain.team import Member
from btam_desktop.services.contracts import api
from btam_desktop.services.contracts.harm_to_self import HarmView, SafetyPlanInput, StepInput
from btam_desktop.ui.fields import FormDialog, date_edit, day_of, text_box
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.screens.cases.assessment_tab import AssessmentDialog
from btam_desktop.ui.screens.cases.harm_tab import SOURCE_WORDS
from btam_desktop.ui.screens.cases.page import CasePage
from btam_desktop.ui.screens.dialogs import ScreeningDialog


def _members(members: list[Member], me: str, parent: QWidget, none: str) -> QComboBox:
    box = QComboBox(parent)
    box.addItem(none, "")
    for m in members:
        if m.active:
            box.addItem(m.name, m.id)
    box.setCurrentIndex(max(box.findData(me), 0))
    return box


class MarkDialog(FormDialog):
    chosen = Signal(object, object, str)  # day, member id or None, MarkSource value

    def __init__(
        self, members: list[Member], me: str, source: MarkSource, parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Risk of harm to self identified"), self.tr("&Mark"), parent)
        self.when = date_edit()
        self.by = _members(members, me, self, self.tr("Not recorded"))
        self.source = QComboBox(self)
        for where, words in SOURCE_WORDS.items():
            self.source.addItem(self.tr(words), where.value)
        self.source.setCurrentIndex(max(self.source.findData(source.value), 0))
        self.form.addRow(self.tr("Identified &on:"), self.when)
        self.form.addRow(self.tr("Identified &by:"), self.by)
        self.form.addRow(self.tr("&Found:"), self.source)

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(
            day_of(self.when), self.by.currentData() or None, self.source.currentData()
        )


class UnmarkDialog(FormDialog):
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(self.tr("Remove the mark"), self.tr("&Remove the mark"), parent)
        self.reason = text_box(3, self)
        self.form.addRow(self.tr("&Why? (kept with the case)"), self.reason)

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(self.reason.toPlainText())


class StepDialog(FormDialog):
    chosen = Signal(object)  # StepInput

    def __init__(
        self,
        protocol: Protocol,
        step_id: str,
        members: list[Member],
        me: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(self.tr("Record a step of the protocol"), self.tr("&Record"), parent)
        self.step = QComboBox(self)
        for step in protocol.steps:
            self.step.addItem(step.label, step.id)
        self.step.setCurrentIndex(max(self.step.findData(step_id), 0))
        self.when = date_edit()
        self.by = _members(members, me, self, self.tr("Someone else (type the name)"))
        self.by_name = QLineEdit(self)
        self.by_name.setPlaceholderText(self.tr("e.g. the district's crisis counselor"))
        self.note = text_box(3, self)
        for label, widget in (
            (self.tr("&Step:"), self.step),
            (self.tr("Done &on:"), self.when),
            (self.tr("Done &by:"), self.by),
            (self.tr("Or &name:"), self.by_name),
            (self.tr("&Note:"), self.note),
        ):
            self.form.addRow(label, widget)

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(
            StepInput(
                step_id=str(self.step.currentData()),
                done_on=day_of(self.when),
                by_id=self.by.currentData() or None,
                by_name=self.by_name.text(),
                note=self.note.toPlainText(),
            )
        )


class SafetyPlanDialog(FormDialog):
    chosen = Signal(object)  # SafetyPlanInput

    def __init__(self, plan: SafetyPlan | None, parent: QWidget | None) -> None:
        super().__init__(self.tr("Safety plan with the student"), self.tr("&Save"), parent)
        self.made_on = date_edit(plan.made_on if plan else None)
        self.made_with = QLineEdit(plan.made_with if plan else "", self)
        self.made_with.setPlaceholderText(self.tr("Who sat with the student"))
        self.warning_signs = text_box(3, self)
        self.coping = text_box(3, self)
        self.people_places = text_box(3, self)
        self.adults = text_box(3, self)
        self.crisis_line = QLineEdit(plan.crisis_line if plan else CRISIS_LINE, self)
        for box, value in (
            (self.warning_signs, plan.warning_signs if plan else ""),
            (self.coping, plan.coping if plan else ""),
            (self.people_places, plan.people_places if plan else ""),
            (self.adults, plan.adults if plan else ""),
        ):
            box.setPlainText(value)
        for label, widget in (
            (self.tr("Made &on:"), self.made_on),
            (self.tr("Made &with:"), self.made_with),
            (self.tr("&Warning signs (the student's words):"), self.warning_signs),
            (self.tr("Things to &do on their own:"), self.coping),
            (self.tr("&People and places that help:"), self.people_places),
            (self.tr("&Adults to contact:"), self.adults),
            (self.tr("&Crisis line:"), self.crisis_line),
        ):
            self.form.addRow(label, widget)

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(
            SafetyPlanInput(
                made_on=day_of(self.made_on),
                made_with=self.made_with.text(),
                warning_signs=self.warning_signs.toPlainText(),
                coping=self.coping.toPlainText(),
                people_places=self.people_places.toPlainText(),
                adults=self.adults.toPlainText(),
                crisis_line=self.crisis_line.text(),
            )
        )


#: The members, the names by id, and who is signed in (as the cases area knows them).
Context = Callable[[], tuple[list[Member], dict[str, str], str]]


class HarmControl(QObject):
    """Loads the Harm to self tab for the case on screen and runs what its buttons ask for;
    marks the case when a screening or assessment is saved with its harm-to-self box ticked."""

    def __init__(self, ops: Ops, page: CasePage, context: Context, parent: QWidget) -> None:
        super().__init__(parent)
        self._ops, self._page, self.tab = ops, page, page.harm
        self._context, self._parent = context, parent
        self.tab.mark_requested.connect(lambda: self.ask_mark(MarkSource.CASE))
        self.tab.unmark_requested.connect(self._unmark)
        self.tab.step_requested.connect(self._step)
        self.tab.safety_plan_requested.connect(self._safety_plan)

    def _case_id(self) -> str | None:
        return self._page.case_id

    def load(self, case_id: str, open_case: bool) -> None:
        def show(view: HarmView) -> None:
            if view.case_id == self._case_id():
                self.tab.show_view(view, self._context()[1], open_case)

        self._ops.queue(api.HARM_VIEW(case_id), on_done=show)

    def after(
        self, dialog: ScreeningDialog | AssessmentDialog, close: Callable[[], None], case_id: str
    ) -> None:
        """A screening or assessment was saved: its dialog closes and, when its harm-to-self
        box was ticked (and the case is not marked yet), the case is marked today by this
        member, and the tab with the protocol's steps comes forward."""
        close()
        view = self.tab.view
        if not dialog.self_harm.isChecked() or (view and view.case_id == case_id and view.mark):
            return
        source = (
            MarkSource.SCREENING if isinstance(dialog, ScreeningDialog) else MarkSource.ASSESSMENT
        )
        self._ops.run(
            api.HARM_MARK(case_id, today(), self._context()[2] or None, source.value),
            on_done=lambda _m: self._page.tabs.setCurrentWidget(self.tab),
        )

    def ask_mark(self, source: MarkSource) -> None:
        case_id = self._case_id()
        if case_id is None:
            return
        members, _names, me = self._context()
        dialog = MarkDialog(members, me, source, self._parent)

        def mark(day: date, by: str | None, where: str) -> None:
            self._ops.run(
                api.HARM_MARK(case_id, day, by, where),
                on_done=lambda _m: dialog.accept(),
                on_error=lambda e: dialog.show_error(str(e)),
            )

        dialog.chosen.connect(mark)
        dialog.open()

    def _unmark(self) -> None:
        case_id = self._case_id()
        if case_id is None:
            return
        dialog = UnmarkDialog(self._parent)
        dialog.chosen.connect(
            lambda reason: self._ops.run(
                api.HARM_UNMARK(case_id, reason),
                on_done=lambda _r: dialog.accept(),
                on_error=lambda e: dialog.show_error(str(e)),
            )
        )
        dialog.open()

    def _step(self, step_id: str) -> None:
        case_id, view = self._case_id(), self.tab.view
        if case_id is None or view is None or view.protocol is None:
            return
        members, _names, me = self._context()
        dialog = StepDialog(view.protocol, step_id, members, me, self._parent)
        dialog.chosen.connect(
            lambda item: self._ops.run(
                api.HARM_RECORD_STEP(case_id, item),
                on_done=lambda _r: dialog.accept(),
                on_error=lambda e: dialog.show_error(str(e)),
            )
        )
        dialog.open()

    def _safety_plan(self) -> None:
        case_id, view = self._case_id(), self.tab.view
        if case_id is None or view is None:
            return
        dialog = SafetyPlanDialog(view.safety_plan, self._parent)
        dialog.chosen.connect(
            lambda item: self._ops.run(
                api.HARM_SAVE_SAFETY_PLAN(case_id, item),
                on_done=lambda _r: dialog.accept(),
                on_error=lambda e: dialog.show_error(str(e)),
            )
        )
        dialog.open()
