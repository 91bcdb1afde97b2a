"""How agenda items, decisions and action items read on screen, masked or not."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from btam_desktop.domain.meeting import (
    SECTION_NAMES,
    ActionItem,
    ActionKind,
    AgendaItem,
    Meeting,
    approval_problem,
)
from btam_desktop.domain.records import today
from btam_desktop.services.contracts.meetings import MeetingView
from btam_desktop.ui.language import short_date
from btam_desktop.ui.plain import isolate


def tr(text: str) -> str:
    return QCoreApplication.translate("Meetings", text)


KIND_LABELS = SECTION_NAMES
ACTION_LABELS = {
    ActionKind.TASK: "Task",
    ActionKind.INTERVENTION: "Intervention in the plan",
    ActionKind.INQUIRY: "Inquiry item",
}


def item_title(item: AgendaItem, view: MeetingView, *, masked: bool) -> str:
    """A case item reads "2026-0014 · K. V.-H." masked, with the student's name revealed."""
    line = view.cases.get(item.case_id or "")
    if line is None:
        return item.title
    who = line.initials if masked else line.student
    return f"{line.number} · {isolate(who)}" if who else line.number


def action_line(action: ActionItem, names: dict[str, str]) -> str:
    who = names.get(action.assignee_id or "", "")
    due = short_date(action.due_on) if action.due_on else tr("no date")
    done = tr(" — done %1").replace("%1", short_date(action.done_on)) if action.done_on else ""
    return f"{tr(ACTION_LABELS[action.kind])}: {action.what} — {who}, {tr('due')} {due}{done}"


def why_not_approve(meeting: Meeting, me: str) -> str:
    """Why the signed-in member cannot approve these minutes now ("" if they can): the same
    rules as the service, said before the button is pressed."""
    if meeting.approved:
        return tr("These minutes are approved and locked.")
    if meeting.chair_id not in (me, None):
        return tr("Only the chair of the meeting approves its minutes.")
    if not meeting.attendance.present:
        return tr("Record who attended (Attendance tab) before approving the minutes.")
    if approval_problem(meeting, today()):
        return tr("The meeting is on %1: its minutes can be approved from that day on.").replace(
            "%1", short_date(meeting.held_on)
        )
    return ""
