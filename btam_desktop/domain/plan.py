"""Manage and monitor: the support plan, notifications, check-ins, reviews and closure.

BTAM is support, not punishment: interventions reduce risk factors and strengthen protective
factors, and a case stays open until reviews show the concern has come down.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from btam_desktop.domain.errors import BtamError, ValidationError


class InterventionType(StrEnum):
    SUPERVISION = "supervision"
    COUNSELING = "counseling"  # counseling or mental-health referral
    FAMILY_MEETING = "family_meeting"
    MENTORING = "mentoring"  # mentoring, a trusted adult
    ACADEMIC_SUPPORT = "academic_support"
    SCHEDULE_CHANGE = "schedule_change"  # schedule or environment change
    WEAPONS_ACCESS = "weapons_access"  # weapons-access counseling with the family
    TARGET_SAFETY = "target_safety"  # safety plan for the target
    LAW_ENFORCEMENT = "law_enforcement"  # law-enforcement liaison
    COMMUNITY_SERVICES = "community_services"
    DISCIPLINE = "discipline"
    RE_ENTRY = "re_entry"
    OTHER = "other"
    #: The student's own safety plan (harm to self): its text and printout are the case's
    #: safety plan (`domain/harm_to_self.SafetyPlan`), not this item's description.
    SAFETY_PLAN = "safety_plan"


class InterventionStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    DONE = "done"
    DISCONTINUED = "discontinued"


FREQUENCIES = ("once", "daily", "weekly", "every two weeks", "monthly", "as needed")
DEFAULT_DOMAINS = ("Subject", "Target", "Environment", "Precipitating events")
#: The default domain that is about other people than the student (a pack names its own).
DEFAULT_ABOUT_OTHERS = ("Target",)


@dataclass(frozen=True, slots=True, kw_only=True)
class Intervention:
    id: str
    domain: str
    type: InterventionType
    description: str
    start_on: date
    due_on: date | None = None
    responsible_id: str | None = None
    provider: str = ""  # an outside provider, named in text
    frequency: str = "once"
    status: InterventionStatus = InterventionStatus.PLANNED
    status_reason: str = ""
    outcome: str = ""
    reduces: tuple[str, ...] = ()
    strengthens: tuple[str, ...] = ()
    #: Someone outside the team who carries it (other staff, an outside provider): a contact.
    contact_id: str | None = None
    #: The service on the team's directory it connects the student to (`community.py`).
    service_id: str | None = None

    @property
    def is_open(self) -> bool:
        """Still to be done: what My tasks, the agenda and closing a case all count as open."""
        return self.status in (InterventionStatus.PLANNED, InterventionStatus.ACTIVE)


def carried_by(item: Intervention, names: Mapping[str, str]) -> str:
    """Who carries an intervention, by name (`names`: member and contact ids): the contact
    outside the team, else the member responsible, else the provider as typed."""
    return names.get(item.contact_id or item.responsible_id or "", item.provider)


def check_intervention(item: Intervention) -> None:
    if not item.description.strip():
        raise ValidationError("Describe each intervention.")
    if item.due_on is not None and item.due_on < item.start_on:
        raise ValidationError(f"'{item.description[:40]}': the review date is before the start.")
    if item.frequency not in FREQUENCIES:
        raise ValidationError(f"'{item.frequency}' is not a frequency ({', '.join(FREQUENCIES)}).")
    if item.status is InterventionStatus.DISCONTINUED and not item.status_reason.strip():
        raise ValidationError(f"'{item.description[:40]}' was discontinued: say why.")
    if item.responsible_id is None and item.contact_id is None and not item.provider.strip():
        raise ValidationError(f"'{item.description[:40]}': name who is responsible.")


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    id: str
    case_id: str
    version: int
    goals: str
    interventions: tuple[Intervention, ...]
    saved_at: str = ""
    saved_by: str | None = None


def about_others(domains: tuple[str, ...], marked: tuple[str, ...]) -> frozenset[str]:
    """The plan domains a pack marks as about other people; the default domains' when the pack
    names no domains of its own (it then plans in the default ones)."""
    return frozenset(marked if domains or marked else DEFAULT_ABOUT_OTHERS)


#: Interventions that are never the family's to read, whatever domain they are filed under:
#: another student's safety plan is that student's record, and police liaison stays with the team.
_TEAM_ONLY = (InterventionType.TARGET_SAFETY, InterventionType.LAW_ENFORCEMENT)


def for_the_family(plan: Plan, others: frozenset[str]) -> tuple[Intervention, ...]:
    """What the student's family reads of the plan: nothing in a domain about other people
    (`others`), no target safety or police item, nothing discontinued."""
    return tuple(
        i
        for i in plan.interventions
        if i.domain not in others
        and i.type not in _TEAM_ONLY
        and i.status is not InterventionStatus.DISCONTINUED
    )


def unaddressed(
    plan: Plan | None, risk: tuple[str, ...], protective: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Risk factors no open intervention reduces, protective factors none strengthens."""
    live = [
        i
        for i in (plan.interventions if plan else ())
        if i.status is not InterventionStatus.DISCONTINUED
    ]
    reduced = {f for i in live for f in i.reduces}
    strengthened = {f for i in live for f in i.strengthens}
    return (
        tuple(f for f in risk if f not in reduced),
        tuple(f for f in protective if f not in strengthened),
    )


class Recipient(StrEnum):
    PARENTS = "parents"  # parents or guardians of the student
    POTENTIAL_VICTIM = "potential_victim"  # the potential victim and their parents
    LAW_ENFORCEMENT = "law_enforcement"
    OUTSIDE_AGENCY = "outside_agency"
    SCHOOL_STAFF = "school_staff"  # staff outside the team who need to know (to supervise)
    RECEIVING_SCHOOL = "receiving_school"


#: The notifications a letter goes with (to the student's family, to the family of a student
#: at risk, to staff who work with the student); the others are partners who get the case.
LETTER_RECIPIENTS = (Recipient.PARENTS, Recipient.POTENTIAL_VICTIM, Recipient.SCHOOL_STAFF)


#: What each kind of intervention is called, on screen and on paper (the glossary's words).
INTERVENTION_TYPE_NAMES = {
    InterventionType.SUPERVISION: "Supervision",
    InterventionType.COUNSELING: "Counseling or mental-health referral",
    InterventionType.FAMILY_MEETING: "Family meeting",
    InterventionType.MENTORING: "Mentoring / trusted adult",
    InterventionType.ACADEMIC_SUPPORT: "Academic support",
    InterventionType.SCHEDULE_CHANGE: "Schedule or environment change",
    InterventionType.WEAPONS_ACCESS: "Weapons-access counseling with the family",
    InterventionType.TARGET_SAFETY: "Safety plan for the target",
    InterventionType.LAW_ENFORCEMENT: "Law-enforcement liaison",
    InterventionType.COMMUNITY_SERVICES: "Community services referral",
    InterventionType.DISCIPLINE: "Disciplinary action",
    InterventionType.RE_ENTRY: "Re-entry plan",
    InterventionType.OTHER: "Other",
    InterventionType.SAFETY_PLAN: "Safety plan with the student",
}


#: How each kind of recipient reads inside a sentence ("Notify parents or guardians"),
#: on screen and on paper alike.
RECIPIENT_WORDS = {
    Recipient.PARENTS.value: "parents or guardians",
    Recipient.POTENTIAL_VICTIM.value: "the target and their parents",
    Recipient.LAW_ENFORCEMENT.value: "law enforcement",
    Recipient.OUTSIDE_AGENCY.value: "outside agency",
    Recipient.SCHOOL_STAFF.value: "other school staff",
    Recipient.RECEIVING_SCHOOL.value: "receiving school",
}


class LegalBasis(StrEnum):
    SCHOOL_OFFICIAL = "school_official"
    HEALTH_SAFETY_EMERGENCY = "health_safety_emergency"
    CONSENT = "consent"
    OTHER = "other"
    #: The student's own parent or guardian, who may see the student's records (a family's copy).
    PARENT = "parent"
    #: A subpoena or court order (34 CFR 99.31(a)(9)).
    COURT_ORDER = "court_order"
    #: The school where the student seeks or intends to enroll (34 CFR 99.31(a)(2), 99.34).
    RECEIVING_SCHOOL = "receiving_school"


#: What each legal basis is called, on screen and on the printed case (the release block of a
#: copy leaving the team cites the regulation too: `services.print_words.BASIS_TEXT`).
LEGAL_BASIS_NAMES = {
    LegalBasis.SCHOOL_OFFICIAL: "School official",
    LegalBasis.HEALTH_SAFETY_EMERGENCY: "Health or safety emergency",
    LegalBasis.CONSENT: "Consent",
    LegalBasis.OTHER: "Other",
    LegalBasis.PARENT: "Parent or guardian",
    LegalBasis.COURT_ORDER: "Subpoena or court order",
    LegalBasis.RECEIVING_SCHOOL: "Receiving school",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Notification:
    id: str
    case_id: str
    recipient: Recipient
    recipient_name: str
    notified_on: date
    by_id: str | None
    method: str
    shared: str
    legal_basis: LegalBasis
    contact_id: str | None = None  # who was told, when they are on the contacts list


class Trend(StrEnum):
    UP = "up"
    STEADY = "steady"
    DOWN = "down"


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckIn:
    id: str
    case_id: str
    held_on: date
    by_id: str | None
    observations: str
    trend: Trend
    contact_id: str | None = None  # held by someone outside the team (e.g. the coach)


class ReviewDecision(StrEnum):
    CONTINUE = "continue"
    REVISE = "revise"  # revise the plan
    REASSESS = "reassess"
    STEP_DOWN = "step_down"  # step down to monitoring
    CLOSE = "close"


#: What each review decision is called, on screen and on the printed case.
REVIEW_DECISION_NAMES = {
    ReviewDecision.CONTINUE: "Continue the plan",
    ReviewDecision.REVISE: "Revise the plan",
    ReviewDecision.REASSESS: "Reassess",
    ReviewDecision.STEP_DOWN: "Step down to monitoring",
    ReviewDecision.CLOSE: "Close the case",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Review:
    id: str
    case_id: str
    held_on: date
    attendees: tuple[str, ...]
    progress: str
    decision: ReviewDecision
    next_review: date | None = None


DEFAULT_CLOSURE_CHECKLIST = (
    "Interventions done or handed over",
    "Notifications done and logged",
    "Level of concern low at the last review",
    "A named person watches for renewed concern",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Closure:
    checklist: dict[str, bool] = field(default_factory=dict)
    summary: str = ""
    watcher: str = ""  # the person who watches for renewed concern


class PlanChangedError(BtamError):
    def __init__(self) -> None:
        super().__init__(
            "Someone saved this plan since you opened it. Your changes are still on screen: "
            "look at the newer plan, then save again."
        )
