"""Team ▸ Sync: which folder this laptop shares its changes through, and what the last sync did.

Each laptop keeps its own copy of the case file; the copies exchange encrypted, signed files
through a folder the school already trusts (services/sync_folder.py). This pane chooses that
folder for this laptop, syncs on request, and says in plain words what was sent, what arrived,
which files could not be applied and why, and which conflicts wait for a person.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.services.contracts.sync import FolderSync
from btam_desktop.ui.language import recent_moment
from btam_desktop.ui.plain import PlainLabel, isolate, message_box, set_plain_tooltip
from btam_desktop.ui.screens.conflicts.words import reconciled_line
from btam_desktop.ui.sync_status import SyncStatus


def _selectable(label: PlainLabel, name: str) -> PlainLabel:
    """A value a person may want to copy (a folder's path) or hear again (a result)."""
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


class SyncPane(QWidget):
    def __init__(self, status: SyncStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status = status
        note = PlainLabel(
            self.tr(
                "Each laptop keeps its own copy of the case file. The copies exchange their "
                "changes through a folder the team shares: a school network share, a USB stick "
                "or a Syncthing folder. Only encrypted, signed files go there. This laptop syncs "
                "when it is unlocked, every minute while it stays unlocked, and when it locks."
            )
        )
        note.setWordWrap(True)
        self.folder = _selectable(PlainLabel(), self.tr("Sync folder of this laptop"))
        self.laptop = QLineEdit()
        self.laptop.setMaxLength(40)
        self.laptop.setPlaceholderText(self.tr("for example: at home, office, projector"))
        self.laptop.setAccessibleName(self.tr("This laptop's name"))
        set_plain_tooltip(
            self.laptop,
            self.tr(
                "Shown to the team beside what you write on this laptop, where two versions "
                'wait for a person: "Lucía, 18:05 (at home)".'
            ),
        )
        self.name_button = QPushButton(self.tr("Sa&ve name"))
        self.name_button.clicked.connect(lambda: status.name_laptop(self.laptop.text()))
        self.laptop.returnPressed.connect(self.name_button.click)
        self.result = _selectable(PlainLabel(), self.tr("Last sync"))
        self.problem = _selectable(PlainLabel(), self.tr("Sync problem"))
        self.choose_button = QPushButton(self.tr("&Choose folder…"))
        self.sync_button = QPushButton(self.tr("Sync &now"))
        self.forget_button = QPushButton(self.tr("Stop syncing on this &laptop"))
        #: A lead's way past a wrong clock: shown only to leads, only while changes wait.
        self.accept_button = QPushButton(self.tr("&Accept changes that wait for the clock…"))
        self.is_lead = False
        self.skipped_heading = PlainLabel(
            self.tr("Files in the folder that could not be applied (tried again at every sync):")
        )
        self.skipped = QListWidget()
        self.skipped.setAccessibleName(self.tr("Files that could not be applied"))
        self.skipped.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        # What people choose between is under To review; here, what nobody had to choose.
        self.reconciled_heading = PlainLabel(
            self.tr(
                "Set on two laptops at once and reconciled without asking (dates, who is "
                "responsible): the newer value shows on every laptop."
            )
        )
        self.reconciled_heading.setWordWrap(True)
        self.reconciled = QTableWidget(0, 2)
        self.reconciled.setAccessibleName(self.tr("Reconciled automatically at the last sync"))
        self.reconciled.setHorizontalHeaderLabels([self.tr("Case"), self.tr("What happened")])
        self.reconciled.verticalHeader().hide()
        self.reconciled.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.reconciled.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.reconciled.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        form = QFormLayout()
        form.addRow(self.tr("Sync folder:"), self.folder)
        form.addRow(self.tr("Last sync:"), self.result)
        naming = QHBoxLayout()
        naming.addWidget(self.laptop, 1)
        naming.addWidget(self.name_button)
        name_label = PlainLabel(self.tr("This lapt&op's name:"))
        name_label.setBuddy(self.laptop)
        form.addRow(name_label, naming)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.accept_button)
        buttons.addStretch(1)
        buttons.addWidget(self.forget_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.skipped_heading)
        layout.addWidget(self.skipped)
        layout.addWidget(self.reconciled_heading)
        layout.addWidget(self.reconciled, 1)
        layout.addStretch(0)
        self.choose_button.clicked.connect(self._choose)
        self.sync_button.clicked.connect(lambda: status.sync_now(by_person=True))
        self.forget_button.clicked.connect(lambda: status.choose_folder(None))
        self.accept_button.clicked.connect(self._accept)
        status.changed.connect(self.refresh)
        self.refresh()

    def _choose(self) -> None:
        start = self._status.folder or Path.home()
        chosen = QFileDialog.getExistingDirectory(
            self,
            self.tr("Choose the team's sync folder"),
            str(start),
            QFileDialog.Option.ShowDirsOnly,
        )
        if chosen:
            self._status.choose_folder(Path(chosen))

    def set_lead(self, is_lead: bool) -> None:
        self.is_lead = is_lead
        self.refresh()

    def _accept(self) -> None:
        """Ask, for each member whose changes wait, whether to apply them now everywhere."""
        last = self._status.last
        for name, days in last.clock_ahead if last is not None else ():
            box = message_box(
                QMessageBox.Icon.Question,
                self.tr("Accept changes that wait for the clock"),
                self.tr(
                    "Apply %1's waiting changes now, on every laptop?\n\n"
                    "Their laptop's clock is %2 day(s) ahead. Until it is corrected, what they "
                    "write counts as newer than what others write at the same time. Ask them to "
                    "correct the date and time on their laptop first."
                )
                .replace("%1", name)
                .replace("%2", str(days)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            box.setDefaultButton(QMessageBox.StandardButton.No)
            if box.exec() == QMessageBox.StandardButton.Yes:
                self._status.accept_clock(name)
                return

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        status = self._status
        folder = status.folder
        self.folder.setText(
            str(folder)
            if folder is not None
            else self.tr("Not set up: this laptop keeps its changes until a sync folder is chosen.")
        )
        self.sync_button.setEnabled(status.active and folder is not None and not status.running)
        self.forget_button.setEnabled(status.active and folder is not None)
        self.choose_button.setEnabled(status.active)
        self.name_button.setEnabled(status.active)
        if not self.laptop.hasFocus() or self.laptop.text() == status.laptop_name:
            self.laptop.setText(status.laptop_name)
        waiting = status.last is not None and bool(status.last.clock_ahead)
        self.accept_button.setVisible(self.is_lead and waiting)
        self.accept_button.setEnabled(status.active and not status.running)
        self.result.setText(self._result_text())
        problems = [status.choice_problem] if status.choice_problem else []
        if status.problem is not None:
            problems.append(str(status.problem))
        # Words and a sign, never colour alone: the person may not see the colour.
        self.problem.setText("⚠ " + "\n".join(problems) if problems else "")
        self.problem.setVisible(bool(problems))
        last = status.last
        self.skipped.clear()
        for skipped in last.skipped if last is not None else ():
            self.skipped.addItem(f"{skipped.path} — {skipped.why}")
        self.skipped_heading.setVisible(self.skipped.count() > 0)
        self.skipped.setVisible(self.skipped.count() > 0)
        found = last.reconciled if last is not None else ()
        self.reconciled.setRowCount(len(found))
        for row, item in enumerate(found):
            where = item.case_number or self.tr("(the team)")
            for col, text in enumerate((where, reconciled_line(item))):
                self.reconciled.setItem(row, col, QTableWidgetItem(text))
        self.reconciled_heading.setVisible(bool(found))
        self.reconciled.setVisible(bool(found))

    def _result_text(self) -> str:
        status = self._status
        if status.folder is None:
            return self.tr("This laptop does not sync.")
        if status.last is None or status.synced_at is None:
            return self.tr("Syncing…") if status.running else self.tr("Not synced yet.")
        lines = [
            self.tr("%1 — %2; %3.")
            .replace("%1", recent_moment(status.synced_at))
            .replace("%2", self._sent(status.last))
            .replace("%3", self._received(status.last))
        ]
        if status.last.generation_moved:
            lines.append(
                self.tr("This laptop moved to the team's new key (a team lead removed a member).")
            )
        if status.last.waiting:
            lines.append(
                self.tr(
                    "%1 that arrived wait for earlier changes from the same laptop, which are "
                    "not in the folder yet: they are applied as soon as those arrive."
                ).replace("%1", self._changes(status.last.waiting))
            )
        if status.last.ignored:
            lines.append(
                self.tr("Files of other programs in the folder, left alone: %1.").replace(
                    "%1", str(status.last.ignored)
                )
            )
        for name, days in status.last.clock_ahead:
            lines.append(
                self.tr(
                    "%1's laptop clock is %2 day(s) ahead: their changes wait until the clocks "
                    "agree or a team lead accepts them."
                )
                .replace("%1", isolate(name))
                .replace("%2", str(days))
            )
        if status.last.open_conflicts or status.last.held:
            lines.append(
                " · ".join(status.waiting_words(status.last)) + self.tr(" (see To review)")
            )
        if status.running:
            lines.append(self.tr("Syncing…"))
        return "\n".join(lines)

    def _changes(self, count: int) -> str:
        return self.tr("1 change") if count == 1 else self.tr("%n changes", "", count)

    def _files(self, count: int) -> str:
        return self.tr("1 file") if count == 1 else self.tr("%n files", "", count)

    def _attachments(self, count: int) -> str:
        if not count:
            return ""
        if count == 1:
            return self.tr(" and 1 attachment")
        return self.tr(" and %n attachments", "", count)

    def _sent(self, result: FolderSync) -> str:
        if not result.sent_ops and not result.sent_attachments:
            return self.tr("nothing new to send")
        return (
            self.tr("sent %1 in %2")
            .replace("%1", self._changes(result.sent_ops))
            .replace("%2", self._files(result.sent_files))
        ) + self._attachments(result.sent_attachments)

    def _received(self, result: FolderSync) -> str:
        if not result.received_ops and not result.received_attachments:
            return self.tr("nothing new arrived")
        text = (
            self.tr("received %1 in %2")
            .replace("%1", self._changes(result.received_ops))
            .replace("%2", self._files(result.received_files))
        ) + self._attachments(result.received_attachments)
        if result.received_from:
            text += self.tr(", from %1").replace(
                "%1", ", ".join(isolate(name) for name in result.received_from)
            )
        return text
