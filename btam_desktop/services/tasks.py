"""My tasks: what the signed-in member owes, across every open case and the team."""

from __future__ import annotations

from datetime import date

from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.date_limits import event_span
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.meeting import ActionKind
from btam_desktop.domain.records import today
from btam_desktop.domain.tasks import Task, TaskKind
from btam_desktop.domain.training import TrainingState, latest_expiry, training_state
from btam_desktop.services import due
from btam_desktop.services.session import Session
from btam_desktop.storage import case_repo, meeting_repo, team_repo, training_repo
from btam_desktop.storage.db import Connection


def tasks_of(session: Session, member_id: str | None = None) -> list[Task]:
    """Inquiry items, interventions, reviews (as case manager), notifications still due,
    meeting action items, and the member's own training when it is due or lapsed."""
    me = member_id or session.member_id
    conn = session.ocf.conn
    facts, cases = due.gather(conn)
    numbers = {c.id: c.number for c in facts.cases}
    tasks = [
        Task(TaskKind.INQUIRY, w.text, w.due_on, w.case_id, numbers[w.case_id], w.id)
        for w in facts.inquiry
        if w.assignee_id == me
    ]
    tasks += [
        Task(TaskKind.INTERVENTION, w.text, w.due_on, w.case_id, numbers[w.case_id], w.id)
        for w in facts.interventions
        if w.assignee_id == me
    ]
    managed = {c.id for c in facts.cases if c.manager_id == me}
    tasks += [
        Task(TaskKind.REVIEW, "Case review", c.next_review, c.id, c.number, c.id)
        for c in facts.cases
        if c.id in managed and c.next_review is not None
    ]
    tasks += [
        Task(
            TaskKind.NOTIFICATION,
            "Notify " + ", ".join(c.missing_notifications),
            facts.assessments[c.case_id].assessed_on,
            c.case_id,
            c.number,
            c.case_id,
        )
        for c in cases
        if c.case_id in managed and c.missing_notifications
    ]
    for action in meeting_repo.open_actions(conn, me):
        number = ""
        if action.case_id:
            number = numbers.get(action.case_id) or case_repo.get_case(conn, action.case_id).number
        tasks.append(
            Task(TaskKind.ACTION, action.what, action.due_on, action.case_id, number, action.id)
        )
    return tasks + _training_tasks(conn, me)


def _training_tasks(conn: Connection, me: str) -> list[Task]:
    """The member's own training when due or lapsed; a lead also sees the rest of the team's."""
    trainings = training_repo.all_trainings(conn)
    team = team_repo.list_members(conn)
    is_lead = any(m.id == me and m.is_lead for m in team)
    out = []
    for member in team:
        if member.id != me and not is_lead:
            continue
        expires = latest_expiry(trainings, member.id)
        if training_state(expires, today()) is TrainingState.CURRENT:
            continue
        if member.id == me:
            title = "Record your BTAM training" if expires is None else "Renew your BTAM training"
        else:
            title = f"Training for {member.name}: " + (
                "none recorded" if expires is None else "renew"
            )
        out.append(Task(TaskKind.TRAINING, title, expires, None, "", member.id))
    return out


def complete_action(
    session: Session, action_id: str, done_on: date | None = None
) -> tuple[str, ChangeSet]:
    """Tick off a meeting task (interventions and inquiry items are finished in their case)."""
    event_span(today()).check_optional(done_on, "date done")
    with session.ocf.transaction() as tx:
        action = meeting_repo.get_action(tx, action_id)
        if action.kind is not ActionKind.TASK:
            raise ValidationError("Finish this in its case: it is tracked there.")
        if action.assignee_id != session.member_id:
            session.require_lead("tick off another member's task")
        meeting_repo.set_action_done(tx, action_id, done_on or today(), session.member_id)
        session.ocf.audit.append(
            session.member_id, "task.done", entity="action_item", entity_id=action_id
        )
    return action_id, ChangeSet(tasks=True)
