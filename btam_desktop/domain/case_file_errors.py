"""What can go wrong with a case file or its surroundings (disk, permissions, other programs),
each a sentence a school team can act on.

They live in the domain, below storage (which raises them) and the service contracts (which
carry them to the window): the window learns what happened without importing storage.
"""

from __future__ import annotations

from pathlib import Path

from btam_desktop.domain.errors import BtamError


class CaseFileError(BtamError):
    """The case file or its surroundings (disk, permissions, other programs) got in the way."""


class WrongPassphraseError(CaseFileError):
    def __init__(self, member: str) -> None:
        super().__init__(
            f"That passphrase does not open the slot of {member}. Check the keyboard layout and "
            "Caps Lock, then try again. Nothing was changed."
        )


class UnknownMemberError(CaseFileError):
    def __init__(self, path: Path, member: str, names: list[str]) -> None:
        listed = ", ".join(names) if names else "nobody"
        super().__init__(
            f"'{member[:80]}' cannot unlock the case file {path.name}: only current members can "
            f"(a member who left the team has no key any more). Members: {listed}."
        )


class KeyFileMissingError(CaseFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The key file {path} is missing. A case file cannot be opened without the key file "
            "that belongs to it: restore both from the same backup."
        )


class KeyFileMismatchError(CaseFileError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"The key file {path} does not belong to this case file or has been altered "
            f"({detail}). Restore the case file and its key file together from a backup."
        )


class NotACaseFileError(CaseFileError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path} is not a BTAM case file ({detail}).")


class DamagedError(CaseFileError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"The case file {path} is damaged ({detail}). Nothing was written to it. "
            "Restore the most recent backup (btam-desktop restore BACKUP PATH)."
        )
        self.detail = detail


class BackupDamagedError(CaseFileError):
    """A backup, or a copy made from one, is damaged. Not a DamagedError: the case file that
    is open is fine, and must not be closed for it."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"The backup {path} is damaged ({detail}). It cannot be relied on: use another "
            "backup. The case file itself is not affected."
        )


class LockedError(CaseFileError):
    def __init__(self, path: Path, holder: str) -> None:
        super().__init__(
            f"{path} is open in another window or program ({holder}). Close it there first; "
            "two programs writing one case file could lose work."
        )


class NewerVersionError(CaseFileError):
    def __init__(self, path: Path, found: int, known: int, what: str = "schema") -> None:
        super().__init__(
            f"{path} was written by a newer BTAM Desktop ({what} {found}; this one knows up to "
            f"{known}). Update BTAM Desktop to open it. Nothing was changed."
        )


class ReadOnlyError(CaseFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} cannot be written (read-only folder, disk or permissions). Copy the case "
            "file to a folder you can write to, or ask IT to fix the permissions."
        )


class DiskFullError(CaseFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The disk holding {path} is full or could not be written. The last change was not "
            "saved; everything saved before it is intact. Free some space (or check the disk) "
            "and try again."
        )


class AlreadyExistsError(CaseFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} already exists. Choose a new name; nothing was overwritten.")


class ChangedWhileOpeningError(CaseFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} was changed by another program while it was being unlocked (a member was "
            "removed). Unlock again."
        )


class RecoveryCodeError(CaseFileError):
    """The recovery code has a typo (checksum) or does not open this case file."""


class NotUnlockedError(BtamError):
    def __init__(self) -> None:
        super().__init__("The case file is locked. Unlock it first.")
