"""People outside the team on the Team page: other school staff and outside providers whom
plans, check-ins and notifications name (a coach who is a student's trusted adult, a family
therapist), and the team's partners from outside agencies, who take part in meetings under a
written agreement (its status is a column of the list). They hold no key; any member keeps the
list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QLineEdit,
    QWidget,
)

from btam_desktop.domain.contact import (
    KIND_NAMES,
    AgreementIssue,
    AgreementProblem,
    Contact,
    ContactKind,
    agreement_problem,
)
from btam_desktop.domain.records import today
from btam_desktop.services.contracts import api
from btam_desktop.ui.fields import FormDialog, combo, date_edit, day_of, text_box
from btam_desktop.ui.language import short_date
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.plain import confirm
from btam_desktop.ui.screens.team.directory import DirectoryList


def tr(text: str) -> str:
    return QCoreApplication.translate("Contacts", text)


def problem_text(problem: AgreementProblem) -> str:
    """What is wrong with a partner's agreement, as a screen says it ("agreement expired on
    2026-08-31")."""
    day = short_date(problem.day)
    return {
        AgreementIssue.MISSING: tr("no agreement recorded"),
        AgreementIssue.NOT_YET: tr("agreement starts on %1"),
        AgreementIssue.EXPIRED: tr("agreement expired on %1"),
        AgreementIssue.EXPIRING: tr("agreement expires on %1"),
    }[problem.issue].replace("%1", day)


def agreement_status(contact: Contact) -> str:
    """The Agreement column of the list: empty for staff and providers; for a partner, the
    agreement as it stands today ("Agreement until 2027-06-30", "No agreement", "Expired
    2026-08-31")."""
    if contact.kind is not ContactKind.PARTNER:
        return ""
    problem = agreement_problem(contact, today())
    until = short_date(contact.agreement_until)
    if problem is None:
        if contact.agreement_until is None:
            return tr("Agreement, no end date")
        return tr("Agreement until %1").replace("%1", until)
    day = short_date(problem.day)
    return {
        AgreementIssue.MISSING: tr("No agreement"),
        AgreementIssue.NOT_YET: tr("Agreement starts %1"),
        AgreementIssue.EXPIRED: tr("Expired %1"),
        AgreementIssue.EXPIRING: tr("Agreement until %1 (ends soon)"),
    }[problem.issue].replace("%1", day)


class ContactDialog(FormDialog):
    """Add someone to the list, or change their details."""

    chosen = Signal(object)  # Contact (an empty id for someone new)

    def __init__(self, current: Contact | None, parent: QWidget | None = None) -> None:
        title = (
            self.tr("Details of %1").replace("%1", current.name)
            if current
            else self.tr("Add someone outside the team")
        )
        super().__init__(title, self.tr("Save"), parent)
        self._id = current.id if current else ""
        self.name = QLineEdit(current.name if current else "")
        self.kind = combo({k.value: label for k, label in KIND_NAMES.items()}, self)
        self.role = QLineEdit(current.role if current else "")
        self.role.setPlaceholderText(self.tr("For example: basketball coach, family therapist"))
        self.organization = QLineEdit(current.organization if current else "")
        self.contact = QLineEdit(current.contact if current else "")
        self.contact.setPlaceholderText(self.tr("Phone or e-mail"))
        self.notes = text_box(3, self)
        # A partner's agreement: both dates optional (a partner may be added before it is
        # signed; the list and the meetings then say there is none).
        signed = current.agreement_on if current else None
        until = current.agreement_until if current else None
        self.has_signed = QCheckBox(self.tr("Agreement si&gned on:"))
        self.signed = date_edit(signed)
        self.signed.setAccessibleName(self.tr("Agreement signed on"))
        self.has_until = QCheckBox(self.tr("Agreement e&xpires on:"))
        self.until = date_edit(until)
        self.until.setAccessibleName(self.tr("Agreement expires on"))
        for box, edit, day in (
            (self.has_signed, self.signed, signed),
            (self.has_until, self.until, until),
        ):
            box.setChecked(day is not None)
            edit.setEnabled(day is not None)
            box.toggled.connect(edit.setEnabled)
        if current is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(current.kind.value), 0))
            self.notes.setPlainText(current.notes)
        for label, widget in (
            (self.tr("&Name:"), self.name),
            (self.tr("&Kind:"), self.kind),
            (self.tr("&Role:"), self.role),
            (self.tr("&Organization:"), self.organization),
            (self.tr("C&ontact:"), self.contact),
        ):
            self.form.addRow(label, widget)
        self.form.addRow(self.has_signed, self.signed)
        self.form.addRow(self.has_until, self.until)
        self.form.addRow(self.tr("No&tes:"), self.notes)
        self.kind.currentIndexChanged.connect(lambda _i: self._show_agreement())
        self._show_agreement()

    def _partner(self) -> bool:
        return bool(self.kind.currentData() == ContactKind.PARTNER.value)

    def _show_agreement(self) -> None:
        """The agreement's dates are a partner's only."""
        for field in (self.signed, self.until):
            self.form.setRowVisible(field, self._partner())

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(
            Contact(
                id=self._id,
                name=self.name.text(),
                kind=ContactKind(self.kind.currentData()),
                role=self.role.text(),
                organization=self.organization.text(),
                contact=self.contact.text(),
                notes=self.notes.toPlainText(),
                agreement_on=self._day(self.has_signed, self.signed),
                agreement_until=self._day(self.has_until, self.until),
            )
        )

    def _day(self, box: QCheckBox, edit: QDateEdit) -> date | None:
        return day_of(edit) if self._partner() and box.isChecked() else None


class ContactsPanel(DirectoryList):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(
            ops,
            name=self.tr("Other staff, outside providers and partners"),
            headers=[
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Role"),
                self.tr("Organization"),
                self.tr("Contact"),
                self.tr("Agreement"),
            ],
            whole=(1, 5),  # the kind and the agreement read whole (a short list)
            note=self.tr(
                "People who are not on the team but whom plans, check-ins and notifications "
                "name: other school staff (a coach, the nurse) and outside providers; and the "
                "team's partners from outside agencies, who attend meetings under a written "
                "agreement. They have no passphrase and never open the case file."
            ),
            buttons=(
                self.tr("A&dd someone…"),
                self.tr("Ch&ange details…"),
                self.tr("Take off the &list…"),
            ),
            parent=parent,
        )

    def load(self) -> None:
        self._ops.queue(api.CONTACTS_LIST(), on_done=self.show_contacts)

    def show_contacts(self, contacts: list[Contact]) -> None:
        self.fill(
            contacts,
            [
                (
                    c.name,
                    self.tr(KIND_NAMES[c.kind]),
                    c.role,
                    c.organization,
                    c.contact,
                    agreement_status(c),
                )
                for c in contacts
            ],
        )

    def selected(self) -> Contact | None:
        chosen = self.chosen()
        return chosen if isinstance(chosen, Contact) else None

    def edit(self, current: object) -> ContactDialog:
        dialog = ContactDialog(current if isinstance(current, Contact) else None, self)
        dialog.chosen.connect(
            lambda contact: self._ops.run(
                api.CONTACTS_SAVE(contact),
                on_done=lambda _c: dialog.accept(),
                on_error=lambda e: dialog.show_error(str(e)),
            )
        )
        dialog.open()
        return dialog

    def remove(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        confirm(
            self,
            self.tr("Take %1 off the list").replace("%1", chosen.name),
            self.tr(
                "Take %1 off the list? Plans and check-ins that name them keep their name; "
                "they are no longer offered for new ones."
            ).replace("%1", chosen.name),
            self.tr("Take off the list"),
            lambda: self._ops.run(api.CONTACTS_REMOVE(chosen.id)),
        )
