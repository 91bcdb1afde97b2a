"""Meetings: scheduling, the meeting as its screen shows it, and action items."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from btam_desktop.domain.contact import Contact
from btam_desktop.domain.meeting import Meeting, Minutes
from btam_desktop.domain.team import Composition


@dataclass(frozen=True, slots=True)
class MeetingInput:
    held_on: date
    starts_at: str
    duration_minutes: int = 60
    place: str = ""
    chair_id: str | None = None
    note_taker_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CaseLine:
    """How an agenda item's case is shown: masked (initials) unless revealed."""

    number: str
    initials: str
    student: str
    #: The stage as screens name it (`STATUS_NAMES`).
    status: str
    #: The level of concern's label in the case's model ("High concern"), empty for none.
    level: str
    summary: str


@dataclass(frozen=True, slots=True)
class MeetingView:
    minutes: Minutes
    cases: dict[str, CaseLine]  # case id -> line
    quorum: Composition
    names: dict[str, str]  # member id -> name (members past and present)
    #: The team's partners from outside agencies: those on the list and those present (also
    #: when since taken off it), by contact id, with their agreements.
    partners: dict[str, Contact] = field(default_factory=dict)
    #: The words of the agenda's cases' models in other languages (`merged_labels`, the
    #: team's model first): the window shows a case's level in its own language.
    labels: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def meeting(self) -> Meeting:
        return self.minutes.meeting


@dataclass(frozen=True, slots=True)
class ActionInput:
    agenda_item_id: str
    kind: str  # ActionKind value
    what: str
    assignee_id: str | None
    due_on: date | None
