"""Harm to self: when screening or assessment finds that a student may harm themselves, the
case is marked so, the team works through the school's own suicide-risk protocol (a checklist
the model pack names) and a safety plan is made with the student.

The app does not judge suicide risk: the school's protocol and its trained professionals do.
What is recorded here is that the mark was set (when, by whom), which steps of the protocol were
done (when, by whom, a note) and the safety plan the team typed with the student.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.records import MAX_NAME, MAX_TEXT

#: The national Suicide & Crisis Lifeline (United States): the safety plan prints it unless
#: the team types the line its families use.
CRISIS_LINE = "988 Suicide & Crisis Lifeline: call or text 988, or chat at 988lifeline.org"
#: How many steps a protocol may list: a checklist, not a manual.
MAX_STEPS = 20


@dataclass(frozen=True, slots=True, kw_only=True)
class ProtocolStep:
    """One step of the school's protocol: `label` says what is done, `usually` who does it."""

    id: str
    label: str
    usually: str = ""


@dataclass(frozen=True, slots=True)
class Protocol:
    """`[harm_to_self]` of a model pack: the protocol's name and its steps, in order."""

    name: str
    steps: tuple[ProtocolStep, ...]

    def step(self, step_id: str) -> ProtocolStep | None:
        return next((s for s in self.steps if s.id == step_id), None)


class MarkSource(StrEnum):
    """Where the team found it: the screening, an assessment, or later on the case page."""

    SCREENING = "screening"
    ASSESSMENT = "assessment"
    CASE = "case"


@dataclass(frozen=True, slots=True, kw_only=True)
class Mark:
    """ "Risk of harm to self identified" on a case. Removing it keeps the row with a reason."""

    id: str
    case_id: str
    identified_on: date
    identified_by: str | None  # member id
    source: MarkSource
    cleared_at: str | None = None
    cleared_by: str | None = None
    clear_reason: str = ""

    @property
    def in_force(self) -> bool:
        return self.cleared_at is None


@dataclass(frozen=True, slots=True, kw_only=True)
class StepRecord:
    """A step of the protocol done: on which day, by a member (`by_id`) or someone else
    (`by_name`, e.g. the district's crisis counselor), with a note. `label` is the step as the
    protocol said it when it was recorded, so a later pack keeps the record readable."""

    id: str
    case_id: str
    step_id: str
    label: str
    done_on: date
    by_id: str | None = None
    by_name: str = ""
    note: str = ""


def check_step(record: StepRecord, today: date) -> None:
    if record.by_id is None and not record.by_name.strip():
        raise ValidationError("Say who did this step: a team member or a name.")
    if record.done_on > today:
        raise ValidationError(f"The step is recorded as done on {record.done_on}, after today.")
    if len(record.by_name) > MAX_NAME or len(record.note) > MAX_TEXT:
        raise ValidationError("The name or the note of the step is too long.")


def progress(protocol: Protocol | None, records: tuple[StepRecord, ...]) -> tuple[int, int]:
    """(steps recorded, steps in the protocol): a recorded step the protocol no longer names
    does not count toward the protocol's steps."""
    if protocol is None:
        return 0, 0
    done = {r.step_id for r in records}
    return sum(1 for s in protocol.steps if s.id in done), len(protocol.steps)


@dataclass(frozen=True, slots=True, kw_only=True)
class SafetyPlan:
    """The student's safety plan, in the words the student and the adult with them chose:
    signs that a hard moment is coming, what the student can do on their own, people and
    places that help, adults to contact, and the crisis line. One per case, edited in place."""

    id: str
    case_id: str
    made_on: date
    made_with: str = ""  # who sat with the student (names as typed)
    warning_signs: str = ""
    coping: str = ""
    people_places: str = ""
    adults: str = ""
    crisis_line: str = CRISIS_LINE
    saved_at: str = ""
    saved_by: str | None = None


SAFETY_PLAN_FIELDS = ("warning_signs", "coping", "people_places", "adults", "crisis_line")


def check_safety_plan(plan: SafetyPlan, today: date) -> None:
    if not any(getattr(plan, name).strip() for name in SAFETY_PLAN_FIELDS[:4]):
        raise ValidationError(
            "The safety plan is empty: write at least one of warning signs, things to do, "
            "people and places, or adults to contact."
        )
    if not plan.crisis_line.strip():
        raise ValidationError("Keep a crisis line on the safety plan (988 in the US).")
    if plan.made_on > today:
        raise ValidationError(f"The safety plan is dated {plan.made_on}, after today.")
    if any(len(getattr(plan, name)) > MAX_TEXT for name in SAFETY_PLAN_FIELDS):
        raise ValidationError("A field of the safety plan is too long.")
