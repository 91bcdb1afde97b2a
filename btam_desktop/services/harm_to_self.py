"""Harm to self (`domain/harm_to_self.py`): marking a case "risk of harm to self identified",
removing the mark with a reason, recording the steps of the school's suicide-risk protocol,
and the student's safety plan; each one transaction with an audit event that carries ids only.

The app does not judge suicide risk. It records that the school's protocol was followed, by
whom and when; the protocol and the school's professionals decide what to do.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from btam_desktop.domain.case import CaseStatus, Person
from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.date_limits import event_span
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.harm_to_self import (
    CRISIS_LINE,
    Mark,
    MarkSource,
    Protocol,
    SafetyPlan,
    StepRecord,
    check_safety_plan,
    check_step,
)
from btam_desktop.domain.plan import InterventionType
from btam_desktop.domain.records import MAX_NAME, clean_text, new_id, today, utc_now
from btam_desktop.services.contracts.harm_to_self import (
    HarmView as HarmView,
    SafetyPlanInput as SafetyPlanInput,
    StepInput as StepInput,
)
from btam_desktop.services.packs import case_pack, team_pack
from btam_desktop.services.session import Session
from btam_desktop.storage import case_repo, harm_repo, manage_repo, team_repo
from btam_desktop.storage.db import Connection

if TYPE_CHECKING:
    from btam_desktop.reports.safety_plan import SafetyPlanSnapshot
    from btam_desktop.reports.snapshots import DocumentInfo


def protocol_of(conn: Connection, case_id: str) -> Protocol | None:
    """The case's model's protocol; the team's when the case's model names none."""
    case = case_repo.get_case(conn, case_id)
    return case_pack(conn, case).harm_to_self or team_pack(conn).harm_to_self


def view(session: Session, case_id: str) -> HarmView:
    conn = session.ocf.conn
    history = harm_repo.marks_of(conn, case_id)
    plans = manage_repo.plans_of(conn, case_id)
    latest = max(plans, key=lambda p: p.version) if plans else None
    return HarmView(
        case_id=case_id,
        mark=next((m for m in reversed(history) if m.in_force), None),
        history=tuple(history),
        protocol=protocol_of(conn, case_id),
        steps=tuple(harm_repo.steps_of(conn, case_id)),
        safety_plan=harm_repo.safety_plan_of(conn, case_id),
        on_plan=bool(
            latest and any(i.type is InterventionType.SAFETY_PLAN for i in latest.interventions)
        ),
    )


def _open_case(tx: Connection, case_id: str) -> None:
    if case_repo.get_case(tx, case_id).status is CaseStatus.CLOSED:
        raise ValidationError("The case is closed: reopen it to record more.")


def _member(tx: Connection, member_id: str | None) -> None:
    if member_id is not None and member_id not in {
        m.id for m in team_repo.list_members(tx, include_inactive=True)
    }:
        raise ValidationError("Choose a member of the team (or type the person's name).")


def mark(
    session: Session,
    case_id: str,
    identified_on: date,
    identified_by: str | None,
    source: str = MarkSource.CASE.value,
) -> tuple[Mark, ChangeSet]:
    """Mark the case "risk of harm to self identified" (on which day, by which member, found
    at screening, assessment or later). Refused when the mark is already in force."""
    try:
        where = MarkSource(source)
    except ValueError:
        raise ValidationError(
            "Say where the risk was found: screening, assessment or case."
        ) from None
    event_span(today()).check(identified_on, "day the risk was identified")
    if identified_on > today():
        raise ValidationError("The day the risk was identified is after today.")
    record = Mark(
        id=new_id(),
        case_id=case_id,
        identified_on=identified_on,
        identified_by=identified_by,
        source=where,
    )
    with session.ocf.transaction(intent="harm.mark") as tx:
        _open_case(tx, case_id)
        _member(tx, identified_by)
        if harm_repo.current_mark(tx, case_id) is not None:
            raise ValidationError("This case is already marked: risk of harm to self.")
        harm_repo.insert_mark(tx, record, session.member_id, utc_now())
        session.ocf.audit.append(
            session.member_id,
            "harm.marked",
            entity="self_harm_mark",
            entity_id=record.id,
            case_id=case_id,
            detail={"source": where.value},
        )
    return record, ChangeSet(cases=frozenset({case_id}))


def unmark(session: Session, case_id: str, reason: str) -> ChangeSet:
    """Remove the mark, saying why (kept in the case, never in the audit log)."""
    why = clean_text(reason, "reason").strip()
    if not why:
        raise ValidationError("Say why the mark is removed (kept with the case).")
    with session.ocf.transaction(intent="harm.unmark") as tx:
        current = harm_repo.current_mark(tx, case_id)
        if current is None:
            raise ValidationError("This case is not marked (any more).")
        harm_repo.clear_mark(tx, current.id, why, session.member_id, utc_now())
        session.ocf.audit.append(
            session.member_id,
            "harm.unmarked",
            entity="self_harm_mark",
            entity_id=current.id,
            case_id=case_id,
        )
    return ChangeSet(cases=frozenset({case_id}))


def record_step(session: Session, case_id: str, item: StepInput) -> tuple[StepRecord, ChangeSet]:
    """A step of the protocol done (recording it again changes the earlier record)."""
    event_span(today()).check(item.done_on, "day the step was done")
    with session.ocf.transaction(intent="harm.record_step") as tx:
        _open_case(tx, case_id)
        _member(tx, item.by_id)
        protocol = protocol_of(tx, case_id)
        step = protocol.step(item.step_id) if protocol else None
        if step is None:
            raise ValidationError(f"'{item.step_id[:40]}' is not a step of the protocol.")
        earlier = next(
            (s for s in harm_repo.steps_of(tx, case_id) if s.step_id == item.step_id), None
        )
        record = StepRecord(
            id=earlier.id if earlier else new_id(),
            case_id=case_id,
            step_id=step.id,
            label=step.label,
            done_on=item.done_on,
            by_id=item.by_id,
            by_name=clean_text(item.by_name, "name", MAX_NAME).strip(),
            note=clean_text(item.note, "note"),
        )
        check_step(record, today())
        harm_repo.put_step(tx, record, session.member_id, utc_now(), new=earlier is None)
        session.ocf.audit.append(
            session.member_id,
            "harm.step_recorded",
            entity="protocol_step",
            entity_id=record.id,
            case_id=case_id,
            detail={"step": step.id},
        )
    return record, ChangeSet(cases=frozenset({case_id}))


def save_safety_plan(
    session: Session, case_id: str, item: SafetyPlanInput
) -> tuple[SafetyPlan, ChangeSet]:
    """The student's safety plan, as typed with the student (saving again replaces it)."""
    event_span(today()).check(item.made_on, "day the safety plan was made")
    with session.ocf.transaction(intent="harm.save_safety_plan") as tx:
        _open_case(tx, case_id)
        earlier = harm_repo.safety_plan_of(tx, case_id)
        plan = SafetyPlan(
            id=earlier.id if earlier else new_id(),
            case_id=case_id,
            made_on=item.made_on,
            made_with=clean_text(item.made_with, "made with", MAX_NAME),
            warning_signs=clean_text(item.warning_signs, "warning signs"),
            coping=clean_text(item.coping, "things to do"),
            people_places=clean_text(item.people_places, "people and places"),
            adults=clean_text(item.adults, "adults to contact"),
            crisis_line=clean_text(item.crisis_line, "crisis line", MAX_NAME).strip()
            or CRISIS_LINE,
        )
        check_safety_plan(plan, today())
        harm_repo.put_safety_plan(tx, plan, session.member_id, utc_now(), new=earlier is None)
        session.ocf.audit.append(
            session.member_id,
            "harm.safety_plan_saved",
            entity="safety_plan",
            entity_id=plan.id,
            case_id=case_id,
        )
    return harm_repo.safety_plan_of(session.ocf.conn, case_id) or plan, ChangeSet(
        cases=frozenset({case_id})
    )


def safety_plan_snapshot(
    session: Session, case_id: str, subject: Person | None, info: DocumentInfo
) -> SafetyPlanSnapshot:
    """What the safety plan's page prints (refused when no plan was written yet)."""
    from btam_desktop.reports.safety_plan import SafetyPlanSnapshot

    plan = harm_repo.safety_plan_of(session.ocf.conn, case_id)
    if plan is None:
        raise ValidationError("No safety plan is written for this case yet.")
    return SafetyPlanSnapshot(
        info=info,
        student=subject.name if subject else "",
        grade=subject.grade if subject else "",
        made_on=plan.made_on,
        made_with=plan.made_with,
        warning_signs=plan.warning_signs,
        coping=plan.coping,
        people_places=plan.people_places,
        adults=plan.adults,
        crisis_line=plan.crisis_line,
    )
