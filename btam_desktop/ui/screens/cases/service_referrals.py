"""The case's referrals to services, on its Plan tab: each with its current step (and the
intervention it carries out), stalled ones marked; Suggest a service… starts one, Next step…
records what happened next (family consent and who gave it, referred, accepted or declined,
first appointment, completed or dropped)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.community import (
    KIND_WORDS,
    STEP_WORDS,
    CommunityService,
    ServiceReferral,
    Step,
    stalled_since,
)
from btam_desktop.domain.plan import Intervention
from btam_desktop.domain.records import today
from btam_desktop.services.contracts import api
from btam_desktop.services.contracts.community import CaseServices, StepInput
from btam_desktop.ui.fields import FormDialog, combo, date_edit, day_of, fit_width, text_box
from btam_desktop.ui.language import short_date
from btam_desktop.ui.list_pane import ListPane
from btam_desktop.ui.ops import Ops


class SuggestDialog(FormDialog):
    """Suggest a service on the directory to the student and family (the referral's first
    step), optionally for one of the plan's interventions."""

    submitted = Signal()

    def __init__(
        self,
        services: Sequence[CommunityService],
        interventions: Sequence[Intervention],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Suggest a service"), self.tr("Suggest"), parent)
        self.service = fit_width(QComboBox(self))
        for s in services:
            if s.listed:
                self.service.addItem(f"{s.name} · {self.tr(KIND_WORDS[s.kind])}", s.id)
        self.intervention = fit_width(QComboBox(self))
        self.intervention.addItem(self.tr("(none)"), "")
        for i in interventions:
            self.intervention.addItem(i.description.splitlines()[0][:80], i.id)
        self.on = date_edit(today())
        self.note = text_box(2, self)
        for label, widget in (
            (self.tr("Ser&vice:"), self.service),
            (self.tr("&For the intervention:"), self.intervention),
            (self.tr("&Suggested on:"), self.on),
            (self.tr("&Note:"), self.note),
        ):
            self.form.addRow(label, widget)

    def _submit(self) -> None:
        if self.service.count() == 0:
            self.show_error(
                self.tr("The directory has no services yet: add them on Team ▸ Services.")
            )
            return
        self.busy()
        self.submitted.emit()


class StepDialog(FormDialog):
    """The referral's next step: only the steps that may follow its current one."""

    chosen = Signal(object)  # StepInput

    def __init__(self, referral: ServiceReferral, service: str, parent: QWidget | None) -> None:
        super().__init__(
            self.tr("Next step: %1").replace("%1", service), self.tr("Record step"), parent
        )
        self.step = combo([(s.value, STEP_WORDS[s]) for s in referral.next_steps], self)
        self.on = date_edit(today())
        self.given_by = QLineEdit()
        self.given_by.setPlaceholderText(self.tr("For example: Ms. Alvarez, mother"))
        self.note = text_box(2, self)
        for label, widget in (
            (self.tr("&Step:"), self.step),
            (self.tr("&On:"), self.on),
            (self.tr("&Consent given by:"), self.given_by),
            (self.tr("&Note:"), self.note),
        ):
            self.form.addRow(label, widget)
        self.step.currentIndexChanged.connect(lambda _i: self._show_given_by())
        self._show_given_by()

    def _show_given_by(self) -> None:
        self.form.setRowVisible(self.given_by, self.step.currentData() == Step.CONSENT.value)

    def _submit(self) -> None:
        self.busy()
        step = Step(self.step.currentData())
        self.chosen.emit(
            StepInput(
                step,
                day_of(self.on),
                self.given_by.text() if step is Step.CONSENT else "",
                self.note.toPlainText(),
            )
        )


class ServiceReferralsPane(QWidget):
    """The list and its two buttons; it loads and saves through the service calls itself."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.case_id: str | None = None
        self._shown: CaseServices | None = None
        self._interventions: tuple[Intervention, ...] = ()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Referrals to services"))
        self.list.setWordWrap(True)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.suggest = QPushButton(self.tr("Suggest a ser&vice…"))
        self.next_step = QPushButton(self.tr("Ne&xt step…"))
        self.pane = ListPane(self.tr("Referrals to services"), self.list, self.tr("none yet"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.suggest)
        buttons.addWidget(self.next_step)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pane, 1)
        layout.addLayout(buttons)
        self.suggest.clicked.connect(self._suggest)
        self.next_step.clicked.connect(self._next)
        self.list.itemActivated.connect(lambda _item: self._next())
        self.list.itemSelectionChanged.connect(self._enable)
        self._enable()

    # -- showing ---------------------------------------------------------------------------
    def load(self, case_id: str) -> None:
        self.case_id = case_id
        self._ops.queue(api.COMMUNITY_OF_CASE(case_id), on_done=self.show_referrals)

    def set_interventions(self, interventions: tuple[Intervention, ...]) -> None:
        self._interventions = interventions

    def show_referrals(self, shown: CaseServices) -> None:
        keep = self.selected()
        self._shown = shown
        self.list.clear()
        for r in shown.referrals:
            item = QListWidgetItem(self.line(r, shown))
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)
            if keep is not None and keep.id == r.id:
                self.list.setCurrentItem(item)
        self._enable()

    def line(self, r: ServiceReferral, shown: CaseServices) -> str:
        """'Cedar Bend Youth Mentoring · Family consent 2026-11-02 (Ms. Alvarez) · next:
        Referred', a second line for the intervention, a ⚠ when it has stalled."""
        names = {s.id: s.name for s in shown.directory}
        now = r.current
        who = f" ({now.given_by})" if now.given_by else ""
        text = (
            f"{names.get(r.service_id, '?')} · {self.tr(STEP_WORDS[now.step])} "
            f"{short_date(now.on)}{who}"
        )
        if r.next_steps:
            nxt = " / ".join(self.tr(STEP_WORDS[s]) for s in r.next_steps if s is not Step.DROPPED)
            text += " · " + self.tr("next: %1").replace("%1", nxt)
        else:
            text += " · " + self.tr("ended")
        stalled = stalled_since(r, today(), shown.stall_days)
        if stalled is not None:
            text = (
                "⚠ "
                + text
                + " · "
                + self.tr("no step since %1 (%2 days)")
                .replace("%1", short_date(now.on))
                .replace("%2", str((today() - now.on) // timedelta(days=1)))
            )
        plan = {i.id: i.description for i in self._interventions}
        if r.intervention_id in plan:
            text += "\n    " + self.tr("for: %1").replace("%1", plan[r.intervention_id or ""])
        return text

    def selected(self) -> ServiceReferral | None:
        item = self.list.currentItem()
        if item is None or self._shown is None or not item.isSelected():
            return None
        chosen = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self._shown.referrals if r.id == chosen), None)

    def _enable(self) -> None:
        chosen = self.selected()
        self.next_step.setEnabled(chosen is not None and bool(chosen.next_steps))

    def directory(self) -> tuple[CommunityService, ...]:
        """The services an intervention may name (those taken off the list too: a plan that
        named one keeps it)."""
        return self._shown.directory if self._shown else ()

    def clear(self) -> None:
        self.case_id, self._shown, self._interventions = None, None, ()
        self.list.clear()
        self._enable()

    # -- changes ---------------------------------------------------------------------------
    def _suggest(self) -> SuggestDialog | None:
        case_id, shown = self.case_id, self._shown
        if case_id is None or shown is None:
            return None
        dialog = SuggestDialog(shown.directory, self._interventions, self)

        def run() -> None:
            self._ops.run(
                api.COMMUNITY_SUGGEST(
                    case_id,
                    str(dialog.service.currentData()),
                    day_of(dialog.on),
                    str(dialog.intervention.currentData()) or None,
                    dialog.note.toPlainText(),
                ),
                on_done=lambda _r: dialog.accept(),
                on_error=lambda e: dialog.show_error(str(e)),
            )

        dialog.submitted.connect(run)
        dialog.open()
        return dialog

    def _next(self) -> StepDialog | None:
        chosen, shown = self.selected(), self._shown
        if chosen is None or shown is None or not chosen.next_steps:
            return None
        name = next((s.name for s in shown.directory if s.id == chosen.service_id), "?")
        dialog = StepDialog(chosen, name, self)
        dialog.chosen.connect(
            lambda step: self._ops.run(
                api.COMMUNITY_RECORD_STEP(chosen.id, step),
                on_done=lambda _r: dialog.accept(),
                on_error=lambda e: dialog.show_error(str(e)),
            )
        )
        dialog.open()
        return dialog
