"""Dialogs of the Meetings area: schedule a meeting, an agenda item, a decision, an action item,
an addendum to approved minutes."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QTimeEdit, QWidget

from btam_desktop.domain.meeting import ActionKind, Meeting, MeetingSlot
from btam_desktop.domain.records import today
from btam_desktop.domain.team import Member
from btam_desktop.services.contracts.meetings import MeetingInput
from btam_desktop.ui.fields import FormDialog, date_edit, day_of, fit_width, text_box
from btam_desktop.ui.plain import PlainLabel
from btam_desktop.ui.screens.meetings.lines import ACTION_LABELS


def _member_combo(members: list[Member], chosen: str | None, none_label: str) -> QComboBox:
    combo = fit_width(QComboBox())
    combo.addItem(none_label, "")
    for m in members:
        if m.active or m.id == chosen:
            combo.addItem(m.shown_name, m.id)
    combo.setCurrentIndex(max(combo.findData(chosen or ""), 0))
    return combo


class ScheduleDialog(FormDialog):
    chosen = Signal(object)  # MeetingInput

    def __init__(
        self,
        members: list[Member],
        me: str,
        current: Meeting | None = None,
        parent: QWidget | None = None,
        usual: MeetingSlot | None = None,
    ) -> None:
        title = self.tr("Meeting details") if current else self.tr("Schedule a meeting")
        super().__init__(title, self.tr("Save") if current else self.tr("Schedule"), parent)
        # A new meeting starts on the team's usual day, time and place (domain.usual_slot).
        slot = usual or MeetingSlot(today() + timedelta(days=7))
        self.day = date_edit(current.held_on if current else slot.held_on)
        self.start = QTimeEdit(
            QTime.fromString(current.starts_at if current else slot.starts_at, "HH:mm")
        )
        self.start.setDisplayFormat("HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(5, 600)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(current.duration_minutes if current else slot.duration_minutes)
        self.place = QLineEdit(current.place if current else slot.place)
        self.chair = _member_combo(
            members, current.chair_id if current else me, self.tr("(not chosen yet)")
        )
        self.notes = _member_combo(
            members, current.note_taker_id if current else None, self.tr("(not chosen yet)")
        )
        for label, widget in (
            (self.tr("&Date:"), self.day),
            (self.tr("&Starts at:"), self.start),
            (self.tr("&Length:"), self.duration),
            (self.tr("&Place:"), self.place),
            (self.tr("&Chair:"), self.chair),
            (self.tr("&Note-taker:"), self.notes),
        ):
            self.form.addRow(label, widget)
        if current is None:
            hint = PlainLabel(
                self.tr(
                    "The agenda is built from what is due by this date; you can change it after."
                )
            )
            hint.setWordWrap(True)
            self.form.addRow(hint)

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(
            MeetingInput(
                held_on=day_of(self.day),
                starts_at=self.start.time().toString("HH:mm"),
                duration_minutes=self.duration.value(),
                place=self.place.text(),
                chair_id=self.chair.currentData() or None,
                note_taker_id=self.notes.currentData() or None,
            )
        )


class AgendaItemDialog(FormDialog):
    chosen = Signal(str, int)  # title, minutes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add an agenda item"), self.tr("Add"), parent)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("For example: spring training dates"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setValue(10)
        self.minutes.setSuffix(self.tr(" min"))
        self.form.addRow(self.tr("&Item:"), self.title)
        self.form.addRow(self.tr("&Time:"), self.minutes)

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(self.title.text(), self.minutes.value())


class DecisionDialog(FormDialog):
    chosen = Signal(str, str, str)  # decision, rationale, dissent

    def __init__(self, item_title: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Decision on %1").replace("%1", item_title), self.tr("Record"), parent
        )
        self.decision = text_box(2, self)
        self.rationale = text_box(3, self)
        self.dissent = text_box(2, self)
        for label, widget in (
            (self.tr("&Decision:"), self.decision),
            (self.tr("&Rationale:"), self.rationale),
            (self.tr("D&issent (who, and why):"), self.dissent),
        ):
            self.form.addRow(label, widget)

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(
            self.decision.toPlainText(), self.rationale.toPlainText(), self.dissent.toPlainText()
        )


class ActionDialog(FormDialog):
    chosen = Signal(str, str, object, object)  # kind, what, assignee, due

    def __init__(
        self, item_title: str, members: list[Member], has_case: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Action item for %1").replace("%1", item_title), self.tr("Add"), parent
        )
        self.kind = QComboBox()
        kinds = list(ActionKind) if has_case else [ActionKind.TASK]
        for kind in kinds:
            self.kind.addItem(self.tr(ACTION_LABELS[kind]), kind.value)
        self.what = text_box(2, self)
        self.who = _member_combo(members, None, self.tr("(choose who)"))
        self.due = date_edit(today() + timedelta(days=7))
        for label, widget in (
            (self.tr("&Becomes:"), self.kind),
            (self.tr("&What:"), self.what),
            (self.tr("&Who:"), self.who),
            (self.tr("D&ue:"), self.due),
        ):
            self.form.addRow(label, widget)

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(
            str(self.kind.currentData()),
            self.what.toPlainText(),
            self.who.currentData() or None,
            day_of(self.due),
        )


class AddendumDialog(FormDialog):
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Addendum to approved minutes"), self.tr("Add"), parent)
        self.text = text_box(4, self)
        self.form.addRow(self.tr("&Correction:"), self.text)

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(self.text.toPlainText())
