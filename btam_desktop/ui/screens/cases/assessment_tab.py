"""The Assessment tab: the latest assessment and every earlier version, read as documents, and
a new assessment (or a new version) drawn from the case's pack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.records import today
from btam_desktop.domain.team import Member
from btam_desktop.ui.plain import PlainLabel, plain_title
from btam_desktop.ui.record_view import Record, RecordView
from btam_desktop.ui.screens.cases.records import assessment_record

if TYPE_CHECKING:
    from btam_desktop.services.contracts.assess import (
        AssessmentForm,
        AssessmentInput,
        PastAssessment,
    )
from btam_desktop.ui.fields import (
    ReportsProblems,
    checkable_list,
    checked_values,
    problem_line,
    save_buttons,
    text_box,
)
from btam_desktop.ui.forms.renderer import PackForm
from btam_desktop.ui.language import pack_word, short_date


def _with_others(listed: tuple[str, ...], typed: str) -> tuple[str, ...]:
    """The model's factors that were ticked, then those typed in (once each)."""
    others = [part.strip() for part in typed.split(";") if part.strip()]
    return tuple(dict.fromkeys((*listed, *others)))


class AssessmentDialog(ReportsProblems, QDialog):
    chosen = Signal(object)  # AssessmentInput

    def __init__(
        self, form: AssessmentForm, members: list[Member], me: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        pack = form.pack
        self.setWindowTitle(
            plain_title(
                self.tr("Assessment %1 — %2")
                .replace("%1", str(form.version))
                .replace("%2", pack_word(pack, pack.name))
            )
        )
        self.pack_id = pack.id
        self.form = PackForm(pack, form.prefill)
        self.level = QComboBox()
        self.level.addItem(self.tr("— choose —"), "")
        for level in pack.levels:
            self.level.addItem(pack_word(pack, level.label), level.id)
        self.level_help = PlainLabel()
        self.level_help.setWordWrap(True)
        self.rationale = text_box(4, self)
        active = [m for m in members if m.active]
        self.present = checkable_list(
            [(m.id, m.name) for m in active], {me}, self.tr("Members present"), self
        )
        self.dissent_member = QComboBox()
        self.dissent_member.addItem(self.tr("(no dissent)"), "")
        for m in active:
            self.dissent_member.addItem(m.name, m.id)
        self.dissent = text_box(2, self)
        self.risk = checkable_list(
            [(f, pack_word(pack, f)) for f in pack.risk_factors],
            set(),
            self.tr("Risk factors"),
            self,
        )
        self.protective = checkable_list(
            [(f, pack_word(pack, f)) for f in pack.protective_factors],
            set(),
            self.tr("Protective factors"),
            self,
        )
        # A model's list never names everything (a CSTAG-style list has no loss or grievance).
        self.other_risk = QLineEdit()
        self.other_risk.setPlaceholderText(self.tr("Others not listed, separated by ;"))
        self.other_protective = QLineEdit()
        self.other_protective.setPlaceholderText(self.tr("Others not listed, separated by ;"))
        judgment = QWidget()
        jf = QFormLayout(judgment)
        jf.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        jf.addRow(self.tr("&Level of concern *"), self.level)
        jf.addRow(self.level_help)
        jf.addRow(self.tr("&Rationale: why the team reached this level *"), self.rationale)
        jf.addRow(self.tr("Members &present *"), self.present)
        jf.addRow(self.tr("&Dissent by"), self.dissent_member)
        jf.addRow(self.tr("Their &view"), self.dissent)
        jf.addRow(self.tr("Ris&k factors"), self.risk)
        jf.addRow(self.tr("Other risk factors"), self.other_risk)
        jf.addRow(self.tr("Pro&tective factors"), self.protective)
        jf.addRow(self.tr("Other protective factors"), self.other_protective)
        #: Ticked: the case is marked "risk of harm to self identified" once this is saved.
        self.self_harm = QCheckBox(
            self.tr("Risk of harm to s&elf identified (the school's suicide-risk protocol follows)")
        )
        jf.addRow(self.self_harm)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.form)
        column.addWidget(judgment)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Assessment form"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.error = problem_line()
        self.buttons, self.save = save_buttons(self.tr("Save assessment"))
        layout = QVBoxLayout(self)
        source = PlainLabel(pack_word(pack, pack.provenance))
        source.setWordWrap(True)
        layout.addWidget(source)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(
            self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().lineSpacing() * 44
        )
        self.level.currentIndexChanged.connect(self._describe_level)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self._levels = {lv.id: lv for lv in pack.levels}
        self._pack = pack

    def _describe_level(self) -> None:
        level = self._levels.get(self.level.currentData() or "")
        if level is None:
            self.level_help.clear()
            return
        needs = "".join(f"\n• {pack_word(self._pack, r)}" for r in level.requires)
        cadence = self.tr("Review every %n day(s).", "", level.review_days)
        # Outside the f-string: lupdate does not read a tr() inside one (it stayed English).
        requires = self.tr("Requires next")
        self.level_help.setText(
            f"{pack_word(self._pack, level.description)}\n{cadence}"
            + (f"\n{requires}:{needs}" if needs else "")
        )

    def value(self) -> AssessmentInput:
        from btam_desktop.services.contracts.assess import AssessmentInput

        who = self.dissent_member.currentData() or ""
        return AssessmentInput(
            pack_id=self.pack_id,
            answers=self.form.answers(),
            level_id=self.level.currentData() or "",
            rationale=self.rationale.toPlainText(),
            present=checked_values(self.present),
            dissent=((who, self.dissent.toPlainText()),) if who else (),
            risk_factors=_with_others(checked_values(self.risk), self.other_risk.text()),
            protective_factors=_with_others(
                checked_values(self.protective), self.other_protective.text()
            ),
            assessed_on=today(),
        )

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(self.value())

    def submit_control(self) -> QWidget:
        return self.save


class AssessmentTab(QWidget):
    """The chosen version of the case's assessment, read as a document (issue 19: greyed-out
    form controls were hard to read and hid answers in drop-downs); New version… opens the
    form, starting from the latest answers."""

    new_requested = Signal()
    other_model_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions = QComboBox()
        self.versions.setAccessibleName(self.tr("Assessment version"))
        self.view = RecordView(self.tr("Assessment"))
        self.new_button = self.view.add_button(QPushButton(self.tr("&New assessment…")))
        self.other_model_button = self.view.add_button(
            QPushButton(self.tr("Under another &model…"))
        )
        self.other_model_button.setToolTip(
            self.tr("Assess this case under a second model; the team's model stays as it is.")
        )
        version_label = PlainLabel(self.tr("&Version:"))
        version_label.setBuddy(self.versions)
        self.view.add_leading(version_label)
        self.view.add_leading(self.versions, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self._history: list[PastAssessment] = []
        self.names: dict[str, str] = {}
        self.versions.currentIndexChanged.connect(self._show_selected)
        self.new_button.clicked.connect(self.new_requested)
        self.other_model_button.clicked.connect(self.other_model_requested)
        self._show_none()

    def show_history(self, history: list[PastAssessment], names: dict[str, str]) -> None:
        self._history, self.names = history, names
        self.versions.blockSignals(True)
        self.versions.clear()
        for i, past in enumerate(reversed(history)):
            a = past.assessment
            latest = self.tr(" (latest)") if i == 0 else ""
            model = pack_word(past.pack, past.pack.name)
            self.versions.addItem(
                f"{a.version} — {short_date(a.assessed_on)} — {model}{latest}", a.version
            )
        self.versions.blockSignals(False)
        # A saved assessment is changed by making the next version from it.
        self.new_button.setText(
            self.tr("&New version…") if history else self.tr("&New assessment…")
        )
        self._show_selected()

    def _show_selected(self) -> None:
        version = self.versions.currentData()
        past = next((p for p in self._history if p.assessment.version == version), None)
        if past is None:
            self._show_none()
            return
        latest = past is self._history[-1]
        self.view.show_record(assessment_record(past, self.names, latest))

    def _show_none(self) -> None:
        self.view.show_record(
            Record().text(
                self.tr("No assessment yet. New assessment… opens the form of the case's model.")
            )
        )

    def shown(self) -> str:
        """The assessment as a reader reads it."""
        return self.view.shown()

    def clear(self) -> None:
        self._history = []
        self.versions.clear()
        self.new_button.setText(self.tr("&New assessment…"))
        self._show_none()
