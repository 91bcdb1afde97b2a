"""The demo's support plans: the plan a team makes once a case reaches management (the
interventions mapped onto the pack's domains, in Spanish for a family that reads Spanish), the
parents told and, where there is one, the target's parents, and a first check-in. Kenzie's plan
names the basketball coach, a contact outside the team, as the trusted adult. Every name and
word is invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from btam_desktop.domain.plan import Intervention, InterventionStatus, InterventionType
from btam_desktop.domain.records import new_id, today
from btam_desktop.services import contacts, manage
from btam_desktop.services.demo_data import Vignette
from btam_desktop.services.session import Session

_PLAN = (
    ("Subject", InterventionType.COUNSELING, "Weekly counseling", "weekly"),
    ("Subject", InterventionType.MENTORING, "Daily check-in with a trusted adult", "daily"),
    (
        "Target",
        InterventionType.TARGET_SAFETY,
        "Safety plan for the student who was threatened",
        "once",
    ),
    (
        "Environment",
        InterventionType.SCHEDULE_CHANGE,
        "Schedule change and supervised transitions",
        "once",
    ),
    (
        "Environment",
        InterventionType.WEAPONS_ACCESS,
        "Weapons-access conversation with the family",
        "once",
    ),
    (
        "Events ahead",
        InterventionType.FAMILY_MEETING,
        "Family meeting before the next break",
        "once",
    ),
)


#: The same plan as a Spanish-speaking family reads it: the team's bilingual counselor types
#: the family's plan in Spanish (the app prints the team's text as typed).
_PLAN_ES = (
    "Consejería una vez por semana",
    "Hablar cada mañana con un adulto de confianza",
    "Plan de seguridad para el estudiante afectado",
    "Cambio de horario y compañía de un adulto en los cambios de clase",
    "Conversación con la familia sobre el acceso a armas en casa",
    "Reunión con la familia antes de las próximas vacaciones",
)
_GOALS = {
    "": "Keep everyone safe and reconnect the student with school.",
    "es": "Que todos estén seguros y que {first} vuelva a sentirse parte de la escuela.",
}


def _domain(wanted: str, domains: tuple[str, ...]) -> str:
    """The pack names the domains; the demo plan maps its four onto them in order."""
    order = ("Subject", "Target", "Environment", "Events ahead")
    return domains[min(order.index(wanted), len(domains) - 1)] if wanted not in domains else wanted


def add_plan(session: Session, case_id: str, v: Vignette, second: str) -> None:
    """A support plan, the parents told, and (for the scenario case) the target's parents."""
    view = manage.plan_view(session, case_id)
    domains = view.domains
    items = tuple(
        Intervention(
            id=new_id(),
            domain=_domain(domain, domains),
            type=kind,
            description=_PLAN_ES[i] if v.family_language == "es" else text,
            start_on=today(),
            due_on=today() + timedelta(days=30),
            responsible_id=second if i % 2 else session.member_id,
            frequency=frequency,
            status=InterventionStatus.ACTIVE,
            reduces=view.risk_factors[:1] if i == 0 else (),
            strengthens=view.protective_factors[:1] if i == 1 else (),
        )
        for i, (domain, kind, text, frequency) in enumerate(_PLAN[: 6 if v.target else 4])
    )
    if v.student == "Kenzie Varga-Holloway":  # "coach is a trusted adult" (the scenario)
        coach = next(c for c in contacts.list_contacts(session) if c.role == "Basketball coach")
        items = tuple(
            replace(i, responsible_id=None, contact_id=coach.id)
            if i.type is InterventionType.MENTORING
            else i
            for i in items
        )
    goals = _GOALS[v.family_language].format(first=v.student.split()[0])
    manage.save_plan(session, case_id, goals, items, 0)
    manage.add_notification(
        session,
        case_id,
        manage.NotificationInput(
            "parents",
            v.guardian or "Parents",
            today(),
            "phone",
            "The concern and the plan.",
            "school_official",
        ),
    )
    if v.target:
        manage.add_notification(
            session,
            case_id,
            manage.NotificationInput(
                "potential_victim",
                f"{v.target}'s parents",
                today(),
                "meeting",
                "That a threat was made, and the safety plan.",
                "health_safety_emergency",
            ),
        )
    manage.add_checkin(session, case_id, today(), "Attending counseling; calmer.", "down")
    if v.student == "Kenzie Varga-Holloway":
        coach = next(c for c in contacts.list_contacts(session) if c.role == "Basketball coach")
        # The coach supervises and is the trusted adult: staff outside the team, told in a letter.
        manage.add_notification(
            session,
            case_id,
            manage.NotificationInput(
                "school_staff",
                "",
                today(),
                "letter",
                "That the team is supporting Kenzie, and what to watch for.",
                "school_official",
                coach.id,
            ),
        )
        manage.add_checkin(
            session,
            case_id,
            today(),
            "Talked after practice; she asked about tryouts.",
            "steady",
            coach.id,
        )
