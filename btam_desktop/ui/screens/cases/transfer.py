"""Transfer packets in the window: a lead makes one for the school a student moves to (the
case page's Print ▸ Transfer packet…), any member imports one (File ▸ Import transfer
packet…) as a new case, and the case received that way shows what was sent, read-only, on a
Received tab beside the team's own work."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.date_limits import event_span
from btam_desktop.domain.errors import BtamError
from btam_desktop.domain.records import today
from btam_desktop.domain.transfer import Deadline, ReceivedRecord, received_line
from btam_desktop.services.contracts import api
from btam_desktop.services.contracts.transfer import (
    TransferMade,
    TransferReceived,
    TransferRequest,
)
from btam_desktop.ui.fields import FormDialog, date_edit, day_of
from btam_desktop.ui.language import short_date
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.plain import PlainLabel, message_box
from btam_desktop.ui.record_view import Record, RecordView
from btam_desktop.ui.screens.passphrase import NewPassphraseFields
from btam_desktop.ui.screens.print_preview import default_folder

SUFFIX = ".btam-transfer"


def _above_form(dialog: FormDialog, about: PlainLabel) -> None:
    """A paragraph over the whole form (a wrapped row of the form itself was cut short)."""
    about.setWordWrap(True)
    layout = dialog.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(0, about)


class MakePacketDialog(FormDialog):
    """The receiving school, the day it asked, the passphrase twice, then where to save."""

    def __init__(self, ops: Ops, case_id: str, number: str, parent: QWidget | None) -> None:
        super().__init__(
            self.tr("Transfer packet for case %1").replace("%1", number),
            self.tr("&Make packet…"),
            parent,
        )
        self._ops, self.case_id, self.number = ops, case_id, number
        about = PlainLabel(
            self.tr(
                "For the school the student moves to: the case summary as a receiving school "
                "reads it (others' names as initials, only the sections it needs), and the "
                "same as a file their BTAM Desktop imports as a new case. Both are encrypted "
                "with the passphrase below: give it to the receiving team by phone or in "
                "person, never with the files. The transfer is logged as a disclosure."
            )
        )
        about.setWordWrap(True)
        self.school = QLineEdit()
        self.school.setMaxLength(200)
        self.asked_on = date_edit(today(), event_span(today()))
        self.deadline = PlainLabel()
        self.deadline.setWordWrap(True)
        self.deadline.setAccessibleName(self.tr("Deadline"))
        self.passphrase = NewPassphraseFields(self)
        _above_form(self, about)
        self.form.addRow(self.tr("&Receiving school:"), self.school)
        self.form.addRow(self.tr("Record &requested on:"), self.asked_on)
        self.form.addRow("", self.deadline)
        self.passphrase.add_to(self.form, self.tr("Packet &passphrase:"))
        self.asked_on.dateChanged.connect(lambda _d: self._ask_deadline())
        for field in (self.school, self.passphrase.first, self.passphrase.second):
            field.textChanged.connect(lambda _t: self.error.clear())
        self._ask_deadline()

    def _ask_deadline(self) -> None:
        self._ops.queue(
            api.TRANSFER_DEADLINE(self.case_id, day_of(self.asked_on)),
            on_done=self.show_deadline,
            # Only a note: the packet's own call reports what is wrong (a locked file).
            on_error=lambda _error: self.deadline.setText(""),
        )

    def show_deadline(self, deadline: Deadline | None) -> None:
        if deadline is None:
            self.deadline.setText(self.tr("The team's model names no deadline for a transfer."))
        else:
            warning = deadline.warning(today())
            self.deadline.setText(
                ("⚠ " + warning)
                if warning
                else self.tr("Due by %1: %2 school days under the team's model.")
                .replace("%1", short_date(deadline.due_on))
                .replace("%2", str(deadline.school_days))
            )
        self.adjustSize()  # a warning takes more lines than the note it replaces

    def choose_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.windowTitle(),
            str(default_folder() / f"{self.number}{SUFFIX}"),
            self.tr("Transfer packets (*%1)").replace("%1", SUFFIX),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(SUFFIX)

    def _submit(self) -> None:
        if not self.school.text().strip():
            self.show_error(self.tr("Name the school the student moves to."))
            return
        if self.passphrase.first.text() != self.passphrase.second.text():
            self.show_error(self.tr("The two passphrases differ."))
            return
        if not self.passphrase.valid:
            self.show_error(self.tr("Choose a stronger passphrase (see the advice above)."))
            return
        path = self.choose_path()
        if path is None:
            return
        request = TransferRequest(
            case_id=self.case_id,
            to_school=self.school.text(),
            passphrase=self.passphrase.passphrase,
            packet=path,
            asked_on=day_of(self.asked_on),
        )
        self.busy(self.tr("Making the packet…"))
        self._ops.run(api.TRANSFER_MAKE(request), on_done=self._made, on_error=self._failed)

    def _failed(self, error: BtamError) -> None:
        self.show_error(str(error))

    def _made(self, made: TransferMade) -> None:
        self.accept()
        lines = [
            self.tr("Wrote the packet %1 and the readable summary %2.")
            .replace("%1", made.packet.name)
            .replace("%2", made.summary.name),
            self.tr("Both open with the passphrase. The transfer is logged as a disclosure."),
        ]
        if made.warning:
            lines.append("⚠ " + made.warning)
        elif made.deadline is not None:
            lines.append(self.tr("Due by %1.").replace("%1", short_date(made.deadline.due_on)))
        box = message_box(
            QMessageBox.Icon.Information,
            self.tr("Transfer packet made"),
            "\n\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        box.open()


class ImportPacketDialog(FormDialog):
    """A packet file and its passphrase; the new case opens when it is imported."""

    def __init__(
        self, ops: Ops, parent: QWidget | None, on_received: Callable[[TransferReceived], None]
    ) -> None:
        super().__init__(self.tr("Import a transfer packet"), self.tr("&Import"), parent)
        self._ops, self._on_received = ops, on_received
        self.path: Path | None = None
        about = PlainLabel(
            self.tr(
                "A packet from the school a student comes from becomes a new case of your "
                "team, with what they sent on its Received tab (read-only)."
            )
        )
        about.setWordWrap(True)
        self.file = PlainLabel(self.tr("No file chosen"))
        self.file.setAccessibleName(self.tr("Packet file"))
        self.choose = QPushButton(self.tr("&Choose…"))
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.file, 1)
        line.addWidget(self.choose)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        _above_form(self, about)
        self.form.addRow(self.tr("Packet:"), row)
        self.form.addRow(self.tr("Packet &passphrase:"), self.passphrase)
        self.choose.clicked.connect(self._choose)

    def choose_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.windowTitle(),
            str(default_folder()),
            self.tr("Transfer packets (*%1);;All files (*)").replace("%1", SUFFIX),
        )
        return Path(name) if name else None

    def _choose(self) -> None:
        path = self.choose_path()
        if path is not None:
            self.path = path
            self.file.setText(path.name)

    def _submit(self) -> None:
        if self.path is None:
            self.show_error(self.tr("Choose the packet file."))
            return
        if not self.passphrase.text():
            self.show_error(self.tr("Type the passphrase the sending school gave you."))
            return
        self.busy(self.tr("Opening the packet…"))
        self._ops.run(
            api.TRANSFER_RECEIVE(self.path, self.passphrase.text()),
            on_done=self._received,
            on_error=lambda error: self.show_error(str(error)),
        )

    def _received(self, received: TransferReceived) -> None:
        self.accept()
        self._on_received(received)


class ReceivedView(RecordView):
    """What another school sent about the student, as they sent it: read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.text.setAccessibleName(self.tr("Received from another school"))
        self.records: list[ReceivedRecord] = []

    def show_records(self, records: list[ReceivedRecord]) -> None:
        self.records = records
        record = Record()
        for received in records:
            self._add(record, received)
        self.show_record(record)

    def _add(self, record: Record, received: ReceivedRecord) -> None:
        tr = self.tr
        sent = received.content
        record.title(received_line(received.from_school, received.sent_on))
        record.note(
            tr(
                "As %1 sent it (their case %2), read-only. Your team's own work on this case "
                "is on the other tabs."
            )
            .replace("%1", sent.sent_by or received.from_school)
            .replace("%2", sent.case.number)
        )
        record.heading(tr("Student"))
        record.field(tr("Name"), sent.student.name)
        record.field(tr("Grade"), sent.student.grade)
        record.field(tr("Date of birth"), sent.student.date_of_birth)
        record.field(tr("IEP or 504 plan"), tr("Yes") if sent.student.iep_504 else "")
        case = sent.case
        record.heading(tr("Their case"))
        record.field(tr("Stage"), case.status)
        record.field(tr("Opened"), case.opened_on)
        if case.level_of_concern:
            record.emphasis(tr("Level of concern"), case.level_of_concern)
        record.field(tr("Next review"), case.next_review)
        record.field(tr("Closed"), case.closed_on)
        record.heading(tr("Referrals (%1)").replace("%1", str(len(sent.referrals))))
        for n, r in enumerate(sent.referrals, start=1):
            by = tr("reported by %1").replace("%1", r.reporter)  # lupdate skips f-strings
            record.field(
                tr("Report %1").replace("%1", str(n)), f"{r.received} · {r.channel} · {by}"
            )
            if r.weapon or r.imminent:
                flags = [tr("a weapon") if r.weapon else "", tr("imminent") if r.imminent else ""]
                record.emphasis(tr("Reported"), ", ".join(f for f in flags if f))
            record.field(tr("Words as reported"), r.said)
            record.field(tr("What happened"), r.narrative)
            record.field(tr("Where"), r.location)
            record.field(tr("Emergency actions"), r.emergency_actions)
            record.field(tr("Prior concerns"), r.prior_concerns)
        record.heading(tr("Assessments (%1)").replace("%1", str(len(sent.assessments))))
        for a in sent.assessments:
            record.field(
                tr("Version %1").replace("%1", str(a.version)), f"{a.assessed_on} · {a.model}"
            )
            record.emphasis(tr("Level of concern"), a.level)
            record.field(tr("Rationale"), a.rationale)
            record.field(tr("Risk factors"), "; ".join(a.risk_factors))
            record.field(tr("Protective factors"), "; ".join(a.protective_factors))
        plan = sent.plan
        if plan is not None:
            record.heading(tr("Plan, version %1").replace("%1", str(plan.version)))
            record.field(tr("Goals"), plan.goals)
            for item in plan.items:
                when = " · ".join(
                    part
                    for part in (
                        item.responsible,
                        item.frequency,
                        tr("from %1").replace("%1", item.start_on) if item.start_on else "",
                        tr("due %1").replace("%1", item.due_on) if item.due_on else "",
                        item.status,
                    )
                    if part
                )
                record.field(f"{item.domain}: {item.kind}", f"{item.description} ({when})")
        if sent.reviews:
            record.heading(tr("Reviews (%1)").replace("%1", str(len(sent.reviews))))
            for review in sent.reviews:
                record.field(review.held_on, f"{review.decision}. {review.progress}".strip())
        if sent.left_out:
            record.note(
                tr("Not sent (a receiving school's copy leaves them out): %1.").replace(
                    "%1", ", ".join(sent.left_out)
                )
            )


def make_packet(ops: Ops, parent: QWidget, case_id: str, number: str) -> MakePacketDialog:
    dialog = MakePacketDialog(ops, case_id, number, parent)
    dialog.open()
    return dialog


def import_packet(
    ops: Ops, parent: QWidget, on_received: Callable[[TransferReceived], None]
) -> ImportPacketDialog:
    dialog = ImportPacketDialog(ops, parent, on_received)
    dialog.open()
    return dialog
