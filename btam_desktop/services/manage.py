"""Manage and monitor: the support plan (versioned), notifications, check-ins, reviews, and
closing a case with its checklist and summary."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.date_limits import event_span
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.plan import (
    DEFAULT_CLOSURE_CHECKLIST,
    DEFAULT_DOMAINS,
    CheckIn,
    Closure,
    Intervention,
    LegalBasis,
    Notification,
    Plan,
    PlanChangedError as PlanChangedError,
    Recipient,
    Review,
    ReviewDecision,
    Trend,
    carried_by,
    check_intervention,
    for_the_family,
    unaddressed,
)
from btam_desktop.domain.records import clean_text, new_id, today, utc_now
from btam_desktop.packs import snapshot
from btam_desktop.reports.snapshots import ParentPlanLine
from btam_desktop.services import cases
from btam_desktop.services.contracts.manage import (
    NotificationInput as NotificationInput,
    PlanView as PlanView,
    ReviewInput as ReviewInput,
)
from btam_desktop.services.packs import case_pack
from btam_desktop.services.session import Session
from btam_desktop.storage import (
    case_repo,
    contact_repo,
    inquiry_repo,
    manage_repo,
    meeting_repo,
    team_repo,
)
from btam_desktop.storage.db import Connection


def plan_view(session: Session, case_id: str) -> PlanView:
    conn = session.ocf.conn
    case = case_repo.get_case(conn, case_id)
    plans = manage_repo.plans_of(conn, case_id)
    latest = plans[-1] if plans else None
    assessments = inquiry_repo.assessments_of(conn, case_id)
    risk = assessments[-1][0].risk_factors if assessments else ()
    protective = assessments[-1][0].protective_factors if assessments else ()
    open_risk, open_protective = unaddressed(latest, risk, protective)
    active = {m.id for m in team_repo.list_members(conn)}
    flagged = tuple(
        i.id
        for i in (latest.interventions if latest else ())
        if i.responsible_id and i.responsible_id not in active and i.is_open
    )
    pack = case_pack(conn, case)
    level = None
    if assessments:
        made_under = snapshot.from_json(assessments[-1][1])
        level = made_under.level(assessments[-1][0].level_id)
    cadence = level.review_days if level else 30
    domains = pack.plan_domains or DEFAULT_DOMAINS
    return PlanView(
        latest, domains, risk, protective, open_risk, open_protective, flagged, cadence, pack
    )


def save_plan(
    session: Session,
    case_id: str,
    goals: str,
    interventions: tuple[Intervention, ...],
    based_on_version: int,
) -> tuple[Plan, ChangeSet]:
    """A new version of the plan. If someone saved meanwhile, nothing is written (PlanChanged)."""
    with session.ocf.transaction(intent="manage.save_plan") as tx:
        plan = publish_plan(tx, session, case_id, goals, interventions, based_on_version)
    return plan, ChangeSet(cases=frozenset({case_id}))


def publish_plan(
    tx: Connection,
    session: Session,
    case_id: str,
    goals: str,
    interventions: tuple[Intervention, ...],
    based_on_version: int,
    *,
    source: str = "",
) -> Plan:
    """A new version of a case's plan, written in the caller's transaction. Every version is
    made here, typed on the Plan tab or added by a meeting's action item (`source`
    "meeting"), so every one passes the same checks (each intervention, its dates and
    people, the version it was based on) and leaves the same audit event."""
    for item in interventions:
        check_intervention(item)
    case_repo.get_case(tx, case_id)
    plans = manage_repo.plans_of(tx, case_id)
    current = plans[-1].version if plans else 0
    if current != based_on_version:
        raise PlanChangedError
    _check_dates(interventions, plans[-1] if plans else None)
    for item in interventions:
        if item.responsible_id:
            team_repo.get_member(tx, item.responsible_id)
        if item.contact_id:
            contact_repo.get_contact(tx, item.contact_id)
    plan = Plan(
        id=new_id(),
        case_id=case_id,
        version=current + 1,
        goals=clean_text(goals, "goals"),
        interventions=tuple(
            replace(i, description=clean_text(i.description, "description")) for i in interventions
        ),
        saved_at=utc_now(),
        saved_by=session.member_id,
    )
    manage_repo.insert_plan(tx, plan, session.member_id)
    detail: dict[str, object] = {"version": plan.version, "interventions": len(interventions)}
    if source:
        detail["from"] = source
    session.ocf.audit.append(
        session.member_id,
        "plan.saved",
        entity="plan",
        entity_id=plan.id,
        case_id=case_id,
        detail=detail,
    )
    return plan


def add_to_plan(
    tx: Connection, session: Session, case_id: str, item: Intervention, *, source: str
) -> Plan:
    """The case's latest plan with `item` added, as a new version (a meeting's action item
    that becomes an intervention): the goals and the other interventions as they are."""
    plans = manage_repo.plans_of(tx, case_id)
    latest = plans[-1] if plans else None
    return publish_plan(
        tx,
        session,
        case_id,
        latest.goals if latest else "",
        (*(latest.interventions if latest else ()), item),
        latest.version if latest else 0,
        source=source,
    )


def _check_dates(interventions: tuple[Intervention, ...], previous: Plan | None) -> None:
    """Dates within today's limits; an intervention's dates carried over unchanged from the
    previous version are kept as they are (a long plan's start may lie further back)."""
    events = event_span(today())
    earlier = {i.id: i for i in previous.interventions} if previous else {}
    for item in interventions:
        old = earlier.get(item.id)
        what = f"'{item.description[:40]}'"
        events.check_changed(item.start_on, old.start_on if old else None, f"start of {what}")
        events.check_changed(item.due_on, old.due_on if old else None, f"review date of {what}")


@dataclass(frozen=True, slots=True, kw_only=True)
class ParentPlan:
    """The plan as parents and the student see it: no rationale, factors or police notes, and
    nothing about other people. Its lines are the family's printout lines, field by field."""

    goals: str
    items: tuple[ParentPlanLine, ...]


def parent_plan(plan: Plan, names: dict[str, str], others: frozenset[str]) -> ParentPlan:
    """`others`: the plan domains the case's model marks as about other people."""
    return ParentPlan(
        goals=plan.goals,
        items=tuple(
            ParentPlanLine(
                area=i.domain,
                what=i.description,
                who=carried_by(i, names),
                due_on=i.due_on,
                frequency=i.frequency,
            )
            for i in for_the_family(plan, others)
        ),
    )


def add_notification(
    session: Session, case_id: str, item: NotificationInput
) -> tuple[Notification, ChangeSet]:
    try:
        recipient, basis = Recipient(item.recipient), LegalBasis(item.legal_basis)
    except ValueError:
        raise ValidationError("Choose who was notified and the legal basis.") from None
    event_span(today()).check(item.notified_on, "notification date")
    if item.notified_on > today():
        raise ValidationError("The notification date is in the future.")
    if not item.shared.strip():
        raise ValidationError("Write what was shared.")
    with session.ocf.transaction(intent="manage.add_notification") as tx:
        case_repo.get_case(tx, case_id)
        named = item.recipient_name.strip()
        if item.contact_id:
            named = named or contact_repo.get_contact(tx, item.contact_id).shown_name
        record = Notification(
            id=new_id(),
            case_id=case_id,
            recipient=recipient,
            recipient_name=named[:200],
            notified_on=item.notified_on,
            by_id=session.member_id,
            method=item.method.strip()[:100],
            shared=clean_text(item.shared, "what was shared"),
            legal_basis=basis,
            contact_id=item.contact_id,
        )
        manage_repo.insert_notification(tx, record, session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "notification.logged",
            entity="notification",
            entity_id=record.id,
            case_id=case_id,
            detail={"recipient": recipient.value, "basis": basis.value},
        )
    return record, ChangeSet(cases=frozenset({case_id}))


def notifications_of(session: Session, case_id: str) -> list[Notification]:
    return manage_repo.notifications_of(session.ocf.conn, case_id)


def add_checkin(
    session: Session,
    case_id: str,
    held_on: date,
    observations: str,
    trend: str,
    contact_id: str | None = None,
) -> tuple[CheckIn, ChangeSet]:
    """A check-in with the student, by the member entering it or, with `contact_id`, by
    someone outside the team (the coach who is the student's trusted adult)."""
    try:
        direction = Trend(trend)
    except ValueError:
        raise ValidationError("Is the concern going up, steady or down?") from None
    event_span(today()).check(held_on, "check-in date")
    if held_on > today():
        raise ValidationError("The check-in date is in the future.")
    record = CheckIn(
        id=new_id(),
        case_id=case_id,
        held_on=held_on,
        by_id=session.member_id,
        observations=clean_text(observations, "observations"),
        trend=direction,
        contact_id=contact_id,
    )
    with session.ocf.transaction(intent="manage.add_checkin") as tx:
        case_repo.get_case(tx, case_id)
        if contact_id:
            contact_repo.get_contact(tx, contact_id)
        manage_repo.insert_checkin(tx, record, session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "checkin.added",
            entity="checkin",
            entity_id=record.id,
            case_id=case_id,
            detail={"trend": direction.value},
        )
    return record, ChangeSet(cases=frozenset({case_id}))


def checkins_of(session: Session, case_id: str) -> list[CheckIn]:
    return manage_repo.checkins_of(session.ocf.conn, case_id)


def record_review(session: Session, case_id: str, item: ReviewInput) -> tuple[Review, ChangeSet]:
    """A review; its decision moves the case (step down to monitoring, reassess)."""
    try:
        decision = ReviewDecision(item.decision)
    except ValueError:
        raise ValidationError("Choose the review's decision.") from None
    event_span(today()).check(item.held_on, "review date")
    event_span(today()).check_optional(item.next_review, "next review date")
    if item.held_on > today():
        raise ValidationError("The review date is in the future.")
    if item.next_review is not None and item.next_review < today():
        raise ValidationError("The next review is scheduled in the past.")
    if decision is not ReviewDecision.CLOSE and item.next_review is None:
        raise ValidationError("Set the next review date.")
    if not item.attendees:
        raise ValidationError("Record who attended the review.")
    record = Review(
        id=new_id(),
        case_id=case_id,
        held_on=item.held_on,
        attendees=item.attendees,
        progress=clean_text(item.progress, "progress"),
        decision=decision,
        next_review=item.next_review,
    )
    with session.ocf.transaction(intent="manage.record_review") as tx:
        case = case_repo.get_case(tx, case_id)
        manage_repo.insert_review(tx, record, session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "review.recorded",
            entity="review",
            entity_id=record.id,
            case_id=case_id,
            detail={"decision": decision.value},
        )
        target = {
            ReviewDecision.STEP_DOWN: CaseStatus.MONITORING,
            ReviewDecision.REASSESS: CaseStatus.ASSESSMENT,
        }.get(decision)
        if target is not None and target is not case.status:
            case = cases.move_case(tx, session, case, target, "")
        if item.next_review is not None:
            case_repo.update_case(
                tx, replace(case, next_review=item.next_review), session.member_id
            )
    return record, ChangeSet(cases=frozenset({case_id}))


def reviews_of(session: Session, case_id: str) -> list[Review]:
    return manage_repo.reviews_of(session.ocf.conn, case_id)


def closure_checklist(session: Session) -> tuple[str, ...]:
    return DEFAULT_CLOSURE_CHECKLIST


def close_case(
    session: Session, case_id: str, closure: Closure, reason_if_open: str = ""
) -> tuple[list[str], ChangeSet]:
    """Close with the checklist and a summary. Open interventions are named; closing anyway
    needs a reason. The case becomes read-only until reopened (history kept). Its open
    meeting tasks end with it and its next review is cleared; returns the tasks ended."""
    if not closure.summary.strip():
        raise ValidationError("Write the closing summary.")
    with session.ocf.transaction(intent="manage.close_case") as tx:
        case = case_repo.get_case(tx, case_id)
        plans = manage_repo.plans_of(tx, case_id)
        still_open = [
            i.description for i in (plans[-1].interventions if plans else ()) if i.is_open
        ]
        if still_open and not reason_if_open.strip():
            raise ValidationError(
                "These interventions are still open: "
                + "; ".join(still_open[:6])
                + ". Mark them done or handed over, or give a reason to close anyway."
            )
        summary = clean_text(closure.summary, "summary")
        manage_repo.insert_closure(
            tx, case_id, replace(closure, summary=summary), session.member_id
        )
        reason = (
            summary
            if not still_open
            else f"{summary} (closed with open interventions: {reason_if_open.strip()})"
        )
        ended = [a.what for a in meeting_repo.open_actions(tx) if a.case_id == case_id]
        cases.move_case(tx, session, case, CaseStatus.CLOSED, reason)
    return ended, ChangeSet(cases=frozenset({case_id}), tasks=True)


def closures_of(session: Session, case_id: str) -> list[tuple[Closure, str, str | None]]:
    return manage_repo.closures_of(session.ocf.conn, case_id)
