"""Team sync from the window (issue 17): which folder this laptop syncs through, and a sync.

The folder is a setting of this copy of the case file, not team data: each laptop reaches the
share or the stick by its own path (a drive letter here, a mount point there), and a member who
stops syncing on one laptop stops it there only. It is kept in the copy's LOCAL `meta` table
(`storage/local_settings.py`), so it is encrypted like everything else, never travels in an
op, and the service process finds it by itself at unlock and lock, with no window in between.

A folder that cannot be used this time (unplugged, read-only, full) is a `SyncFolderError`,
never a case-file error: the host must not close the file, and the window must not blame it.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path

from btam_desktop.domain.case_file_errors import CaseFileError, DiskFullError, ReadOnlyError
from btam_desktop.domain.changes import NO_CHANGES, ChangeSet
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.records import clean_text
from btam_desktop.services import sync_folder
from btam_desktop.services.contracts.sync import FolderSync as FolderSync
from btam_desktop.services.contracts.sync_settings import (
    SyncFolderError as SyncFolderError,
    SyncFolderUnreachableError as SyncFolderUnreachableError,
)
from btam_desktop.services.session import Session
from btam_desktop.storage import local_settings

#: What arrived may touch any case, meeting, member or setting: the window reloads what it
#: shows (the transport reports counts, not rows).
ARRIVED = ChangeSet(everything=True, team=True)


def folder(session: Session) -> Path | None:
    """This copy's sync folder, or None when this laptop does not sync."""
    stored = local_settings.read(session.ocf.conn, local_settings.SYNC_FOLDER)
    return Path(stored) if stored else None


def _inside(path: Path, other: Path) -> bool:
    return path == other or other in path.parents


def set_folder(session: Session, chosen: Path | None) -> Path | None:
    """Sync this copy through `chosen` from now on (None: stop syncing on this laptop). The
    folder is checked first: reachable, outside the case file, not another case file's."""
    if chosen is not None:
        chosen = chosen.expanduser()
        if not chosen.is_absolute():
            raise ValidationError(f"Choose the sync folder by its full path, not {chosen}.")
        if not chosen.is_dir():
            raise SyncFolderUnreachableError(str(chosen))
        here, there = session.ocf.folder.resolve(), chosen.resolve()
        if _inside(there, here) or _inside(here, there):
            raise ValidationError(
                "The sync folder and the case file must be apart: choose a folder that is "
                "neither inside the case file nor holds it (for example, a folder on the "
                "school share named after the team)."
            )
        with _folder_errors(session, chosen):
            sync_folder.attach(session, chosen)
    with session.ocf.transaction(intent="sync.set_folder") as tx:
        local_settings.write(
            tx, local_settings.SYNC_FOLDER, str(chosen) if chosen is not None else None
        )
    return chosen


#: A laptop's name is a short label ("at home", "projector in room 114").
LAPTOP_NAME_CHARS = 40


def laptop_name(session: Session) -> str:
    """What this laptop is called in the team's conflict views ("" for nothing)."""
    return local_settings.read(session.ocf.conn, local_settings.LAPTOP_NAME) or ""


def set_laptop_name(session: Session, name: str) -> str:
    """Name this laptop ("" clears it): the others then read "Lucía, 18:05 (at home)" beside
    what was written here from now on. It is the member's choice and stays on this laptop;
    only the ops it makes carry it."""
    text = " ".join(clean_text(name, "laptop's name", LAPTOP_NAME_CHARS).split())
    with session.ocf.transaction(intent="sync.set_laptop_name") as tx:
        local_settings.write(tx, local_settings.LAPTOP_NAME, text or None)
    if session.ocf.capture is not None:
        session.ocf.capture.laptop = text
    return text


@contextlib.contextmanager
def _folder_errors(session: Session, where: Path) -> Iterator[None]:
    """Errors met in the sync folder become SyncFolderError; the case file's own propagate.

    The transport writes through `fsio`, which names the file it could not write in a
    case-file error: one that names a file in the sync folder is about the folder."""
    place = str(where)
    try:
        yield
    except OSError as error:
        if error.filename is not None and not str(error.filename).startswith(place):
            raise
        raise _folder_error(error.errno, place) from None
    except CaseFileError as error:
        text = str(error)
        if place not in text or str(session.ocf.folder) in text:
            raise
        code = (
            errno.ENOSPC
            if isinstance(error, DiskFullError)
            else errno.EACCES
            if isinstance(error, ReadOnlyError)
            else None
        )
        raise _folder_error(code, place) from None


def _folder_error(code: int | None, where: str) -> SyncFolderError:
    if code == errno.ENOENT:
        return SyncFolderUnreachableError(where)
    if code in (errno.ENOSPC, errno.EDQUOT):
        what = "is full"
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
        what = "cannot be written from this laptop (read-only, or no permission)"
    else:
        what = "could not be read or written"
    return SyncFolderError(
        f"The sync folder {where} {what}. This laptop keeps its changes and sends them at the "
        "next sync."
    )


#: A sync from the window applies at most this many files a call (up to 2,000 ops each, about
#: a second's work), so a school year arriving at once shows how far it got between calls.
WINDOW_FILES = 2


def sync_now(session: Session) -> tuple[FolderSync | None, ChangeSet]:
    """Send this laptop's new changes to its sync folder and take in the others'. None when
    this laptop has no sync folder. A large arrival is taken in a few files a call
    (`FolderSync.files_left`): the window calls again until it is all in."""
    chosen = folder(session)
    if chosen is None:
        return None, NO_CHANGES
    if not chosen.is_dir():  # unplugged: said calmly, and the next minute tries again
        raise SyncFolderUnreachableError(str(chosen))
    with _folder_errors(session, chosen):
        done = sync_folder.sync_with(session, chosen, max_files=WINDOW_FILES)
    return done, ARRIVED if done.received_ops else NO_CHANGES


def accept_clock(session: Session, member_name: str) -> tuple[FolderSync | None, ChangeSet]:
    """A lead accepts the changes of `member_name` that wait because their laptop's clock was
    ahead, then syncs, so they apply here at once (and on every laptop at its next sync)."""
    chosen = folder(session)
    if chosen is None:
        raise ValidationError("This laptop has no sync folder.")
    with _folder_errors(session, chosen):
        sync_folder.accept_clock(session, chosen, member_name)
    return sync_now(session)
