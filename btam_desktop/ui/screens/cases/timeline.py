"""The audit events of a case, told as a story: by local day, in plain words, repeats of one
step by one person gathered into one row that opens to show each, filtered by kind."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.audit import AuditEvent
from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.community import STEP_WORDS
from btam_desktop.domain.disclosure import PRESET_READERS
from btam_desktop.domain.inquiry import ITEM_STATUS_NAMES
from btam_desktop.domain.language import PAPER_LANGUAGES
from btam_desktop.domain.local_time import TIME_FORMAT
from btam_desktop.domain.plan import RECIPIENT_WORDS, REVIEW_DECISION_NAMES, Trend
from btam_desktop.domain.referral import CHANNEL_NAMES
from btam_desktop.domain.timeline import KIND_NAMES, Day, EventKind, Run, kind_of, story
from btam_desktop.ui.language import long_date, short_date, short_moment
from btam_desktop.ui.plain import PlainLabel
from btam_desktop.ui.screens.cases.disclosures import BASES, DOCUMENTS
from btam_desktop.ui.screens.cases.model import status_label

_FIELDS = {
    "summary": "the summary",
    "level_of_concern": "the level of concern",
    "case_manager_id": "the case manager",
    "next_review": "the next review date",
}

#: The screening decisions as the timeline's sentences name them.
SCREENING_WORDS = {
    "inquiry": "proceed to inquiry",
    "handle": "handle at screening level",
    "dismiss": "dismiss",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


def _status(value: object) -> str:
    try:
        return status_label(CaseStatus(str(value)))
    except ValueError:
        return str(value)


#: A level of concern as the case's model names it, by (pack id, level id).
Levels = Mapping[tuple[str, str], str]


def sentence(event: AuditEvent, names: dict[str, str], levels: Levels | None = None) -> str:
    """'Dana Whitlock-Oyelaran saved plan version 3 (4 interventions)': who did what, a level
    of concern in the words of the model it was assessed under."""
    who = names.get(event.member_id or "", tr("A former member"))
    d = event.detail
    match event.action:
        case "case.created":
            what = tr("opened the case as a referral")
        case "case.status_changed":
            what = (
                tr("moved the case from %1 to %2")
                .replace("%1", _status(d.get("from")))
                .replace("%2", _status(d.get("to")))
            )
        case "case.reopened":
            what = tr("reopened the case into %1").replace("%1", _status(d.get("to")))
        case "case.updated":
            fields = [tr(_FIELDS.get(f, f)) for f in d.get("fields", [])]
            what = tr("changed %1").replace("%1", ", ".join(fields))
        case "referral.added":
            kind = {"anonymous": tr("an anonymous"), "confidential": tr("a confidential")}.get(
                str(d.get("reporter")), tr("a")
            )
            what = (
                tr("took in %1 report (%2)")
                .replace("%1", kind)
                .replace("%2", _named(CHANNEL_NAMES, d.get("channel")))
            )
            if d.get("imminent"):
                what += tr(", imminent danger")
        case "task.ended":
            what = tr("ended an open meeting task when the case closed")
        case "screening.recorded":
            what = tr("recorded the screening decision: %1").replace(
                "%1",
                tr(SCREENING_WORDS.get(str(d.get("decision")), "")),
            )
        case "evidence.attached":
            what = (
                tr("attached evidence (%1, %2 KB)")
                .replace("%1", str(d.get("media_type")))
                .replace("%2", str(int(d.get("size", 0)) // 1024))
            )
        case "inquiry.checklist_added":
            what = tr("added the inquiry checklist (%1 items)").replace("%1", str(d.get("items")))
        case "inquiry.item_added":
            what = tr("added a checklist item")
        case "inquiry.item_updated":
            what = tr("updated a checklist item (%1)").replace(
                "%1", _named(ITEM_STATUS_NAMES, d.get("status"))
            )
        case "interview.added":
            what = tr("added interview notes (%1)").replace(
                "%1", _in_sentence(tr(str(d.get("role", "")).capitalize()))
            )
        case "assessment.recorded":
            level = str(d.get("level", ""))
            label = (levels or {}).get((str(d.get("pack", "")), level))
            what = (
                tr("recorded assessment %1: %2")
                .replace("%1", str(d.get("version")))
                .replace("%2", _in_sentence(label) if label else level.replace("_", " "))
            )
        case "plan.saved":
            what = tr("saved plan version %1").replace("%1", str(d.get("version")))
            count = d.get("interventions")  # older plan versions a meeting saved lack it
            if count == 1:
                what += tr(" (1 intervention)")
            elif count is not None:
                what += tr(" (%1 interventions)").replace("%1", str(count))
        case "notification.logged":
            recipient = str(d.get("recipient", ""))
            what = tr("logged a notification (%1)").replace(
                "%1", tr(RECIPIENT_WORDS.get(recipient, recipient.replace("_", " ")))
            )
        case "checkin.added":
            what = tr("added a check-in (concern %1)").replace(
                "%1", _named(TREND_WORDS, d.get("trend"))
            )
        case "review.recorded":
            what = tr("recorded a review: %1").replace(
                "%1", _named(REVIEW_DECISION_NAMES, d.get("decision"))
            )
        case "document.printed" | "document.saved":
            what = _printed(event.action, d)
        case "person.added":
            what = tr("added a person (%1)").replace(
                "%1", _in_sentence(tr(str(d.get("role", "")).capitalize()))
            )
        case "person.language_set":
            what = tr("set the family's language for papers to %1").replace(
                "%1", PAPER_LANGUAGES.get(str(d.get("language")), str(d.get("language")))
            )
        case "evaluation.saved":
            what = tr("saved the program-evaluation fields")
        case "community.referral_suggested":
            what = tr("suggested a referral to a community service")
        case "community.referral_step":
            what = tr("recorded a step of a referral to a service: %1").replace(
                "%1", _named(STEP_WORDS, d.get("step"))
            )
        case "meeting.decision":
            what = tr("recorded a decision at a team meeting")
        case "meeting.action":
            what = tr("added an action at a team meeting")
        case "retention.hold_placed":
            what = tr("put the case on legal hold")
        case "retention.hold_lifted":
            what = tr("lifted the legal hold")
        case "retention.kept":
            what = tr("kept the case past its retention date, to review on %1").replace(
                "%1", _day(d.get("review_on"))
            )
        case "retention.level_cleared":
            what = tr("removed the level label under the retention rules")
        case "transfer.sent":
            what = tr("sent a transfer packet to a receiving school")
            if d.get("late"):
                what += tr(", after the deadline")
        case "transfer.received":
            what = tr("received the case from another school (transfer packet)")
        case "harm.marked":
            what = tr("marked the case: risk of harm to self identified")
        case "harm.unmarked":
            what = tr("removed the harm-to-self mark (the reason is on the Harm to self tab)")
        case "harm.step_recorded":
            what = tr("recorded a step of the suicide-risk protocol")
        case "harm.safety_plan_saved":
            what = tr("saved the safety plan")
        case _:
            what = event.action
    return f"{who} {what}"


def describe(event: AuditEvent, names: dict[str, str]) -> str:
    """One event as a line of its own: '2026-12-06 14:30  Dana … saved plan version 3'."""
    return f"{short_moment(event.ts)}  {sentence(event, names)}"


def _printed(action: str, d: dict[str, object]) -> str:
    """What was printed or saved and for whom, as far as the event says: the document by the
    name the disclosure log gives it, the reader of a redacted copy, and for a copy that left
    the team its legal basis (the recipient's name stays in the disclosure log: audit events
    hold codes, never names typed by a user)."""
    code = str(d.get("document", ""))
    document = _in_sentence(tr(DOCUMENTS.get(code, code.replace("-", " "))))
    verb = "printed the %1" if action == "document.printed" else "saved the %1 as a PDF"
    what = tr(verb).replace("%1", document)
    reader = str(d.get("redact") or "")
    if reader:
        what += tr(" for %1").replace(
            "%1", tr(PRESET_READERS.get(reader, reader.replace("_", " ")))
        )
    if d.get("outside_team"):
        what += tr(", to someone outside the team")
        basis = str(d.get("legal_basis") or "")
        if basis:
            what += tr(" (%1)").replace("%1", _in_sentence(tr(BASES.get(basis, basis))))
    return what


#: A check-in's trend as the timeline's sentence names it ("added a check-in (concern going
#: down)").
TREND_WORDS = {Trend.DOWN: "going down", Trend.STEADY: "steady", Trend.UP: "going up"}


def _named(names: Mapping[Any, str], value: object) -> str:
    """A stored code (an enum's value: 'in_person', 'step_down') by its translated name inside
    a sentence; an unknown code (a newer copy's) as it is, its underscores made spaces."""
    text = str(value or "")
    name = names.get(text)  # enum keys compare equal to their values
    return _in_sentence(tr(name)) if name else text.replace("_", " ")


def _day(stored: object) -> str:
    """A stored ISO date as the window writes dates; anything else as it is."""
    try:
        return short_date(date.fromisoformat(str(stored)))
    except ValueError:
        return str(stored or "")


def _in_sentence(label: str) -> str:
    """'Case summary' -> 'case summary', inside a sentence."""
    return label[:1].lower() + label[1:]


def _same_step(names: dict[str, str], levels: Levels) -> Callable[[AuditEvent], Hashable]:
    """Two events are one step repeated when one person did the same thing, in the same words
    (the printed summary compares its lines the same way)."""
    return lambda event: (event.member_id, sentence(event, names, levels))


def _hhmm(run: Run) -> str:
    first, last = run.first.strftime(TIME_FORMAT), run.last.strftime(TIME_FORMAT)
    return first if first == last else f"{first}\u2013{last}"


class TimelineView(QWidget):
    """A filter by kind over a tree: days are the top rows (newest first), each day's steps
    under it, and a step repeated in a row is one row whose children are the repeats."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: list[AuditEvent] = []
        self._names: dict[str, str] = {}
        #: The levels of concern of the models the case was assessed under (the page's).
        self.levels: Levels = {}
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Show events of kind"))
        shown = PlainLabel(self.tr("&Show:"))
        shown.setBuddy(self.kind)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Case timeline"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("What happened")])
        self._size_when_column()
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        filters = QHBoxLayout()
        filters.addWidget(shown)
        filters.addWidget(self.kind)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        self._fill_kinds()
        self.kind.currentIndexChanged.connect(self._show)

    def _size_when_column(self) -> None:
        """As wide as a span of two times under a day's and a run's arrows: sized to its
        contents, the column took the width of the day headings that span both columns."""
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        span = self.tree.fontMetrics().horizontalAdvance("00:00\u201300:00")
        self.tree.setColumnWidth(0, span + 3 * self.tree.indentation())

    def show_events(self, events: list[AuditEvent], names: dict[str, str]) -> None:
        """Show `events` (oldest first, as the log keeps them) under the chosen filter."""
        self._events, self._names = list(events), dict(names)
        self._fill_kinds()
        self._show()

    def clear(self) -> None:
        self._events, self._names = [], {}
        self._fill_kinds()
        self.tree.clear()

    @property
    def events(self) -> tuple[AuditEvent, ...]:
        """Every event of the case, shown or filtered out, oldest first."""
        return tuple(self._events)

    def rows(self) -> list[str]:
        """The steps shown, newest first, each as 'when  what' (a gathered run as one)."""
        return [
            f"{step.text(0)}  {step.text(1)}" for day in self._days() for step in _children(day)
        ]

    def days(self) -> list[str]:
        """The day headings shown, newest first."""
        return [day.text(0) for day in self._days()]

    def _days(self) -> list[QTreeWidgetItem]:
        tops = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in tops if item is not None]

    # -- filling -----------------------------------------------------------------------------
    def _fill_kinds(self) -> None:
        """'All events (34)' then each kind with its count, keeping the kind chosen."""
        chosen = self.kind.currentData()
        counts = {kind: 0 for kind in EventKind}
        for event in self._events:
            counts[kind_of(event.action)] += 1
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All events (%1)").replace("%1", str(len(self._events))), "")
        for kind, name in KIND_NAMES.items():
            label = self.tr("%1 (%2)").replace("%2", str(counts[kind])).replace("%1", tr(name))
            self.kind.addItem(label, kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(chosen or "")))
        self.kind.blockSignals(False)

    def _show(self) -> None:
        chosen = str(self.kind.currentData() or "")
        kinds = frozenset({EventKind(chosen)}) if chosen else None
        self.tree.clear()
        days = story(self._events, _same_step(self._names, self.levels), kinds)
        for day in reversed(days):  # newest first
            self._add_heading(self._day_item(day))
        if not days and self._events:
            self._add_heading(QTreeWidgetItem([self.tr("No events of this kind yet.")]))
        self.tree.expandToDepth(0)  # every day open, every run closed

    def _add_heading(self, item: QTreeWidgetItem) -> None:
        """A top row across both columns (spanning works only once the item is in the tree)."""
        self.tree.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)

    def _day_item(self, day: Day) -> QTreeWidgetItem:
        item = QTreeWidgetItem([long_date(day.day)])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        for run in reversed(day.runs):
            item.addChild(self._run_item(run))
        return item

    def _run_item(self, run: Run) -> QTreeWidgetItem:
        said = sentence(run.events[0], self._names, self.levels)
        if run.count == 1:
            return QTreeWidgetItem([_hhmm(run), said])
        # The count goes in first: a name typed with "%2" in it must stay as typed.
        times = self.tr("%1, %2 times").replace("%2", str(run.count)).replace("%1", said)
        item = QTreeWidgetItem([_hhmm(run), times])
        for event in reversed(run.events):
            one = Run((event,))
            item.addChild(QTreeWidgetItem([_hhmm(one), sentence(event, self._names, self.levels)]))
        return item


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    kids = (item.child(i) for i in range(item.childCount()))
    return [kid for kid in kids if kid is not None]
