"""Dialogs of the case-file lifecycle: create, recovery code, demo passphrase, add member,
change passphrase. All are shown with open() and report through signals (never exec())."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.date_limits import event_span
from btam_desktop.domain.inquiry import DONE, InquiryItem, item_for_interviewee
from btam_desktop.domain.records import today
from btam_desktop.domain.team import ROLE_NAMES, Role
from btam_desktop.services.contracts import NewCaseFile
from btam_desktop.services.contracts.inquiry import INTERVIEWEE_ROLES
from btam_desktop.ui.fields import (
    ReportsProblems,
    align_labels,
    day_from,
    fit_width,
    form_group,
    limit_dates,
    qdate,
    spell_days,
)
from btam_desktop.ui.plain import PlainLabel
from btam_desktop.ui.screens.passphrase import NewPassphraseFields

ROLE_LABELS = ROLE_NAMES


def role_combo(parent: QWidget, current: str = "") -> QComboBox:
    """A member's discipline. Leading the team is a right (a check box), not a role: a
    principal is an administrator who leads; "team lead / chair" is offered only to a member
    who has it as their role already (files made before the two were separated)."""
    combo = QComboBox(parent)
    for role, label in ROLE_LABELS.items():
        if role is not Role.TEAM_LEAD or current == role.value:
            combo.addItem(parent.tr(label), role.value)
    return combo


#: The people an interview can be with (translated where shown).
INTERVIEWEE_ROLE_LABELS = {role: role.capitalize() for role in INTERVIEWEE_ROLES}


class _FormDialog(ReportsProblems, QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.error = PlainLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @property
    def ok(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def submit_control(self) -> QWidget:
        return self.ok

    def wait(self) -> None:
        """The request is running: no double submits."""
        self.busy(self.tr("Working…"))

    def done_ok(self) -> None:
        QDialog.accept(self)


class CreateCaseFileDialog(_FormDialog):
    """School, lead, passphrase, where to keep the file."""

    chosen = Signal(object, object, str)  # folder Path, NewCaseFile, passphrase

    def __init__(self, default_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New case file"), parent)
        self.location = QLineEdit(str(default_folder / "team.btam"))
        # A folder path: room for most of it, so where the file goes can be read.
        self.location.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        browse = QPushButton(self.tr("&Browse…"))
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.location, 1)
        row.addWidget(browse)
        self.school = QLineEdit()
        self.district = QLineEdit()
        self.lead = QLineEdit()
        self.role = role_combo(self)
        self.passphrase = NewPassphraseFields(self)
        school, school_form = form_group(self.tr("The school"))
        school_form.addRow(self.tr("&School:"), self.school)
        school_form.addRow(self.tr("&District:"), self.district)
        you, you_form = form_group(self.tr("You, the first team lead"))
        you_form.addRow(self.tr("Your &name:"), self.lead)
        you_form.addRow(self.tr("Your r&ole:"), self.role)
        self.passphrase.add_to(you_form)
        where, where_form = form_group(self.tr("The case file"))
        where_form.addRow(self.tr("Save &as:"), row_widget)
        label = where_form.labelForField(row_widget)
        if isinstance(label, QLabel):
            label.setBuddy(self.location)
        for box in (school, you, where):
            self.form.addRow(box)
        align_labels(school_form, you_form, where_form)
        self.ok.setText(self.tr("Create"))
        browse.clicked.connect(self._browse)
        for field in (self.school, self.lead, self.location):
            field.textChanged.connect(self._validate)
        self.passphrase.valid_changed.connect(self._validate)
        self._validate()

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the case file as"),
            self.location.text(),
            self.tr("Case files (*.btam)"),
        )
        if name:
            self.location.setText(name if name.endswith(".btam") else name + ".btam")

    def _validate(self) -> None:
        filled = all(f.text().strip() for f in (self.school, self.lead, self.location))
        self.ok.setEnabled(filled and self.passphrase.valid)

    def accept(self) -> None:
        request = NewCaseFile(
            self.school.text(), self.lead.text(), self.role.currentData(), self.district.text()
        )
        self.chosen.emit(
            Path(self.location.text()).expanduser(), request, self.passphrase.passphrase
        )


class RecoveryCodeDialog(QDialog):
    """Shown once, right after creation. The code is never stored anywhere by the app."""

    print_requested = Signal()

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery code"))
        intro = PlainLabel(
            self.tr(
                "This code opens the case file if every passphrase is forgotten. It is shown only "
                "now. Write it down, put it in a sealed envelope in the principal's or district's "
                "safe, and do not keep it on this computer."
            )
        )
        intro.setWordWrap(True)
        groups = code.split("-")
        lines = ["  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]
        self.code = PlainLabel("\n".join(lines))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.6)
        mono.setWeight(QFont.Weight.DemiBold)
        self.code.setFont(mono)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.print_button = QPushButton(self.tr("&Print the recovery kit…"))
        self.print_button.setToolTip(
            self.tr("A page with the code and what to do with it, for the safe (printed only)")
        )
        self.print_button.clicked.connect(self.print_requested)
        self.confirm = QCheckBox(self.tr("I have &written the code down and will lock it away"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.confirm.toggled.connect(
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled
        )
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for w in (intro, self.code, self.print_button, self.confirm, self.buttons):
            layout.addWidget(w)

    def reject(self) -> None:
        """Escape does not skip the code: it must be confirmed (or the app locked)."""
        if self.confirm.isChecked():
            super().reject()


class DemoPassphraseDialog(_FormDialog):
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Demo case file"), parent)
        note = PlainLabel(
            self.tr(
                "The demo case file holds fictional people only. Choose a passphrase: every one of "
                "the six fictional team members gets it, so you can sign in as any of them."
            )
        )
        note.setWordWrap(True)
        self.passphrase = NewPassphraseFields(self)
        self.form.addRow(note)
        self.passphrase.add_to(self.form)
        self.ok.setText(self.tr("Create the demo"))
        self.ok.setEnabled(False)
        self.passphrase.valid_changed.connect(self.ok.setEnabled)

    def accept(self) -> None:
        self.chosen.emit(self.passphrase.passphrase)


class AddMemberDialog(_FormDialog):
    chosen = Signal(str, str, bool, str)  # name, role, lead, passphrase

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a team member"), parent)
        note = PlainLabel(
            self.tr("The new member types their own passphrase here, on this computer.")
        )
        note.setWordWrap(True)
        self.name = QLineEdit()
        self.role = role_combo(self)
        self.lead = QCheckBox(self.tr("Team &lead (may add and remove members)"))
        self.passphrase = NewPassphraseFields(self)
        self.form.addRow(note)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("R&ole:"), self.role)
        self.form.addRow("", self.lead)  # in the field column, under the role it goes with
        self.passphrase.add_to(self.form)
        self.ok.setText(self.tr("Add"))
        self.name.textChanged.connect(self._validate)
        self.passphrase.valid_changed.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        self.ok.setEnabled(bool(self.name.text().strip()) and self.passphrase.valid)

    def accept(self) -> None:
        self.chosen.emit(
            self.name.text(),
            self.role.currentData(),
            self.lead.isChecked(),
            self.passphrase.passphrase,
        )


class ChangePassphraseDialog(_FormDialog):
    chosen = Signal(str, str)  # current, new

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change your passphrase"), parent)
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase = NewPassphraseFields(self)
        self.form.addRow(self.tr("&Current passphrase:"), self.current)
        self.passphrase.add_to(self.form, self.tr("&New passphrase:"))
        self.ok.setText(self.tr("Change"))
        self.ok.setEnabled(False)
        self.passphrase.valid_changed.connect(self.ok.setEnabled)

    def accept(self) -> None:
        self.chosen.emit(self.current.text(), self.passphrase.passphrase)


class ScreeningDialog(_FormDialog):
    """A team lead and one other member decide what happens to a referral."""

    chosen = Signal(str, str, str, str)  # decision, second member id, reason, case manager id

    def __init__(
        self,
        others: list[tuple[str, str]],
        me: tuple[str, str],
        current_manager: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Screening decision"), parent)
        self.group = QButtonGroup(self)
        self.decisions: dict[str, QRadioButton] = {}
        for value, label in (
            ("inquiry", self.tr("Proceed to &inquiry")),
            ("handle", self.tr("&Handle at screening level (e.g. a transient threat resolved)")),
            ("dismiss", self.tr("&Dismiss: not a threat-assessment matter")),
        ):
            button = QRadioButton(label)
            self.group.addButton(button)
            self.decisions[value] = button
            self.form.addRow(button)
        self.decisions["inquiry"].setChecked(True)
        self.second = fit_width(QComboBox())
        for member_id, name in others:
            self.second.addItem(name, member_id)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        # Who sees the case through: by default whoever screens it. Only for an inquiry.
        self.manager = fit_width(QComboBox())
        for member_id, name in sorted([me, *others], key=lambda m: m[0] != me[0]):
            self.manager.addItem(name, member_id)
        self.manager.setCurrentIndex(max(self.manager.findData(current_manager or me[0]), 0))
        self.form.addRow(self.tr("Decided with (&second member):"), self.second)
        self.form.addRow(self.tr("Case &manager (for an inquiry):"), self.manager)
        self.form.addRow(self.tr("&Reason (required to dismiss or close):"), self.reason)
        #: Ticked: the case is marked "risk of harm to self identified" once this is saved.
        self.self_harm = QCheckBox(
            self.tr("Risk of harm to s&elf identified (the school's suicide-risk protocol follows)")
        )
        self.form.addRow(self.self_harm)
        self.ok.setText(self.tr("Record decision"))
        self.decisions["inquiry"].toggled.connect(self.manager.setEnabled)

    def accept(self) -> None:
        decision = next(v for v, b in self.decisions.items() if b.isChecked())
        self.wait()
        self.chosen.emit(
            decision,
            self.second.currentData() or "",
            self.reason.toPlainText(),
            self.manager.currentData() or "",
        )


class InterviewDialog(_FormDialog):
    chosen = Signal(object)  # InterviewInput

    def __init__(
        self,
        case_id: str,
        members: list[tuple[str, str]],
        me: str,
        parent: QWidget | None = None,
        items: Sequence[InquiryItem] = (),
    ) -> None:
        super().__init__(self.tr("Interview notes"), parent)
        self.case_id = case_id
        self.role = QComboBox()
        for role in INTERVIEWEE_ROLES:
            self.role.addItem(self.tr(INTERVIEWEE_ROLE_LABELS[role]), role)
        self.name = QLineEdit()
        self.held_on = QDateEdit(qdate(today()))
        limit_dates(self.held_on, event_span(today()))
        spell_days(self.held_on)
        self.interviewer = fit_width(QComboBox())
        for member_id, name in members:
            self.interviewer.addItem(name, member_id)
        self.interviewer.setCurrentIndex(max(self.interviewer.findData(me), 0))
        self.others = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        # The checklist source it answers is ticked when the notes are saved.
        self._items = [i for i in items if i.kind == "source" and i.status not in DONE]
        self.answers = QComboBox()
        self.answers.addItem(self.tr("(no checklist item)"), "")
        for open_item in self._items:
            self.answers.addItem(open_item.text, open_item.id)
        self.role.currentIndexChanged.connect(self._suggest_item)
        self._suggest_item()
        self.form.addRow(self.tr("&Who was interviewed:"), self.role)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Date:"), self.held_on)
        self.form.addRow(self.tr("Interviewed &by:"), self.interviewer)
        self.form.addRow(self.tr("&Also present:"), self.others)
        self.form.addRow(self.tr("N&otes:"), self.notes)
        self.form.addRow(self.tr("Answers checklist &item:"), self.answers)
        self.ok.setText(self.tr("Save notes"))

    def _suggest_item(self) -> None:
        found = item_for_interviewee(self._items, str(self.role.currentData()))
        self.answers.setCurrentIndex(max(self.answers.findData(found.id if found else ""), 0))

    def accept(self) -> None:
        from btam_desktop.services.contracts.inquiry import InterviewInput

        self.wait()
        self.chosen.emit(
            InterviewInput(
                self.case_id,
                self.role.currentData(),
                self.name.text(),
                day_from(self.held_on.date()),
                self.interviewer.currentData(),
                self.others.text(),
                self.notes.toPlainText(),
                self.answers.currentData() or None,
            )
        )
