"""My tasks: what the signed-in member owes, across every open case and the team."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.date_limits import event_span
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.meeting import ActionKind
from btam_desktop.domain.records import initials, today
from btam_desktop.domain.tasks import Task, TaskKind, owners
from btam_desktop.domain.training import TrainingState, latest_expiry, training_state
from btam_desktop.services import community, due
from btam_desktop.services.session import Session
from btam_desktop.storage import case_repo, meeting_repo, team_repo, training_repo
from btam_desktop.storage.db import Connection


def tasks_of(session: Session, member_id: str | None = None) -> list[Task]:
    """What one member owes: the due items addressed to them (see `due_items`) and their own
    training when it is due or lapsed (a lead also sees the rest of the team's)."""
    me = member_id or session.member_id
    conn = session.ocf.conn
    mine = [task for owners_, task in due_items(conn) if me in owners_]
    return mine + _training_tasks(conn, me)


def due_items(conn: Connection) -> list[tuple[tuple[str, ...], Task]]:
    """Every item due in an open case, with who it is addressed to: inquiry items and
    interventions that are assigned or dated, reviews, required notifications and stalled
    referrals to services (to the case manager), meeting tasks, and "choose a case manager"
    for a case without one.
    An item whose person has left the team goes to the case manager, then to the leads
    (`domain.tasks.owners`), so nothing due is ever addressed to nobody."""
    facts, cases = due.gather(conn)
    team = team_repo.list_members(conn)
    active = frozenset(m.id for m in team if m.active)
    leads = tuple(m.id for m in team if m.active and m.is_lead)
    manager = {c.id: c.manager_id for c in facts.cases}
    numbers = {c.id: c.number for c in facts.cases}
    students = {c.id: initials(c.student) for c in facts.cases}
    out: list[tuple[tuple[str, ...], Task]] = []

    def add(assignee: str | None, case_id: str | None, task: Task) -> None:
        """Address `task` to its owners, and say whose case it is (the student's initials)."""
        task = replace(task, initials=students.get(task.case_id or "", ""))
        out.append((owners(assignee, manager.get(case_id or ""), active, leads), task))

    for kind, works in (
        (TaskKind.INQUIRY, facts.inquiry),
        (TaskKind.INTERVENTION, facts.interventions),
    ):
        for w in works:
            if w.assignee_id is None and w.due_on is None:
                continue  # nobody has taken it up and nothing is due: a checklist line
            add(
                w.assignee_id,
                w.case_id,
                Task(kind, w.text, w.due_on, w.case_id, numbers[w.case_id], w.id),
            )
    for c in facts.cases:
        if c.manager_id not in active:
            title = "Choose a case manager"
            add(None, None, Task(TaskKind.CASE_MANAGER, title, c.opened_on, c.id, c.number, c.id))
        if c.next_review is not None:
            review = Task(TaskKind.REVIEW, "Case review", c.next_review, c.id, c.number, c.id)
            add(None, c.id, review)
    for cf in cases:
        if cf.missing_notifications:
            due_on = facts.assessments[cf.case_id].assessed_on
            title = "Notify " + ", ".join(cf.missing_notifications)
            add(
                None,
                cf.case_id,
                Task(TaskKind.NOTIFICATION, title, due_on, cf.case_id, cf.number, cf.case_id),
            )
    for task in community.stalled_tasks(conn, numbers):
        add(None, task.case_id, task)
    for action in meeting_repo.open_actions(conn):
        number = ""
        if action.case_id:
            number = numbers.get(action.case_id) or case_repo.get_case(conn, action.case_id).number
        task = Task(TaskKind.ACTION, action.what, action.due_on, action.case_id, number, action.id)
        add(action.assignee_id, action.case_id, task)
    return out


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
    with session.ocf.transaction(intent="tasks.complete_action") as tx:
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
