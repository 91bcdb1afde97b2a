"""The Meetings area: the list of meetings and one meeting's agenda, attendance and minutes.
Student names stay masked on the agenda (case number and initials) unless "Show names" is on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.local_time import local_day
from btam_desktop.domain.meeting import AgendaItem, Meeting, usual_slot
from btam_desktop.domain.records import today
from btam_desktop.domain.team import Member
from btam_desktop.services.contracts import Request, api
from btam_desktop.services.contracts.meetings import MeetingInput, MeetingView
from btam_desktop.ui.fields import FormDialog
from btam_desktop.ui.language import short_date
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.plain import PlainLabel, heading, set_plain_tooltip
from btam_desktop.ui.screens.meetings.attendance_tab import AttendanceTab
from btam_desktop.ui.screens.meetings.dialogs import (
    ActionDialog,
    AddendumDialog,
    AgendaItemDialog,
    DecisionDialog,
    ScheduleDialog,
)
from btam_desktop.ui.screens.meetings.lines import (
    KIND_LABELS,
    item_title,
    reason_line,
    why_not_approve,
)
from btam_desktop.ui.screens.meetings.minutes_tab import MinutesTab


def meeting_line(widget: QWidget, m: Meeting) -> str:
    """The line in the list of meetings: when, and whether its minutes are approved."""
    state = widget.tr("  ✓ approved") if m.approved else ""
    return f"{short_date(m.held_on)} {m.starts_at}{state}"


class MeetingsScreen(QWidget):
    open_case = Signal(str)
    meeting_mode_requested = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.members: list[Member] = []
        self.me = ""
        self.view: MeetingView | None = None
        self._meetings: list[Meeting] = []

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Meetings"))
        self.list.setMinimumWidth(self.fontMetrics().averageCharWidth() * 26)
        self.schedule_button = QPushButton(self.tr("&Schedule meeting…"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(self.tr("Meetings"), self))
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.schedule_button)

        self.title = PlainLabel()
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Meeting"))
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)  # plain text (place and names are typed): bold by font
        self.details_button = QPushButton(self.tr("&Details…"))
        self.ics_button = QPushButton(self.tr("&Calendar (.ics)…"))
        self.ics_button.setToolTip(self.tr("Save the meeting for a calendar: time and place only"))
        self.mode_button = QPushButton(self.tr("Meeting &mode (F11)"))
        self.approve_button = QPushButton(self.tr("A&pprove minutes"))
        self.addendum_button = QPushButton(self.tr("Add adde&ndum…"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        print_menu = QMenu(self.print_button)
        agenda, minutes = self.tr("Agenda (initials only)…"), self.tr("Minutes (initials only)…")
        print_menu.addAction(agenda, lambda: self.print_document("agenda"))
        print_menu.addAction(minutes, lambda: self.print_document("minutes"))
        self.print_button.setMenu(print_menu)
        # Approving locks the minutes for good: apart from the everyday buttons, on a row of
        # its own with the reason it is not available yet, shown (not only in a tooltip).
        self.approve_why = PlainLabel()
        self.approve_why.setWordWrap(True)
        self.approve_why.setAccessibleName(self.tr("Why the minutes cannot be approved yet"))
        actions = QHBoxLayout()
        for b in (
            self.details_button,
            self.ics_button,
            self.print_button,
            self.addendum_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.mode_button)
        approval = QHBoxLayout()
        approval.addWidget(self.approve_why, 1)
        approval.addWidget(self.approve_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._agenda_tab(), self.tr("&Agenda"))
        self.tabs.addTab(self._attendance_tab(), self.tr("A&ttendance"))
        self.tabs.addTab(self._minutes_tab(), self.tr("M&inutes"))
        # The meeting's buttons and tabs: hidden while there is no meeting (the title says
        # so), not shown as empty, greyed-out boxes.
        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(actions)
        body_layout.addLayout(approval)
        body_layout.addWidget(self.tabs, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.body, 1)
        right_layout.addStretch(0)  # with no meeting, the title stays at the top
        self.detail = right

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.list.currentRowChanged.connect(self._meeting_chosen)
        self.schedule_button.clicked.connect(self._schedule)
        self.details_button.clicked.connect(self._edit_details)
        self.ics_button.clicked.connect(self._export_ics)
        self.mode_button.clicked.connect(self.meeting_mode_requested)
        self.approve_button.clicked.connect(self._approve)
        self.addendum_button.clicked.connect(self._addendum)
        self._show_view(None)

    # -- tabs ------------------------------------------------------------------------------
    def _agenda_tab(self) -> QWidget:
        self.agenda = QTableWidget(0, 4)
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setHorizontalHeaderLabels(
            [self.tr("Section"), self.tr("Item"), self.tr("Why"), self.tr("Minutes")]
        )
        self.agenda.verticalHeader().hide()
        self.agenda.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.agenda.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.agenda.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.agenda.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.show_names = QCheckBox(self.tr("Show student &names"))
        self.total = PlainLabel()
        self.total.setAccessibleName(self.tr("Total time"))
        self.item_minutes = QSpinBox()
        self.item_minutes.setRange(1, 240)
        self.item_minutes.setSuffix(self.tr(" min"))
        self.item_minutes.setAccessibleName(self.tr("Minutes for the selected item"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setShortcut("Ctrl+Up")
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setShortcut("Ctrl+Down")
        self.add_item_button = QPushButton(self.tr("Add ite&m…"))
        self.remove_item_button = QPushButton(self.tr("&Remove item"))
        self.rebuild_button = QPushButton(self.tr("Re&build from what is due"))
        self.open_case_button = QPushButton(self.tr("&Open case"))
        top = QHBoxLayout()
        top.addWidget(self.total, 1)
        top.addWidget(self.show_names)
        row = QHBoxLayout()
        row.addWidget(PlainLabel(self.tr("Time for this item:")))
        row.addWidget(self.item_minutes)
        row.addWidget(self.up_button)
        row.addWidget(self.down_button)
        row.addStretch(1)
        row.addWidget(self.open_case_button)
        edit_row = QHBoxLayout()
        for b in (self.add_item_button, self.remove_item_button, self.rebuild_button):
            edit_row.addWidget(b)
        edit_row.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.agenda, 1)
        layout.addLayout(row)
        layout.addLayout(edit_row)
        self.show_names.toggled.connect(lambda _on: self._fill_agenda())
        self.agenda.itemSelectionChanged.connect(self._item_selected)
        self.agenda.itemActivated.connect(lambda _i: self._open_selected_case())
        self.item_minutes.editingFinished.connect(self._minutes_changed)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.add_item_button.clicked.connect(self._add_item)
        self.remove_item_button.clicked.connect(self._remove_item)
        self.rebuild_button.clicked.connect(lambda: self._for_meeting(api.MEETINGS_REBUILD_AGENDA))
        self.open_case_button.clicked.connect(self._open_selected_case)
        return tab

    def _attendance_tab(self) -> QWidget:
        self.attendance = AttendanceTab()
        self.attendance.save_requested.connect(self._save_attendance)
        return self.attendance

    # The tab's parts, as the tests and meeting mode know them.
    @property
    def present(self) -> QListWidget:
        return self.attendance.present

    @property
    def partners(self) -> QListWidget:
        return self.attendance.partners

    @property
    def guests(self) -> QLineEdit:
        return self.attendance.guests

    @property
    def quorum(self) -> PlainLabel:
        return self.attendance.quorum

    @property
    def save_attendance(self) -> QPushButton:
        return self.attendance.save_button

    def _minutes_tab(self) -> QWidget:
        self.minutes = MinutesTab()
        # The buttons are part of what a locked meeting disables (see _show_view).
        self.decision_button = self.minutes.decision_button
        self.action_button = self.minutes.action_button
        self.minutes.decision_requested.connect(self.record_decision)
        self.minutes.action_requested.connect(self.add_action)
        return self.minutes

    # -- loading ---------------------------------------------------------------------------
    def load(self, select: str | None = None) -> None:
        keep = select or self._meeting_id()
        self._ops.queue(api.MEETINGS_LIST(), on_done=lambda ms: self._show_meetings(ms, keep))

    def _show_meetings(self, meetings: list[Meeting], keep: str | None) -> None:
        self._meetings = meetings
        self.list.blockSignals(True)
        self.list.clear()
        for m in meetings:
            item = QListWidgetItem(meeting_line(self, m))
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.list.addItem(item)
        ids = [m.id for m in meetings]
        self.list.blockSignals(False)
        if keep in ids:
            self.list.setCurrentRow(ids.index(keep))
        elif meetings:
            self.list.setCurrentRow(self._upcoming_row())
        else:
            self._show_view(None)

    def _upcoming_row(self) -> int:
        """The next meeting to come (the list is newest first), else the newest."""

        upcoming = [i for i, m in enumerate(self._meetings) if m.held_on >= today()]
        return upcoming[-1] if upcoming else 0

    def _meeting_chosen(self, row: int) -> None:
        if 0 <= row < len(self._meetings):
            self._ops.queue(api.MEETINGS_VIEW(self._meetings[row].id), on_done=self._show_view)

    def refresh(self) -> None:
        meeting_id = self._meeting_id()
        if meeting_id:
            self._ops.queue(api.MEETINGS_VIEW(meeting_id), on_done=self._show_view)

    def _meeting_id(self) -> str | None:
        return self.view.meeting.id if self.view else None

    def _show_view(self, view: MeetingView | None) -> None:
        self.view = view
        self.detail.setEnabled(view is not None)
        self.body.setVisible(view is not None)
        if view is None:
            self.title.setText(self.tr("No meeting yet. Schedule one to build its agenda."))
            self.agenda.setRowCount(0)
            self.total.clear()
            self.approve_why.clear()
            return
        m = view.meeting
        chair = view.names.get(m.chair_id or "", self.tr("not chosen"))
        notes = view.names.get(m.note_taker_id or "", self.tr("not chosen"))
        status = (
            self.tr("Minutes approved %1 by %2")
            .replace("%1", short_date(local_day(m.approved_at)) if m.approved_at else "")
            .replace("%2", view.names.get(m.approved_by or "", ""))
            if m.approved
            else self.tr("Minutes open")
        )
        place = f" · {m.place}" if m.place else ""
        self.title.setText(
            self.tr("%1 · chair %2 · notes %3 · %4")
            .replace("%1", f"{short_date(m.held_on)} {m.starts_at}{place}")
            .replace("%2", chair)
            .replace("%3", notes)
            .replace("%4", status)
        )
        self._fill_agenda()
        self._fill_attendance()
        self.minutes.show_view(view)
        editable = not m.approved
        for w in (
            self.details_button,
            self.approve_button,
            self.up_button,
            self.down_button,
            self.add_item_button,
            self.remove_item_button,
            self.rebuild_button,
            self.item_minutes,
            self.decision_button,
            self.action_button,
        ):
            w.setEnabled(editable)
        self.attendance.set_editable(editable)
        why = why_not_approve(m, self.me)  # on only when the service would approve; says why
        self.approve_button.setEnabled(not why)
        set_plain_tooltip(self.approve_button, why or self.tr("Approve and lock the minutes"))
        self.approve_why.setText("" if m.approved else why)
        self.addendum_button.setEnabled(m.approved)

    def _fill_agenda(self) -> None:
        view = self.view
        if view is None:
            return
        row = max(self.agenda.currentRow(), 0)
        items = view.minutes.agenda
        masked = not self.show_names.isChecked()
        self.agenda.setRowCount(len(items))
        for r, item in enumerate(items):
            values = (
                self.tr(KIND_LABELS[item.kind]),
                item_title(item, view, masked=masked),
                reason_line(item, view),
                str(item.minutes),
            )
            for col, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.agenda.setItem(r, col, cell)
        self.agenda.resizeColumnToContents(0)
        self.agenda.resizeColumnToContents(1)
        if items:
            self.agenda.selectRow(min(row, len(items) - 1))
        total = view.minutes.total_minutes()
        booked = view.meeting.duration_minutes
        self.total.setText(
            self.tr("%1 items · %2 minutes planned (meeting booked for %3)")
            .replace("%1", str(len(items)))
            .replace("%2", str(total))
            .replace("%3", str(booked))
            + (self.tr(" — over time") if total > booked else "")
        )

    def _fill_attendance(self) -> None:
        if self.view is not None:
            self.attendance.show_view(self.view, self.members)

    def selected_item(self) -> AgendaItem | None:
        view = self.view
        row = self.agenda.currentRow()
        if view is None or not 0 <= row < len(view.minutes.agenda):
            return None
        return view.minutes.agenda[row]

    def _item_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.item_minutes.setValue(item.minutes)
            self.open_case_button.setEnabled(item.case_id is not None)

    # -- editing ---------------------------------------------------------------------------
    def _run[R](self, request: Request[R], dialog: FormDialog | None = None) -> None:
        """A change to the meeting; a dialog that asked for it closes when it is saved."""
        self._ops.run(
            request,
            on_done=(lambda _r: dialog.accept()) if dialog else None,
            on_error=(lambda e: dialog.show_error(str(e))) if dialog else None,
        )

    def _for_meeting[R](self, request_for: Callable[[str], Request[R]]) -> None:
        """A change to the meeting on screen (nothing when none is shown)."""
        meeting_id = self._meeting_id()
        if meeting_id is not None:
            self._run(request_for(meeting_id))

    def _save_agenda(self, items: list[AgendaItem]) -> None:
        self._for_meeting(lambda meeting_id: api.MEETINGS_SAVE_AGENDA(meeting_id, items))

    def _move(self, step: int) -> None:
        view, row = self.view, self.agenda.currentRow()
        if view is None or not 0 <= row + step < len(view.minutes.agenda) or row < 0:
            return
        items = list(view.minutes.agenda)
        items[row], items[row + step] = items[row + step], items[row]
        self.agenda.selectRow(row + step)
        self._save_agenda(items)

    def _minutes_changed(self) -> None:
        item, view = self.selected_item(), self.view
        if item is None or view is None or item.minutes == self.item_minutes.value():
            return
        items = [
            replace(i, minutes=self.item_minutes.value()) if i.id == item.id else i
            for i in view.minutes.agenda
        ]
        self._save_agenda(items)

    def _add_item(self) -> None:
        view = self.view
        if view is None:
            return
        dialog = AgendaItemDialog(self)

        def add(title: str, minutes: int) -> None:
            from btam_desktop.domain.meeting import other_item

            items = list(view.minutes.agenda)
            items.insert(max(len(items) - 1, 0), other_item(title, minutes))
            self._run(api.MEETINGS_SAVE_AGENDA(view.meeting.id, items), dialog=dialog)

        dialog.chosen.connect(add)
        dialog.open()

    def _remove_item(self) -> None:
        item, view = self.selected_item(), self.view
        if item is not None and view is not None:
            self._save_agenda([i for i in view.minutes.agenda if i.id != item.id])

    def _open_selected_case(self) -> None:
        item = self.selected_item()
        if item is not None and item.case_id:
            self.open_case.emit(item.case_id)

    def _save_attendance(
        self, present: tuple[str, ...], guests: str, partners: tuple[str, ...]
    ) -> None:
        self._for_meeting(
            lambda meeting_id: api.MEETINGS_SET_ATTENDANCE(meeting_id, present, guests, partners)
        )

    def record_decision(self, item: AgendaItem | None, parent: QWidget | None = None) -> None:
        """The dialog opens over `parent` (meeting mode) or this screen."""
        view = self.view
        if item is None or view is None:
            return
        dialog = DecisionDialog(item_title(item, view, masked=True), parent or self)
        _return_focus(dialog, parent)
        dialog.chosen.connect(
            lambda decision, rationale, dissent: self._run(
                api.MEETINGS_RECORD_DECISION(
                    view.meeting.id, item.id, decision, rationale, dissent
                ),
                dialog=dialog,
            )
        )
        dialog.open()

    def add_action(self, item: AgendaItem | None, parent: QWidget | None = None) -> None:
        view = self.view
        if item is None or view is None:
            return
        from btam_desktop.services.contracts.meetings import ActionInput

        dialog = ActionDialog(
            item_title(item, view, masked=True),
            [m for m in self.members if m.active],
            item.case_id is not None,
            parent or self,
        )
        _return_focus(dialog, parent)
        dialog.chosen.connect(
            lambda kind, what, who, due: self._run(
                api.MEETINGS_ADD_ACTION(
                    view.meeting.id, ActionInput(item.id, kind, what, who, due)
                ),
                dialog=dialog,
            )
        )
        dialog.open()

    def _schedule(self) -> None:
        usual = usual_slot(self._meetings, today())
        dialog = ScheduleDialog(self.members, self.me, None, self, usual)

        def scheduled(meeting: Meeting) -> None:
            dialog.accept()
            self.load(select=meeting.id)

        def schedule(details: MeetingInput) -> None:
            self._ops.run(
                api.MEETINGS_SCHEDULE(details),
                on_done=scheduled,
                on_error=lambda e: dialog.show_error(str(e)),
            )

        dialog.chosen.connect(schedule)
        dialog.open()

    def _edit_details(self) -> None:
        view = self.view
        if view is None:
            return
        dialog = ScheduleDialog(self.members, self.me, view.meeting, self)

        def update(details: MeetingInput) -> None:
            self._run(api.MEETINGS_UPDATE(view.meeting.id, details), dialog=dialog)

        dialog.chosen.connect(update)
        dialog.open()

    def _approve(self) -> None:
        self._for_meeting(api.MEETINGS_APPROVE)

    def _addendum(self) -> None:
        meeting_id = self._meeting_id()
        if meeting_id is None:
            return
        dialog = AddendumDialog(self)
        dialog.chosen.connect(
            lambda text: self._run(api.MEETINGS_ADD_ADDENDUM(meeting_id, text), dialog=dialog)
        )
        dialog.open()

    def print_document(self, kind: str) -> None:
        view = self.view
        if view is None:
            return
        from btam_desktop.services.contracts.printing import PrintRequest
        from btam_desktop.ui.screens.print_preview import PrintPreviewDialog

        PrintPreviewDialog(self._ops, PrintRequest(kind, meeting_id=view.meeting.id), self).open()

    def _export_ics(self) -> None:
        """The service process builds and writes the file (atomically): the window only asks
        where. A problem (a read-only folder, a full disk) is reported like any other."""
        view = self.view
        if view is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the meeting for a calendar"),
            f"btam-meeting-{view.meeting.held_on.isoformat()}.ics",
            self.tr("Calendar files (*.ics)"),
        )
        if name:
            self._ops.queue(api.MEETINGS_SAVE_ICS(view.meeting.id, Path(name)))

    def clear(self) -> None:
        self.view = None
        self._meetings = []
        self.list.clear()
        self._show_view(None)
        self.minutes.clear()
        self.attendance.show_view(None, [])


def _return_focus(dialog: QDialog, window: QWidget | None) -> None:
    """Meeting mode keeps the keyboard after a dialog over it closes (its keys are shortcuts)."""
    if window is not None:
        dialog.finished.connect(lambda _result: window.activateWindow())
