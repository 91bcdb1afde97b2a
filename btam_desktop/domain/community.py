"""Community services and the referrals the team makes to them.

A team connects a student and family to services outside the school (community mental health,
mentoring, family support, crisis lines). The directory lists them; a service taken off the
list stays on record for the cases that named it. A referral to a service has a life, each
step with its day: suggested, consent from the family (who gave it), referred, accepted or
declined, first appointment, completed or dropped. A referral with no new step for
`STALL_DAYS` is stalled, and its case manager is reminded (My tasks).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.records import MAX_NAME, clean_name, clean_text

#: Days without a new step after which an open referral is stalled (a reminder is due).
STALL_DAYS = 14


class ServiceKind(StrEnum):
    MENTAL_HEALTH = "mental_health"
    MENTORING = "mentoring"
    FAMILY_SUPPORT = "family_support"
    CRISIS_LINE = "crisis_line"
    SUBSTANCE_USE = "substance_use"
    YOUTH_PROGRAM = "youth_program"
    OTHER = "other"


#: What each kind is called, on screen and on paper.
KIND_WORDS = {
    ServiceKind.MENTAL_HEALTH: "Mental health",
    ServiceKind.MENTORING: "Mentoring",
    ServiceKind.FAMILY_SUPPORT: "Family support",
    ServiceKind.CRISIS_LINE: "Crisis line",
    ServiceKind.SUBSTANCE_USE: "Substance use",
    ServiceKind.YOUTH_PROGRAM: "Youth program",
    ServiceKind.OTHER: "Other",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class CommunityService:
    """A service on the school's directory. No student data."""

    id: str
    name: str
    kind: ServiceKind
    contact: str = ""  # phone, address, web site, a person to ask for
    languages: str = ""  # "English, Spanish"
    cost: str = ""  # "Free", "Sliding scale", "Medicaid accepted"
    notes: str = ""
    removed_on: date | None = None  # taken off the list on this day (kept for the records)

    @property
    def listed(self) -> bool:
        return self.removed_on is None


def checked_service(service: CommunityService) -> CommunityService:
    """A name; the short fields one line each; notes free text."""
    return CommunityService(
        id=service.id,
        name=clean_name(service.name, "service's name"),
        kind=ServiceKind(service.kind),
        contact=clean_text(service.contact.strip(), "contact", 1000),
        languages=clean_text(service.languages.strip(), "languages", MAX_NAME),
        cost=clean_text(service.cost.strip(), "cost", MAX_NAME),
        notes=clean_text(service.notes, "notes"),
        removed_on=service.removed_on,
    )


class Step(StrEnum):
    SUGGESTED = "suggested"
    CONSENT = "consent"  # the family agreed to the referral
    REFERRED = "referred"
    ACCEPTED = "accepted"
    DECLINED = "declined"  # the service declined (or had no place)
    FIRST_APPOINTMENT = "first_appointment"
    COMPLETED = "completed"
    DROPPED = "dropped"  # the family or the student stopped, at any step


STEP_WORDS = {
    Step.SUGGESTED: "Suggested",
    Step.CONSENT: "Family consent",
    Step.REFERRED: "Referred",
    Step.ACCEPTED: "Accepted",
    Step.DECLINED: "Declined",
    Step.FIRST_APPOINTMENT: "First appointment",
    Step.COMPLETED: "Completed",
    Step.DROPPED: "Dropped",
}

#: What may follow each step. Dropping is possible at every open step; declined, completed
#: and dropped end the referral.
NEXT: dict[Step, tuple[Step, ...]] = {
    Step.SUGGESTED: (Step.CONSENT, Step.DROPPED),
    Step.CONSENT: (Step.REFERRED, Step.DROPPED),
    Step.REFERRED: (Step.ACCEPTED, Step.DECLINED, Step.DROPPED),
    Step.ACCEPTED: (Step.FIRST_APPOINTMENT, Step.DROPPED),
    Step.FIRST_APPOINTMENT: (Step.COMPLETED, Step.DROPPED),
    Step.DECLINED: (),
    Step.COMPLETED: (),
    Step.DROPPED: (),
}
_RANK = {step: rank for rank, step in enumerate(Step)}


@dataclass(frozen=True, slots=True, kw_only=True)
class ReferralStep:
    id: str
    step: Step
    on: date
    #: For consent: who gave it ("Ms. Alvarez, mother"); else optional.
    given_by: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class ServiceReferral:
    """A referral of the case's student (and family) to a service, with its steps in order."""

    id: str
    case_id: str
    service_id: str
    intervention_id: str | None = None  # the plan's intervention it carries out, if any
    steps: tuple[ReferralStep, ...] = ()

    @property
    def current(self) -> ReferralStep:
        return self.steps[-1]

    @property
    def is_open(self) -> bool:
        return bool(NEXT[self.current.step])

    @property
    def next_steps(self) -> tuple[Step, ...]:
        return NEXT[self.current.step] if self.steps else (Step.SUGGESTED,)


def ordered(steps: list[ReferralStep]) -> tuple[ReferralStep, ...]:
    """Steps in the order they happened: by day, then by their place in the life. (Two laptops
    recording a step each keep both rows; the later shows as the current one.)"""
    return tuple(sorted(steps, key=lambda s: (s.on, _RANK[s.step])))


def check_step(referral: ServiceReferral, step: ReferralStep, today: date) -> ReferralStep:
    """The step may follow the referral's current one, on a day not before it and not after
    today; consent says who gave it. Returns the step with its text cleaned."""
    allowed = referral.next_steps
    if step.step not in allowed:
        after = STEP_WORDS[referral.current.step].lower() if referral.steps else "nothing yet"
        raise ValidationError(
            f"'{STEP_WORDS[step.step]}' cannot follow '{after}'; next is "
            + (" or ".join(f"'{STEP_WORDS[s]}'" for s in allowed) or "nothing: it has ended")
            + "."
        )
    if referral.steps and step.on < referral.current.on:
        raise ValidationError(
            f"The day of '{STEP_WORDS[step.step]}' ({step.on.isoformat()}) is before the "
            f"previous step ({referral.current.on.isoformat()})."
        )
    if step.on > today:
        raise ValidationError(
            f"The day of '{STEP_WORDS[step.step]}' ({step.on.isoformat()}) is after today: "
            "record a step once it has happened."
        )
    given_by = clean_text(step.given_by.strip(), "who gave consent", MAX_NAME)
    if step.step is Step.CONSENT and not given_by:
        raise ValidationError("Say who gave the family's consent (a parent or guardian).")
    return ReferralStep(
        id=step.id,
        step=step.step,
        on=step.on,
        given_by=given_by,
        note=clean_text(step.note, "note"),
    )


def stalled_since(referral: ServiceReferral, today: date, days: int = STALL_DAYS) -> date | None:
    """The day an open referral became stalled (its last step plus `days`), if it has by
    `today`; None while it moves or once it has ended."""
    if not referral.steps or not referral.is_open:
        return None
    due = referral.current.on + timedelta(days=days)
    return due if due <= today else None
