"""The Attendance tab of a meeting: the members present, guests, and the team's partners from
outside agencies. A partner checked without an agreement in force on the meeting's day is
named at once on a warning line, and saving asks once before recording them as present."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget

from btam_desktop.domain.contact import Contact, agreement_problem
from btam_desktop.domain.team import Member
from btam_desktop.services.contracts.meetings import MeetingView
from btam_desktop.ui.fields import checkable_list, checked_values
from btam_desktop.ui.plain import PlainLabel, confirm
from btam_desktop.ui.screens.team.contacts import problem_text
from btam_desktop.ui.screens.team.screen import composition_text


class AttendanceTab(QWidget):
    save_requested = Signal(tuple, str, tuple)  # member ids, guests, partner contact ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: MeetingView | None = None
        self.present = checkable_list([], set(), self.tr("Present"), self)
        self.guests = QLineEdit()
        self.guests.setAccessibleName(self.tr("Guests"))
        self.guests.setPlaceholderText(
            self.tr("Others present, e.g. a teacher who knows the student")
        )
        self.partners_label = PlainLabel(self.tr("Partners from outside agencies:"))
        self.partners = checkable_list([], set(), self.tr("Partners present"), self)
        # Said in words, on the tab itself (not only at saving, not by colour).
        self.agreements = PlainLabel()
        self.agreements.setWordWrap(True)
        self.agreements.setAccessibleName(self.tr("Partner agreements"))
        self.quorum = PlainLabel()
        self.quorum.setWordWrap(True)
        self.quorum.setAccessibleName(self.tr("Quorum"))
        self.save_button = QPushButton(self.tr("&Save attendance"))
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(PlainLabel(self.tr("Who is here:")))
        self._layout.addWidget(self.present)
        self._layout.addWidget(PlainLabel(self.tr("Guests:")))
        self._layout.addWidget(self.guests)
        self._layout.addWidget(self.partners_label)
        self._layout.addWidget(self.partners)
        self._layout.addWidget(self.agreements)
        self._layout.addWidget(self.quorum)
        self._layout.addWidget(self.save_button)
        self._layout.addStretch(1)
        self.save_button.clicked.connect(self._save)
        self.show_view(None, [])

    def _replace(self, old: QListWidget, fresh: QListWidget) -> QListWidget:
        self._layout.replaceWidget(old, fresh)
        old.deleteLater()
        return fresh

    def show_view(self, view: MeetingView | None, members: list[Member]) -> None:
        self.view = view
        attendance = view.meeting.attendance if view else None
        present = set(attendance.present) if attendance else set()
        self.present = self._replace(
            self.present,
            checkable_list(
                [(m.id, m.shown_name) for m in members if m.active or m.id in present],
                present,
                self.tr("Present"),
                self,
                rows=10,
            ),
        )
        partners = sorted((view.partners if view else {}).values(), key=lambda c: c.name.lower())
        self.partners = self._replace(
            self.partners,
            checkable_list(
                [(c.id, self._partner_line(c)) for c in partners],
                set(attendance.partners) if attendance else set(),
                self.tr("Partners present"),
                self,
                rows=6,
            ),
        )
        self.partners.itemChanged.connect(lambda _item: self._warn())
        self.partners_label.setVisible(bool(partners))
        self.partners.setVisible(bool(partners))
        self.guests.setText(attendance.guests if attendance else "")
        if view is None:
            self.quorum.clear()
        else:
            text, good = composition_text(self, view.quorum, self.tr("Present"))
            self.quorum.setText(("✓ " if good else "⚠ ") + self.tr("Quorum: ") + text)
        self._warn()

    def set_editable(self, editable: bool) -> None:
        for w in (self.save_button, self.present, self.guests, self.partners):
            w.setEnabled(editable)

    def _partner_line(self, c: Contact) -> str:
        agency = f" — {c.organization}" if c.organization else ""
        return f"{c.shown_name}{agency}"

    def _problems(self) -> list[tuple[Contact, str, bool]]:
        """The checked partners whose agreement needs a word on the meeting's day: (partner,
        what is wrong, whether it stops them from being recorded without asking)."""
        view = self.view
        if view is None:
            return []
        found = []
        for contact_id in checked_values(self.partners):
            c = view.partners[contact_id]
            problem = agreement_problem(c, view.meeting.held_on)
            if problem is not None:
                found.append((c, problem_text(problem), problem.blocking))
        return found

    def _warn(self) -> None:
        lines = [
            (
                self.tr("⚠ %1: %2. Partners take part only under a current agreement.")
                if blocking
                else self.tr("Note: %1: %2.")
            )
            .replace("%1", c.name)
            .replace("%2", text)
            for c, text, blocking in self._problems()
        ]
        self.agreements.setText("\n".join(lines))
        self.agreements.setVisible(bool(lines))

    def _save(self) -> None:
        view = self.view
        if view is None:
            return
        present, guests = checked_values(self.present), self.guests.text()
        partners = checked_values(self.partners)
        # Asked once per save, about the partners this save adds: one recorded earlier was
        # confirmed then.
        before = set(view.meeting.attendance.partners)
        unsettled = [
            c.name for c, _t, blocking in self._problems() if blocking and c.id not in before
        ]
        if not unsettled:
            self.save_requested.emit(present, guests, partners)
            return
        names = ", ".join(unsettled)
        confirm(
            self,
            self.tr("Partner without a current agreement"),
            self.tr(
                "Record %1 as present without a current agreement? Partners from outside "
                "agencies see student records only under a written agreement with the school "
                "(the records stay under its control and are not disclosed further); the "
                "minutes will show that it was missing."
            ).replace("%1", names),
            self.tr("Record as present"),
            lambda: self.save_requested.emit(present, guests, partners),
        )
