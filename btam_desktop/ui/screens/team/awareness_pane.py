"""Team ▸ Staff awareness: all-staff training to recognize and report concerning behavior.
This school year's coverage ("22 of 29 staff"), the sessions held, who has not attended one
yet, and the staff list (typed or imported from a CSV of names). Any member keeps it: it holds
no student data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.awareness import AwarenessSession, StaffMember
from btam_desktop.services.contracts import Request, api
from btam_desktop.services.contracts.awareness import AwarenessOverview, StaffImported
from btam_desktop.ui.fields import FormDialog
from btam_desktop.ui.language import short_date
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.plain import PlainLabel, confirm, heading
from btam_desktop.ui.screens.team.awareness_dialogs import SessionDialog, StaffDialog


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table for its buttons
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class AwarenessPane(QWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._view: AwarenessOverview | None = None
        self.coverage = PlainLabel()
        self.coverage.setWordWrap(True)
        self.coverage.setAccessibleName(self.tr("Coverage this school year"))
        self.coverage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = self.coverage.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.coverage.setFont(font)
        self.status = PlainLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Result of the last import"))
        # Sessions, newest first.
        self.sessions = _table(
            self.tr("Awareness sessions"),
            [self.tr("Date"), self.tr("Led by"), self.tr("Topic and format"), self.tr("Attended")],
        )
        header = self.sessions.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.record_button = QPushButton(self.tr("Record a sessi&on…"))
        self.change_session_button = QPushButton(self.tr("C&hange session…"))
        self.sheet_button = QPushButton(self.tr("Print sign-&in sheet…"))
        self.remove_session_button = QPushButton(self.tr("Remove session…"))
        # Who has not attended a session this school year.
        self.missing_title = heading(self.tr("Not yet trained"), self)
        self.missing = QListWidget()
        self.missing.setAccessibleName(self.tr("Staff not yet trained this school year"))
        self.missing_title.setBuddy(self.missing)
        self.missing.setWordWrap(True)  # a long role or department wraps, never scrolls
        self.missing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.coverage_button = QPushButton(self.tr("Print co&verage…"))
        # The staff list.
        self.staff = _table(
            self.tr("Staff list"),
            [self.tr("Name"), self.tr("Role"), self.tr("Department"), self.tr("At the school")],
        )
        header = self.staff.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("A&dd someone…"))
        self.import_button = QPushButton(self.tr("Import names from &CSV…"))
        self.edit_button = QPushButton(self.tr("Chan&ge details…"))

        sessions_box = QWidget()
        column = QVBoxLayout(sessions_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(self.tr("Sessions"), self))
        column.addWidget(self.sessions, 1)
        # Two rows, so longer words (Spanish) fit the pane at 1280 wide.
        row = QHBoxLayout()
        for b in (self.record_button, self.change_session_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.remove_session_button)
        column.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.sheet_button)
        row.addStretch(1)
        column.addLayout(row)
        missing_box = QWidget()
        column = QVBoxLayout(missing_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.missing_title)
        column.addWidget(self.missing, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.coverage_button)
        column.addLayout(row)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(sessions_box)
        top.addWidget(missing_box)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        staff_box = QWidget()
        column = QVBoxLayout(staff_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(self.tr("Staff list"), self))
        column.addWidget(self.staff, 1)
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addStretch(1)
        row.addWidget(self.add_button)
        row.addWidget(self.import_button)
        column.addLayout(row)
        column.addWidget(self.status)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(staff_box)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.coverage)
        layout.addWidget(split, 1)

        self.record_button.clicked.connect(lambda: self._edit_session(None))
        self.change_session_button.clicked.connect(
            lambda: self._edit_session(self.selected_session())
        )
        self.sessions.itemActivated.connect(lambda _i: self._edit_session(self.selected_session()))
        self.sheet_button.clicked.connect(self.print_sign_in_sheet)
        self.remove_session_button.clicked.connect(self._remove_session)
        self.coverage_button.clicked.connect(self.print_coverage)
        self.add_button.clicked.connect(lambda: self._edit_staff(None))
        self.edit_button.clicked.connect(lambda: self._edit_staff(self.selected_staff()))
        self.staff.itemActivated.connect(lambda _i: self._edit_staff(self.selected_staff()))
        self.import_button.clicked.connect(self._choose_file)
        self.sessions.itemSelectionChanged.connect(self._enable)
        self.staff.itemSelectionChanged.connect(self._enable)
        self._enable()

    # -- showing ---------------------------------------------------------------------------
    def load(self) -> None:
        self._ops.queue(api.AWARENESS_OVERVIEW(), on_done=self.show_overview)

    def clear(self) -> None:
        self._view = None
        self.coverage.clear()
        self.status.clear()
        self.sessions.setRowCount(0)
        self.staff.setRowCount(0)
        self.missing.clear()
        self._enable()

    def show_overview(self, view: AwarenessOverview) -> None:
        keep_session, keep_staff = self.selected_session(), self.selected_staff()
        self._view = view
        c = view.coverage
        if c.total == 0:
            text = self.tr("No staff list yet: import one from a CSV file or add people.")
        else:
            text = (
                self.tr("%1 of %2 staff this school year (%3)")
                .replace("%1", str(len(c.trained)))
                .replace("%2", str(c.total))
                .replace("%3", c.label)
            )
            text = ("✓ " if not c.missing else "⚠ ") + text
        self.coverage.setText(text)
        _fill(
            self.sessions,
            [
                (short_date(s.held_on), s.led_by, s.topic, str(len(s.attendee_ids)))
                for s in view.sessions
            ],
        )
        _fill(
            self.staff,
            [
                (
                    p.name,
                    p.role,
                    p.department,
                    self.tr("Yes")
                    if p.left_on is None
                    else self.tr("Left (marked %1)").replace("%1", short_date(p.left_on)),
                )
                for p in view.staff
            ],
        )
        self.missing_title.setText(
            self.tr("Not yet trained this school year (%1)").replace("%1", str(len(c.missing)))
        )
        self.missing.clear()
        for p in c.missing:
            self.missing.addItem(f"{p.name} · {p.described}" if p.described else p.name)
        self._reselect(self.sessions, [s.id for s in view.sessions], keep_session)
        self._reselect(self.staff, [p.id for p in view.staff], keep_staff)
        self._enable()

    @staticmethod
    def _reselect(
        table: QTableWidget, ids: list[str], kept: AwarenessSession | StaffMember | None
    ) -> None:
        if kept is not None and kept.id in ids:
            table.selectRow(ids.index(kept.id))

    def selected_session(self) -> AwarenessSession | None:
        row = self.sessions.currentRow()
        chosen = self.sessions.selectionModel().hasSelection()
        if self._view is None or not chosen or not 0 <= row < len(self._view.sessions):
            return None
        return self._view.sessions[row]

    def selected_staff(self) -> StaffMember | None:
        row = self.staff.currentRow()
        chosen = self.staff.selectionModel().hasSelection()
        if self._view is None or not chosen or not 0 <= row < len(self._view.staff):
            return None
        return self._view.staff[row]

    def _enable(self) -> None:
        has_session = self.selected_session() is not None
        self.change_session_button.setEnabled(has_session)
        self.remove_session_button.setEnabled(has_session)
        self.edit_button.setEnabled(self.selected_staff() is not None)
        self.record_button.setEnabled(self._view is not None)

    # -- actions ---------------------------------------------------------------------------
    def _saving[R](self, dialog: FormDialog, request: Request[R]) -> None:
        """A dialog's change: the dialog closes once it is saved, or says why not."""
        self._ops.run(
            request,
            on_done=lambda _r: dialog.accept(),
            on_error=lambda e: dialog.show_error(str(e)),
        )

    def _edit_session(self, current: AwarenessSession | None) -> None:
        if self._view is None:
            return
        dialog = SessionDialog(list(self._view.staff), current, self)
        dialog.chosen.connect(lambda item: self._saving(dialog, api.AWARENESS_SAVE_SESSION(item)))
        dialog.open()

    def _edit_staff(self, current: StaffMember | None) -> None:
        dialog = StaffDialog(current, self)
        dialog.chosen.connect(lambda person: self._saving(dialog, api.AWARENESS_SAVE_STAFF(person)))
        dialog.open()

    def _remove_session(self) -> None:
        chosen = self.selected_session()
        if chosen is None:
            return
        what = f"{short_date(chosen.held_on)} · {chosen.topic}"
        confirm(
            self,
            self.tr("Remove the session"),
            self.tr(
                "Remove the session %1? Its attendance goes with it: the people who attended "
                "only this one count as not yet trained."
            ).replace("%1", what),
            self.tr("Remove the session"),
            lambda: self._ops.run(api.AWARENESS_REMOVE_SESSION(chosen.id)),
        )

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import staff names"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Read the file here (the window's own disk access) and import every line or none."""
        try:
            data = path.read_bytes()
        except OSError as error:
            self.status.setText(
                self.tr("%1 cannot be read (%2).")
                .replace("%1", path.name)
                .replace("%2", error.strerror or "error")
            )
            return
        self.status.setText(self.tr("Importing…"))
        self._ops.run(
            api.AWARENESS_IMPORT_STAFF(data),
            on_done=lambda done: self._imported(path, done),
            on_error=lambda e: self.status.setText(
                self.tr("%1: %2").replace("%1", path.name).replace("%2", str(e))
            ),
        )

    def _imported(self, path: Path, done: StaffImported) -> None:
        text = (
            self.tr("%1: added %2 to the staff list.")
            .replace("%1", path.name)
            .replace("%2", str(done.added))
        )
        if done.already:
            text += " " + self.tr("%1 already on the list.").replace("%1", str(done.already))
        self.status.setText(text)

    def print_sign_in_sheet(self) -> None:
        """The selected session's sheet; without one, a blank sheet to fill in by hand."""
        from btam_desktop.services.contracts.printing import PrintRequest
        from btam_desktop.ui.screens.print_preview import PrintPreviewDialog

        chosen = self.selected_session()
        request = PrintRequest("sign-in-sheet", staff_session_id=chosen.id if chosen else None)
        PrintPreviewDialog(self._ops, request, self).open()

    def print_coverage(self) -> None:
        from btam_desktop.services.contracts.printing import PrintRequest
        from btam_desktop.ui.screens.print_preview import PrintPreviewDialog

        PrintPreviewDialog(self._ops, PrintRequest("staff-coverage"), self).open()
