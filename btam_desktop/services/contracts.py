"""The plain data that crosses between the window and the service process: calls, replies,
and the few request and answer types the window builds or reads before a file is unlocked.

Light on purpose (the domain only): the window imports this at start-up, and nothing here may
pull in storage, SQLCipher or the crypto libraries, which live in the service process.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from btam_desktop.domain.changes import NO_CHANGES, ChangeSet
from btam_desktop.domain.errors import BtamError
from btam_desktop.domain.team import DEFAULT_BACKUP_REMINDER_DAYS, DEFAULT_IDLE_MINUTES, Role

#: The shortest passphrase accepted (the strength meter asks for more).
MIN_PASSPHRASE = 10


@dataclass(frozen=True, slots=True)
class Call:
    service: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Reply:
    result: Any = None
    changes: ChangeSet = NO_CHANGES
    error: BtamError | None = None


class BugError(BtamError):
    def __init__(self, service: str) -> None:
        super().__init__(
            f"Something went wrong inside BTAM Desktop ({service}). Nothing half-done was saved. "
            "Please tell your IT contact; the details are in the program's log."
        )


@dataclass(frozen=True, slots=True)
class MemberListing:
    """A member as the unlock screen lists them (read without unlocking)."""

    name: str
    role: str
    is_lead: bool
    must_change_passphrase: bool


@dataclass(frozen=True, slots=True)
class NewCaseFile:
    school: str
    lead_name: str
    lead_role: str = Role.ADMINISTRATOR.value
    district: str = ""
    pack_id: str = "ntac"
    #: The auto-lock a new file starts with (a district may set it for every laptop).
    idle_minutes: int = DEFAULT_IDLE_MINUTES


@dataclass(frozen=True, slots=True)
class SignedIn:
    """What the window shows about the open file: no student data."""

    member_id: str
    member_name: str
    is_lead: bool
    school: str
    idle_minutes: int
    pack_id: str = ""
    backup_reminder_days: int = DEFAULT_BACKUP_REMINDER_DAYS
    #: When the last verified backup was made (UTC text), for the status-bar reminder.
    last_backup_at: str | None = None
