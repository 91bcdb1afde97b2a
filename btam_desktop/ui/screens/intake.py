"""The intake form: a report of concerning behavior, imminent-danger check first.

Everything a reporter said is kept; the verbatim words have their own field. While the
student's name is typed, that student's existing cases are offered: a second report joins
the open case instead of starting a parallel one.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain import clock
from btam_desktop.domain.date_limits import LIFE, event_span
from btam_desktop.domain.referral import CHANNEL_NAMES, ReporterKind, Student
from btam_desktop.domain.team import Member
from btam_desktop.services.contracts.intake import ReferralInput, StudentCase
from btam_desktop.ui import screen_fit
from btam_desktop.ui.fields import ReportsProblems, day_from, limit_dates, spell_days, text_box
from btam_desktop.ui.language import short_date
from btam_desktop.ui.plain import PlainLabel
from btam_desktop.ui.screens.cases.model import status_label

CHANNEL_LABELS = CHANNEL_NAMES


class IntakeDialog(ReportsProblems, QDialog):
    chosen = Signal(object)  # ReferralInput
    student_typed = Signal(str)  # ask the caller for this student's cases

    def __init__(self, members: list[Member], me: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New referral"))
        body = QWidget()
        form = QVBoxLayout(body)

        # -- imminent danger first -------------------------------------------------------
        danger = QGroupBox(self.tr("Imminent danger"))
        danger_form = QVBoxLayout(danger)
        self.imminent = QCheckBox(self.tr("&Is anyone in danger right now?"))
        self.steps = PlainLabel(
            self.tr(
                "1. Call 911 or the school police now.\n"
                "2. Secure the area; move others away.\n"
                "3. Tell the administrator on duty.\n"
                "4. Keep the student supervised by an adult at all times.\n"
                "Then record below who was called and when, and go on with this form."
            )
        )
        self.steps.setWordWrap(True)
        self.emergency = text_box(2, self)
        self.emergency.setAccessibleName(self.tr("Who was called and when"))
        self.emergency.setPlaceholderText(self.tr("Who was called and when"))
        for w in (self.imminent, self.steps, self.emergency):
            danger_form.addWidget(w)
        form.addWidget(danger)

        # -- the report ------------------------------------------------------------------
        report = QGroupBox(self.tr("The report"))
        report_form = QFormLayout(report)
        self.received_at = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(clock.now().timestamp())))
        limit_dates(self.received_at, event_span(clock.today()))
        spell_days(self.received_at)
        self.received_by = QComboBox()
        for m in members:
            self.received_by.addItem(m.name, m.id)
        self.received_by.setCurrentIndex(max(self.received_by.findData(me), 0))
        self.channel = QComboBox()
        for channel, label in CHANNEL_LABELS.items():
            self.channel.addItem(self.tr(label), channel.value)
        kinds = QWidget()
        kinds_row = QHBoxLayout(kinds)
        kinds_row.setContentsMargins(0, 0, 0, 0)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[ReporterKind, QRadioButton] = {}
        for kind, label in (
            (ReporterKind.NAMED, self.tr("Na&med")),
            (ReporterKind.ANONYMOUS, self.tr("An&onymous")),
            (ReporterKind.CONFIDENTIAL, self.tr("Con&fidential identity")),
        ):
            button = QRadioButton(label)
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kinds_row.addWidget(button)
        self.kind_buttons[ReporterKind.NAMED].setChecked(True)
        self.reporter_name = QLineEdit()
        self.relationship = QLineEdit()
        self.relationship.setPlaceholderText(self.tr("e.g. teacher, parent, classmate"))
        report_form.addRow(self.tr("&Received:"), self.received_at)
        report_form.addRow(self.tr("Received &by:"), self.received_by)
        report_form.addRow(self.tr("&How:"), self.channel)
        report_form.addRow(self.tr("Reporter:"), kinds)
        report_form.addRow(self.tr("Reporter's &name:"), self.reporter_name)
        report_form.addRow(self.tr("Re&lationship:"), self.relationship)
        form.addWidget(report)

        # -- the student -----------------------------------------------------------------
        student = QGroupBox(self.tr("The student"))
        student_form = QFormLayout(student)
        self.student_name = QLineEdit()
        self.matches = QListWidget()
        self.matches.setAccessibleName(self.tr("Existing cases for this student"))
        self.matches.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        # A case's line wraps (its status is at the end): never a sideways scroll bar.
        self.matches.setWordWrap(True)
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # "Is this the same Kenzie Varga-Holloway, grade 8, born …?" when a close match exists:
        # yes links the new case's student to that student (one student's record), no keeps
        # them apart. About the case chosen in the list, or the closest match.
        self.match_hint = PlainLabel()
        self.match_hint.setWordWrap(True)
        self.match_hint.setAccessibleName(self.tr("Is this the same student?"))
        self.same_yes = QRadioButton(self.tr("&Yes, the same student"))
        self.same_no = QRadioButton(self.tr("No, someone &else"))
        self.same_group = QButtonGroup(self)
        for button in (self.same_yes, self.same_no):
            self.same_group.addButton(button)
        self.same_row = QWidget()
        same_line = QHBoxLayout(self.same_row)
        same_line.setContentsMargins(0, 0, 0, 0)
        same_line.addWidget(self.same_yes)
        same_line.addWidget(self.same_no)
        same_line.addStretch(1)
        self._found: list[StudentCase] = []
        self.match_hint.hide()
        self.same_row.hide()
        self.student_id = QLineEdit()
        self.grade = QLineEdit()
        self.grade.setMaxLength(20)
        dob = QWidget()
        dob_row = QHBoxLayout(dob)
        dob_row.setContentsMargins(0, 0, 0, 0)
        self.birth = QDateEdit()
        limit_dates(self.birth, LIFE)
        spell_days(self.birth)
        self.birth_unknown = QCheckBox(self.tr("Not known"))
        self.birth_unknown.setChecked(True)
        self.birth.setEnabled(False)
        dob_row.addWidget(self.birth)
        dob_row.addWidget(self.birth_unknown)
        dob_row.addStretch(1)
        self.school = QLineEdit()
        self.iep = QCheckBox(self.tr("Has an &IEP or 504 plan"))
        self.targets = QLineEdit()
        self.targets.setPlaceholderText(self.tr("names, separated by ;"))
        student_form.addRow(self.tr("&Student's name:"), self.student_name)
        student_form.addRow(self.tr("Add to case:"), self.matches)
        student_form.addRow("", self.match_hint)
        student_form.addRow("", self.same_row)
        student_form.addRow(self.tr("Student &ID:"), self.student_id)
        student_form.addRow(self.tr("&Grade:"), self.grade)
        student_form.addRow(self.tr("Date of &birth:"), dob)
        student_form.addRow(self.tr("S&chool:"), self.school)
        student_form.addRow("", self.iep)
        student_form.addRow(self.tr("&Target(s):"), self.targets)
        for row_widget, buddy in ((dob, self.birth), (self.matches, self.matches)):
            row_label = student_form.labelForField(row_widget)
            if isinstance(row_label, QLabel):
                row_label.setBuddy(buddy)
        form.addWidget(student)

        # -- what happened ---------------------------------------------------------------
        what = QGroupBox(self.tr("What happened"))
        what_form = QFormLayout(what)
        self.location = QLineEdit()
        self.narrative = text_box(4, self)
        self.verbatim = text_box(2, self)
        self.weapon = QCheckBox(self.tr("A &weapon was mentioned or seen"))
        self.prior = text_box(2, self)
        what_form.addRow(self.tr("Locatio&n:"), self.location)
        what_form.addRow(self.tr("What was said or &done:"), self.narrative)
        what_form.addRow(self.tr("&Verbatim words:"), self.verbatim)
        what_form.addRow("", self.weapon)
        what_form.addRow(self.tr("&Prior known concerns:"), self.prior)
        form.addWidget(what)

        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Referral form"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.error = PlainLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save referral"))
        save.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # The whole form without scrolling where the screen has room; a 13-inch laptop's
        # 768 pixels scroll it (screen_fit trims it to what is available).
        self.resize(
            screen_fit.preferred(
                self,
                self.fontMetrics().averageCharWidth() * 90,
                self.fontMetrics().lineSpacing() * 60,
                share=0.9,
            )
        )

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(lambda: self.student_typed.emit(self.student_name.text()))
        self.student_name.textChanged.connect(self._debounce.start)
        self.imminent.toggled.connect(self._show_steps)
        self.birth_unknown.toggled.connect(lambda unknown: self.birth.setEnabled(not unknown))
        self.kind_group.buttonToggled.connect(self._kind_changed)
        self.buttons.accepted.connect(self._submit)
        self.matches.currentRowChanged.connect(self._ask_same)
        self.same_no.toggled.connect(lambda on: self.matches.setCurrentRow(0) if on else None)
        self.buttons.rejected.connect(self.reject)
        self.show_matches([])
        self._show_steps(False)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.imminent.setFocus()  # the danger check comes first, always

    # -- behavior -------------------------------------------------------------------------
    def _show_steps(self, on: bool) -> None:
        self.steps.setVisible(on)
        self.emergency.setVisible(on)

    def _kind_changed(self) -> None:
        anonymous = self.kind_buttons[ReporterKind.ANONYMOUS].isChecked()
        self.reporter_name.setEnabled(not anonymous)
        self.relationship.setEnabled(not anonymous)
        if anonymous:
            self.reporter_name.clear()

    def show_matches(self, found: list[StudentCase]) -> None:
        """Cases whose student could be the one typed, with grade, birth date and student id
        to tell two students apart. When one is open it is chosen (a second report belongs
        there); "A new case" is never chosen silently while a close match is listed."""
        self.matches.clear()
        new = QListWidgetItem(self.tr("A new case"))
        new.setData(Qt.ItemDataRole.UserRole, None)
        self.matches.addItem(new)
        for c in found:
            facts = [self.tr("grade %1").replace("%1", c.grade)] if c.grade else []
            if c.date_of_birth:
                facts.append(self.tr("born %1").replace("%1", short_date(c.date_of_birth)))
            if c.student_id:
                facts.append(self.tr("ID %1").replace("%1", c.student_id))
            about = f"{c.number}  {c.student}" + (f" · {', '.join(facts)}" if facts else "")
            if c.status.value == "closed":
                text = f"{about}  " + self.tr("(closed: opens a new case after it)")
            else:
                text = f"{about}  ({status_label(c.status)})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.case_id)
            self.matches.addItem(item)
        self._found = list(found)
        self._answer(None)
        open_ones = [i for i, c in enumerate(found, start=1) if c.status.value != "closed"]
        self.matches.setCurrentRow(open_ones[0] if open_ones else (1 if found else 0))
        self.match_hint.setVisible(bool(found))
        self.same_row.setVisible(bool(found))
        self._ask_same(self.matches.currentRow())

    def _answer(self, same: bool | None) -> None:
        """Check yes, no, or (None) neither."""
        self.same_group.setExclusive(False)
        self.same_yes.setChecked(same is True)
        self.same_no.setChecked(same is False)
        self.same_group.setExclusive(True)

    def asked(self) -> StudentCase | None:
        """The existing student the question is about: the chosen case's, or the closest."""
        row = self.matches.currentRow()
        if 1 <= row <= len(self._found):
            return self._found[row - 1]
        return self._found[0] if self._found else None

    def _ask_same(self, row: int) -> None:
        """Choosing an existing case says yes (the report is about that student)."""
        c = self.asked()
        if c is None:
            return
        if row >= 1:
            self._answer(True)
        facts = [self.tr("grade %1").replace("%1", c.grade)] if c.grade else []
        if c.date_of_birth:
            facts.append(self.tr("born %1").replace("%1", short_date(c.date_of_birth)))
        if c.student_id:
            facts.append(self.tr("student id %1").replace("%1", c.student_id))
        who = ", ".join([c.student, *facts])
        self.match_hint.setText(
            self.tr("Is this the same %1? (Case %2)").replace("%1", who).replace("%2", c.number)
        )

    def kind(self) -> ReporterKind:
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    def value(self) -> ReferralInput:
        local = self.received_at.dateTime().toPython()
        assert isinstance(local, datetime)
        moment = local.astimezone().astimezone(UTC)
        birth = None if self.birth_unknown.isChecked() else day_from(self.birth.date())
        link = self.matches.currentItem()
        same = self.asked() if self.same_yes.isChecked() and self.same_row.isVisible() else None
        return ReferralInput(
            student=Student(
                name=self.student_name.text(),
                student_id=self.student_id.text(),
                grade=self.grade.text(),
                date_of_birth=birth,
                school=self.school.text(),
                iep_504=self.iep.isChecked(),
            ),
            channel=self.channel.currentData(),
            reporter_kind=self.kind().value,
            reporter_name=self.reporter_name.text(),
            reporter_relationship=self.relationship.text(),
            received_at=moment,
            received_by=self.received_by.currentData(),
            location=self.location.text(),
            narrative=self.narrative.toPlainText(),
            verbatim=self.verbatim.toPlainText(),
            weapon=self.weapon.isChecked(),
            prior_concerns=self.prior.toPlainText(),
            imminent=self.imminent.isChecked(),
            emergency_actions=self.emergency.toPlainText() if self.imminent.isChecked() else "",
            targets=tuple(t.strip() for t in self.targets.text().split(";") if t.strip()),
            link_case_id=link.data(Qt.ItemDataRole.UserRole) if link is not None else None,
            same_student_id=same.person_id if same is not None else None,
        )

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(self.value())

    def submit_control(self) -> QWidget:
        return self.buttons

    def done_ok(self) -> None:
        self.accept()
