"""Dialogs of the Team page: a member's roster details, and a training record."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QWidget

from btam_desktop.domain.date_limits import LIFE
from btam_desktop.domain.records import today
from btam_desktop.domain.team import Member, Role
from btam_desktop.domain.training import default_expiry
from btam_desktop.ui.fields import (
    FormDialog,
    checkable_list,
    checked_values,
    date_edit,
    day_from,
    day_of,
    fit_width,
)
from btam_desktop.ui.screens.dialogs import ROLE_LABELS, role_combo


class MemberDetailsDialog(FormDialog):
    """Role, other disciplines the member covers (they count for the quorum), contact, dates."""

    chosen = Signal(str, tuple, str, object, object)  # role, disciplines, contact, from, to

    def __init__(self, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Details of %1").replace("%1", member.name), self.tr("Save"), parent
        )
        self.role = role_combo(self, member.role.value)
        self.role.setCurrentIndex(max(self.role.findData(member.role.value), 0))
        self.disciplines = checkable_list(
            [(r.value, self.tr(label)) for r, label in ROLE_LABELS.items() if r is not Role.OTHER],
            set(member.disciplines),
            self.tr("Also covers"),
            self,
            rows=6,
        )
        self.contact = QLineEdit(member.contact)
        self.contact.setPlaceholderText(self.tr("Extension, e-mail or phone"))
        self.active_from = date_edit(member.active_from, LIFE)
        self.has_end = QCheckBox(self.tr("Left the team on:"))
        self.active_to = date_edit(member.active_to, LIFE)
        self.has_end.setChecked(member.active_to is not None)
        self.active_to.setEnabled(member.active_to is not None)
        self.has_end.toggled.connect(self.active_to.setEnabled)
        for label, widget in (
            (self.tr("&Role:"), self.role),
            (self.tr("Also &covers:"), self.disciplines),
            (self.tr("C&ontact:"), self.contact),
            (self.tr("Active &from:"), self.active_from),
        ):
            self.form.addRow(label, widget)
        self.form.addRow(self.has_end, self.active_to)
        self.active_to.setAccessibleName(self.tr("Left the team on"))

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(
            str(self.role.currentData()),
            checked_values(self.disciplines),
            self.contact.text(),
            day_of(self.active_from),
            day_of(self.active_to) if self.has_end.isChecked() else None,
        )


class TrainingDialog(FormDialog):
    """A course someone took; it expires a year later unless the provider says otherwise."""

    chosen = Signal(str, object, str, str, float, object)  # member, taken, course, provider...

    def __init__(
        self, members: list[Member], member_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Record training"), self.tr("Record"), parent)
        self.member = fit_width(QComboBox())
        for m in members:
            self.member.addItem(m.name, m.id)
        self.member.setCurrentIndex(max(self.member.findData(member_id), 0))
        self.taken = date_edit()
        self.course = QLineEdit()
        self.course.setPlaceholderText(self.tr("For example: BTAM team training, annual refresher"))
        self.provider = QLineEdit()
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 200)
        self.hours.setDecimals(1)
        self.hours.setValue(6)
        self.expires = date_edit(default_expiry(today()))
        self.taken.dateChanged.connect(self._default_expiry)
        for label, widget in (
            (self.tr("&Member:"), self.member),
            (self.tr("&Date:"), self.taken),
            (self.tr("&Course:"), self.course),
            (self.tr("&Provider:"), self.provider),
            (self.tr("&Hours:"), self.hours),
            (self.tr("&Expires:"), self.expires),
        ):
            self.form.addRow(label, widget)

    def _default_expiry(self, taken: QDate) -> None:
        day = day_from(taken)
        self.expires.setDate(QDate.fromString(default_expiry(day).isoformat(), "yyyy-MM-dd"))

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(
            str(self.member.currentData()),
            day_of(self.taken),
            self.course.text(),
            self.provider.text(),
            self.hours.value(),
            day_of(self.expires),
        )
