"""Harm to self as the window sees it: the case's mark, the school's protocol and the steps
recorded, the safety plan, and whether the plan has a safety-plan item."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from btam_desktop.domain.harm_to_self import Mark, Protocol, SafetyPlan, StepRecord


@dataclass(frozen=True, slots=True, kw_only=True)
class HarmView:
    case_id: str
    #: The mark in force (None: no risk of harm to self recorded, or the mark was removed).
    mark: Mark | None
    #: Every mark of the case, removed ones too, oldest first.
    history: tuple[Mark, ...]
    #: The protocol of the case's model (the team's when it names none); None: neither does.
    protocol: Protocol | None
    steps: tuple[StepRecord, ...]
    safety_plan: SafetyPlan | None
    #: The latest plan has a "Safety plan with the student" item.
    on_plan: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class StepInput:
    step_id: str
    done_on: date
    by_id: str | None = None
    by_name: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class SafetyPlanInput:
    made_on: date
    made_with: str = ""
    warning_signs: str = ""
    coping: str = ""
    people_places: str = ""
    adults: str = ""
    crisis_line: str = ""
