"""Dialogs of the Plan tab: an intervention, a notification, a check-in, a review, closing."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

from btam_desktop.domain.community import CommunityService
from btam_desktop.domain.contact import KIND_NAMES, Contact
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.plan import (
    DEFAULT_CLOSURE_CHECKLIST,
    FREQUENCIES,
    INTERVENTION_TYPE_NAMES,
    LEGAL_BASIS_NAMES,
    REVIEW_DECISION_NAMES,
    Closure,
    Intervention,
    InterventionStatus,
    InterventionType,
    LegalBasis,
    Recipient,
    ReviewDecision,
    Trend,
    check_intervention,
)
from btam_desktop.domain.records import new_id, today
from btam_desktop.domain.team import Member
from btam_desktop.ui.fields import (
    FormDialog,
    checkable_list,
    checked_values,
    combo,
    date_edit,
    day_of,
    fit_width,
    qdate,
    text_box,
)

TYPE_LABELS = INTERVENTION_TYPE_NAMES
RECIPIENT_LABELS = {
    Recipient.PARENTS: "Parents or guardians of the student",
    Recipient.POTENTIAL_VICTIM: "The target and their parents",
    Recipient.LAW_ENFORCEMENT: "Law enforcement",
    Recipient.OUTSIDE_AGENCY: "Outside agency",
    Recipient.SCHOOL_STAFF: "Other school staff",
    Recipient.RECEIVING_SCHOOL: "Receiving school",
}
#: A notification's basis is never the family's own (that one is for a family's copy).
BASIS_LABELS: dict[LegalBasis, str] = {
    b: name for b, name in LEGAL_BASIS_NAMES.items() if b is not LegalBasis.PARENT
}
#: On the review form, choosing Close says what comes next.
#: Translated where shown (fields.combo).
FREQUENCY_LABELS = {f: f.capitalize() for f in FREQUENCIES}
INTERVENTION_STATUS_LABELS = {s.value: s.value.capitalize() for s in InterventionStatus}
DECISION_LABELS = REVIEW_DECISION_NAMES | {ReviewDecision.CLOSE: "Close (then use Close case…)"}
#: A check-in's trend: the dialog's choices and the Plan tab's list say it so.
TREND_LABELS = {
    Trend.DOWN: "Concern going down",
    Trend.STEADY: "Steady",
    Trend.UP: "Concern going up",
}
#: The app's closing checklist, translated where shown (a label here makes it a catalogue
#: string). What is stored is the item's English, as `domain/plan` writes it, whatever the
#: window's language: the inspection copy says it again in the family's language.
CLOSURE_LABELS = {item: item for item in DEFAULT_CLOSURE_CHECKLIST}


#: The responsible person of an intervention is a member id, or this prefix and a contact id.
CONTACT = "contact:"


def contact_combo(contacts: Sequence[Contact], none_label: str, parent: QWidget) -> QComboBox:
    """A choice among the team's list of other staff and outside providers."""
    box = QComboBox(parent)
    box.addItem(none_label, "")
    for c in contacts:
        box.addItem(c.shown_name, c.id)
    return box


class InterventionDialog(FormDialog):
    chosen = Signal(object)  # Intervention

    def __init__(
        self,
        domains: tuple[str, ...],
        members: list[Member],
        risk: tuple[str, ...],
        protective: tuple[str, ...],
        current: Intervention | None = None,
        parent: QWidget | None = None,
        contacts: Sequence[Contact] = (),
        services: Sequence[CommunityService] = (),
        word: Callable[[str], str] = str,
    ) -> None:
        """`word`: a domain or factor of the case's model as the window shows it (the
        intervention keeps the model's own words)."""
        super().__init__(self.tr("Intervention"), self.tr("Keep"), parent)
        self._id = current.id if current else new_id()
        self.domain = fit_width(combo([(d, word(d)) for d in domains], self))
        self.kind = combo({t.value: label for t, label in TYPE_LABELS.items()}, self)
        self.description = text_box(2, self)
        self.responsible = fit_width(QComboBox())
        self.responsible.addItem(self.tr("Someone not listed (name below)"), "")
        for m in members:
            if m.active or (current is not None and current.responsible_id == m.id):
                self.responsible.addItem(m.shown_name, m.id)
        # Other staff and outside providers from the team's list (Team page).
        for c in contacts:
            self.responsible.addItem(
                self.tr("%1 · %2")
                .replace("%1", c.shown_name)
                .replace("%2", self.tr(KIND_NAMES[c.kind])),
                CONTACT + c.id,
            )
        self.provider = QLineEdit()
        # A service on the team's directory it connects the student to (Team ▸ Services).
        self.service = fit_width(QComboBox())
        self.service.addItem(self.tr("(none)"), "")
        for s in services:
            if s.listed or (current is not None and current.service_id == s.id):
                self.service.addItem(s.name, s.id)
        self.start = date_edit(current.start_on if current else None)
        self.due = date_edit(current.due_on if current and current.due_on else None)
        self.frequency = combo(FREQUENCY_LABELS, self)
        self.status = combo(INTERVENTION_STATUS_LABELS, self)
        self.reason = QLineEdit()
        self.outcome = text_box(2, self)
        self.reduces = checkable_list(
            [(f, word(f)) for f in risk],
            set(current.reduces if current else ()),
            self.tr("Risk factors it reduces"),
            self,
        )
        self.strengthens = checkable_list(
            [(f, word(f)) for f in protective],
            set(current.strengthens if current else ()),
            self.tr("Protective factors it strengthens"),
            self,
        )
        for label, widget in (
            (self.tr("&Domain:"), self.domain),
            (self.tr("&Kind:"), self.kind),
            (self.tr("D&escription:"), self.description),
            (self.tr("&Responsible:"), self.responsible),
            (self.tr("Outside &provider:"), self.provider),
            (self.tr("Serv&ice:"), self.service),
            (self.tr("&Start:"), self.start),
            (self.tr("Re&view by:"), self.due),
            (self.tr("&Frequency:"), self.frequency),
            (self.tr("S&tatus:"), self.status),
            (self.tr("Reason (if discontinued):"), self.reason),
            (self.tr("&Outcome:"), self.outcome),
            (self.tr("Reduces:"), self.reduces),
            (self.tr("Strengthens:"), self.strengthens),
        ):
            self.form.addRow(label, widget)
        if current is not None:
            self.domain.setCurrentIndex(max(self.domain.findData(current.domain), 0))
            self.kind.setCurrentIndex(max(self.kind.findData(current.type.value), 0))
            self.description.setPlainText(current.description)
            chosen = (
                (CONTACT + current.contact_id) if current.contact_id else current.responsible_id
            )
            self.responsible.setCurrentIndex(max(self.responsible.findData(chosen or ""), 0))
            self.provider.setText(current.provider)
            self.service.setCurrentIndex(max(self.service.findData(current.service_id or ""), 0))
            self.frequency.setCurrentIndex(max(self.frequency.findData(current.frequency), 0))
            self.status.setCurrentIndex(max(self.status.findData(current.status.value), 0))
            self.reason.setText(current.status_reason)
            self.outcome.setPlainText(current.outcome)
        else:
            self.due.setDate(qdate(today()).addDays(30))

    def value(self) -> Intervention:
        who = str(self.responsible.currentData() or "")
        contact = who.removeprefix(CONTACT) if who.startswith(CONTACT) else None
        return Intervention(
            id=self._id,
            domain=self.domain.currentData(),
            type=InterventionType(self.kind.currentData()),
            description=self.description.toPlainText(),
            start_on=day_of(self.start),
            due_on=day_of(self.due),
            responsible_id=None if contact or not who else who,
            provider=self.provider.text(),
            frequency=self.frequency.currentData(),
            status=InterventionStatus(self.status.currentData()),
            status_reason=self.reason.text(),
            outcome=self.outcome.toPlainText(),
            reduces=checked_values(self.reduces),
            strengthens=checked_values(self.strengthens),
            contact_id=contact,
            service_id=str(self.service.currentData() or "") or None,
        )

    def _submit(self) -> None:
        item = self.value()
        try:
            check_intervention(item)
        except ValidationError as error:
            self.show_error(str(error))
            return
        self.chosen.emit(item)
        self.accept()


class NotificationDialog(FormDialog):
    chosen = Signal(object)  # NotificationInput

    def __init__(self, parent: QWidget | None = None, contacts: Sequence[Contact] = ()) -> None:
        super().__init__(self.tr("Log a notification"), self.tr("Log"), parent)
        self.recipient = combo({r.value: label for r, label in RECIPIENT_LABELS.items()}, self)
        self.listed = contact_combo(contacts, self.tr("(not on the list: type the name)"), self)
        self.name = QLineEdit()
        self.when = date_edit()
        self.method = QLineEdit()
        self.method.setPlaceholderText(self.tr("phone, meeting, letter, email"))
        self.shared = text_box(3, self)
        self.basis = combo({b.value: label for b, label in BASIS_LABELS.items()}, self)
        for label, widget in (
            (self.tr("&Who:"), self.recipient),
            (self.tr("From the &list:"), self.listed),
            (self.tr("&Name(s):"), self.name),
            (self.tr("Wh&en:"), self.when),
            (self.tr("&How:"), self.method),
            (self.tr("What was &shared:"), self.shared),
            (self.tr("&Legal basis:"), self.basis),
        ):
            self.form.addRow(label, widget)

    def _submit(self) -> None:
        from btam_desktop.services.contracts.manage import NotificationInput

        self.busy()
        self.chosen.emit(
            NotificationInput(
                self.recipient.currentData(),
                self.name.text(),
                day_of(self.when),
                self.method.text(),
                self.shared.toPlainText(),
                self.basis.currentData(),
                self.listed.currentData() or None,
            )
        )


class CheckInDialog(FormDialog):
    chosen = Signal(object, str, str, object)  # date, observations, trend, contact id or None

    def __init__(self, parent: QWidget | None = None, contacts: Sequence[Contact] = ()) -> None:
        super().__init__(self.tr("Check-in"), self.tr("Add"), parent)
        self.by = contact_combo(contacts, self.tr("Me"), self)
        self.when = date_edit()
        self.observations = text_box(3, self)
        self.trend = combo({t.value: label for t, label in TREND_LABELS.items()}, self)
        for label, widget in (
            (self.tr("Held &by:"), self.by),
            (self.tr("Wh&en:"), self.when),
            (self.tr("&Observations:"), self.observations),
            (self.tr("&Trend:"), self.trend),
        ):
            self.form.addRow(label, widget)

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(
            day_of(self.when),
            self.observations.toPlainText(),
            self.trend.currentData(),
            self.by.currentData() or None,
        )


class ReviewDialog(FormDialog):
    chosen = Signal(object)  # ReviewInput

    def __init__(
        self, members: list[Member], me: str, next_days: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Review"), self.tr("Record review"), parent)
        self.when = date_edit()
        self.attendees = checkable_list(
            [(m.id, m.name) for m in members if m.active], {me}, self.tr("Attendees"), self
        )
        self.progress = text_box(3, self)
        self.decision = combo({d.value: label for d, label in DECISION_LABELS.items()}, self)
        self.next_review = date_edit()
        self.next_review.setDate(qdate(today()).addDays(next_days))
        for label, widget in (
            (self.tr("Wh&en:"), self.when),
            (self.tr("&Attendees:"), self.attendees),
            (self.tr("Plan &progress:"), self.progress),
            (self.tr("&Decision:"), self.decision),
            (self.tr("&Next review:"), self.next_review),
        ):
            self.form.addRow(label, widget)

    def _submit(self) -> None:
        from btam_desktop.services.contracts.manage import ReviewInput

        self.busy()
        decision = self.decision.currentData()
        self.chosen.emit(
            ReviewInput(
                day_of(self.when),
                checked_values(self.attendees),
                self.progress.toPlainText(),
                decision,
                None if decision == "close" else day_of(self.next_review),
            )
        )


class CloseDialog(FormDialog):
    chosen = Signal(object, str)  # Closure, reason if interventions are still open

    def __init__(self, checklist: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Close the case"), self.tr("Close case"), parent)
        #: The items as stored (English): each box shows its item in the window's language.
        self.items = tuple(checklist)
        self.checks = [
            QCheckBox(self.tr(CLOSURE_LABELS[item]) if item in CLOSURE_LABELS else item)
            for item in self.items
        ]
        for box in self.checks:
            self.form.addRow(box)
        self.summary = text_box(4, self)
        self.watcher = QLineEdit()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("only if interventions are still open"))
        for label, widget in (
            (self.tr("Closing &summary:"), self.summary),
            (self.tr("&Who watches for renewed concern:"), self.watcher),
            (self.tr("&Reason to close anyway:"), self.reason),
        ):
            self.form.addRow(label, widget)

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(
            Closure(
                checklist={
                    item: box.isChecked() for item, box in zip(self.items, self.checks, strict=True)
                },
                summary=self.summary.toPlainText(),
                watcher=self.watcher.text(),
            ),
            self.reason.text(),
        )
