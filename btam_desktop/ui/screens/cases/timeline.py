"""The audit events of a case, told in plain words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from btam_desktop.domain.audit import AuditEvent
from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.local_time import moment_text
from btam_desktop.domain.plan import RECIPIENT_WORDS
from btam_desktop.ui.screens.cases.model import status_label

_FIELDS = {
    "summary": "the summary",
    "level_of_concern": "the level of concern",
    "case_manager_id": "the case manager",
    "next_review": "the next review date",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


def _status(value: object) -> str:
    try:
        return status_label(CaseStatus(str(value)))
    except ValueError:
        return str(value)


def describe(event: AuditEvent, names: dict[str, str]) -> str:
    who = names.get(event.member_id or "", _tr("A former member"))
    d = event.detail
    match event.action:
        case "case.created":
            what = _tr("opened the case as a referral")
        case "case.status_changed":
            what = (
                _tr("moved the case from %1 to %2")
                .replace("%1", _status(d.get("from")))
                .replace("%2", _status(d.get("to")))
            )
        case "case.reopened":
            what = _tr("reopened the case into %1").replace("%1", _status(d.get("to")))
        case "case.updated":
            fields = [_tr(_FIELDS.get(f, f)) for f in d.get("fields", [])]
            what = _tr("changed %1").replace("%1", ", ".join(fields))
        case "referral.added":
            kind = {"anonymous": _tr("an anonymous"), "confidential": _tr("a confidential")}.get(
                str(d.get("reporter")), _tr("a")
            )
            what = (
                _tr("took in %1 report (%2)")
                .replace("%1", kind)
                .replace("%2", _tr(str(d.get("channel", "")).replace("_", " ")))
            )
            if d.get("imminent"):
                what += _tr(", imminent danger")
        case "task.ended":
            what = _tr("ended an open meeting task when the case closed")
        case "screening.recorded":
            what = _tr("recorded the screening decision: %1").replace(
                "%1",
                _tr(
                    {
                        "inquiry": "proceed to inquiry",
                        "handle": "handle at screening level",
                        "dismiss": "dismiss",
                    }.get(str(d.get("decision")), "")
                ),
            )
        case "evidence.attached":
            what = (
                _tr("attached evidence (%1, %2 KB)")
                .replace("%1", str(d.get("media_type")))
                .replace("%2", str(int(d.get("size", 0)) // 1024))
            )
        case "inquiry.checklist_added":
            what = _tr("added the inquiry checklist (%1 items)").replace("%1", str(d.get("items")))
        case "inquiry.item_added":
            what = _tr("added a checklist item")
        case "inquiry.item_updated":
            what = _tr("updated a checklist item (%1)").replace(
                "%1", _tr(str(d.get("status", "")).replace("_", " "))
            )
        case "interview.added":
            what = _tr("added interview notes (%1)").replace("%1", _tr(str(d.get("role", ""))))
        case "assessment.recorded":
            what = (
                _tr("recorded assessment %1 under %2: %3")
                .replace("%1", str(d.get("version")))
                .replace("%2", str(d.get("pack")))
                .replace("%3", str(d.get("level", "")).replace("_", " "))
            )
        case "plan.saved":
            what = _tr("saved plan version %1").replace("%1", str(d.get("version")))
            count = d.get("interventions")  # older plan versions a meeting saved lack it
            if count == 1:
                what += _tr(" (1 intervention)")
            elif count is not None:
                what += _tr(" (%1 interventions)").replace("%1", str(count))
        case "notification.logged":
            recipient = str(d.get("recipient", ""))
            what = _tr("logged a notification (%1)").replace(
                "%1", _tr(RECIPIENT_WORDS.get(recipient, recipient.replace("_", " ")))
            )
        case "checkin.added":
            what = _tr("added a check-in (concern %1)").replace("%1", _tr(str(d.get("trend"))))
        case "review.recorded":
            what = _tr("recorded a review: %1").replace(
                "%1", _tr(str(d.get("decision", "")).replace("_", " "))
            )
        case "document.printed" | "document.saved":
            what = (
                _tr("printed the %1")
                if event.action == "document.printed"
                else _tr("saved the %1 as a PDF")
            ).replace("%1", _tr(str(d.get("document", "")).replace("-", " ")))
            if d.get("outside_team"):
                what += _tr(" for someone outside the team")
        case "person.added":
            what = _tr("added a person (%1)").replace("%1", _tr(str(d.get("role", ""))))
        case _:
            what = event.action
    when = moment_text(event.ts)
    return f"{when}  {who} {what}"


class TimelineView(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Case timeline"))
        self.setWordWrap(True)

    def show_events(self, events: list[AuditEvent], names: dict[str, str]) -> None:
        self.clear()
        for event in reversed(events):  # newest first
            self.addItem(QListWidgetItem(describe(event, names)))
