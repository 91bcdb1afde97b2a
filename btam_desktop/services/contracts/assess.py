"""Assessing: the form to fill in, what is recorded, and past assessments as they were made."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from btam_desktop.domain.assessment import Answer, Assessment
from btam_desktop.domain.pack import Pack


@dataclass(frozen=True, slots=True)
class AssessmentForm:
    """What the window needs to draw a new assessment: the pack and answers to start from."""

    pack: Pack
    prefill: dict[str, Answer]
    version: int


@dataclass(frozen=True, slots=True)
class AssessmentInput:
    pack_id: str
    answers: dict[str, Answer]
    level_id: str
    rationale: str
    present: tuple[str, ...]
    dissent: tuple[tuple[str, str], ...] = ()
    risk_factors: tuple[str, ...] = ()
    protective_factors: tuple[str, ...] = ()
    assessed_on: date | None = None
    next_review: date | None = None  # None: from the pack's cadence for the level


@dataclass(frozen=True, slots=True)
class PastAssessment:
    assessment: Assessment
    pack: Pack  # exactly as it was when the assessment was made
    saved_at: str = ""  # UTC, as stored; the window shows it in local time
    saved_by: str = ""  # member id
