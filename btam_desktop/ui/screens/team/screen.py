"""The Team page: who is on the team, in which role, how to reach them, whether their training
is current; the composition check against the pack; adding and removing members; the people
outside the team; and this laptop's sync with the others (Team ▸ Sync)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.records import today
from btam_desktop.domain.team import TEAM_SIZE, Composition, Member, Role
from btam_desktop.domain.training import Training, TrainingState
from btam_desktop.services.contracts import Request, api
from btam_desktop.services.contracts.roster import MemberStatus, TeamOverview
from btam_desktop.ui.fields import FormDialog
from btam_desktop.ui.language import short_date
from btam_desktop.ui.list_pane import ListPane
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.plain import (
    PlainLabel,
    heading,
    message_box,
    plain_mnemonic,
    set_plain_tooltip,
)
from btam_desktop.ui.screens.dialogs import ROLE_LABELS, AddMemberDialog
from btam_desktop.ui.screens.team.awareness_pane import AwarenessPane
from btam_desktop.ui.screens.team.contacts import ContactsPanel
from btam_desktop.ui.screens.team.dialogs import MemberDetailsDialog, TrainingDialog
from btam_desktop.ui.screens.team.retention_pane import RetentionPane
from btam_desktop.ui.screens.team.services_pane import ServicesPane
from btam_desktop.ui.screens.team.sync_pane import SyncPane
from btam_desktop.ui.sync_status import SyncStatus


def role_label(widget: QWidget, role: str) -> str:
    try:
        return widget.tr(ROLE_LABELS[Role(role)])
    except ValueError:
        return role.replace("_", " ")


def composition_text(widget: QWidget, c: Composition, who: str) -> tuple[str, bool]:
    """One line for the Team page and the attendance check: (text, all well)."""
    size = widget.tr("%1: %2 people").replace("%1", who).replace("%2", str(c.size))
    if not c.size_ok:
        size += (
            widget.tr(" (models recommend %1 to %2)")
            .replace("%1", str(TEAM_SIZE.start))
            .replace("%2", str(TEAM_SIZE.stop - 1))
        )
    if c.missing:
        roles = widget.tr("missing: %1").replace(
            "%1", ", ".join(role_label(widget, r) for r in c.missing)
        )
    else:
        roles = widget.tr("every role the model requires is present")
    return f"{size} · {roles}", c.complete and c.size_ok


def training_text(widget: QWidget, status: MemberStatus) -> str:
    exp = short_date(status.expires_on) if status.expires_on else ""
    return {
        TrainingState.CURRENT: widget.tr("Current to %1"),
        TrainingState.DUE: widget.tr("Due: expires %1"),
        TrainingState.LAPSED: widget.tr("Lapsed on %1"),
        TrainingState.NONE: widget.tr("None recorded"),
    }[status.training].replace("%1", exp)


class TeamScreen(QWidget):
    def __init__(self, ops: Ops, sync: SyncStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._overview: TeamOverview | None = None
        self.is_lead = False
        self.me = ""
        self.composition = PlainLabel()
        self.composition.setWordWrap(True)
        self.composition.setAccessibleName(self.tr("Team composition"))
        self.composition.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Team members"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Contact"),
                self.tr("Active since"),
                self.tr("Training"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for col in (0, 1, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.trainings = QListWidget()
        self.trainings.setAccessibleName(self.tr("Training records of the selected member"))
        self.trainings.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.note = PlainLabel(
            self.tr(
                "Adding a member gives them their own key: they type their passphrase on this "
                "laptop. Removing a member gives the case file a new key their passphrase cannot "
                "open; it takes a few seconds and everyone else keeps their passphrase."
            )
        )
        self.note.setWordWrap(True)
        self.details_button = QPushButton(self.tr("&Edit details…"))
        self.training_button = QPushButton(self.tr("Record &training…"))
        self.remove_training_button = QPushButton(self.tr("Remove training &record"))
        self.print_button = QPushButton(self.tr("&Print roster…"))
        self.add_button = QPushButton(self.tr("&Add member…"))
        # Removing is final for that person: named for whom it removes, and kept apart from
        # the everyday buttons (at the far end, after a gap), with the warning icon.
        self.remove_button = QPushButton(self.tr("Re&move member…"))
        self.remove_button.setIcon(
            self.style().standardIcon(self.style().StandardPixmap.SP_MessageBoxWarning)
        )
        buttons = QHBoxLayout()
        for b in (self.add_button, self.details_button, self.print_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addSpacing(self.fontMetrics().averageCharWidth() * 6)
        buttons.addWidget(self.remove_button)
        roster = QWidget()
        layout = QVBoxLayout(roster)
        layout.addWidget(heading(self.tr("Team members"), self))
        layout.addWidget(self.composition)
        layout.addWidget(self.table, 1)
        self.trainings_pane = ListPane(
            self.tr("Training of the selected member:"), self.trainings, self.tr("none recorded")
        )
        layout.addWidget(self.trainings_pane)
        # The training buttons under the training they change: one row of every button
        # outgrew a 1280-pixel window in Spanish.
        training_buttons = QHBoxLayout()
        training_buttons.addWidget(self.training_button)
        training_buttons.addWidget(self.remove_training_button)
        training_buttons.addStretch(1)
        layout.addLayout(training_buttons)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.contacts = ContactsPanel(ops)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Team page"))
        self.tabs.addTab(roster, self.tr("Team &members"))
        self.tabs.addTab(self.contacts, self.tr("Other staff, providers && &partners"))
        # All staff, not only the team, learn to recognize and report (issue 22, item 3).
        self.awareness = AwarenessPane(ops)
        self.tabs.addTab(self.awareness, self.tr("Staff a&wareness"))
        # The services the school refers students and families to (issue 22, item 1).
        self.services = ServicesPane(ops)
        self.tabs.addTab(self.services, self.tr("Ser&vices"))
        self.sync = SyncPane(sync)
        self.tabs.addTab(self.sync, self.tr("&Sync"))
        # A lead's: the closed cases due for destruction or review (issue 20, retention).
        self.retention = RetentionPane(ops)
        self.tabs.addTab(self.retention, self.tr("Old &records"))
        self.tabs.setTabVisible(self.tabs.indexOf(self.retention), False)
        self.tabs.currentChanged.connect(self._tab_shown)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)
        self.table.itemSelectionChanged.connect(self._show_trainings)
        self.add_button.clicked.connect(self._add_member)
        self.remove_button.clicked.connect(self._remove_member)
        self.details_button.clicked.connect(self._edit_details)
        self.training_button.clicked.connect(self._record_training)
        self.remove_training_button.clicked.connect(self._remove_training)
        self.print_button.clicked.connect(self.print_roster)

    # -- showing ---------------------------------------------------------------------------
    def load(self) -> None:
        self._ops.queue(api.ROSTER_OVERVIEW(), on_done=self.show_overview)
        self.contacts.load()
        self.awareness.load()
        self.services.load()

    def show_overview(self, overview: TeamOverview) -> None:
        keep = self.selected_member()
        self._overview = overview
        text, good = composition_text(self, overview.composition, self.tr("Team"))
        self.composition.setText(("✓ " if good else "⚠ ") + text)
        self.table.setRowCount(len(overview.members))
        for row, status in enumerate(overview.members):
            m = status.member
            name = m.name + (self.tr(" (lead)") if m.is_lead else "")
            values = (
                name,
                role_label(self, m.role.value),
                m.contact,
                short_date(m.active_from) if m.active_from else "",
                training_text(self, status),
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                self.table.setItem(row, col, item)
        ids = [s.member.id for s in overview.members]
        self.table.selectRow(ids.index(keep.id) if keep and keep.id in ids else 0)
        self._show_trainings()
        self._enable()

    def set_access(self, me: str, *, is_lead: bool) -> None:
        self.me, self.is_lead = me, is_lead
        self.sync.set_lead(is_lead)
        self.tabs.setTabVisible(self.tabs.indexOf(self.retention), is_lead)
        self._enable()

    def _enable(self) -> None:
        for b in (self.add_button, self.remove_button, self.note, self.remove_training_button):
            b.setVisible(self.is_lead)
        member = self.selected_member()
        own = member is not None and member.id == self.me
        self.details_button.setEnabled(member is not None and (self.is_lead or own))
        self.training_button.setEnabled(member is not None and (self.is_lead or own))
        name = member.name if member is not None else ""
        self.remove_button.setText(
            plain_mnemonic(self.tr("Remove %1 from the team…").replace("%1", name))
            if member is not None
            else self.tr("Re&move member…")
        )
        self.remove_button.setAccessibleName(
            self.tr("Remove %1 from the team").replace("%1", name)
            if member is not None
            else self.tr("Remove member")
        )
        why = self._why_not_remove(member)
        self.remove_button.setEnabled(member is not None and not why)
        set_plain_tooltip(
            self.remove_button,
            why or self.tr("Their passphrase will stop working on this case file."),
        )

    def _why_not_remove(self, member: Member | None) -> str:
        """The service's rules (services/members.remove_member), said before the click."""
        if member is None or self._overview is None:
            return ""
        if member.id == self.me:
            return self.tr("You cannot remove yourself; ask another team lead.")
        leads = [s.member for s in self._overview.members if s.member.is_lead]
        if member.is_lead and len(leads) == 1:
            return self.tr("The last team lead cannot be removed.")
        return ""

    def selected_member(self) -> Member | None:
        if self._overview is None:
            return None
        row = self.table.currentRow()
        members = self._overview.members
        return members[row].member if 0 <= row < len(members) else None

    def _show_trainings(self) -> None:
        self.trainings.clear()
        member = self.selected_member()
        if member is None or self._overview is None:
            return
        for t in (t for t in self._overview.trainings if t.member_id == member.id):
            item = QListWidgetItem(_training_line(self, t))
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.trainings.addItem(item)
        if self.trainings.count() == 0:
            self.trainings.addItem(self.tr("No training recorded."))
        self._enable()

    def cases_changed(self) -> None:
        """Cases changed (here, or on another laptop through a sync): Old records, if shown,
        lists what is due now."""
        if self.is_lead and self.tabs.currentWidget() is self.retention:
            self.retention.load()

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.retention and self.is_lead:
            self.retention.load()

    def clear(self) -> None:
        self.retention.clear()
        self._overview = None
        self.table.setRowCount(0)
        self.trainings.clear()
        self.composition.clear()
        self.contacts.show_contacts([])
        self.awareness.clear()
        self.services.clear()

    # -- actions ---------------------------------------------------------------------------
    def _run[R](self, dialog: FormDialog, request: Request[R]) -> None:
        """A dialog's change to the roster: the dialog closes when it is saved."""
        self._ops.run(
            request,
            on_done=lambda _r: dialog.accept(),
            on_error=lambda e: dialog.show_error(str(e)),
        )

    def _edit_details(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        from btam_desktop.services.contracts.roster import MemberDetails

        dialog = MemberDetailsDialog(member, self)
        dialog.chosen.connect(
            lambda role, disciplines, contact, since, until: self._run(
                dialog,
                api.ROSTER_UPDATE_DETAILS(
                    member.id, MemberDetails(role, disciplines, contact, since, until)
                ),
            )
        )
        dialog.open()

    def _record_training(self) -> None:
        member = self.selected_member()
        if member is None or self._overview is None:
            return
        from btam_desktop.services.contracts.roster import TrainingInput

        choices = [s.member for s in self._overview.members]
        if not self.is_lead:
            choices = [m for m in choices if m.id == self.me]
        dialog = TrainingDialog(choices, member.id, self)
        dialog.chosen.connect(
            lambda who, taken, course, provider, hours, expires: self._run(
                dialog,
                api.ROSTER_ADD_TRAINING(
                    TrainingInput(who, taken, course, provider, hours, expires)
                ),
            )
        )
        dialog.open()

    def _remove_training(self) -> None:
        item = self.trainings.currentItem()
        training_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if training_id:
            self._ops.run(api.ROSTER_REMOVE_TRAINING(training_id))

    def print_roster(self) -> None:
        from btam_desktop.services.contracts.printing import PrintRequest
        from btam_desktop.ui.screens.print_preview import PrintPreviewDialog

        PrintPreviewDialog(self._ops, PrintRequest("roster"), self).open()

    def _add_member(self) -> None:
        dialog = AddMemberDialog(self)

        def add(name: str, role: str, lead: bool, passphrase: str) -> None:
            dialog.wait()
            self._ops.run(
                api.MEMBERS_ADD(name, role, passphrase, is_lead=lead),
                on_done=lambda _m: dialog.done_ok(),
                on_error=lambda e: dialog.show_error(str(e)),
            )

        dialog.chosen.connect(add)
        dialog.open()

    def _remove_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        name = member.name
        box = message_box(
            QMessageBox.Icon.Warning,
            self.tr("Remove %1 from the team").replace("%1", name),
            self.tr(
                "Remove %1 from the team — their passphrase will stop working. The case "
                "file gets a new key that their passphrase cannot open, and the team's other "
                "laptops move to it at their next sync.\n\n"
                "Also, today:\n"
                "• Remove their access to the team's sync folder (the share's permission, "
                "their Syncthing device, the USB stick): until every laptop has synced, "
                "teammates may still publish under the old key there, and changes their "
                "laptop writes there are still accepted.\n"
                "• Backups made before today still open with their passphrase: lock them "
                "away or destroy them."
            ).replace("%1", name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        remove = box.addButton(
            plain_mnemonic(self.tr("Remove %1").replace("%1", name)),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: self._ops.run(api.MEMBERS_REMOVE(name)) if button is remove else None
        )
        box.open()


def _training_line(widget: QWidget, t: Training) -> str:
    hours = f"{t.hours:g}"
    provider = f" · {t.provider}" if t.provider else ""
    return widget.tr("%1 · %2%3 · %4 h · expires %5").replace("%1", short_date(t.taken_on)).replace(
        "%2", t.course
    ).replace("%3", provider).replace("%4", hours).replace("%5", short_date(t.expires_on)) + (
        widget.tr(" (lapsed)") if t.expires_on < today() else ""
    )
