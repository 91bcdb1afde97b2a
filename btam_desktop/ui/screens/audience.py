"""Who receives a copy outside the team, and why: the fields a print, a saved PDF and a CSV
export share (34 CFR 99.32). The legal basis is a short list; "Other" asks for the basis in
words, and a health-or-safety emergency for the articulable and significant threat that
justified it (99.36), in a box shown only then. The service refuses a copy that leaves the team
without them, and says what is missing."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from btam_desktop.domain.disclosure import Audience
from btam_desktop.ui.fields import fit_width

EMERGENCY = "health_safety_emergency"
OTHER = "other"


class AudienceFields(QObject):
    """The widgets, added as rows of the caller's form (`add_rows`); `edited` on any change."""

    edited = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.outside = QCheckBox(self.tr("This copy goes &outside the team"), parent)
        self.recipient = QLineEdit(parent)
        self.recipient.setPlaceholderText(self.tr("Who receives it (person and organization)"))
        self.basis = QComboBox(parent)
        for value, label in (
            ("", self.tr("Choose…")),
            ("school_official", self.tr("School official with a legitimate educational interest")),
            (EMERGENCY, self.tr("Health or safety emergency")),
            ("court_order", self.tr("Subpoena or court order")),
            ("parent", self.tr("Parent or guardian, or the eligible student")),
            ("receiving_school", self.tr("A school the student is moving to")),
            ("consent", self.tr("Written consent of the parent or eligible student")),
            (OTHER, self.tr("Other lawful basis (say which)")),
        ):
            self.basis.addItem(label, value)
        fit_width(self.basis, 22)
        self.interest = QLineEdit(parent)
        self.interest.setAccessibleName(self.tr("Interest or purpose"))
        self.threat = QPlainTextEdit(parent)
        self.threat.setAccessibleName(self.tr("The threat"))
        self.threat.setTabChangesFocus(True)
        self.threat.setPlaceholderText(
            self.tr(
                "The articulable and significant threat to the health or safety of the student "
                "or others: what was said or done, and why it could not wait."
            )
        )
        self.threat.setMaximumHeight(self.threat.fontMetrics().lineSpacing() * 5)
        self._form: QFormLayout | None = None
        self.outside.toggled.connect(self._update)
        self.basis.currentIndexChanged.connect(self._update)
        for signal in (
            self.outside.toggled,
            self.recipient.textChanged,
            self.basis.currentIndexChanged,
            self.interest.textChanged,
            self.threat.textChanged,
        ):
            signal.connect(self.edited)

    def add_rows(self, form: QFormLayout) -> None:
        self._form = form
        form.addRow(self.outside)
        form.addRow(self.tr("Re&cipient:"), self.recipient)
        form.addRow(self.tr("Legal &basis:"), self.basis)
        form.addRow(self.tr("&Interest or purpose:"), self.interest)
        form.addRow(self.tr("&Threat:"), self.threat)
        self._update()

    def widgets(self) -> list[QWidget]:
        return [self.outside, self.recipient, self.basis, self.interest, self.threat]

    def _update(self) -> None:
        """Fields on only outside the team; the threat shown only for an emergency; what
        "Other" needs said in the placeholder."""
        outside = self.outside.isChecked()
        basis = str(self.basis.currentData() or "")
        for widget in (self.recipient, self.basis, self.interest, self.threat):
            widget.setEnabled(outside)
        self.interest.setPlaceholderText(
            self.tr("Needed: the lawful basis, in words")
            if basis == OTHER
            else self.tr("Optional: why they need it, or the order's number")
        )
        emergency = outside and basis == EMERGENCY
        self.threat.setVisible(emergency)
        if self._form is not None:
            label = self._form.labelForField(self.threat)
            if label is not None:
                label.setVisible(emergency)

    def audience(self) -> Audience:
        return Audience(
            self.outside.isChecked(),
            self.recipient.text(),
            str(self.basis.currentData() or ""),
            self.interest.text(),
            self.threat.toPlainText(),
        )

    def show_audience(self, audience: Audience) -> None:
        """Show `audience` without announcing it as an edit (a parent plan names the family)."""
        widgets = self.widgets()
        for widget in widgets:
            widget.blockSignals(True)
        self.outside.setChecked(audience.outside_team)
        self.recipient.setText(audience.recipient)
        self.basis.setCurrentIndex(max(self.basis.findData(audience.legal_basis), 0))
        self.interest.setText(audience.detail)
        self.threat.setPlainText(audience.threat)
        for widget in widgets:
            widget.blockSignals(False)
        self._update()
