"""Retention as the window and the CLI see it: what is due, with the rule that applies."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True, kw_only=True)
class DueLine:
    """One thing due about one case (a `domain.retention.DueItem` with what people read)."""

    case_id: str
    number: str
    student: str
    #: "destroy", "review", "clear_level" or "held" (`domain.retention.DueKind`; a case on
    #: legal hold is listed whether or not a rule makes it due).
    kind: str
    #: When it fell due; for a held case no rule makes due yet, the day the hold was placed.
    due_on: date
    #: The rule in plain words ("closed at screening: 3 years after closure, then destroy").
    rule: str
    #: The hold's or the last keep decision's reason, or a caveat about the rule.
    note: str = ""
    #: The label of the level a "clear_level" line would remove.
    level: str = ""

    @property
    def overdue(self) -> bool:
        return self.kind != "held"


@dataclass(frozen=True, slots=True, kw_only=True)
class RetentionReview:
    lines: tuple[DueLine, ...]
    #: Every rule of the team's model, in plain words; empty: no rule, every case is kept.
    rules: tuple[str, ...]
    #: The model (pack) the rules come from.
    model: str
    #: Every case of the file not on hold, (case id, number, student): a lead may put any
    #: case on legal hold (a records request, litigation), due or not, open or closed.
    holdable: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Destroyed:
    number: str
    #: How many records were removed (the case and everything under it).
    records: int
