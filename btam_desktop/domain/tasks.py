"""My tasks: everything assigned to one member across cases, grouped by when it is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class TaskKind(StrEnum):
    INQUIRY = "inquiry"  # an inquiry item
    INTERVENTION = "intervention"
    REVIEW = "review"  # a case review, for its case manager
    NOTIFICATION = "notification"  # a required notification not yet logged
    ACTION = "action"  # an action item from a meeting
    TRAINING = "training"
    CASE_MANAGER = "case_manager"  # an open case nobody manages: for the team leads
    SERVICE_REFERRAL = "service_referral"  # a referral to a service that has stalled


class TaskGroup(StrEnum):
    OVERDUE = "overdue"
    THIS_WEEK = "this_week"
    LATER = "later"


@dataclass(frozen=True, slots=True)
class Task:
    kind: TaskKind
    title: str
    due_on: date | None
    case_id: str | None = None
    case_number: str = ""
    source_id: str = ""  # the inquiry item, intervention, action item... it comes from
    #: The student's initials ("K.V.-H."): whose task it is, without the name on screen.
    initials: str = ""


def owners(
    assignee: str | None, manager: str | None, active: frozenset[str], leads: tuple[str, ...]
) -> tuple[str, ...]:
    """Who a due item is addressed to: its assignee while on the team; else the case's
    manager while on the team; else every team lead. Nothing due is addressed to nobody, and
    nothing to someone who has left (the team always has a lead: the last one cannot leave)."""
    if assignee is not None and assignee in active:
        return (assignee,)
    if manager is not None and manager in active:
        return (manager,)
    return tuple(lead for lead in leads if lead in active)


def group_of(task: Task, today: date) -> TaskGroup:
    if task.due_on is None:
        return TaskGroup.LATER
    if task.due_on < today:
        return TaskGroup.OVERDUE
    if task.due_on <= today + timedelta(days=7):
        return TaskGroup.THIS_WEEK
    return TaskGroup.LATER


def grouped(tasks: list[Task], today: date) -> dict[TaskGroup, list[Task]]:
    """Each group sorted by due date (undated last), then case number; every group present."""
    groups: dict[TaskGroup, list[Task]] = {g: [] for g in TaskGroup}
    for task in tasks:
        groups[group_of(task, today)].append(task)
    for items in groups.values():
        items.sort(key=lambda t: (t.due_on or date.max, t.case_number, t.title))
    return groups
