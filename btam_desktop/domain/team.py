"""The team that owns a case file, and its members."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from btam_desktop.domain.errors import ValidationError


class Role(StrEnum):
    """Disciplines a multidisciplinary BTAM team draws on (see domain.md, "Roles on the team")."""

    ADMINISTRATOR = "administrator"
    COUNSELOR = "counselor"
    PSYCHOLOGIST = "psychologist"
    SOCIAL_WORKER = "social_worker"
    LAW_ENFORCEMENT = "law_enforcement"
    TEACHER = "teacher"
    SPECIAL_EDUCATION = "special_education"
    MENTAL_HEALTH = "mental_health"
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


#: Auto-lock in minutes: a default that protects a shared laptop, and a floor.
DEFAULT_IDLE_MINUTES = 10
MIN_IDLE_MINUTES = 1


@dataclass(frozen=True, slots=True)
class TeamSettings:
    idle_minutes: int = DEFAULT_IDLE_MINUTES

    def __post_init__(self) -> None:
        if self.idle_minutes < MIN_IDLE_MINUTES:
            raise ValidationError(f"Auto-lock cannot be shorter than {MIN_IDLE_MINUTES} minute.")


@dataclass(frozen=True, slots=True)
class Team:
    id: str
    school: str
    district: str
    pack_id: str
    settings: TeamSettings = field(default_factory=TeamSettings)


@dataclass(frozen=True, slots=True)
class Member:
    """A team member. `is_lead` members may add and remove others (a client-enforced rule)."""

    id: str
    name: str
    role: Role
    disciplines: tuple[str, ...] = ()
    active: bool = True
    is_lead: bool = False
