"""The demo's harm-to-self pathway: Mateo's case (a friend told the counselor he "won't be
around after spring break") marked at screening, three of the five steps of the school's
protocol recorded, and a safety plan made with him. Every name and word is invented."""

from __future__ import annotations

from datetime import timedelta

from btam_desktop.domain.records import today
from btam_desktop.domain.team import Member
from btam_desktop.services import cases, harm_to_self
from btam_desktop.services.harm_to_self import SafetyPlanInput, StepInput
from btam_desktop.services.session import Session

STUDENT = "Mateo Brightwater"


def add_harm_to_self(session: Session, team: list[Member]) -> None:
    row = next((r for r in cases.list_cases(session) if r.student == STUDENT), None)
    if row is None:  # a demo with fewer cases than the vignettes
        return
    by_role = {m.role.value: m.id for m in team}
    counselor, clinician = by_role["counselor"], by_role["mental_health"]
    case_id = row.id
    day = cases.get_case(session, case_id).case.opened_on
    harm_to_self.mark(session, case_id, day, counselor, "screening")
    for step, who, note in (
        ("stay_with", counselor, "Walked Mateo from the library to the counseling office."),
        ("screen", clinician, "Used the district's screening form; kept in the counseling file."),
        ("parents", by_role["administrator"], "Mr. Brightwater came in at 14:30."),
    ):
        harm_to_self.record_step(
            session, case_id, StepInput(step_id=step, done_on=day, by_id=who, note=note)
        )
    harm_to_self.save_safety_plan(
        session,
        case_id,
        SafetyPlanInput(
            made_on=min(day + timedelta(days=1), today()),
            made_with="Jonah Eberhardt-Sato (school-based clinician)",
            warning_signs="I stop going to practice.\nI stay up all night on my phone.",
            coping="Go for a run on the track; play guitar; text my cousin a meme.",
            people_places="The band room at lunch; my cousin Luis; Grandma's kitchen.",
            adults="Ms. Ferreira-Boyd (counselor, room 112); Coach Adebayo; Dad.",
        ),
    )
