"""Program figures for a school year or any dates: how many cases, at what levels, how they
closed, whether the plans were carried out and how fast the team answered.

Built from plain facts per case (`CaseFacts`, read by `services/stats.py`), every table
suppressed with `suppression.suppress` before anyone sees it. Who is counted:

- cases *opened* in the period: by month, by channel, by level at first assessment, the
  interventions of their latest plan, and the days from referral to screening and assessment;
- cases *closed* in the period (whenever opened): by how they closed, by level at closure,
  and whether the level went down between the first assessment and closure;
- cases *opened* in the period by the student's group (race/ethnicity, sex, IEP or 504 plan,
  English learner), each group's share of cases beside its share of the school's enrollment
  and the ratio of the two (`Derived` columns, worked out from the published counts only, so
  they reveal nothing suppression hides); and by outcome (discipline, law enforcement,
  services connected), from the program-evaluation fields (`domain/evaluation.py`); and
  with harm to self identified, from the harm-to-self mark (`domain/harm_to_self.py`), its one
  source.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, Protocol

from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.evaluation import (
    DISCIPLINE_NAMES,
    ENGLISH_LEARNER,
    GROUP_NAMES,
    IEP_504,
    LAW_ENFORCEMENT_NAMES,
    SERVICE_NAMES,
    SEX_NAMES,
    Enrollment,
)
from btam_desktop.domain.local_time import MONTH_NAMES
from btam_desktop.domain.pack import LevelChoice
from btam_desktop.domain.plan import INTERVENTION_TYPE_NAMES, InterventionStatus, InterventionType
from btam_desktop.domain.referral import CHANNEL_NAMES, Channel, ScreeningDecision
from btam_desktop.domain.suppression import DEFAULT_MINIMUM, Published, suppress

#: A level as a case stores it: (pack id, level id).
LevelKey = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Period:
    """From `start` to `end`, both days counted."""

    start: date
    end: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


def school_year(year: int) -> Period:
    """The school year named by its autumn (2026 for 2026-27): 1 July to 30 June."""
    return Period(date(year, 7, 1), date(year + 1, 6, 30))


def year_label(year: int) -> str:
    return f"{year}-{(year + 1) % 100:02d}"


def parse_year(text: str) -> int:
    """'2026-27' (or '2026-2027') -> 2026; anything else is refused with the form to use."""
    head, sep, tail = text.strip().partition("-")
    if (
        sep
        and head.isdigit()
        and len(head) == 4
        and tail.isdigit()
        and 1900 < int(head) < 3000
        and tail in (f"{(int(head) + 1) % 100:02d}", str(int(head) + 1))
    ):
        return int(head)
    raise ValidationError(f"'{text[:20]}' is not a school year like 2026-27.")


@dataclass(frozen=True, slots=True, kw_only=True)
class CaseFacts:
    """What the figures need of one case, as plain values (no names, no text)."""

    opened_on: date
    pack_id: str = ""
    #: The first report's day (local) and channel (a `Channel` value).
    referred_on: date | None = None
    channel: str = ""
    #: The first screening's day (local) and decision (a `ScreeningDecision` value).
    screened_on: date | None = None
    screening: str = ""
    #: The first assessment's day and level.
    assessed_on: date | None = None
    first_level: LevelKey | None = None
    closed_on: date | None = None
    #: The stage the case closed from (a `CaseStatus` value), and its level then.
    closed_from: str = ""
    closing_level: LevelKey | None = None
    #: The latest plan's interventions: (type, status) values.
    interventions: tuple[tuple[str, str], ...] = ()
    #: Program evaluation (`domain/evaluation.py` values; "" or None: not recorded).
    group: str = ""
    sex: str = ""
    iep_504: bool = False
    english_learner: bool | None = None
    services: tuple[str, ...] = ()
    discipline: str = ""
    law_enforcement: str = ""
    #: Marked "risk of harm to self identified" (the mark in force): counted apart, as
    #: Florida asks.
    harm_to_self: bool = False


class Outcome(StrEnum):
    DISMISSED = "dismissed"
    HANDLED = "handled"
    AFTER_INQUIRY = "after_inquiry"
    AFTER_ASSESSMENT = "after_assessment"
    FROM_MANAGEMENT = "from_management"
    FROM_MONITORING = "from_monitoring"


OUTCOME_NAMES = {
    Outcome.DISMISSED: "Dismissed at screening",
    Outcome.HANDLED: "Handled at screening level",
    Outcome.AFTER_INQUIRY: "Closed after inquiry",
    Outcome.AFTER_ASSESSMENT: "Closed after assessment",
    Outcome.FROM_MANAGEMENT: "Closed during management",
    Outcome.FROM_MONITORING: "Closed during monitoring",
}

CHANGE_NAMES = ("Went down", "Stayed the same", "Went up")
#: Days from referral, in bands: (label, lowest day, highest day).
DAY_BANDS: tuple[tuple[str, int, int], ...] = (
    ("Same day", 0, 0),
    ("1-2 days", 1, 2),
    ("3-7 days", 3, 7),
    ("8-14 days", 8, 14),
    ("15-30 days", 15, 30),
    ("Over 30 days", 31, 10**6),
)
INTERVENTION_COLUMNS = (
    InterventionStatus.PLANNED,
    InterventionStatus.ACTIVE,
    InterventionStatus.DONE,
    InterventionStatus.DISCONTINUED,
)
INTERVENTION_STATUS_NAMES = {
    InterventionStatus.PLANNED: "Planned",
    InterventionStatus.ACTIVE: "Under way",
    InterventionStatus.DONE: "Delivered",
    InterventionStatus.DISCONTINUED: "Discontinued",
}
NOT_ASSESSED = "Not assessed"
NO_LEVEL = "No level recorded"
NOT_RECORDED = "Not recorded"


class Figure(StrEnum):
    """The tables, in the order the screen, the CSV and the JSON give them."""

    BY_MONTH = "by_month"
    BY_CHANNEL = "by_channel"
    FIRST_LEVEL = "first_level"
    OUTCOMES = "outcomes"
    CLOSING_LEVEL = "closing_level"
    LEVEL_CHANGE = "level_change"
    INTERVENTIONS = "interventions"
    DAYS_TO_SCREENING = "days_to_screening"
    DAYS_TO_ASSESSMENT = "days_to_assessment"
    RACE = "race_ethnicity"
    SEX = "sex"
    IEP_504 = "iep_504"
    ENGLISH_LEARNER = "english_learner"
    DISCIPLINE = "discipline"
    LAW_ENFORCEMENT = "law_enforcement"
    SERVICES = "services"
    HARM_TO_SELF = "harm_to_self"
    # The public-health view, built by `domain/prevention.py`.
    RISK_FACTORS = "risk_factors"
    PROTECTIVE_FACTORS = "protective_factors"
    FACTOR_INTERVENTIONS = "factor_interventions"


FIGURE_TITLES = {
    Figure.BY_MONTH: "Cases opened, by month",
    Figure.BY_CHANNEL: "Cases opened, by how the first report came in",
    Figure.FIRST_LEVEL: "Cases opened, by level of concern at first assessment",
    Figure.OUTCOMES: "Cases closed, by how they closed",
    Figure.CLOSING_LEVEL: "Cases closed, by level of concern at closure",
    Figure.LEVEL_CHANGE: "Cases closed after an assessment: level at closure against the first",
    Figure.INTERVENTIONS: "Interventions in the plans of cases opened: planned and delivered",
    Figure.DAYS_TO_SCREENING: "Days from the first report to screening",
    Figure.DAYS_TO_ASSESSMENT: "Days from the first report to the first assessment",
    Figure.RACE: "Cases opened, by the student's race/ethnicity, beside enrollment",
    Figure.SEX: "Cases opened, by the student's sex, beside enrollment",
    Figure.IEP_504: "Cases opened, by IEP or 504 plan, beside enrollment",
    Figure.ENGLISH_LEARNER: "Cases opened, by English learner, beside enrollment",
    Figure.DISCIPLINE: "Cases opened, by discipline",
    Figure.LAW_ENFORCEMENT: "Cases opened, by law-enforcement involvement",
    Figure.SERVICES: "Services connected in cases opened (a case may count in several rows)",
    Figure.RISK_FACTORS: "Risk factors across the cases opened: in how many cases each came up",
    Figure.PROTECTIVE_FACTORS: "Protective factors across the cases opened: in how many cases "
    "each came up",
    Figure.FACTOR_INTERVENTIONS: "The most frequent risk factors: cases whose plan works on "
    "them, by plan domain",
    Figure.HARM_TO_SELF: "Cases opened, with harm to self identified",
}
#: The harm-to-self figure counts the mark in force (`domain/harm_to_self`): one source.
HARM_ROWS = ("Harm to self identified", "Not identified")
#: The figures that set a group's share of cases beside its share of enrollment.
BESIDE_ENROLLMENT = (Figure.RACE, Figure.SEX, Figure.IEP_504, Figure.ENGLISH_LEARNER)
WITH_PLAN, WITHOUT_PLAN = "IEP or 504 plan", "No IEP or 504 plan"
LEARNER, NOT_LEARNER = "English learner", "Not an English learner"
#: Each such figure's rows with the enrollment key each stands for ("!key": the total minus
#: the key's figure; None: not recorded, no enrollment, not in the shares).
ENROLLMENT_ROWS: dict[Figure, tuple[tuple[str, str | None], ...]] = {
    Figure.RACE: (*((n, g.value) for g, n in GROUP_NAMES.items()), (NOT_RECORDED, None)),
    Figure.SEX: (*((n, s.value) for s, n in SEX_NAMES.items()), (NOT_RECORDED, None)),
    Figure.IEP_504: ((WITH_PLAN, IEP_504), (WITHOUT_PLAN, "!" + IEP_504)),
    Figure.ENGLISH_LEARNER: (
        (LEARNER, ENGLISH_LEARNER),
        (NOT_LEARNER, "!" + ENGLISH_LEARNER),
        (NOT_RECORDED, None),
    ),
}
SHARE_OF_CASES = "Share of cases"
ENROLLED = "Enrollment"
SHARE_OF_ENROLLMENT = "Share of enrollment"
RATIO = "Ratio"


class Kind(StrEnum):
    """How a derived column reads: a count, a share (0-1, shown as a percent), a ratio."""

    COUNT = "count"
    SHARE = "share"
    RATIO = "ratio"


@dataclass(frozen=True, slots=True)
class Derived:
    """A column worked out from published counts (and public figures such as enrollment):
    one value per row, None where it cannot be worked out or would use a hidden count."""

    name: str
    kind: Kind
    values: tuple[float | None, ...]


def derived_text(value: float | None, kind: Kind, missing: str = "—") -> str:
    """A derived value as the screen, the paper and the CSV show it."""
    if value is None:
        return missing
    if kind is Kind.COUNT:
        return str(round(value))
    if kind is Kind.SHARE:
        return f"{value * 100:.1f}%"
    return f"{value:.2f}"


@dataclass(frozen=True, slots=True)
class Table:
    """A table of counts before suppression."""

    figure: Figure
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]


@dataclass(frozen=True, slots=True)
class PublishedTable:
    """A table as shown: its labels and `Published` counts (None: fewer than `minimum`)."""

    figure: Figure
    title: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    values: Published
    #: Columns after the counts, worked out from them (never suppressed counts).
    derived: tuple[Derived, ...] = ()


class CountTable(Protocol):
    """A published table of counts, whatever carries it (the screen's, a roll-up's)."""

    @property
    def figure(self) -> Figure: ...
    @property
    def title(self) -> str: ...
    @property
    def rows(self) -> tuple[str, ...]: ...
    @property
    def columns(self) -> tuple[str, ...]: ...
    @property
    def values(self) -> Published: ...


def counts_json(t: CountTable) -> dict[str, Any]:
    """A table's counts as JSON (a hidden count is null): one shape for the statistics' JSON
    export and the district roll-up file, which sums what the other writes."""
    return {
        "figure": t.figure.value,
        "title": t.title,
        "rows": list(t.rows),
        "columns": list(t.columns),
        "cells": [list(row) for row in t.values.cells],
        "row_totals": list(t.values.row_totals),
        "column_totals": list(t.values.column_totals),
        "total": t.values.total,
    }


@dataclass(frozen=True, slots=True)
class Median:
    """The median days of `count` cases; `days` None when `count` is under the minimum."""

    figure: Figure
    count: int | None
    days: float | None


@dataclass(frozen=True, slots=True)
class Figures:
    period: Period
    minimum: int
    tables: tuple[PublishedTable, ...]
    medians: tuple[Median, ...]

    def table(self, figure: Figure) -> PublishedTable:
        return next(t for t in self.tables if t.figure is figure)


def _months(period: Period) -> list[tuple[int, int]]:
    out, year, month = [], period.start.year, period.start.month
    while (year, month) <= (period.end.year, period.end.month):
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _column(figure: Figure, labels: Sequence[str], values: Iterable[str]) -> Table:
    counted = Counter(values)
    return Table(figure, tuple(labels), ("Cases",), tuple((counted[label],) for label in labels))


def _level_rows(levels: Sequence[LevelChoice]) -> tuple[dict[LevelKey, str], list[str]]:
    """Labels by level key, and the labels in order of concern (least first), once each."""
    label = {(c.pack_id, c.id): c.label for c in levels}
    ordered = sorted(levels, key=lambda c: (c.rank, c.label))
    return label, list(dict.fromkeys(c.label for c in ordered))


def _outcome(facts: CaseFacts) -> Outcome:
    if facts.closed_from == CaseStatus.SCREENING.value or facts.screening in (
        ScreeningDecision.DISMISS.value,
        ScreeningDecision.HANDLE.value,
    ):
        if facts.screening == ScreeningDecision.HANDLE.value:
            return Outcome.HANDLED
        return Outcome.DISMISSED
    return {
        CaseStatus.REFERRAL.value: Outcome.DISMISSED,
        CaseStatus.INQUIRY.value: Outcome.AFTER_INQUIRY,
        CaseStatus.ASSESSMENT.value: Outcome.AFTER_ASSESSMENT,
        CaseStatus.MANAGEMENT.value: Outcome.FROM_MANAGEMENT,
    }.get(facts.closed_from, Outcome.FROM_MONITORING)


def _change(facts: CaseFacts, rank: dict[LevelKey, int]) -> str | None:
    first, last = facts.first_level, facts.closing_level
    if first is None or last is None or first[0] != last[0]:
        return None  # no assessment, no level at closure, or levels of different models
    if first not in rank or last not in rank:
        return None
    step = rank[last] - rank[first]
    return CHANGE_NAMES[0 if step < 0 else 1 if step == 0 else 2]


def _days(facts: Iterable[CaseFacts], later: str) -> list[int]:
    """Days from the first report to `later` ("screened_on", "assessed_on"), where both are
    known (a report typed in after the fact counts as the same day, never as negative)."""
    out = []
    for f in facts:
        end = getattr(f, later)
        if f.referred_on is not None and end is not None:
            out.append(max(0, (end - f.referred_on).days))
    return out


def _banded(figure: Figure, days: Sequence[int]) -> Table:
    labels = [label for label, _, _ in DAY_BANDS]
    band = [next(label for label, low, high in DAY_BANDS if low <= d <= high) for d in days]
    return _column(figure, labels, band)


def tables(
    facts: Sequence[CaseFacts], period: Period, levels: Sequence[LevelChoice]
) -> list[Table]:
    """Every figure's counts for `period`, before suppression."""
    opened = [f for f in facts if f.opened_on in period]
    closed = [f for f in facts if f.closed_on in period]
    # The team's model (first in `levels`) and the models cases were assessed under.
    models = {f.pack_id for f in facts} | {k[0] for f in facts for k in (f.first_level,) if k}
    label, level_order = _level_rows(
        [c for c in levels if c.pack_id in models or c.pack_id == levels[0].pack_id]
        if levels
        else []
    )
    rank = {(c.pack_id, c.id): c.rank for c in levels}
    months = _months(period)
    month_labels = [f"{MONTH_NAMES[m - 1]} {y}" for y, m in months]
    month_of = dict(zip(months, month_labels, strict=True))
    first_levels = [
        label.get(f.first_level, f.first_level[1]) if f.first_level else NOT_ASSESSED
        for f in opened
    ]
    closing_levels = [
        label.get(f.closing_level, f.closing_level[1]) if f.closing_level else NO_LEVEL
        for f in closed
    ]
    extra_levels = [
        x
        for x in (*first_levels, *closing_levels)
        if x not in level_order and x not in (NOT_ASSESSED, NO_LEVEL)
    ]
    ordered_levels = level_order + list(dict.fromkeys(extra_levels))
    changes = [c for c in (_change(f, rank) for f in closed) if c is not None]
    kinds = [t for t in InterventionType]
    # Counted by the stored values (making an enum per item was a third of the time at 10k).
    planned = Counter(item for f in opened for item in f.interventions)
    used = [k for k in kinds if any(planned[(k.value, s.value)] for s in INTERVENTION_COLUMNS)]
    return [
        _column(
            Figure.BY_MONTH,
            month_labels,
            (month_of[(f.opened_on.year, f.opened_on.month)] for f in opened),
        ),
        _column(
            Figure.BY_CHANNEL,
            [CHANNEL_NAMES[c] for c in Channel],
            (CHANNEL_NAMES[Channel(f.channel)] for f in opened if f.channel),
        ),
        _column(Figure.FIRST_LEVEL, [*ordered_levels, NOT_ASSESSED], first_levels),
        _column(
            Figure.OUTCOMES,
            [OUTCOME_NAMES[o] for o in Outcome],
            (OUTCOME_NAMES[_outcome(f)] for f in closed),
        ),
        _column(Figure.CLOSING_LEVEL, [*ordered_levels, NO_LEVEL], closing_levels),
        _column(Figure.LEVEL_CHANGE, CHANGE_NAMES, changes),
        Table(
            Figure.INTERVENTIONS,
            tuple(INTERVENTION_TYPE_NAMES[k] for k in used),
            tuple(INTERVENTION_STATUS_NAMES[s] for s in INTERVENTION_COLUMNS),
            tuple(tuple(planned[(k.value, s.value)] for s in INTERVENTION_COLUMNS) for k in used),
        ),
        _banded(Figure.DAYS_TO_SCREENING, _days(opened, "screened_on")),
        _banded(Figure.DAYS_TO_ASSESSMENT, _days(opened, "assessed_on")),
        *_evaluation_tables(opened),
        _column(Figure.HARM_TO_SELF, HARM_ROWS, (HARM_ROWS[not f.harm_to_self] for f in opened)),
    ]


def _evaluation_tables(opened: Sequence[CaseFacts]) -> list[Table]:
    """The program-evaluation figures of the cases opened: by group, then by outcome."""
    groups = {g.value: n for g, n in GROUP_NAMES.items()}
    sexes = {s.value: n for s, n in SEX_NAMES.items()}

    def rows(figure: Figure) -> list[str]:
        return [label for label, _key in ENROLLMENT_ROWS[figure]]

    def named(names: dict[str, str], value: str) -> str:
        return names.get(value, NOT_RECORDED)

    def yes_no(value: bool | None, yes: str, no: str) -> str:
        return NOT_RECORDED if value is None else yes if value else no

    def outcome(names: dict[str, str]) -> list[str]:
        return [*names.values(), NOT_RECORDED]

    discipline = {k.value: n for k, n in DISCIPLINE_NAMES.items()}
    police = {k.value: n for k, n in LAW_ENFORCEMENT_NAMES.items()}
    services = {k.value: n for k, n in SERVICE_NAMES.items()}
    return [
        _column(Figure.RACE, rows(Figure.RACE), (named(groups, f.group) for f in opened)),
        _column(Figure.SEX, rows(Figure.SEX), (named(sexes, f.sex) for f in opened)),
        _column(
            Figure.IEP_504,
            rows(Figure.IEP_504),
            (WITH_PLAN if f.iep_504 else WITHOUT_PLAN for f in opened),
        ),
        _column(
            Figure.ENGLISH_LEARNER,
            rows(Figure.ENGLISH_LEARNER),
            (yes_no(f.english_learner, LEARNER, NOT_LEARNER) for f in opened),
        ),
        _column(
            Figure.DISCIPLINE,
            outcome(discipline),
            (named(discipline, f.discipline) for f in opened),
        ),
        _column(
            Figure.LAW_ENFORCEMENT,
            outcome(police),
            (named(police, f.law_enforcement) for f in opened),
        ),
        _column(
            Figure.SERVICES,
            list(services.values()),
            (services[s] for f in opened for s in f.services if s in services),
        ),
    ]


def beside_enrollment(table: PublishedTable, enrollment: Enrollment | None) -> PublishedTable:
    """A group figure with each group's share of cases (among cases with the group
    recorded), and with enrollment: its enrollment, its share of enrollment and the ratio of
    the two shares (above 1: more of the cases than of the students). Worked out from the
    published counts only: a hidden count gives no share, and a share never needs one."""
    keys = [key for _label, key in ENROLLMENT_ROWS[table.figure]]
    cases = [row[0] for row in table.values.cells]
    recorded = [c for c, k in zip(cases, keys, strict=True) if k is not None]
    unrecorded = [c for c, k in zip(cases, keys, strict=True) if k is None]
    total = table.values.total
    base: int | None = None
    if all(c is not None for c in recorded):
        base = sum(c for c in recorded if c is not None)
    elif total is not None and all(c is not None for c in unrecorded):
        base = total - sum(c for c in unrecorded if c is not None)
    shares: list[float | None] = [
        c / base if k is not None and c is not None and base else None
        for c, k in zip(cases, keys, strict=True)
    ]
    derived = [Derived(SHARE_OF_CASES, Kind.SHARE, tuple(shares))]
    if enrollment is not None:
        enrolled = [_enrolled(enrollment, k) for k in keys]
        of_school = [None if e is None else e / enrollment.total for e in enrolled]
        ratios = [
            c / e if c is not None and e else None for c, e in zip(shares, of_school, strict=True)
        ]
        derived += [
            Derived(ENROLLED, Kind.COUNT, tuple(None if e is None else float(e) for e in enrolled)),
            Derived(SHARE_OF_ENROLLMENT, Kind.SHARE, tuple(of_school)),
            Derived(RATIO, Kind.RATIO, tuple(ratios)),
        ]
    return replace(table, derived=tuple(derived))


def _enrolled(enrollment: Enrollment, key: str | None) -> int | None:
    if key is None:
        return None
    if key.startswith("!"):
        part = enrollment.of(key[1:])
        return None if part is None else enrollment.total - part
    return enrollment.of(key)


def _median(figure: Figure, days: Sequence[int], minimum: int) -> Median:
    if len(days) < minimum:
        return Median(figure, None if days else 0, None)
    return Median(figure, len(days), float(statistics.median(days)))


def build(
    facts: Sequence[CaseFacts],
    period: Period,
    levels: Sequence[LevelChoice],
    minimum: int = DEFAULT_MINIMUM,
    enrollment: Enrollment | None = None,
) -> Figures:
    """The published figures: every table suppressed, medians only over `minimum` cases; the
    group figures beside `enrollment` (the school year's, when typed in)."""
    if period.end < period.start:
        raise ValidationError("The period ends before it starts.")
    if period.end - period.start > timedelta(days=3660):
        raise ValidationError("Choose a period of at most ten years.")
    published = tuple(
        beside_enrollment(table, enrollment) if table.figure in BESIDE_ENROLLMENT else table
        for table in (
            PublishedTable(
                t.figure,
                FIGURE_TITLES[t.figure],
                t.rows,
                t.columns,
                suppress(t.counts, minimum),
            )
            for t in tables(facts, period, levels)
        )
    )
    opened = [f for f in facts if f.opened_on in period]
    return Figures(
        period,
        minimum,
        published,
        (
            _median(Figure.DAYS_TO_SCREENING, _days(opened, "screened_on"), minimum),
            _median(Figure.DAYS_TO_ASSESSMENT, _days(opened, "assessed_on"), minimum),
        ),
    )
