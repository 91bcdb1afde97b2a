"""The demo's services directory (fictional services, and the real 988 Suicide & Crisis
Lifeline) and two cases with referrals at different steps: one moving, one stalled."""

from __future__ import annotations

from datetime import date, timedelta

from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.community import CommunityService, ServiceKind, Step
from btam_desktop.domain.records import today
from btam_desktop.services import cases, community, manage
from btam_desktop.services.contracts.community import StepInput
from btam_desktop.services.session import Session

#: name, kind, contact, languages, cost, notes. All invented but 988, which is real.
DIRECTORY = (
    (
        "Ridgeview Family Services",
        ServiceKind.FAMILY_SUPPORT,
        "555-0142, intake desk; 14 Orchard Row, Ridgeview",
        "English, Spanish",
        "Sliding scale",
        "Family counseling and parenting groups; evening appointments on Thursdays.",
    ),
    (
        "Cedar Bend Youth Mentoring",
        ServiceKind.MENTORING,
        "555-0187, ask for the match coordinator",
        "English",
        "Free",
        "One-to-one mentors for ages 10-16; waiting list in the fall.",
    ),
    (
        "Harbor Lane Counseling Center",
        ServiceKind.MENTAL_HEALTH,
        "555-0123; harborlane.example",
        "English, Spanish, Vietnamese",
        "Medicaid and most insurance",
        "Child and adolescent therapists; takes school referrals with a release.",
    ),
    (
        "988 Suicide & Crisis Lifeline",
        ServiceKind.CRISIS_LINE,
        "Call or text 988; chat at 988lifeline.org",
        "English, Spanish, interpreters for 240+ languages",
        "Free",
        "Any hour, every day. For a student or family member in crisis.",
    ),
)
#: A service the school stopped using: taken off the list, kept for the records.
CLOSED_PROGRAM = (
    "Northfield After-School Club",
    ServiceKind.YOUTH_PROGRAM,
    "555-0110",
    "English",
    "Free",
    "The program ended in June.",
)


def add_services(session: Session) -> None:
    saved = {}
    for name, kind, contact, languages, cost, notes in (*DIRECTORY, CLOSED_PROGRAM):
        service, _ = community.save_service(
            session,
            CommunityService(
                id="",
                name=name,
                kind=kind,
                contact=contact,
                languages=languages,
                cost=cost,
                notes=notes,
                removed_on=today() - timedelta(days=120) if name == CLOSED_PROGRAM[0] else None,
            ),
        )
        saved[name] = service.id
    managed = [
        c.id
        for c in sorted(cases.list_cases(session), key=lambda c: c.number)
        if c.status in (CaseStatus.MANAGEMENT, CaseStatus.MONITORING)
    ]
    if len(managed) < 2:
        return
    # The stalled one in a case the lead (who opens the demo) manages: on their My tasks.
    mine = [
        c for c in managed if cases.get_case(session, c).case.case_manager_id == session.member_id
    ]
    stalled_case = mine[0] if mine else managed[1]
    moving_case = next(c for c in managed if c != stalled_case)
    day = today()
    # A mentoring referral that has moved to the first appointment.
    moving = _referral(
        session, moving_case, saved["Cedar Bend Youth Mentoring"], day - timedelta(30)
    )
    for step, back, who in (
        (Step.CONSENT, 28, "Mother, by phone"),
        (Step.REFERRED, 26, ""),
        (Step.ACCEPTED, 19, ""),
        (Step.FIRST_APPOINTMENT, 6, ""),
    ):
        community.record_step(session, moving, StepInput(step, day - timedelta(back), who))
    # A family-support referral sent and not heard of since: stalled.
    stalled = _referral(
        session, stalled_case, saved["Ridgeview Family Services"], day - timedelta(24)
    )
    for step, back, who in (
        (Step.CONSENT, 22, "Father, at the family meeting"),
        (Step.REFERRED, 20, ""),
    ):
        community.record_step(session, stalled, StepInput(step, day - timedelta(back), who))


def _referral(session: Session, case_id: str, service_id: str, on: date) -> str:
    """A suggestion for the case's first intervention, when its plan has one."""
    plan = manage.plan_view(session, case_id).latest
    first = plan.interventions[0].id if plan and plan.interventions else None
    referral, _ = community.suggest(session, case_id, service_id, on, first)
    return referral.id
