"""Known environment failures, translated at the storage boundary into plain sentences (the
error classes themselves are in domain/case_file_errors.py, so the window can receive them).

Anything not listed here that escapes storage is a bug, and is reported as one.
"""

from __future__ import annotations

import errno
from pathlib import Path

from btam_desktop.domain.case_file_errors import (
    AlreadyExistsError as AlreadyExistsError,
    BackupDamagedError as BackupDamagedError,
    CaseFileError as CaseFileError,
    ChangedWhileOpeningError as ChangedWhileOpeningError,
    DamagedError as DamagedError,
    DiskFullError as DiskFullError,
    KeyFileMismatchError as KeyFileMismatchError,
    KeyFileMissingError as KeyFileMissingError,
    LockedError as LockedError,
    NewerVersionError as NewerVersionError,
    NotACaseFileError as NotACaseFileError,
    ReadOnlyError as ReadOnlyError,
    RecoveryCodeError as RecoveryCodeError,
    UnknownMemberError as UnknownMemberError,
    WrongPassphraseError as WrongPassphraseError,
)


def translate_os_error(error: OSError, path: Path) -> CaseFileError:
    """Map an OSError to the known error a user can act on; unknown ones stay bugs (re-raised)."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFullError(path)
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyError(path)
    if error.errno in (errno.EISDIR, errno.ENOTDIR):
        return DamagedError(path, "a folder stands where a file should be, or the reverse")
    if error.errno == errno.EBUSY:  # e.g. restoring onto the mount point of a USB stick
        return CaseFileError(
            f"{path} is in use by the system (a mount point, or a folder a program is using) "
            "and cannot be moved or replaced. Choose another place."
        )
    if error.errno == errno.ENOENT:
        return CaseFileError(
            f"{path}: a folder on the way there does not exist. Nothing was written."
        )
    raise error
