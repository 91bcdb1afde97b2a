"""How agenda items, decisions and action items read on screen, masked or not."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from btam_desktop.domain.agenda import OTHER_BUSINESS, TRAINING_DUE, Part, Said, read_reason
from btam_desktop.domain.meeting import (
    SECTION_NAMES,
    ActionItem,
    ActionKind,
    AgendaItem,
    AgendaKind,
    Meeting,
    approval_problem,
)
from btam_desktop.domain.records import today
from btam_desktop.services.contracts.meetings import MeetingView
from btam_desktop.ui.language import pack_word, short_date
from btam_desktop.ui.plain import isolate


def tr(text: str) -> str:
    return QCoreApplication.translate("Meetings", text)


KIND_LABELS = SECTION_NAMES
#: The titles of the items the agenda builds without a case (the chair's own stay as typed).
BUILT_TITLES = {TRAINING_DUE: "Training due", OTHER_BUSINESS: "Other business"}
ACTION_LABELS = {
    ActionKind.TASK: "Task",
    ActionKind.INTERVENTION: "Intervention in the plan",
    ActionKind.INQUIRY: "Inquiry item",
}


def item_title(item: AgendaItem, view: MeetingView, *, masked: bool) -> str:
    """A case item reads "2026-0014 · K. V.-H." masked, with the student's name revealed."""
    line = view.cases.get(item.case_id or "")
    if line is None:
        built = BUILT_TITLES.get(item.title)
        return tr(built) if built else item.title
    who = line.initials if masked else line.student
    return f"{line.number} · {isolate(who)}" if who else line.number


def reason_line(item: AgendaItem, view: MeetingView) -> str:
    """Why the item is on the agenda, in the window's language: the stored reason is the
    agenda's English (`read_reason` takes it apart); dates as lists show them, the level in
    the case's model's words, a typed note as typed."""
    if item.kind is AgendaKind.TRAINING:
        return ", ".join(_said(part, view) for part in read_reason(item))
    return "; ".join(_said(part, view) for part in read_reason(item))


def _said(part: Part, view: MeetingView) -> str:
    values = part.values
    match part.said:
        case Said.URGENT:
            return tr("Urgent: in %1").replace("%1", _stage(values[0]))
        case Said.NEW_REFERRAL:
            return tr("New referral, received %1").replace("%1", _day(values[0]))
        case Said.STAGE:
            return tr("in %1").replace("%1", _stage(values[0]))
        case Said.REVIEW_DUE:
            due = tr("Review due %1").replace("%1", _day(values[0]))
            return f"{due} · {pack_word(view.labels, values[1])}" if values[1] else due
        case Said.OVERDUE:
            plan, inquiry = (int(v) for v in values)
            counts = [
                _count(plan, tr("1 intervention"), tr("%1 interventions")),
                _count(inquiry, tr("1 inquiry item"), tr("%1 inquiry items")),
            ]
            return tr("%1 overdue").replace("%1", tr(" and ").join(c for c in counts if c))
        case Said.STILL_TO_NOTIFY:
            return tr("Still to notify: %1").replace("%1", ", ".join(tr(v) for v in values))
        case Said.PROPOSED_CLOSING:
            return tr("The last review proposed closing")
        case Said.TRAINING:
            name, state, day = values
            if state == "none":
                return tr("%1 (no training recorded)").replace("%1", name)
            text = tr("%1 (lapsed %2)") if state == "lapsed" else tr("%1 (due %2)")
            return text.replace("%1", name).replace("%2", _day(day))
        case Said.AS_TYPED:
            return values[0]


def _stage(name: str) -> str:
    return QCoreApplication.translate("CaseStatus", name)


def _day(iso: str) -> str:
    """A day of a stored reason as lists write it; a reason typed with no real day
    ("2026-02-30") shows as typed."""
    try:
        return short_date(date.fromisoformat(iso))
    except ValueError:
        return iso


def _count(n: int, one: str, many: str) -> str:
    if n == 0:
        return ""
    return one if n == 1 else many.replace("%1", str(n))


def action_line(action: ActionItem, names: dict[str, str]) -> str:
    who = names.get(action.assignee_id or "", "")
    due = tr("due %1").replace("%1", short_date(action.due_on)) if action.due_on else tr("no date")
    done = tr(" — done %1").replace("%1", short_date(action.done_on)) if action.done_on else ""
    return f"{tr(ACTION_LABELS[action.kind])}: {action.what} — {who}, {due}{done}"


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
