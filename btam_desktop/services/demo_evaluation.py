"""The demo's program-evaluation fields and enrollment: fictional, varied, drawn from a
seeded generator in proportions close to the demo school's own enrollment, with outcomes drawn
independently of any group (no group is made to look worse), and a few cases left "not
recorded", as in a real file."""

from __future__ import annotations

import random

from btam_desktop.domain.case import CaseStatus, school_year_of
from btam_desktop.domain.evaluation import (
    Disability,
    Discipline,
    Evaluation,
    LawEnforcement,
    Race,
    Service,
    Sex,
)
from btam_desktop.domain.records import today
from btam_desktop.services import evaluation
from btam_desktop.services.session import Session
from btam_desktop.storage import evaluation_repo

#: Maple Hollow Middle School's enrollment (fictional): 640 students.
ENROLLMENT = {
    "hispanic": 160,
    "american_indian": 8,
    "asian": 64,
    "black": 96,
    "pacific_islander": 6,
    "white": 256,
    "two_or_more": 50,
    "female": 312,
    "male": 322,
    "nonbinary": 6,
    "iep_504": 96,
    "english_learner": 70,
}
TOTAL = 640

#: (hispanic, races) with weights near the enrollment's shares.
_ORIGINS: tuple[tuple[tuple[bool, frozenset[Race]], int], ...] = (
    ((True, frozenset({Race.WHITE})), 15),
    ((True, frozenset()), 10),
    ((False, frozenset({Race.AMERICAN_INDIAN})), 1),
    ((False, frozenset({Race.ASIAN})), 10),
    ((False, frozenset({Race.BLACK})), 15),
    ((False, frozenset({Race.WHITE})), 40),
    ((False, frozenset({Race.BLACK, Race.WHITE})), 5),
    ((False, frozenset({Race.ASIAN, Race.WHITE})), 3),
)
_SERVICES = tuple(Service)
_DISCIPLINE = (
    (Discipline.NONE, 70),
    (Discipline.IN_SCHOOL, 15),
    (Discipline.SUSPENSION, 12),
    (Discipline.ALTERNATIVE, 2),
    (Discipline.EXPULSION, 1),
)
_POLICE = ((LawEnforcement.NONE, 80), (LawEnforcement.CONSULTED, 18), (LawEnforcement.ARREST, 2))


def _pick[T](rng: random.Random, choices: tuple[tuple[T, int], ...]) -> T:
    return rng.choices([c for c, _ in choices], [w for _, w in choices])[0]


def fields(rng: random.Random, status: str) -> Evaluation:
    """One case's fields: the student's groups for most cases, outcomes once past screening."""
    if rng.random() < 0.08:
        return Evaluation()  # nobody has filled them in yet
    hispanic, races = _pick(rng, _ORIGINS)
    sex = _pick(rng, ((Sex.FEMALE, 47), (Sex.MALE, 52), (Sex.NONBINARY, 1)))
    disability = rng.choice(tuple(Disability)) if rng.random() < 0.1 else None
    student = Evaluation(
        hispanic=hispanic,
        races=races,
        sex=sex,
        disability=disability,
        english_learner=rng.random() < 0.11,
    )
    if status in (CaseStatus.REFERRAL.value, CaseStatus.SCREENING.value):
        return student
    return Evaluation(
        hispanic=student.hispanic,
        races=student.races,
        sex=student.sex,
        disability=student.disability,
        english_learner=student.english_learner,
        services=frozenset(s for s in _SERVICES if rng.random() < 0.3),
        discipline=_pick(rng, _DISCIPLINE),
        law_enforcement=_pick(rng, _POLICE),
    )


def add_evaluation(session: Session, seed: int = 21) -> None:
    """Every case's evaluation fields, and this school year's and last year's enrollment."""
    rng = random.Random(seed)
    for case_id, status in evaluation_repo.case_statuses(session.ocf.conn):
        evaluation.save(session, case_id, fields(rng, status))
    year = school_year_of(today())
    for of_year, grown in ((year - 1, 0), (year, 12)):
        counts = dict(ENROLLMENT, white=ENROLLMENT["white"] + grown)
        evaluation.save_enrollment(session, of_year, TOTAL + grown, counts)
