# mypy: disable-error-code="empty-body"
"""The descriptors of the case file itself: the session (opening, creating, recovering,
locking), drafts kept over a lock, backups and restores, sync between laptops. One area of
`api` (see there); the window imports `api`, not this module.
"""

from __future__ import annotations

from pathlib import Path

from btam_desktop.domain.drafts import Drafts
from btam_desktop.services.contracts.files import BackupCheck, DrillResult, Restored
from btam_desktop.services.contracts.service import Service
from btam_desktop.services.contracts.session import MemberListing, NewCaseFile, SignedIn
from btam_desktop.services.contracts.sync import (
    ConflictLine,
    ConflictReview,
    FolderSync,
    HeldChange,
)


def _session_start_check() -> None: ...


def _drafts_save(drafts: Drafts) -> None: ...


def _drafts_take() -> Drafts: ...


def _files_backup(dest: Path) -> Path: ...


def _files_check_backup(folder: Path) -> BackupCheck: ...


def _files_restore_drill(backup_folder: Path, passphrase: str) -> DrillResult: ...


def _session_members(folder: Path) -> list[MemberListing]: ...


def _files_restore(
    backup_folder: Path, target: Path, member_name: str | None, passphrase: str
) -> Restored: ...


def _files_location_warning(path: Path) -> str | None: ...


def _sync_folder() -> Path | None: ...


def _sync_set_folder(chosen: Path | None) -> Path | None: ...


def _sync_now() -> FolderSync | None: ...


def _sync_conflicts() -> list[ConflictLine]: ...


def _sync_accept_clock(member_name: str) -> FolderSync | None: ...


def _sync_review() -> list[ConflictReview]: ...


def _sync_resolve(table: str, row_id: str, field: str, value: str) -> None: ...


def _sync_resolve_delete(table: str, row_id: str, keep_deleted: bool) -> None: ...


def _sync_renumber(case_id: str) -> None: ...


def _sync_held() -> list[HeldChange]: ...


def _sync_laptop_name() -> str: ...


def _sync_set_laptop_name(name: str) -> str: ...


def _sync_import_held(origin: str, seq: int) -> None: ...


def _sync_discard_held(origin: str, seq: int) -> None: ...


SESSION_START_CHECK = Service("session.start_check", _session_start_check)
DRAFTS_SAVE = Service("drafts.save", _drafts_save)
DRAFTS_TAKE = Service("drafts.take", _drafts_take)
FILES_BACKUP = Service("files.backup", _files_backup)
FILES_CHECK_BACKUP = Service("files.check_backup", _files_check_backup)
FILES_RESTORE_DRILL = Service("files.restore_drill", _files_restore_drill)
SESSION_MEMBERS = Service("session.members", _session_members)
FILES_RESTORE = Service("files.restore", _files_restore)
FILES_LOCATION_WARNING = Service("files.location_warning", _files_location_warning)
SYNC_FOLDER = Service("sync.folder", _sync_folder)
SYNC_SET_FOLDER = Service("sync.set_folder", _sync_set_folder)
SYNC_NOW = Service("sync.now", _sync_now)
SYNC_CONFLICTS = Service("sync.conflicts", _sync_conflicts)
SYNC_ACCEPT_CLOCK = Service("sync.accept_clock", _sync_accept_clock)
SYNC_REVIEW = Service("sync.review", _sync_review)
SYNC_RESOLVE = Service("sync.resolve", _sync_resolve)
SYNC_RESOLVE_DELETE = Service("sync.resolve_delete", _sync_resolve_delete)
SYNC_RENUMBER = Service("sync.renumber", _sync_renumber)
SYNC_HELD = Service("sync.held", _sync_held)
SYNC_LAPTOP_NAME = Service("sync.laptop_name", _sync_laptop_name)
SYNC_SET_LAPTOP_NAME = Service("sync.set_laptop_name", _sync_set_laptop_name)
SYNC_IMPORT_HELD = Service("sync.import_held", _sync_import_held)
SYNC_DISCARD_HELD = Service("sync.discard_held", _sync_discard_held)


# -- the session's own calls (the host handles them itself, see services/host.py) -----------
def _session_unlock(folder: Path, member_name: str | None, passphrase: str) -> SignedIn: ...


def _session_create(
    folder: Path, request: NewCaseFile, passphrase: str
) -> tuple[SignedIn, str]: ...


def _session_create_demo(folder: Path, passphrase: str) -> SignedIn: ...


def _session_recover(
    folder: Path, member_name: str, recovery_code: str, new_passphrase: str
) -> None: ...


def _session_lock() -> None: ...


def _session_is_unlocked() -> bool: ...


SESSION_UNLOCK = Service("session.unlock", _session_unlock)
SESSION_CREATE = Service("session.create", _session_create)
SESSION_CREATE_DEMO = Service("session.create_demo", _session_create_demo)
SESSION_RECOVER = Service("session.recover", _session_recover)
SESSION_LOCK = Service("session.lock", _session_lock)
SESSION_IS_UNLOCKED = Service("session.is_unlocked", _session_is_unlocked)
