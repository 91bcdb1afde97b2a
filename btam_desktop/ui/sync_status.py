"""Team sync in the window: when this laptop syncs, and what the status bar says about it.

The design (sync research 4.5): a shared folder is polled every minute while the case file is
unlocked, plus at unlock and at lock; file watching is unreliable on school shares. Every sync
is a call to the service process (`sync.now`), so nothing here blocks the window, and one runs
at a time: a minute that comes round while the last sync still runs is skipped. A folder that
is not there (a stick left at home) makes a calm line in the status bar, never a dialog, and
the next minute simply tries again.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from btam_desktop.domain import clock
from btam_desktop.domain.case_file_errors import DamagedError
from btam_desktop.domain.errors import BtamError
from btam_desktop.services.contracts import api
from btam_desktop.services.contracts.sync import (
    ConflictReview,
    FolderSync,
    HeldChange,
)
from btam_desktop.services.contracts.sync_settings import SyncFolderUnreachableError
from btam_desktop.ui.language import recent_moment, short_moment
from btam_desktop.ui.ops import Ops

#: How often an unlocked laptop syncs (sync research 4.5: "poll every 60 s while unlocked").
PERIOD_MS = 60_000


class SyncStatus(QObject):
    """The state of this laptop's sync, read by the status bar and by Team ▸ Sync."""

    #: The status-bar line ("" when this laptop does not sync).
    text_changed = Signal(str)
    #: Anything Team ▸ Sync shows changed: the folder, a result, a problem, the conflicts.
    changed = Signal()

    def __init__(self, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.timer = QTimer(self)
        self.timer.setInterval(PERIOD_MS)
        self.timer.timeout.connect(self.sync_now)
        self.active = False  # unlocked
        self.running = False  # a sync.now is on its way: never two at once
        self.folder: Path | None = None
        self.last: FolderSync | None = None
        self.synced_at: datetime | None = None
        #: Why the last sync did not happen (None after one that did).
        self.problem: BtamError | None = None
        #: The open conflicts with their versions, for To review, the banners and the dialog.
        self.reviews: list[ConflictReview] = []
        #: Changes a removed member's laptop wrote after the removal: they wait for a lead.
        self.held: list[HeldChange] = []
        #: What the last attempt to choose or forget a folder ran into, for Team ▸ Sync.
        self.choice_problem = ""
        #: While a large arrival is taken in a few files a call: what the calls so far took
        #: in, and (files done, files in all) for the status bar.
        self._so_far: FolderSync | None = None
        self.receiving: tuple[int, int] | None = None
        #: What this laptop is called beside the changes it makes ("" for nothing).
        self.laptop_name = ""

    # -- the case file's life --------------------------------------------------------------
    def start(self) -> None:
        """At unlock, once the case list is on screen: read the folder, sync, then every
        minute."""
        self.active = True
        self._ops.queue(api.SYNC_LAPTOP_NAME(), on_done=self._laptop_named)
        self._ops.queue(api.SYNC_FOLDER(), on_done=self._folder_read, on_error=self._failed)
        self.timer.start()
        self._changed()

    def _laptop_named(self, name: str) -> None:
        self.laptop_name, self.choice_problem = name, ""
        self._changed()

    def name_laptop(self, name: str) -> None:
        """Call this laptop `name` beside the changes it makes from now on."""
        if not self._ops.run(
            api.SYNC_SET_LAPTOP_NAME(name), on_done=self._laptop_named, on_error=self._refused
        ):
            self.choice_problem = self.tr(
                "BTAM Desktop is still saving a change. Try again in a moment."
            )
            self._changed()

    def _folder_read(self, folder: Path | None) -> None:
        self.folder = folder
        self._changed()
        self.sync_now()

    def stop(self) -> None:
        """At lock: forget what was shown. (The folder is kept for `at_lock`.)"""
        self.active = self.running = False
        self.timer.stop()
        self.last, self.synced_at, self.problem = None, None, None
        self.choice_problem = ""
        self.reviews, self.held = [], []
        self.receiving, self._so_far = None, None
        self._changed()

    def at_lock(self) -> None:
        """The last sync before the service process locks (queued after `stop` and the
        drafts, before the lock): this laptop's last changes reach the folder. Nobody waits
        for its answer."""
        if self.folder is not None:
            self._ops.queue(api.SYNC_NOW(), on_error=lambda _e: None)
        self.folder = None

    # -- syncing ---------------------------------------------------------------------------
    def sync_now(self, *, by_person: bool = False) -> bool:
        """Sync unless one is on its way (or this laptop has no folder). A person's "Sync now"
        shows the busy indicator and is refused, like any change, while another runs; the
        minute's sync waits its turn behind whatever the person does, never in their way."""
        if not self.active or self.running or self.folder is None:
            return False
        request = api.SYNC_NOW()
        if by_person:
            if not self._ops.run(request, on_done=self._synced, on_error=self._failed):
                self.choice_problem = self.tr(
                    "BTAM Desktop is still saving a change. Try again in a moment."
                )
                self._changed()
                return False
        else:
            self._ops.queue(request, on_done=self._synced, on_error=self._failed)
        self.running = True
        self.choice_problem = ""
        self._changed()
        return True

    def _synced(self, result: FolderSync | None) -> None:
        if result is not None and result.files_left and result.received_files and self.active:
            self._carry_on(result)
            return
        self.running = False
        self.receiving = None
        if result is not None and self._so_far is not None:
            result = _added(self._so_far, result)
        self._so_far = None
        if result is None:  # the folder was forgotten meanwhile
            self.folder = None
        else:
            self.last, self.problem = result, None
            self.synced_at = clock.now()
            if result.open_conflicts or result.held or self.reviews or self.held:
                self.refresh_reviews()
        self._changed()

    def _carry_on(self, part: FolderSync) -> None:
        """A sync stopped after its first files to say how far it got: show it, go on."""
        self._so_far = part if self._so_far is None else _added(self._so_far, part)
        done = self._so_far.received_files
        self.receiving = (done, done + part.files_left)
        self._ops.queue(api.SYNC_NOW(), on_done=self._synced, on_error=self._failed)
        self._changed()

    def refresh_reviews(self) -> None:
        """Read the open conflicts again: after a sync that left some, and after this laptop
        resolved one or saved beside another laptop's version."""
        if not self.active:
            return
        self._ops.queue(api.SYNC_REVIEW(), on_done=self._reviews_read)
        self._ops.queue(api.SYNC_HELD(), on_done=self._held_read)

    def _held_read(self, held: list[HeldChange]) -> None:
        if not self.active:
            return
        self.held = held
        if self.last is not None:
            self.last = replace(self.last, held=len(held))
        self._changed()

    def _reviews_read(self, reviews: list[ConflictReview]) -> None:
        """The conflicts as they are now: the status line counts these, not the last sync's
        count (a conflict resolved here is gone before the next sync)."""
        if not self.active:
            return
        self.reviews = reviews
        if self.last is not None:
            self.last = replace(self.last, open_conflicts=len(reviews))
        self._changed()

    def _failed(self, error: BtamError) -> None:
        self.running = False
        self.receiving, self._so_far = None, None
        if isinstance(error, DamagedError):
            self._ops.failed.emit(error)  # the case file itself: the flow locks and says why
            return
        self.problem = error
        self._changed()

    # -- choosing the folder ---------------------------------------------------------------
    def choose_folder(self, folder: Path | None) -> None:
        """Sync through `folder` from now on (None: stop syncing on this laptop), then sync."""

        def chosen(stored: Path | None) -> None:
            self.folder, self.choice_problem = stored, ""
            self.last, self.synced_at, self.problem = None, None, None
            self._changed()
            self.sync_now()

        if not self._ops.run(api.SYNC_SET_FOLDER(folder), on_done=chosen, on_error=self._refused):
            self.choice_problem = self.tr(
                "BTAM Desktop is still saving a change. Try again in a moment."
            )
            self._changed()

    def accept_clock(self, member_name: str) -> None:
        """A lead lets a member's changes that wait for the clock apply now (then it syncs)."""

        def refused(error: BtamError) -> None:
            self.running = False
            self._refused(error)

        if not self._ops.run(
            api.SYNC_ACCEPT_CLOCK(member_name), on_done=self._synced, on_error=refused
        ):
            self.choice_problem = self.tr(
                "BTAM Desktop is still saving a change. Try again in a moment."
            )
            self._changed()
            return
        self.running = True
        self._changed()

    def _refused(self, error: BtamError) -> None:
        """A request of the person's that was refused: said on Team ▸ Sync."""
        if isinstance(error, DamagedError):
            self._ops.failed.emit(error)
            return
        self.choice_problem = str(error)
        self._changed()

    # -- words -----------------------------------------------------------------------------
    def _changed(self) -> None:
        self.text_changed.emit(self.status_text())
        self.changed.emit()

    def status_text(self) -> str:
        """One line for the status bar: when this laptop last synced, or what is wrong."""
        if not self.active or self.folder is None:
            return ""
        if self.problem is not None:
            if isinstance(self.problem, SyncFolderUnreachableError):
                text = self.tr("Not synced: the sync folder is not reachable")
            else:
                text = self.tr("Not synced: see Team ▸ Sync")
            if self.synced_at is not None:
                text += self.tr(" (last synced %1)").replace("%1", recent_moment(self.synced_at))
            return text
        if self.receiving is not None:
            done, total = self.receiving
            return (
                self.tr("Receiving the team's changes… %1 of %2 files")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )
        if self.last is None or self.synced_at is None:
            return self.tr("Syncing…") if self.running else ""
        synced = self.tr("Synced %1").replace("%1", recent_moment(self.synced_at))
        return " · ".join([synced, *self.waiting_words(self.last)])

    def waiting_words(self, result: FolderSync) -> list[str]:
        """What a sync left for later or for a person, one phrase each."""
        if result.removed_by:
            by = result.removed_by
            if result.removed_at:
                by = (
                    self.tr("%1 on %2")
                    .replace("%1", by)
                    .replace("%2", short_moment(result.removed_at))
                )
            return [
                self.tr(
                    "You were removed from this team by %1: this laptop keeps what it had and "
                    "sends nothing more"
                ).replace("%1", by)
            ]
        if result.key_lost_to:
            return [
                self.tr(
                    "%1 removed %2 from the team at the same time as this laptop's removal, "
                    "and the team follows %1's new key: this laptop sends nothing more. Make a "
                    "fresh copy from the sync folder (btam-desktop join), then repeat your "
                    "removal there"
                )
                .replace("%1", result.key_lost_to)
                .replace("%2", result.key_lost_removed or self.tr("a member"))
            ]
        words = []
        skipped = len(result.skipped)
        if skipped:
            words.append(
                self.tr("1 file could not be applied")
                if skipped == 1
                else self.tr("%n files could not be applied", "", skipped)
            )
        if result.open_conflicts:
            words.append(
                self.tr("1 to review")
                if result.open_conflicts == 1
                else self.tr("%n to review", "", result.open_conflicts)
            )
        if result.held:
            words.append(
                self.tr("1 change from a removed member waits for a lead")
                if result.held == 1
                else self.tr("%n changes from a removed member wait for a lead", "", result.held)
            )
        if result.newer:
            words.append(
                self.tr("1 change comes from a newer BTAM Desktop: update this laptop to see it")
                if result.newer == 1
                else self.tr(
                    "%n changes come from a newer BTAM Desktop: update this laptop to see them",
                    "",
                    result.newer,
                )
            )
        if result.waiting:
            words.append(
                self.tr("1 change waits for an earlier one")
                if result.waiting == 1
                else self.tr("%n changes wait for earlier ones", "", result.waiting)
            )
        if result.attachments_waiting:
            words.append(
                self.tr("1 attachment has not arrived yet")
                if result.attachments_waiting == 1
                else self.tr("%n attachments have not arrived yet", "", result.attachments_waiting)
            )
        for name, days in result.clock_ahead:
            words.append(
                self.tr("%1's laptop clock is %2 day(s) ahead: their changes wait for a lead")
                .replace("%1", name)
                .replace("%2", str(days))
            )
        return words


def _added(earlier: FolderSync, later: FolderSync) -> FolderSync:
    """One result for a sync the window made in several calls: what they all took in, and
    how the last one ended."""
    return replace(
        later,
        received_ops=earlier.received_ops + later.received_ops,
        received_files=earlier.received_files + later.received_files,
        received_from=tuple(sorted({*earlier.received_from, *later.received_from})),
        reconciled=(*earlier.reconciled, *later.reconciled),
    )
