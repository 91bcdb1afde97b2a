"""What the window builds or reads before a case file is unlocked, and who is signed in."""

from __future__ import annotations

from dataclasses import dataclass

from btam_desktop.domain.team import DEFAULT_BACKUP_REMINDER_DAYS, DEFAULT_IDLE_MINUTES, Role

#: The shortest passphrase accepted (the strength meter asks for more).
MIN_PASSPHRASE = 10


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
