"""The known errors callers (CLI, UI) catch, in one place; none of them needs storage."""

from btam_desktop.domain.case_file_errors import (
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
from btam_desktop.domain.errors import (
    BtamError,
    NotFoundError,
    PermissionDeniedError,
    TransitionError,
    ValidationError,
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
