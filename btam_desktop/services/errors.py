"""The known errors callers (CLI, UI) catch, re-exported so they need not import storage."""

from btam_desktop.domain.errors import (
    BtamError,
    NotFoundError,
    PermissionDeniedError,
    TransitionError,
    ValidationError,
)
from btam_desktop.storage.errors import (
    AlreadyExistsError,
    BackupDamagedError,
    CaseFileError,
    ChangedWhileOpeningError,
    DamagedError,
    DiskFullError,
    KeyFileMismatchError,
    KeyFileMissingError,
    LockedError,
    NewerVersionError,
    NotACaseFileError,
    ReadOnlyError,
    RecoveryCodeError,
    UnknownMemberError,
    WrongPassphraseError,
)

__all__ = [
    "AlreadyExistsError",
    "BackupDamagedError",
    "BtamError",
    "CaseFileError",
    "ChangedWhileOpeningError",
    "DamagedError",
    "DiskFullError",
    "KeyFileMismatchError",
    "KeyFileMissingError",
    "LockedError",
    "NewerVersionError",
    "NotACaseFileError",
    "NotFoundError",
    "PermissionDeniedError",
    "ReadOnlyError",
    "RecoveryCodeError",
    "TransitionError",
    "UnknownMemberError",
    "ValidationError",
    "WrongPassphraseError",
]
