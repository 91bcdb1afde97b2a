"""Manage and monitor: plans, notifications, check-ins, reviews and closure."""

from __future__ import annotations

from datetime import timedelta

import pytest

from btam_desktop.domain import clock
from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.plan import Closure, Intervention, InterventionStatus, InterventionType
from btam_desktop.domain.records import new_id
from btam_desktop.services import cases, manage, members
from btam_desktop.services.errors import ValidationError
from btam_desktop.services.session import Session
from tests.scenario import kenzie_in_management

TODAY = clock.today()


def _intervention(
    domain: str, kind: InterventionType, text: str, who: str | None, **kw: object
) -> Intervention:
    return Intervention(
        id=new_id(),
        domain=domain,
        type=kind,
        description=text,
        start_on=TODAY,
        due_on=TODAY + timedelta(days=30),
        responsible_id=who,
        **kw,  # type: ignore[arg-type]
    )


def _six(me: str, marcus: str) -> tuple[Intervention, ...]:
    return (
        _intervention(
            "Subject",
            InterventionType.COUNSELING,
            "Weekly counseling",
            marcus,
            frequency="weekly",
            reduces=("Being bullied",),
        ),
        _intervention(
            "Subject",
            InterventionType.MENTORING,
            "Daily check-in with the coach",
            me,
            frequency="daily",
            strengthens=("Trusted adult at school",),
        ),
        _intervention("Target", InterventionType.TARGET_SAFETY, "Safety plan for Corin", me),
        _intervention("Environment", InterventionType.SCHEDULE_CHANGE, "Change of PE period", me),
        _intervention(
            "Environment",
            InterventionType.WEAPONS_ACCESS,
            "Knife locked away (family)",
            marcus,
            reduces=("Access to weapons",),
        ),
        _intervention(
            "Events ahead", InterventionType.FAMILY_MEETING, "Meeting before the holidays", me
        ),
    )


def test_a_plan_is_versioned_and_shows_unaddressed_factors(session: Session) -> None:
    case_id, marcus = kenzie_in_management(session)
    view = manage.plan_view(session, case_id)
    assert view.latest is None and view.unaddressed_risk == ("Access to weapons", "Being bullied")
    plan, _ = manage.save_plan(
        session,
        case_id,
        "Keep everyone safe; rebuild trust.",
        _six(session.member_id, marcus)[:1],
        0,
    )
    view = manage.plan_view(session, case_id)
    assert view.latest == plan and view.unaddressed_risk == ("Access to weapons",)
    second, _ = manage.save_plan(session, case_id, plan.goals, _six(session.member_id, marcus), 1)
    assert second.version == 2 and manage.plan_view(session, case_id).unaddressed_risk == ()
    assert view.domains == ("Student", "Target", "Environment", "Events ahead")  # from NTAC
    assert view.review_days == 30  # NTAC's cadence for moderate concern


def test_a_stale_save_is_refused_and_writes_nothing(session: Session) -> None:
    case_id, _ = kenzie_in_management(session)
    manage.save_plan(session, case_id, "First.", (), 0)
    with pytest.raises(manage.PlanChangedError, match="since you opened it"):
        manage.save_plan(session, case_id, "Second window.", (), 0)
    assert manage.plan_view(session, case_id).latest.goals == "First."  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"due_on": TODAY - timedelta(days=1)}, "before the start"),
        ({"status": InterventionStatus.DISCONTINUED}, "say why"),
        ({"description": "  "}, "Describe"),
        ({"frequency": "hourly"}, "not a frequency"),
    ],
)
def test_bad_interventions_are_refused(
    session: Session, change: dict[str, object], message: str
) -> None:
    from dataclasses import replace

    case_id, marcus = kenzie_in_management(session)
    item = replace(_six(session.member_id, marcus)[0], **change)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=message):
        manage.save_plan(session, case_id, "", (item,), 0)


def test_an_intervention_of_a_member_who_left_is_kept_and_flagged(session: Session) -> None:
    case_id, marcus = kenzie_in_management(session)
    manage.save_plan(session, case_id, "", _six(session.member_id, marcus), 0)
    members.remove_member(session, "Marcus Feldspar")
    view = manage.plan_view(session, case_id)
    assert len(view.latest.interventions) == 6  # type: ignore[union-attr]
    assert len(view.needs_reassignment) == 2


def test_notifications_checkins_and_a_review_that_steps_down(session: Session) -> None:
    case_id, marcus = kenzie_in_management(session)
    manage.add_notification(
        session,
        case_id,
        manage.NotificationInput(
            "parents",
            "Mara Varga-Holloway",
            TODAY,
            "phone",
            "The threat and the plan.",
            "school_official",
        ),
    )
    manage.add_notification(
        session,
        case_id,
        manage.NotificationInput(
            "potential_victim",
            "Corin's parents",
            TODAY,
            "meeting",
            "That a threat was made.",
            "health_safety_emergency",
        ),
    )
    assert len(manage.notifications_of(session, case_id)) == 2
    manage.add_checkin(session, case_id, TODAY, "Calmer; attending counseling.", "down")
    manage.add_checkin(session, case_id, TODAY, "Good week.", "down")
    with pytest.raises(ValidationError, match="in the past"):
        manage.record_review(
            session,
            case_id,
            manage.ReviewInput(
                TODAY, (session.member_id,), "", "continue", TODAY - timedelta(days=3)
            ),
        )
    manage.record_review(
        session,
        case_id,
        manage.ReviewInput(
            TODAY,
            (session.member_id, marcus),
            "Plan working.",
            "step_down",
            TODAY + timedelta(days=30),
        ),
    )
    case = cases.get_case(session, case_id).case
    assert case.status is CaseStatus.MONITORING and case.next_review == TODAY + timedelta(days=30)


def test_closing_names_open_interventions_and_keeps_history(session: Session) -> None:
    case_id, marcus = kenzie_in_management(session)
    manage.save_plan(session, case_id, "", _six(session.member_id, marcus)[:2], 0)
    closure = Closure(
        checklist={"Interventions done or handed over": True},
        summary="Concern came down.",
        watcher="Coach Ada",
    )
    with pytest.raises(ValidationError, match="Weekly counseling"):
        manage.close_case(session, case_id, closure)
    with pytest.raises(ValidationError, match="summary"):
        manage.close_case(session, case_id, Closure(summary=" "))
    manage.close_case(session, case_id, closure, reason_if_open="Handed to the family's therapist.")
    case = cases.get_case(session, case_id).case
    assert case.status is CaseStatus.CLOSED and "Concern came down." in case.closure_reason
    (kept, _, _) = manage.closures_of(session, case_id)[0]
    assert kept.watcher == "Coach Ada"


def test_the_parent_version_leaves_out_team_only_parts(session: Session) -> None:
    case_id, marcus = kenzie_in_management(session)
    items = (
        *_six(session.member_id, marcus),
        _intervention("Subject", InterventionType.LAW_ENFORCEMENT, "SRO liaison", marcus),
    )
    plan, _ = manage.save_plan(session, case_id, "Support Kenzie.", items, 0)
    parent = manage.parent_plan(plan, {marcus: "Marcus Feldspar"}, frozenset({"Target"}))
    shown = [i.what for i in parent.items]
    assert len(shown) == 5 and not any("SRO" in i or "Corin" in i for i in shown)
    assert parent.items[0].who == "Marcus Feldspar"
