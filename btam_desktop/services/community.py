"""The services directory and referrals to services. The directory holds no student data: any
member keeps it. A referral belongs to its case; each step is one transaction with its audit
event (ids and the step's name only)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.community import (
    STALL_DAYS,
    STEP_WORDS,
    CommunityService,
    ReferralStep,
    ServiceReferral,
    Step,
    check_step,
    checked_service,
    stalled_since,
)
from btam_desktop.domain.date_limits import event_span
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.records import new_id, today
from btam_desktop.domain.tasks import Task, TaskKind
from btam_desktop.services.contracts.community import (
    CaseServices as CaseServices,
    StepInput as StepInput,
)
from btam_desktop.services.session import Session
from btam_desktop.storage import case_repo, community_repo
from btam_desktop.storage.db import Connection


def directory(session: Session) -> list[CommunityService]:
    """Every service, those taken off the list too (marked), alphabetical."""
    return community_repo.list_services(session.ocf.conn)


def save_service(session: Session, service: CommunityService) -> tuple[CommunityService, ChangeSet]:
    """Add a service (an empty id), change its details, take it off the list (a `removed_on`
    day) or put it back (None)."""
    checked = checked_service(service if service.id else replace(service, id=new_id()))
    event_span(today()).check_optional(checked.removed_on, "day it was taken off the list")
    with session.ocf.transaction(intent="community.save_service") as tx:
        if service.id:
            community_repo.get_service(tx, service.id)
        added = community_repo.save_service(tx, checked, session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "community.service_added" if added else "community.service_updated",
            entity="community_service",
            entity_id=checked.id,
            detail={"listed": checked.listed},
        )
    return checked, ChangeSet(roster=True)


def of_case(session: Session, case_id: str) -> CaseServices:
    conn = session.ocf.conn
    return CaseServices(
        tuple(community_repo.referrals_of(conn, case_id)),
        tuple(community_repo.list_services(conn)),
        STALL_DAYS,
    )


def suggest(
    session: Session,
    case_id: str,
    service_id: str,
    on: date,
    intervention_id: str | None = None,
    note: str = "",
) -> tuple[ServiceReferral, ChangeSet]:
    """The team suggests a service (on the directory) to the student and family: a referral's
    first step."""
    event_span(today()).check(on, "day it was suggested")
    first = ReferralStep(id=new_id(), step=Step.SUGGESTED, on=on, note=note)
    with session.ocf.transaction(intent="community.suggest") as tx:
        case_repo.get_case(tx, case_id)
        if not community_repo.get_service(tx, service_id).listed:
            raise ValidationError("That service was taken off the list: choose another.")
        referral = ServiceReferral(
            id=new_id(), case_id=case_id, service_id=service_id, intervention_id=intervention_id
        )
        step = check_step(referral, first, today())
        community_repo.insert_referral(tx, referral, session.member_id)
        community_repo.insert_step(tx, referral.id, case_id, step, session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "community.referral_suggested",
            entity="service_referral",
            entity_id=referral.id,
            case_id=case_id,
            detail={"service_id": service_id},
        )
    return replace(referral, steps=(step,)), ChangeSet(cases=frozenset({case_id}))


def record_step(
    session: Session, referral_id: str, step: StepInput
) -> tuple[ServiceReferral, ChangeSet]:
    """The referral's next step (see `domain.community.NEXT`), on a day not before the last."""
    event_span(today()).check(step.on, "step's day")
    with session.ocf.transaction(intent="community.record_step") as tx:
        referral = community_repo.get_referral(tx, referral_id)
        checked = check_step(
            referral,
            ReferralStep(
                id=new_id(),
                step=Step(step.step),
                on=step.on,
                given_by=step.given_by,
                note=step.note,
            ),
            today(),
        )
        community_repo.insert_step(tx, referral.id, referral.case_id, checked, session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "community.referral_step",
            entity="service_referral",
            entity_id=referral.id,
            case_id=referral.case_id,
            detail={"step": checked.step.value},
        )
    return (
        replace(referral, steps=(*referral.steps, checked)),
        ChangeSet(cases=frozenset({referral.case_id})),
    )


def stalled_tasks(conn: Connection, numbers: dict[str, str]) -> list[Task]:
    """A reminder for each referral of an open case (`numbers`: their case numbers) with no
    step for `STALL_DAYS`, due the day it stalled; addressed like a review (My tasks)."""
    names = {s.id: s.name for s in community_repo.list_services(conn)}
    out = []
    for r in community_repo.open_case_referrals(conn):
        since = stalled_since(r, today())
        if since is None or r.case_id not in numbers:
            continue
        title = (
            f"Referral to {names.get(r.service_id, 'a service')} stalled: "
            f"{STEP_WORDS[r.current.step].lower()} on {r.current.on.isoformat()}, "
            "next "
            + " or ".join(STEP_WORDS[s].lower() for s in r.next_steps if s is not Step.DROPPED)
        )
        out.append(
            Task(TaskKind.SERVICE_REFERRAL, title, since, r.case_id, numbers[r.case_id], r.id)
        )
    return out
