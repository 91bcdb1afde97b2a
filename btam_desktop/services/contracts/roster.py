"""The roster: members with their training; what member details and training records take."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from btam_desktop.domain.team import Composition, Member
from btam_desktop.domain.training import Training, TrainingState


@dataclass(frozen=True, slots=True)
class MemberStatus:
    member: Member
    training: TrainingState
    expires_on: date | None


@dataclass(frozen=True, slots=True)
class TeamOverview:
    members: tuple[MemberStatus, ...]  # active members, in the order they joined
    trainings: tuple[Training, ...]
    composition: Composition


@dataclass(frozen=True, slots=True)
class MemberDetails:
    role: str
    disciplines: tuple[str, ...]
    contact: str
    active_from: date | None
    active_to: date | None


@dataclass(frozen=True, slots=True)
class TrainingInput:
    member_id: str
    taken_on: date
    course: str
    provider: str = ""
    hours: float = 0.0
    expires_on: date | None = None  # None: one year after taken_on
