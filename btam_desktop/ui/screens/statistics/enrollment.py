"""The school's enrollment of one school year, typed in from the school's own count: the total
and each group the Statistics screen sets its cases beside. A group left at "not known" has no
share of enrollment and no ratio."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QSpinBox, QWidget

from btam_desktop.domain.evaluation import (
    ENGLISH_LEARNER,
    GROUP_NAMES,
    IEP_504,
    SEX_NAMES,
    Enrollment,
)
from btam_desktop.domain.statistics import year_label
from btam_desktop.ui.fields import FormDialog
from btam_desktop.ui.screens.statistics.screen import words

#: Enough for any school; the domain checks the groups against the total.
MOST = 100_000


class EnrollmentDialog(FormDialog):
    chosen = Signal(int, object)  # total, {group key: count} of the groups known

    def __init__(
        self, year: int, current: Enrollment | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Enrollment %1").replace("%1", year_label(year)), self.tr("Save"), parent
        )
        self.total = QSpinBox()
        self.total.setRange(0, MOST)
        self.total.setValue(current.total if current else 0)
        self.total.setAccessibleName(self.tr("Total enrollment"))
        self.form.addRow(self.tr("&Total enrollment:"), self.total)
        self.groups: dict[str, QSpinBox] = {}
        sections = (
            (self.tr("Race/ethnicity"), [(g.value, n) for g, n in GROUP_NAMES.items()]),
            (self.tr("Sex"), [(s.value, n) for s, n in SEX_NAMES.items()]),
            (
                self.tr("Other groups"),
                [
                    (IEP_504, self.tr("IEP or 504 plan")),
                    (ENGLISH_LEARNER, self.tr("English learner")),
                ],
            ),
        )
        for title, rows in sections:
            box = QGroupBox(title)
            form = QFormLayout(box)
            for key, name in rows:
                spin = QSpinBox()
                # The lowest value reads "Not known": a group the school has no count of.
                spin.setRange(-1, MOST)
                spin.setSpecialValueText(self.tr("Not known"))
                known = current.of(key) if current else None
                spin.setValue(-1 if known is None else known)
                spin.setAccessibleName(words(name))
                form.addRow(words(name) + ":", spin)
                self.groups[key] = spin
            self.form.addRow(box)

    def _submit(self) -> None:
        self.busy()
        counts = {key: spin.value() for key, spin in self.groups.items() if spin.value() >= 0}
        self.chosen.emit(self.total.value(), counts)
