"""Backups: a checked backup, a restore drill, and a restore."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from btam_desktop.domain.checks import CheckLine


@dataclass(frozen=True, slots=True)
class BackupCheck:
    """A backup opened as unlocking would open it: the cases it holds, and the check lines
    about the copy that failed (none: it is a verified backup)."""

    path: Path
    cases: int
    problems: tuple[CheckLine, ...]

    @property
    def verified(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class DrillResult:
    """A restore drill: a backup restored into a temporary place, opened, counted against
    the backup itself, checked, and deleted; the case file is not touched."""

    backup: Path
    #: The newest moment the backup recorded: the case file as it was then (UTC text).
    as_of: str
    cases: int
    #: Cases in the open case file now: what restoring would go back from.
    current_cases: int
    #: Tables whose rows in the restored copy differ from the backup's (none: they match).
    differing: tuple[str, ...]
    problems: tuple[CheckLine, ...]
    #: Where the trial copy was left when it could not be deleted (encrypted), else None.
    left_at: Path | None

    @property
    def passed(self) -> bool:
        return not self.differing and not self.problems and self.left_at is None


@dataclass(frozen=True, slots=True)
class Restored:
    path: Path
    previous_moved_to: Path | None
