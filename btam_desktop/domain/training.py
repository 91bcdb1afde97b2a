"""Training records: every model asks for training at least yearly, so the app says who is due
within 30 days and who has lapsed, on the Team page, the agenda and My tasks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from btam_desktop.domain.errors import ValidationError

#: How far ahead "due" looks.
DUE_WITHIN = timedelta(days=30)


class TrainingState(StrEnum):
    CURRENT = "current"
    DUE = "due"  # expires within 30 days
    LAPSED = "lapsed"
    NONE = "none"  # no training on record


@dataclass(frozen=True, slots=True, kw_only=True)
class Training:
    id: str
    member_id: str
    taken_on: date
    course: str
    provider: str
    hours: float
    expires_on: date


def default_expiry(taken_on: date) -> date:
    """One year later; 29 February rolls to 28 February."""
    try:
        return taken_on.replace(year=taken_on.year + 1)
    except ValueError:
        return taken_on.replace(year=taken_on.year + 1, day=28)


def check_training(item: Training, today: date) -> None:
    if not item.course.strip():
        raise ValidationError("Name the course.")
    if item.taken_on > today:
        raise ValidationError("The training date is in the future.")
    if item.expires_on <= item.taken_on:
        raise ValidationError("The expiry date must be after the training date.")
    if not 0 <= item.hours <= 200:
        raise ValidationError("Hours must be between 0 and 200.")


def latest_expiry(trainings: list[Training], member_id: str) -> date | None:
    dates = [t.expires_on for t in trainings if t.member_id == member_id]
    return max(dates) if dates else None


def training_state(expires_on: date | None, today: date) -> TrainingState:
    if expires_on is None:
        return TrainingState.NONE
    if expires_on < today:
        return TrainingState.LAPSED
    if expires_on <= today + DUE_WITHIN:
        return TrainingState.DUE
    return TrainingState.CURRENT
