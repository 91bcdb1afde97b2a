"""What an unlocked case file shows: navigation between the areas that exist so far."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.errors import BtamError
from btam_desktop.domain.team import Member
from btam_desktop.services.team import SignedIn
from btam_desktop.ui import theme
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.screens.cases.area import CasesArea
from btam_desktop.ui.screens.dialogs import AddMemberDialog, ChangePassphraseDialog
from btam_desktop.ui.screens.settings import SettingsScreen
from btam_desktop.ui.screens.team import TeamScreen


class Workspace(QWidget):
    idle_minutes_changed = Signal(int)

    def __init__(self, ops: Ops, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._settings = settings
        self.signed_in: SignedIn | None = None
        self.cases = CasesArea(ops)
        self.team = TeamScreen()
        self.settings_screen = SettingsScreen()
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Areas"))
        self.stack = QStackedWidget()
        for label, widget in (
            (self.tr("Cases"), self.cases),
            (self.tr("Team"), self.team),
            (self.tr("Settings"), self.settings_screen),
        ):
            self.nav.addItem(label)
            self.stack.addWidget(widget)
        self.nav.setFixedWidth(self.fontMetrics().averageCharWidth() * 16)
        layout = QHBoxLayout(self)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        ops.changes_applied.connect(self.on_changes)
        self.team.add_requested.connect(self._add_member)
        self.team.remove_requested.connect(self._remove_member)
        self.settings_screen.idle_minutes_chosen.connect(
            lambda minutes: ops.run("team.set_idle_minutes", minutes)
        )
        self.settings_screen.theme_chosen.connect(self._set_theme)
        self.settings_screen.pack_chosen.connect(
            lambda pack_id: ops.run("assess.set_team_pack", pack_id)
        )
        self.settings_screen.import_pack_requested.connect(self._import_pack)
        self.settings_screen.change_passphrase_requested.connect(self._change_passphrase)
        self.settings_screen.print_requested.connect(self._print_team_document)

    def go_to(self, area: int) -> None:
        self.nav.setCurrentRow(area)
        if area == 0:
            self.cases.list.focus_search()

    # -- loading ---------------------------------------------------------------------------
    def on_unlocked(self, signed_in: SignedIn) -> None:
        """Load members, then cases, then any drafts this member left at the last lock."""
        self.signed_in = signed_in
        self.cases.me = signed_in
        self._show_settings()
        self._ops.queue("members.list", on_done=self._members_then_cases)

    def _members_then_cases(self, members: list[Member]) -> None:
        self._show_members(members)
        self._ops.queue("cases.list", on_done=self._cases_then_drafts)

    def _cases_then_drafts(self, rows: list[Any]) -> None:
        self.cases.list.set_rows(rows)
        self.go_to(0)
        # The list is on screen: verify the whole file on the other core (any write waits).
        self._ops.queue("session.start_check")
        self._ops.queue("drafts.take", on_done=self.cases.restore_drafts)

    def _show_members(self, members: list[Member]) -> None:
        self.cases.names = {m.id: m.name for m in members}
        self.cases.members = members
        self.cases.me = self.signed_in
        lead = bool(self.signed_in and self.signed_in.is_lead)
        self.team.show_members(members, can_manage=lead)

    def _show_settings(self) -> None:
        if self.signed_in is not None:
            me = self.signed_in
            self._ops.queue(
                "packs.list",
                on_done=lambda infos: self.settings_screen.show_packs(
                    [(i.id, i.name, i.provenance) for i in infos], me.pack_id, is_lead=me.is_lead
                ),
            )
            self.settings_screen.show_settings(
                self.signed_in.idle_minutes,
                is_lead=self.signed_in.is_lead,
                theme_choice=str(self._settings.value("theme", theme.SYSTEM)),
            )

    def on_changes(self, changes: ChangeSet) -> None:
        if self.signed_in is None:
            return
        if changes.members or changes.everything:
            self._ops.queue("members.list", on_done=self._show_members_then_refresh)
        else:
            self.cases.on_changes(changes)
        if changes.team:
            self._ops.queue("team.signed_in", on_done=self._settings_changed)

    def _show_members_then_refresh(self, members: list[Member]) -> None:
        self._show_members(members)
        self.cases.load()

    def _settings_changed(self, signed_in: SignedIn) -> None:
        self.signed_in = signed_in
        self._show_settings()
        self.idle_minutes_changed.emit(signed_in.idle_minutes)

    # -- team and settings -----------------------------------------------------------------
    def _add_member(self) -> None:
        dialog = AddMemberDialog(self)

        def add(name: str, role: str, lead: bool, passphrase: str) -> None:
            dialog.wait()
            self._ops.run(
                "members.add",
                name,
                role,
                passphrase,
                is_lead=lead,
                on_done=lambda _m: dialog.done_ok(),
                on_error=lambda e: dialog.show_error(str(e)),
            )

        dialog.chosen.connect(add)
        dialog.open()

    def _remove_member(self, name: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Remove %1").replace("%1", name),
            self.tr(
                "Remove %1 from the team? The case file gets a new key that their "
                "passphrase cannot open. Backups made before today still open "
                "with it: lock them away or destroy them."
            ).replace("%1", name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: self._ops.run("members.remove", name) if button is remove else None
        )
        box.open()

    def _change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self)

        def change(current: str, new: str) -> None:
            dialog.wait()
            self._ops.run(
                "members.change_passphrase",
                current,
                new,
                on_done=lambda _c: dialog.done_ok(),
                on_error=lambda e: dialog.show_error(str(e)),
            )

        dialog.chosen.connect(change)
        dialog.open()

    def _import_pack(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a district pack"), "", self.tr("Model packs (*.toml)")
        )
        if not name:
            return
        try:
            text = Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            self._ops.failed.emit(
                BtamError(
                    self.tr("%1 cannot be read as a text file (%2).")
                    .replace("%1", Path(name).name)
                    .replace("%2", str(error))
                )
            )
            return
        self._ops.run("packs.import", Path(name).name, text)

    def _print_team_document(self, kind: str) -> None:
        from btam_desktop.services.printing import PrintRequest
        from btam_desktop.ui.screens.print_preview import PrintPreviewDialog

        PrintPreviewDialog(self._ops, PrintRequest(kind), self).open()

    def _set_theme(self, choice: str) -> None:
        self._settings.setValue("theme", choice)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            theme.apply(app, choice)

    # -- lock ------------------------------------------------------------------------------
    def drafts(self) -> dict[str, dict[str, Any]]:
        return self.cases.drafts()

    def clear(self) -> None:
        """Drop every widget's case data (the lock screen is already in front)."""
        self.signed_in = None
        self.cases.clear()
        self.team.clear()
        self.cases.names = {}
        self.cases.members, self.cases.me = [], None
        self.nav.setCurrentRow(0)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
