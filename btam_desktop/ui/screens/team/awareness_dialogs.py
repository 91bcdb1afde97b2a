"""Dialogs of Team ▸ Staff awareness: someone on the staff list, and a session with who
attended (ticked from the staff list, with a quick filter)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.awareness import AwarenessSession, StaffMember
from btam_desktop.domain.records import search_fold, today
from btam_desktop.ui.fields import FormDialog, checkable_list, checked_values, date_edit, day_of
from btam_desktop.ui.plain import PlainLabel


class StaffDialog(FormDialog):
    """Add someone to the staff list, change their details, or mark them as no longer at the
    school (they then count neither as trained nor as missing)."""

    chosen = Signal(object)  # StaffMember (an empty id for someone new)

    def __init__(self, current: StaffMember | None, parent: QWidget | None = None) -> None:
        title = (
            self.tr("Details of %1").replace("%1", current.name)
            if current
            else self.tr("Add someone to the staff list")
        )
        super().__init__(title, self.tr("Save"), parent)
        self._current = current
        self.name = QLineEdit(current.name if current else "")
        self.role = QLineEdit(current.role if current else "")
        self.role.setPlaceholderText(self.tr("For example: teacher, bus driver, nurse"))
        self.department = QLineEdit(current.department if current else "")
        self.left = QCheckBox(self.tr("No &longer at the school"))
        self.left.setChecked(current is not None and not current.at_school)
        for label, widget in (
            (self.tr("&Name:"), self.name),
            (self.tr("&Role:"), self.role),
            (self.tr("&Department:"), self.department),
        ):
            self.form.addRow(label, widget)
        self.form.addRow("", self.left)

    def _submit(self) -> None:
        self.busy()
        before = self._current.left_on if self._current else None
        self.chosen.emit(
            StaffMember(
                id=self._current.id if self._current else "",
                name=self.name.text(),
                role=self.role.text(),
                department=self.department.text(),
                left_on=(before or today()) if self.left.isChecked() else None,
            )
        )


class SessionDialog(FormDialog):
    """A session held: its date, who led it, topic and format, and who attended."""

    chosen = Signal(object)  # AwarenessSession (an empty id for a new one)

    def __init__(
        self,
        staff: list[StaffMember],
        current: AwarenessSession | None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Change the session") if current else self.tr("Record a session")
        super().__init__(title, self.tr("Save"), parent)
        self._id = current.id if current else ""
        ticked = set(current.attendee_ids) if current else set()
        # Who can be ticked: everyone at the school, and anyone who left but attended this one.
        shown = [p for p in staff if p.at_school or p.id in ticked]
        self._names = {p.id: search_fold(f"{p.name} {p.role} {p.department}") for p in shown}
        self.held_on = date_edit(current.held_on if current else today())
        self.led_by = QLineEdit(current.led_by if current else "")
        self.led_by.setPlaceholderText(self.tr("Who led it"))
        self.topic = QLineEdit(current.topic if current else "")
        self.topic.setPlaceholderText(self.tr("For example: start-of-year staff meeting, 20 min"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type part of a name, role or department"))
        self.filter.setClearButtonEnabled(True)
        self.attended = checkable_list(
            [(p.id, f"{p.name} · {p.described}" if p.described else p.name) for p in shown],
            ticked,
            self.tr("Who attended"),
            self,
            rows=12,
        )
        self.count = PlainLabel()
        self.count.setAccessibleName(self.tr("How many attended"))
        self.tick_shown = QPushButton(self.tr("Tick all s&hown"))
        self.untick_shown = QPushButton(self.tr("&Untick all shown"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.tick_shown)
        buttons.addWidget(self.untick_shown)
        people = QWidget()
        column = QVBoxLayout(people)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.attended)
        column.addLayout(buttons)
        for label, widget in (
            (self.tr("&Date:"), self.held_on),
            (self.tr("&Led by:"), self.led_by),
            (self.tr("&Topic and format:"), self.topic),
            (self.tr("&Find:"), self.filter),
        ):
            self.form.addRow(label, widget)
        self.form.addRow(self.tr("&Attended:"), people)
        self.filter.textChanged.connect(self._filter)
        self.attended.itemChanged.connect(self._count)
        self.tick_shown.clicked.connect(lambda: self._tick_shown(Qt.CheckState.Checked))
        self.untick_shown.clicked.connect(lambda: self._tick_shown(Qt.CheckState.Unchecked))
        self._count()
        # Room for a name, a role and a department on one line.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

    def _filter(self, text: str) -> None:
        words = search_fold(text).split()
        for row in range(self.attended.count()):
            item = self.attended.item(row)
            haystack = self._names[str(item.data(Qt.ItemDataRole.UserRole))]
            item.setHidden(not all(w in haystack for w in words))

    def _tick_shown(self, state: Qt.CheckState) -> None:
        for row in range(self.attended.count()):
            item = self.attended.item(row)
            if not item.isHidden():
                item.setCheckState(state)

    def _count(self) -> None:
        ticked = len(checked_values(self.attended))
        self.count.setText(
            self.tr("%1 of %2 ticked")
            .replace("%1", str(ticked))
            .replace("%2", str(self.attended.count()))
        )

    def _submit(self) -> None:
        self.busy()
        self.chosen.emit(
            AwarenessSession(
                id=self._id,
                held_on=day_of(self.held_on),
                led_by=self.led_by.text(),
                topic=self.topic.text(),
                attendee_ids=checked_values(self.attended),
            )
        )
