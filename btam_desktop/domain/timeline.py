"""A case's audit events as a story: what kind of step each one is, runs of the same step by
the same person told once, and the days they happened on.

The printed case summary and the Timeline tab gather repeats with the one rule, `runs`: 16
"updated a checklist item" events in a row are one line on paper and one row on screen (the
screen also starts a new run at midnight, under the next day's heading)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from btam_desktop.domain.audit import AuditEvent
from btam_desktop.domain.local_time import local, local_day


def runs[T](items: Iterable[T], same: Callable[[T], Hashable]) -> list[list[T]]:
    """`items` in order, neighbours with the same `same(item)` gathered into one run: the one
    rule for "one event by one person, many times" (an item appears in exactly one run)."""
    gathered: list[list[T]] = []
    for item in items:
        if gathered and same(gathered[-1][0]) == same(item):
            gathered[-1].append(item)
        else:
            gathered.append([item])
    return gathered


class EventKind(StrEnum):
    """The steps a reader filters the timeline by, in the order of the case's loop."""

    REPORTS = "reports"
    CASE = "case"
    INQUIRY = "inquiry"
    ASSESSMENT = "assessment"
    PLAN = "plan"
    MEETINGS = "meetings"
    PRINTING = "printing"
    OTHER = "other"


#: What each kind is called in the filter (the window translates these).
KIND_NAMES = {
    EventKind.REPORTS: "Reports & screening",
    EventKind.CASE: "Status & case edits",
    EventKind.INQUIRY: "Inquiry",
    EventKind.ASSESSMENT: "Assessment",
    EventKind.PLAN: "Plan & check-ins",
    EventKind.MEETINGS: "Meetings",
    EventKind.PRINTING: "Printing & disclosures",
    EventKind.OTHER: "Other",
}

#: Each action's kind by the part before its dot ("inquiry.item_updated" -> inquiry).
_KIND_OF_SUBJECT = {
    "referral": EventKind.REPORTS,
    "screening": EventKind.REPORTS,
    "person": EventKind.REPORTS,
    "evidence": EventKind.REPORTS,
    "case": EventKind.CASE,
    "retention": EventKind.CASE,
    "inquiry": EventKind.INQUIRY,
    "interview": EventKind.INQUIRY,
    "assessment": EventKind.ASSESSMENT,
    "plan": EventKind.PLAN,
    "checkin": EventKind.PLAN,
    "notification": EventKind.PLAN,
    "review": EventKind.PLAN,
    "meeting": EventKind.MEETINGS,
    "task": EventKind.MEETINGS,
    "document": EventKind.PRINTING,
    "transfer": EventKind.PRINTING,  # a record sent to, or received from, another school
}


def kind_of(action: str) -> EventKind:
    """The kind of an audit action; an action this version does not know is "Other", never
    hidden (a newer laptop's events must still be seen)."""
    return _KIND_OF_SUBJECT.get(action.partition(".")[0], EventKind.OTHER)


@dataclass(frozen=True, slots=True)
class Run:
    """One event, or neighbouring repeats of it by one person, oldest first."""

    events: tuple[AuditEvent, ...]

    @property
    def first(self) -> datetime:
        return local(self.events[0].ts)

    @property
    def last(self) -> datetime:
        return local(self.events[-1].ts)

    @property
    def count(self) -> int:
        return len(self.events)


@dataclass(frozen=True, slots=True)
class Day:
    """The runs of one local calendar day, oldest first."""

    day: date
    runs: tuple[Run, ...]


def story(
    events: Sequence[AuditEvent],
    same: Callable[[AuditEvent], Hashable],
    kinds: frozenset[EventKind] | None = None,
) -> list[Day]:
    """`events` (oldest first) of the chosen `kinds` (None: all), by local day, each day's
    repeats gathered into runs by `same`. A run never spans midnight: each day reads whole
    under its own heading. Filtering comes first, so repeats that only other kinds separated
    are one run."""
    shown = [e for e in events if kinds is None or kind_of(e.action) in kinds]
    by_day = runs(shown, lambda e: local_day(e.ts))
    return [
        Day(local_day(day[0].ts), tuple(Run(tuple(run)) for run in runs(day, same)))
        for day in by_day
    ]
