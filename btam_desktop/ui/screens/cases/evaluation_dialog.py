"""For program evaluation: the case's student (race/ethnicity, sex, disability, English
learner) and what came of the case (services, discipline, law enforcement). Harm to self is
not asked here: the case's Harm to self mark is its one record, and the statistics count it.
Every field may stay "Not recorded". Counted only by the Statistics screen, where small
counts are hidden; never printed on a case document."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QWidget

from btam_desktop.domain.evaluation import (
    DISABILITY_NAMES,
    DISCIPLINE_NAMES,
    LAW_ENFORCEMENT_NAMES,
    RACE_NAMES,
    SERVICE_NAMES,
    SEX_NAMES,
    Disability,
    Discipline,
    Evaluation,
    LawEnforcement,
    Sex,
)
from btam_desktop.ui.fields import FormDialog
from btam_desktop.ui.plain import PlainLabel
from btam_desktop.ui.screens.statistics.screen import words


class EvaluationDialog(FormDialog):
    chosen = Signal(object)  # Evaluation

    def __init__(self, current: Evaluation, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("For program evaluation"), self.tr("Save"), parent)
        note = PlainLabel(
            self.tr(
                "For program evaluation only: counted on the Statistics screen, where small "
                "counts are hidden, and never printed on a case document. Leave anything not "
                "known as “Not recorded”."
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        student = QGroupBox(self.tr("For program evaluation: the student"))
        s = QFormLayout(student)
        self.hispanic = self._yes_no(current.hispanic)
        s.addRow(self.tr("&Hispanic or Latino:"), self.hispanic)
        self.races = {r: QCheckBox(words(n)) for r, n in RACE_NAMES.items()}
        race_box = QWidget()
        race_lines = QFormLayout(race_box)
        race_lines.setContentsMargins(0, 0, 0, 0)
        for race, box in self.races.items():
            box.setChecked(race in current.races)
            race_lines.addRow(box)
        s.addRow(self.tr("Race (one or more):"), race_box)
        self.sex = self._choice(SEX_NAMES, current.sex)
        s.addRow(self.tr("Se&x:"), self.sex)
        self.disability = self._choice(DISABILITY_NAMES, current.disability)
        s.addRow(self.tr("&Disability category (IEP):"), self.disability)
        self.english_learner = self._yes_no(current.english_learner)
        s.addRow(self.tr("English &learner:"), self.english_learner)
        self.form.addRow(student)
        outcomes = QGroupBox(self.tr("For program evaluation: what came of the case"))
        o = QFormLayout(outcomes)
        self.services = {k: QCheckBox(words(n)) for k, n in SERVICE_NAMES.items()}
        service_box = QWidget()
        service_lines = QFormLayout(service_box)
        service_lines.setContentsMargins(0, 0, 0, 0)
        for service, box in self.services.items():
            box.setChecked(service in current.services)
            service_lines.addRow(box)
        o.addRow(self.tr("Services connected:"), service_box)
        self.discipline = self._choice(DISCIPLINE_NAMES, current.discipline)
        o.addRow(self.tr("Disci&pline:"), self.discipline)
        self.law_enforcement = self._choice(LAW_ENFORCEMENT_NAMES, current.law_enforcement)
        o.addRow(self.tr("Law &enforcement:"), self.law_enforcement)
        self.form.addRow(outcomes)

    def _choice[E: StrEnum](self, names: dict[E, str], value: E | None) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("Not recorded"), None)
        for key, name in names.items():
            box.addItem(words(name), key)
        box.setCurrentIndex(max(box.findData(value), 0) if value is not None else 0)
        return box

    def _yes_no(self, value: bool | None) -> QComboBox:
        box = QComboBox()
        for text, data in (
            (self.tr("Not recorded"), None),
            (self.tr("Yes"), 1),
            (self.tr("No"), 0),
        ):
            box.addItem(text, data)
        box.setCurrentIndex(0 if value is None else 1 if value else 2)
        return box

    @staticmethod
    def _flag(box: QComboBox) -> bool | None:
        data = box.currentData()
        return None if data is None else bool(data)

    def value(self) -> Evaluation:
        return Evaluation(
            hispanic=self._flag(self.hispanic),
            races=frozenset(r for r, box in self.races.items() if box.isChecked()),
            sex=Sex(self.sex.currentData()) if self.sex.currentData() else None,
            disability=Disability(self.disability.currentData())
            if self.disability.currentData()
            else None,
            english_learner=self._flag(self.english_learner),
            services=frozenset(k for k, box in self.services.items() if box.isChecked()),
            discipline=Discipline(self.discipline.currentData())
            if self.discipline.currentData()
            else None,
            law_enforcement=LawEnforcement(self.law_enforcement.currentData())
            if self.law_enforcement.currentData()
            else None,
        )

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(self.value())
