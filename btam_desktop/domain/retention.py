"""Retention: how long a closed case is kept, and what is due for destruction or review.

The rules are data in the team's model pack (`[[retention.rules]]`, read by
`btam_desktop.packs.loader`); this module only decides, given the facts of each case, today's
date, the rules, the legal holds and the team's earlier "keep" decisions, what a lead should
look at. It never destroys anything: the services do, on a lead's word.

Conservative by design: a case no rule covers is kept (never offered for destruction), an open
case is never due, a held case is never due, and a rule counted from "the student left school"
is counted from closure (the app records no date the student left) and only ever offers a
review, never a destruction, so a person checks that the student has in fact left.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class RecordKind(StrEnum):
    """Which rule a closed case falls under."""

    SCREENED_OUT = "screened_out"  # closed at screening (dismissed or handled), no plan
    NO_PLAN = "no_plan"  # went further than screening, but the team made no plan
    PLAN = "plan"  # a safety / support plan was made
    LOW_LEVEL = "low_level"  # the level label of a closed case at a low level (label only)


class Counted(StrEnum):
    CLOSURE = "closure"  # from the day the case closed
    LEFT_SCHOOL = "left_school"  # from the day the student left (not recorded: see above)


class Then(StrEnum):
    DESTROY = "destroy"  # offered for destruction (a lead decides)
    REVIEW = "review"  # a lead reviews: keep with a reason, or destroy
    CLEAR_LEVEL = "clear_level"  # offered to remove the level label (the case is kept)


class DueKind(StrEnum):
    DESTROY = "destroy"
    REVIEW = "review"
    CLEAR_LEVEL = "clear_level"
    HELD = "held"  # would be due, but a legal hold stops it (listed, never overdue)


#: What each kind of record may be told to do (a level label is only ever cleared).
ALLOWED_THEN: Mapping[RecordKind, frozenset[Then]] = {
    RecordKind.SCREENED_OUT: frozenset({Then.DESTROY, Then.REVIEW}),
    RecordKind.NO_PLAN: frozenset({Then.DESTROY, Then.REVIEW}),
    RecordKind.PLAN: frozenset({Then.DESTROY, Then.REVIEW}),
    RecordKind.LOW_LEVEL: frozenset({Then.CLEAR_LEVEL}),
}
MAX_YEARS = 100


@dataclass(frozen=True, slots=True, kw_only=True)
class RetentionRule:
    applies_to: RecordKind
    years: int
    after: Counted = Counted.CLOSURE
    then: Then = Then.REVIEW
    #: The schedule's own words or item number, shown beside what is due ("GS7 item 1").
    source: str = ""
    #: For `LOW_LEVEL`: the level ids it clears; empty: the model's lowest level.
    levels: tuple[str, ...] = ()

    def describe(self) -> str:
        """The rule in one line of plain English (the screen and the CLI show it)."""
        counted = "after closure" if self.after is Counted.CLOSURE else "after leaving school"
        years = f"{self.years} year{'s' if self.years != 1 else ''}"
        what = {
            RecordKind.SCREENED_OUT: "closed at screening",
            RecordKind.NO_PLAN: "closed without a plan",
            RecordKind.PLAN: "closed with a plan",
            RecordKind.LOW_LEVEL: "low level label",
        }[self.applies_to]
        source = f" ({self.source})" if self.source else ""
        return f"{what}: {years} {counted}, then {self.then.value.replace('_', ' ')}{source}"


@dataclass(frozen=True, slots=True, kw_only=True)
class CaseFacts:
    """What the rules need of one case (no names, no text)."""

    case_id: str
    number: str
    closed_on: date | None  # None: open, never due
    screened_out: bool  # the last screening dismissed or handled it
    has_plan: bool
    level: str = ""  # the level id; "" when none
    lowest_level: str = ""  # the id of its model's lowest level


@dataclass(frozen=True, slots=True, kw_only=True)
class Hold:
    case_id: str
    reason: str
    placed_on: date


@dataclass(frozen=True, slots=True, kw_only=True)
class KeepDecision:
    case_id: str
    reason: str
    decided_on: date
    review_on: date


@dataclass(frozen=True, slots=True, kw_only=True)
class DueItem:
    case_id: str
    number: str
    kind: DueKind
    due_on: date
    rule: RetentionRule
    #: Why it is listed as it is: the hold's or the last keep decision's reason, or a caveat.
    note: str = ""

    @property
    def overdue(self) -> bool:
        """Anything due but held: a lead must look at it."""
        return self.kind is not DueKind.HELD


def add_years(day: date, years: int) -> date:
    """`day` plus whole years; 29 February becomes 1 March (keeps one day longer, never
    shorter)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def record_kind(case: CaseFacts) -> RecordKind:
    if case.has_plan:
        return RecordKind.PLAN
    return RecordKind.SCREENED_OUT if case.screened_out else RecordKind.NO_PLAN


LEFT_SCHOOL_NOTE = (
    "No date the student left school is recorded: counted from closure, to review only"
)


def _record_item(
    case: CaseFacts,
    rules: Mapping[RecordKind, RetentionRule],
    today: date,
    held: Hold | None,
    kept: KeepDecision | None,
) -> DueItem | None:
    assert case.closed_on is not None
    rule = rules.get(record_kind(case))
    if rule is None:
        return None  # no rule: kept
    due_on = add_years(case.closed_on, rule.years)
    kind = DueKind.DESTROY if rule.then is Then.DESTROY else DueKind.REVIEW
    note = ""
    if rule.after is Counted.LEFT_SCHOOL:
        kind, note = DueKind.REVIEW, LEFT_SCHOOL_NOTE
    if kept is not None and kept.decided_on >= due_on:
        # Kept on review: due again, for review only, on the date the lead set.
        due_on, kind, note = kept.review_on, DueKind.REVIEW, f"Kept: {kept.reason}"
    if due_on > today:
        return None
    if held is not None:
        kind, note = DueKind.HELD, f"Legal hold: {held.reason}"
    return DueItem(
        case_id=case.case_id, number=case.number, kind=kind, due_on=due_on, rule=rule, note=note
    )


def _label_item(
    case: CaseFacts, rule: RetentionRule | None, today: date, held: Hold | None
) -> DueItem | None:
    assert case.closed_on is not None
    if rule is None or not case.level:
        return None
    levels = rule.levels or ((case.lowest_level,) if case.lowest_level else ())
    if case.level not in levels:
        return None
    due_on = add_years(case.closed_on, rule.years)
    if due_on > today or held is not None:  # a hold keeps the record as it stands
        return None
    return DueItem(
        case_id=case.case_id, number=case.number, kind=DueKind.CLEAR_LEVEL, due_on=due_on, rule=rule
    )


def due(
    cases: Iterable[CaseFacts],
    today: date,
    rules: Iterable[RetentionRule],
    holds: Iterable[Hold] = (),
    keeps: Iterable[KeepDecision] = (),
) -> tuple[DueItem, ...]:
    """What is due on `today`, oldest first: for each closed case at most one item about the
    record (destroy, review, or held) and at most one about its level label."""
    by_kind = {rule.applies_to: rule for rule in rules}
    held = {h.case_id: h for h in holds}
    latest: dict[str, KeepDecision] = {}
    for keep in keeps:
        seen = latest.get(keep.case_id)
        if seen is None or (keep.decided_on, keep.review_on) > (seen.decided_on, seen.review_on):
            latest[keep.case_id] = keep
    out: list[DueItem] = []
    for case in cases:
        if case.closed_on is None:
            continue
        hold = held.get(case.case_id)
        item = _record_item(case, by_kind, today, hold, latest.get(case.case_id))
        if item is not None:
            out.append(item)
        if item is None or item.kind is DueKind.REVIEW or item.kind is DueKind.HELD:
            label = _label_item(case, by_kind.get(RecordKind.LOW_LEVEL), today, hold)
            if label is not None:
                out.append(label)
    return tuple(sorted(out, key=lambda i: (i.due_on, i.number, i.kind.value)))
