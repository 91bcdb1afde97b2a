"""The life of a case file in the window: open, create, demo, unlock, lock, restore.

Lock order matters: content is hidden first, then widgets are emptied, then unsaved edits go
into the encrypted file as drafts, then the last sync takes this laptop's changes to the team's
folder, then the connection is closed. No dialog can hold it up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from btam_desktop.domain import clock
from btam_desktop.domain.drafts import Drafts
from btam_desktop.domain.errors import BtamError
from btam_desktop.domain.team import backup_age_days
from btam_desktop.services import errors
from btam_desktop.services.contracts import MemberListing, NewCaseFile, SignedIn, api
from btam_desktop.ui.clipboard import ClipboardGuard
from btam_desktop.ui.lock import IdleWatcher
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.os_lock import OsLockWatcher
from btam_desktop.ui.plain import message_box
from btam_desktop.ui.screens.dialogs import (
    CreateCaseFileDialog,
    DemoPassphraseDialog,
    RecoveryCodeDialog,
)
from btam_desktop.ui.screens.unlock import UnlockScreen
from btam_desktop.ui.screens.welcome import WelcomeScreen

if TYPE_CHECKING:
    from btam_desktop.services.contracts.files import Restored
    from btam_desktop.ui.workspace import Workspace

RECENT_MAX = 8
DEMO_NAME = "demo.btam"
#: Errors after which the file itself needs attention: offer a backup.
_RESTORABLE = (errors.DamagedError, errors.KeyFileMissingError, errors.KeyFileMismatchError)


class CaseFileFlow(QObject):
    screen_changed = Signal(QWidget)
    title_changed = Signal(str)
    signed_in_changed = Signal(str)  # status-bar text
    #: Status-bar text asking for a backup ("" when the last verified one is recent enough).
    backup_reminder_changed = Signal(str)
    #: Whether the member signed in leads the team (False while locked): lead-only commands.
    lead_changed = Signal(bool)

    def __init__(
        self,
        ops: Ops,
        settings: QSettings,
        data_dir: Path,
        welcome: WelcomeScreen,
        unlock: UnlockScreen,
        make_workspace: Callable[[], Workspace],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._ops, self._settings, self._data_dir = ops, settings, data_dir
        self.welcome, self.unlock = welcome, unlock
        self._make_workspace = make_workspace
        self.built: Workspace | None = None  # the case screens, built on first unlock
        self._parent = parent
        self.path: Path | None = None
        self._members: list[MemberListing] = []
        self._last_member: str | None = None
        self.idle = IdleWatcher(self)
        #: Milliseconds that replace the team's idle minutes when set. Only code can set it
        #: (the tests set a short one); nothing a user can edit, such as the settings file,
        #: reaches it, so the team's auto-lock cannot be lengthened from outside the case file.
        self.idle_timeout_ms: int | None = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.idle.idle.connect(self.lock)
        self.os_lock = OsLockWatcher(self)  # screen lock and suspend lock too
        self.os_lock.lock_requested.connect(self.lock)
        self.clipboard = ClipboardGuard(QGuiApplication.clipboard(), parent=self)
        welcome.open_requested.connect(self.choose_file)
        welcome.create_requested.connect(self.create)
        welcome.demo_requested.connect(self.demo)
        welcome.recent_chosen.connect(self.open_path)
        unlock.unlock_requested.connect(self._unlock)
        unlock.restore_requested.connect(self._restore)
        unlock.other_file_requested.connect(self.choose_file)
        unlock.recover_requested.connect(self.recover)
        ops.failed.connect(self._report)
        ops.host_lost.connect(self._host_lost)
        self.show_welcome()

    @property
    def workspace(self) -> Workspace:
        """The case screens. Built when first needed, so the unlock prompt shows sooner."""
        if self.built is None:
            self.built = self._make_workspace()
            self.built.signed_in_changed.connect(self._team_read)
        return self.built

    def _signed_in(self) -> bool:
        return self.built is not None and self.built.signed_in is not None

    # -- screens ---------------------------------------------------------------------------
    def show_welcome(self) -> None:
        self.welcome.set_recent(self.recent())
        self.screen_changed.emit(self.welcome)
        self.title_changed.emit("")
        self.welcome.open_button.setFocus()

    def recent(self) -> list[Path]:
        stored = self._settings.value("recent_case_files", [])
        values = [stored] if isinstance(stored, str) else list(stored or [])  # type: ignore[call-overload]
        return [Path(p) for p in values if Path(p).exists()]

    def _remember(self, path: Path) -> None:
        paths = [str(path)] + [str(p) for p in self.recent() if p != path]
        self._settings.setValue("recent_case_files", paths[:RECENT_MAX])

    # -- opening ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._parent,
            self.tr("Open a case file (a folder ending in .btam)"),
            str(self._data_dir),
        )
        if folder:
            self.open_path(Path(folder))

    def open_path(self, path: Path, notice: str = "") -> None:
        """Show the unlock screen for `path`, with `notice` (what just happened to it) if any."""
        self._ops.queue(
            api.SESSION_MEMBERS(path),
            on_done=lambda members: self._show_unlock(path, members, notice),
            on_error=self._report,
        )

    def _show_unlock(self, path: Path, members: list[MemberListing], notice: str = "") -> None:
        self.path, self._members = path, members
        self._remember(path)
        self.unlock.prepare(path, members, self._last_member)
        self.unlock.message.setText(notice)
        self.unlock.set_location_warning(None)
        self._ops.queue(api.FILES_LOCATION_WARNING(path), on_done=self.unlock.set_location_warning)
        self.screen_changed.emit(self.unlock)
        self.title_changed.emit("")
        self.unlock.passphrase.setFocus()

    def _read_members(self) -> None:
        """Who may unlock is read fresh from the key file at every lock: members added or
        removed while the file was open (a new file's lead, a removed counselor) are right."""
        path = self.path
        if path is None:
            return

        def show(members: list[MemberListing]) -> None:
            if path == self.path:
                self._members = members
                self.unlock.set_members(members, self._last_member)

        self._ops.queue(api.SESSION_MEMBERS(path), on_done=show)

    def _unlock(self, member: str, passphrase: str) -> None:
        if self.path is None:
            return
        self._last_member = member
        started = self._ops.run(
            api.SESSION_UNLOCK(self.path, member, passphrase),
            on_done=self._unlocked,
            on_error=self._unlock_failed,
        )
        if not started:  # a change is still being saved: never leave the screen waiting
            self.unlock.problem(self._still_saving(), offer_restore=False)

    def _still_saving(self) -> str:
        return self.tr("BTAM Desktop is still saving. Try again in a moment.")

    def _unlock_failed(self, error: BtamError) -> None:
        if isinstance(error, errors.WrongPassphraseError):
            self.unlock.wrong_passphrase(str(error))
        else:
            self.unlock.problem(str(error), offer_restore=isinstance(error, _RESTORABLE))

    def _unlocked(self, signed_in: SignedIn) -> None:
        self.unlock.succeeded()
        self.screen_changed.emit(self.workspace)
        self.title_changed.emit(signed_in.school)
        self.signed_in_changed.emit(
            self.tr("Signed in as %1 · unlocked").replace("%1", signed_in.member_name)
        )
        self._team_read(signed_in)
        self.clipboard.set_active(True)
        self.workspace.on_unlocked(signed_in)

    def _team_read(self, signed_in: SignedIn) -> None:
        """The team's settings and last backup, as the case file has them now."""
        self._arm_idle(signed_in.idle_minutes)
        self.backup_reminder_changed.emit(self._backup_reminder(signed_in))
        self.lead_changed.emit(signed_in.is_lead)

    def _backup_reminder(self, signed_in: SignedIn) -> str:
        days = signed_in.backup_reminder_days
        age = backup_age_days(signed_in.last_backup_at, days, clock.today())
        if age is None:
            return ""
        if age < 0:
            return self.tr("This case file has no verified backup yet.")
        asks = (
            self.tr("The team asks for one every %n days.", "", days)
            if days > 1
            else self.tr("The team asks for one every day.")
        )
        return self.tr("Last verified backup: %n days ago.", "", age) + " " + asks

    def _arm_idle(self, minutes: int) -> None:
        override = self.idle_timeout_ms
        milliseconds = override if override is not None else minutes * 60_000
        if self.idle.running and self.idle.interval_ms == milliseconds:
            # The team's settings read again (another laptop's changes arrived by sync) are
            # not the person at the keyboard: the auto-lock counts on.
            return
        self.idle.start(milliseconds)

    # -- a forgotten passphrase ------------------------------------------------------------
    def recover(self) -> None:
        """Forgot your passphrase? (the unlock screen): the recovery code and a new passphrase
        go to the same service as `btam-desktop recover`, which locks the file again; the
        member then unlocks with the new passphrase, as the command line has them do."""
        path = self.path
        if path is None:
            return
        from btam_desktop.ui.screens.recover import RecoverDialog

        names = [m.name for m in self._members]
        dialog = RecoverDialog(path.name, names, self.unlock.member.currentText(), self._parent)

        def chosen(member: str, code: str, passphrase: str) -> None:
            started = self._ops.run(
                api.SESSION_RECOVER(path, member, code, passphrase),
                on_done=lambda _none: self._recovered(dialog, path, member),
                on_error=dialog.refused,
            )
            if not started:
                dialog.show_error(self._still_saving())

        dialog.chosen.connect(chosen)
        dialog.open()

    def _recovered(self, dialog: QDialog, path: Path, member: str) -> None:
        dialog.accept()
        self._last_member = member
        self.unlock.member.setCurrentText(member)  # kept when the list is read again
        self.open_path(
            path,
            self.tr(
                "%1 has a new passphrase. Unlock with it now, and put the recovery kit back "
                "in the safe."
            ).replace("%1", member),
        )

    # -- creating --------------------------------------------------------------------------
    def create(self) -> None:
        dialog = CreateCaseFileDialog(self._data_dir, self._parent)

        def chosen(folder: Path, request: NewCaseFile, passphrase: str) -> None:
            dialog.wait()
            from btam_desktop.ui import district

            defaults = district.current()  # what IT set for this computer, if anything
            self._ops.run(
                api.SESSION_CREATE(
                    folder,
                    replace(request, pack_id=defaults.pack_id, idle_minutes=defaults.idle_minutes),
                    passphrase,
                ),
                on_done=lambda result: self._created(dialog, folder, result),
                on_error=lambda e: dialog.show_error(str(e)),
            )

        dialog.chosen.connect(chosen)
        dialog.open()

    def _created(
        self, dialog: CreateCaseFileDialog, folder: Path, result: tuple[SignedIn, str]
    ) -> None:
        dialog.done_ok()
        signed_in, code = result
        self.path, self._last_member = folder, signed_in.member_name
        self._remember(folder)
        self._unlocked(signed_in)
        shown = RecoveryCodeDialog(code, self._parent)
        shown.print_requested.connect(lambda: self._print_recovery_kit(code, shown))
        shown.open()

    def _print_recovery_kit(self, code: str, over: QWidget) -> None:
        """The kit is printed, never saved: a recovery code does not belong on a disk. (A key
        rotation keeps the recovery code, so there is nothing to reprint after one.)"""
        from btam_desktop.services.contracts.printing import PrintRequest
        from btam_desktop.ui.screens.print_preview import PrintPreviewDialog

        PrintPreviewDialog(self._ops, PrintRequest("recovery-kit", recovery_code=code), over).open()

    def demo(self) -> None:
        folder = self._data_dir / DEMO_NAME
        if folder.exists():
            self.open_path(folder)
            return
        dialog = DemoPassphraseDialog(self._parent)

        def chosen(passphrase: str) -> None:
            dialog.wait()
            self._data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._ops.run(
                api.SESSION_CREATE_DEMO(folder, passphrase),
                on_done=lambda signed_in: self._demo_made(dialog, folder, signed_in),
                on_error=lambda e: dialog.show_error(str(e)),
            )

        dialog.chosen.connect(chosen)
        dialog.open()

    def _demo_made(self, dialog: DemoPassphraseDialog, folder: Path, signed_in: SignedIn) -> None:
        dialog.done_ok()
        self.path, self._last_member = folder, signed_in.member_name
        self._remember(folder)
        self._unlocked(signed_in)

    # -- locking ---------------------------------------------------------------------------
    def lock(self) -> None:
        if not self._signed_in():
            return
        drafts: Drafts = self.workspace.drafts()
        self._hide_everything()
        self._ops.new_epoch()  # late answers to earlier calls no longer reach the screens
        if drafts:
            self._ops.queue(api.DRAFTS_SAVE(drafts))
        self.workspace.sync.at_lock()  # this laptop's last changes reach the sync folder
        self._ops.queue(api.SESSION_LOCK())  # the service process locks, then ends
        self._read_members()
        self.unlock.passphrase.setFocus()

    def _host_lost(self) -> None:
        """The service process is gone with its session: show the lock screen and say why."""
        if not self._signed_in():
            return
        from btam_desktop.ui.process_transport import HostLostError

        self._hide_everything()
        self._ops.new_epoch()
        self._read_members()
        self.unlock.problem(str(HostLostError()), offer_restore=False)

    def _hide_everything(self) -> None:
        self.idle.stop()
        self.clipboard.clear_if_ours()
        self.clipboard.set_active(False)
        if self.path is not None:
            self.unlock.prepare(self.path, self._members, self._last_member)
        self.screen_changed.emit(self.unlock)  # content hidden first
        self.title_changed.emit("")
        self.signed_in_changed.emit(self.tr("Locked"))
        self.backup_reminder_changed.emit("")
        self.lead_changed.emit(False)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                QDialog.reject(widget)  # never blocked by an open dialog
        self.workspace.clear()

    # -- backing up and restoring ----------------------------------------------------------
    def back_up(self) -> None:
        """File ▸ Back up…: any member may make a backup."""
        if not self._signed_in():
            return
        from btam_desktop.ui.screens.backup import BackupDialog, default_backup_folder

        dialog = BackupDialog(self._ops, default_backup_folder(), self._parent)
        dialog.open()

    def restore_backup(self) -> None:
        """File ▸ Restore…: a lead tries a backup (the drill), then may put it in place."""
        me = self.built.signed_in if self.built is not None else None
        if me is None or not me.is_lead:
            return
        from btam_desktop.ui.screens.backup import RestoreDialog, default_backup_folder

        dialog = RestoreDialog(self._ops, default_backup_folder(), self._parent)
        dialog.replace_requested.connect(
            lambda backup, passphrase: self._replace_with(backup, me.member_name, passphrase)
        )
        dialog.open()

    def _replace_with(self, backup: Path, member: str, passphrase: str) -> None:
        """Lock (nobody may write while the file is swapped), put the drilled backup in place
        (the case file as it was is moved aside, never overwritten), and show the unlock
        screen of the restored file with what happened."""
        target = self.path
        if target is None:
            return
        self.lock()
        self.unlock.set_busy(True)
        self.unlock.message.setText(self.tr("Restoring the backup…"))

        def restored(result: Restored) -> None:
            kept = result.previous_moved_to
            self.open_path(
                target,
                self.tr(
                    "Restored from %1. The case file as it was is kept as %2. Unlock with "
                    "the passphrase you had when the backup was made."
                )
                .replace("%1", str(backup))
                .replace("%2", kept.name if kept is not None else "-"),
            )

        self._ops.run(
            api.FILES_RESTORE(backup, target, member, passphrase),
            on_done=restored,
            on_error=lambda e: self.unlock.problem(str(e), offer_restore=True),
        )

    def _restore(self) -> None:
        if self.path is None:
            return
        passphrase = self.unlock.passphrase.text()
        if not passphrase:
            self.unlock.problem(
                self.tr("Type your passphrase first, then choose the backup to restore."),
                offer_restore=True,
            )
            return
        backup = QFileDialog.getExistingDirectory(
            self._parent, self.tr("Choose a backup"), str(self.path.parent)
        )
        if backup:
            target, member = self.path, self.unlock.member.currentText()
            self._ops.run(
                api.FILES_RESTORE(Path(backup), target, member, passphrase),
                on_done=lambda _r: self.open_path(target),
                on_error=lambda e: self.unlock.problem(str(e), offer_restore=True),
            )

    # -- errors ----------------------------------------------------------------------------
    def _report(self, error: BtamError) -> None:
        if isinstance(error, errors.DamagedError) and self._signed_in():
            self.lock()  # the host already closed the file; clear the screen too
            self.unlock.problem(str(error), offer_restore=True)
            return
        box = message_box(  # messages quote names, file names and CSV values
            QMessageBox.Icon.Warning,
            self.tr("BTAM Desktop"),
            str(error),
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        box.open()

    def shutdown(self) -> None:
        self.lock()
        self.clipboard.clear_if_ours()
        self._ops.shutdown()
