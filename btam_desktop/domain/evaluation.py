"""Program evaluation data: who the team assesses and what came of it, recorded only so the
program can be evaluated (issue 21). Every field is optional ("" or None: not recorded) and
none of them is ever printed on a case document: they live in a table of their own
(`evaluation`), which no case document's snapshot reads.

Race and ethnicity follow the US Department of Education's reporting: Hispanic/Latino yes or
no, then one or more races, reported as the seven aggregate categories (`category`).
Enrollment figures (`Enrollment`) are the school's, typed in per school year, for the
disproportionality figures of `domain/statistics.py`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from btam_desktop.domain.errors import ValidationError


class Race(StrEnum):
    """The five federal race categories (a student may have several)."""

    AMERICAN_INDIAN = "american_indian"
    ASIAN = "asian"
    BLACK = "black"
    PACIFIC_ISLANDER = "pacific_islander"
    WHITE = "white"


RACE_NAMES = {
    Race.AMERICAN_INDIAN: "American Indian or Alaska Native",
    Race.ASIAN: "Asian",
    Race.BLACK: "Black or African American",
    Race.PACIFIC_ISLANDER: "Native Hawaiian or Other Pacific Islander",
    Race.WHITE: "White",
}


class Group(StrEnum):
    """The seven aggregate race/ethnicity categories of federal school reporting."""

    HISPANIC = "hispanic"
    AMERICAN_INDIAN = "american_indian"
    ASIAN = "asian"
    BLACK = "black"
    PACIFIC_ISLANDER = "pacific_islander"
    WHITE = "white"
    TWO_OR_MORE = "two_or_more"


GROUP_NAMES = {
    Group.HISPANIC: "Hispanic/Latino (of any race)",
    **{Group(r.value): name for r, name in RACE_NAMES.items()},
    Group.TWO_OR_MORE: "Two or more races",
}


def category(hispanic: bool | None, races: Iterable[Race | str]) -> Group | None:
    """The aggregate category: Hispanic/Latino of any race; otherwise one race, or two or
    more. None when nothing is recorded (ethnicity unknown counts by the races given)."""
    if hispanic:
        return Group.HISPANIC
    chosen = {Race(r) for r in races}
    if len(chosen) > 1:
        return Group.TWO_OR_MORE
    if chosen:
        return Group(next(iter(chosen)).value)
    return None


def group_code(hispanic: object, races: str) -> str:
    """`category` of stored codes (hispanic 1/0/None, races comma-separated) as its value,
    "" when not recorded: what the statistics read for 10,000 cases without making objects."""
    if hispanic:
        return Group.HISPANIC.value
    if "," in races:
        return Group.TWO_OR_MORE.value
    return races


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    NONBINARY = "nonbinary"


SEX_NAMES = {Sex.FEMALE: "Female", Sex.MALE: "Male", Sex.NONBINARY: "Nonbinary (X)"}


class Disability(StrEnum):
    """The IDEA disability categories (for a student with an IEP)."""

    AUTISM = "autism"
    DEAF_BLINDNESS = "deaf_blindness"
    DEAFNESS = "deafness"
    EMOTIONAL = "emotional_disturbance"
    HEARING = "hearing_impairment"
    INTELLECTUAL = "intellectual_disability"
    MULTIPLE = "multiple_disabilities"
    ORTHOPEDIC = "orthopedic_impairment"
    OTHER_HEALTH = "other_health_impairment"
    LEARNING = "specific_learning_disability"
    SPEECH = "speech_language_impairment"
    BRAIN_INJURY = "traumatic_brain_injury"
    VISUAL = "visual_impairment"


DISABILITY_NAMES = {
    Disability.AUTISM: "Autism",
    Disability.DEAF_BLINDNESS: "Deaf-blindness",
    Disability.DEAFNESS: "Deafness",
    Disability.EMOTIONAL: "Emotional disturbance",
    Disability.HEARING: "Hearing impairment",
    Disability.INTELLECTUAL: "Intellectual disability",
    Disability.MULTIPLE: "Multiple disabilities",
    Disability.ORTHOPEDIC: "Orthopedic impairment",
    Disability.OTHER_HEALTH: "Other health impairment",
    Disability.LEARNING: "Specific learning disability",
    Disability.SPEECH: "Speech or language impairment",
    Disability.BRAIN_INJURY: "Traumatic brain injury",
    Disability.VISUAL: "Visual impairment",
}


class Service(StrEnum):
    """Services the case connected the student with (several may apply)."""

    COUNSELING = "counseling"
    MENTAL_HEALTH = "mental_health_referral"
    MENTORING = "mentoring"
    FAMILY = "family_support"
    OTHER = "other"


SERVICE_NAMES = {
    Service.COUNSELING: "Counseling",
    Service.MENTAL_HEALTH: "Mental-health referral",
    Service.MENTORING: "Mentoring",
    Service.FAMILY: "Family support",
    Service.OTHER: "Other service",
}


class Discipline(StrEnum):
    NONE = "none"
    IN_SCHOOL = "in_school"
    SUSPENSION = "suspension"
    EXPULSION = "expulsion"
    ALTERNATIVE = "alternative_placement"


DISCIPLINE_NAMES = {
    Discipline.NONE: "No discipline",
    Discipline.IN_SCHOOL: "In-school discipline",
    Discipline.SUSPENSION: "Suspension",
    Discipline.EXPULSION: "Expulsion",
    Discipline.ALTERNATIVE: "Alternative placement",
}


class LawEnforcement(StrEnum):
    NONE = "none"
    CONSULTED = "consulted"
    ARREST = "arrest"


LAW_ENFORCEMENT_NAMES = {
    LawEnforcement.NONE: "No law-enforcement involvement",
    LawEnforcement.CONSULTED: "Law enforcement consulted",
    LawEnforcement.ARREST: "Arrest",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Evaluation:
    """One case's program-evaluation fields; "" / None / empty: not recorded."""

    #: Hispanic or Latino: yes, no, or not recorded.
    hispanic: bool | None = None
    races: frozenset[Race] = frozenset()
    sex: Sex | None = None
    #: The IDEA category, for a student with an IEP (the IEP/504 flag stays on the student).
    disability: Disability | None = None
    english_learner: bool | None = None
    services: frozenset[Service] = frozenset()
    discipline: Discipline | None = None
    law_enforcement: LawEnforcement | None = None

    @property
    def group(self) -> Group | None:
        return category(self.hispanic, self.races)

    @property
    def empty(self) -> bool:
        return self == Evaluation()


#: Enrollment keys besides the race/ethnicity groups and the sexes.
IEP_504 = "iep_504"
ENGLISH_LEARNER = "english_learner"
ENROLLMENT_KEYS = (
    *(g.value for g in Group),
    *(s.value for s in Sex),
    IEP_504,
    ENGLISH_LEARNER,
)


@dataclass(frozen=True, slots=True)
class Enrollment:
    """A school year's enrollment as the school reports it: the total and per group (a
    group left out: not typed in)."""

    year: int
    total: int
    counts: tuple[tuple[str, int], ...] = ()

    def of(self, key: str) -> int | None:
        return dict(self.counts).get(key)


def enrollment(year: int, total: int, counts: Mapping[str, int]) -> Enrollment:
    """Checked enrollment figures: whole numbers, no group over the total, and the groups
    that split the students (race/ethnicity, sex) adding up to no more than the total."""
    if total < 1:
        raise ValidationError("Type the school's total enrollment (a number above 0).")
    for key, value in counts.items():
        if key not in ENROLLMENT_KEYS:
            raise ValidationError(f"'{key[:30]}' is not an enrollment group.")
        if value < 0 or value > total:
            raise ValidationError(
                f"Enrollment of {_name(key)}: {value} is not between 0 and the total ({total})."
            )
    for keys, what in (
        ([g.value for g in Group], "the race/ethnicity groups"),
        ([s.value for s in Sex], "the sexes"),
    ):
        summed = sum(counts.get(k, 0) for k in keys)
        if summed > total:
            raise ValidationError(
                f"The enrollment of {what} adds up to {summed}, more than the total ({total})."
            )
    ordered = tuple((k, counts[k]) for k in ENROLLMENT_KEYS if k in counts)
    return Enrollment(year, total, ordered)


def _name(key: str) -> str:
    names: dict[str, str] = {
        **{g.value: n for g, n in GROUP_NAMES.items()},
        **{s.value: n for s, n in SEX_NAMES.items()},
        IEP_504: "students with an IEP or 504 plan",
        ENGLISH_LEARNER: "English learners",
    }
    return names[key]
