"""The team that owns a case file, and its members."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.local_time import local_day


class Role(StrEnum):
    """Disciplines a multidisciplinary BTAM team draws on (see domain.md, "Roles on the team")."""

    TEAM_LEAD = "team_lead"  # team lead or chair
    ADMINISTRATOR = "administrator"
    COUNSELOR = "counselor"
    PSYCHOLOGIST = "psychologist"
    SOCIAL_WORKER = "social_worker"
    LAW_ENFORCEMENT = "law_enforcement"
    TEACHER = "teacher"
    SPECIAL_EDUCATION = "special_education"
    MENTAL_HEALTH = "mental_health"  # district mental-health liaison
    NURSE = "nurse"
    OTHER = "other"

    @classmethod
    def parse(cls, text: str) -> Role:
        key = text.strip().lower().replace(" ", "_").replace("-", "_")
        aliases = {"sro": cls.LAW_ENFORCEMENT, "admin": cls.ADMINISTRATOR}
        if key in aliases:
            return aliases[key]
        try:
            return cls(key)
        except ValueError:
            choices = ", ".join(r.value for r in cls)
            raise ValidationError(
                f"Unknown role '{text[:40]}'. Choose one of: {choices}."
            ) from None


#: How each role reads on screen and paper (the UI passes these through tr()).
ROLE_NAMES: dict[Role, str] = {
    Role.ADMINISTRATOR: "Administrator",
    Role.TEAM_LEAD: "Team lead / chair",
    Role.COUNSELOR: "Counselor",
    Role.PSYCHOLOGIST: "School psychologist",
    Role.SOCIAL_WORKER: "Social worker",
    Role.LAW_ENFORCEMENT: "School resource officer / law enforcement",
    Role.TEACHER: "Teacher",
    Role.SPECIAL_EDUCATION: "Special education coordinator",
    Role.MENTAL_HEALTH: "District mental-health liaison",
    Role.NURSE: "School nurse",
    Role.OTHER: "Other",
}

#: Auto-lock in minutes: a default that protects a shared laptop, and a floor.
DEFAULT_IDLE_MINUTES = 10
MIN_IDLE_MINUTES = 1

#: How old the last verified backup may get before every laptop reminds the team (days).
DEFAULT_BACKUP_REMINDER_DAYS = 7
BACKUP_REMINDER_DAYS = range(1, 91)


@dataclass(frozen=True, slots=True)
class TeamSettings:
    idle_minutes: int = DEFAULT_IDLE_MINUTES
    backup_reminder_days: int = DEFAULT_BACKUP_REMINDER_DAYS

    def __post_init__(self) -> None:
        if self.idle_minutes < MIN_IDLE_MINUTES:
            raise ValidationError(f"Auto-lock cannot be shorter than {MIN_IDLE_MINUTES} minute.")
        if self.backup_reminder_days not in BACKUP_REMINDER_DAYS:
            raise ValidationError(
                f"The backup reminder must be between {BACKUP_REMINDER_DAYS.start} and "
                f"{BACKUP_REMINDER_DAYS.stop - 1} days."
            )


@dataclass(frozen=True, slots=True, kw_only=True)
class Team:
    id: str
    school: str
    district: str
    pack_id: str
    settings: TeamSettings = field(default_factory=TeamSettings)
    #: When the last backup was written, opened and checked clean (UTC text); None if never.
    #: Kept in the case file, so every laptop that opens it knows.
    last_backup_at: str | None = None


def backup_age_days(last_backup_at: str | None, reminder_days: int, today: date) -> int | None:
    """Calendar days since the last verified backup when that is more than the team's reminder
    (`-1`: there never was one), else None. Every laptop's status bar asks for a backup while
    this is not None, so a lost or broken laptop costs the team at most that many days."""
    if last_backup_at is None:
        return -1
    age = (today - local_day(last_backup_at)).days
    return age if age > reminder_days else None


@dataclass(frozen=True, slots=True, kw_only=True)
class Member:
    """A team member. `is_lead` members may add and remove others (a client-enforced rule)."""

    id: str
    name: str
    role: Role
    disciplines: tuple[str, ...] = ()
    active: bool = True
    is_lead: bool = False
    contact: str = ""
    active_from: date | None = None
    active_to: date | None = None

    @property
    def shown_name(self) -> str:
        """The name as records show it: a member who has left stays named in everything made
        while they were on the team, marked as gone ("(left the team on 2026-12-06)")."""
        if self.active:
            return self.name
        if self.active_to is None:
            return f"{self.name} (left the team)"
        return f"{self.name} (left the team on {self.active_to.isoformat()})"

    def covers(self, role: str) -> bool:
        """Whether this member can fill `role` for a quorum: their role or a listed discipline."""
        return self.role.value == role or role in self.disciplines


#: The team size every model recommends: outside it is a warning, never a block.
TEAM_SIZE = range(4, 10)


@dataclass(frozen=True, slots=True)
class Composition:
    """Who the team (or a meeting's attendance) has against what the pack requires."""

    size: int
    required: tuple[str, ...]
    missing: tuple[str, ...]

    @property
    def size_ok(self) -> bool:
        return self.size in TEAM_SIZE

    @property
    def complete(self) -> bool:
        return not self.missing


def composition(members: list[Member], required_roles: tuple[str, ...]) -> Composition:
    """The check shown on the Team page, and (over who attends) the quorum of a meeting."""
    missing = tuple(r for r in required_roles if not any(m.covers(r) for m in members))
    return Composition(len(members), required_roles, missing)
