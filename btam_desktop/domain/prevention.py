"""Prevention, the public-health view: which risk and protective factors come up across the
cases of a period, and where the plans work on the most frequent risk factors, so that a team
can plan school-wide prevention and not only case by case.

Built from plain facts per case (`FactorFacts`, read by `storage/prevention_repo`) and
published through `suppression.suppress` with the same minimum as every other figure. Who is
counted: the cases *opened* in the period (as the other "cases opened" figures), each under
its latest assessment's factors and its latest plan's items.

A factor is the words a model pack names it by (a pack has no other id for a factor, and the
words are what an assessment stores). Cases assessed under different models are counted
together by those words: "Access to weapons" under two models is one row, "Means" and
"Access to weapons" stay two (no guessing at synonyms). A factor a team typed in because its
model does not list it is free text, so it is never shown: such cases count in one row,
`WRITTEN_IN`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from btam_desktop.domain.plan import DEFAULT_DOMAINS
from btam_desktop.domain.statistics import (
    FIGURE_TITLES,
    Figure,
    Period,
    PublishedTable,
    Table,
)
from btam_desktop.domain.suppression import DEFAULT_MINIMUM, Published, suppress

#: How many of the most frequent risk factors the interventions table follows.
TOP_FACTORS = 5
#: The row of factors typed in (not in the case's model): counted, never quoted.
WRITTEN_IN = "Others written in"
#: The column of plan items filed under a domain no counted model names.
OTHER_DOMAIN = "Other domain"
#: The figures of this view, in the order they are published.
FIGURES = (Figure.RISK_FACTORS, Figure.PROTECTIVE_FACTORS, Figure.FACTOR_INTERVENTIONS)


@dataclass(frozen=True, slots=True)
class Model:
    """What one model pack names, in its order: its factors and its plan domains."""

    risk: tuple[str, ...]
    protective: tuple[str, ...]
    domains: tuple[str, ...] = ()

    @property
    def plan_domains(self) -> tuple[str, ...]:
        # A pack without domains of its own plans in the default ones (`services/manage`).
        return self.domains or DEFAULT_DOMAINS


@dataclass(frozen=True, slots=True, kw_only=True)
class FactorFacts:
    """What the view needs of one case, as plain values (no names, no free text shown)."""

    opened_on: date
    #: The model of the case's latest assessment ("" when it has none).
    model: str = ""
    #: That assessment's factors, as stored (the model's words, or words typed in).
    risk: tuple[str, ...] = ()
    protective: tuple[str, ...] = ()
    #: The latest plan's items: (domain, the risk factors it reduces).
    against: tuple[tuple[str, tuple[str, ...]], ...] = ()


def _rows(lists: Sequence[tuple[str, ...]]) -> list[str]:
    """The factors of several models in their order, once each."""
    return list(dict.fromkeys(f for names in lists for f in names))


def _factor_table(
    figure: Figure,
    assessed: Sequence[FactorFacts],
    models: Mapping[str, Model],
    team: str,
    risk: bool,
) -> Table:
    def named(m: Model) -> tuple[str, ...]:
        return m.risk if risk else m.protective

    used = [team, *sorted({f.model for f in assessed} - {team})]
    rows = _rows([named(models[m]) for m in used if m in models])
    counted: Counter[str] = Counter()
    for f in assessed:
        listed = set(named(models[f.model])) if f.model in models else set()
        factors = set(f.risk if risk else f.protective)
        counted.update(factors & listed)
        if factors - listed:
            counted[WRITTEN_IN] += 1  # a case once, however many it typed in
    labels = [*rows, *([WRITTEN_IN] if counted[WRITTEN_IN] else [])]
    return Table(figure, tuple(labels), ("Cases",), tuple((counted[r],) for r in labels))


def _interventions_table(
    opened: Sequence[FactorFacts], top: Sequence[str], models: Mapping[str, Model], team: str
) -> Table:
    """Per top risk factor, per plan domain: the cases whose latest plan has at least one
    item in that domain that reduces the factor (a case once per domain)."""
    domains = list(models[team].plan_domains if team in models else DEFAULT_DOMAINS)
    known = {d for m in models.values() for d in m.plan_domains}
    pairs: set[tuple[int, str, str]] = set()
    for n, f in enumerate(opened):
        for domain, reduces in f.against:
            column = domain if domain in known else OTHER_DOMAIN
            pairs.update((n, factor, column) for factor in reduces if factor in top)
    counted = Counter((factor, column) for _, factor, column in pairs)
    used = {column for _, _, column in pairs}
    extra = sorted(used - set(domains) - {OTHER_DOMAIN})
    columns = [*domains, *extra, *([OTHER_DOMAIN] if OTHER_DOMAIN in used else [])]
    return Table(
        Figure.FACTOR_INTERVENTIONS,
        tuple(top),
        tuple(columns),
        tuple(tuple(counted[(factor, c)] for c in columns) for factor in top),
    )


def factor_tables(
    facts: Sequence[FactorFacts], period: Period, models: Mapping[str, Model], team: str
) -> list[Table]:
    """The factor counts of the cases opened in `period`, before suppression (`team`: the
    team's model, whose factors are rows even when no case names them)."""
    assessed = [f for f in facts if f.opened_on in period and f.model]
    return [
        _factor_table(Figure.RISK_FACTORS, assessed, models, team, risk=True),
        _factor_table(Figure.PROTECTIVE_FACTORS, assessed, models, team, risk=False),
    ]


def _published(table: Table, minimum: int) -> PublishedTable:
    # No rows (no factor shown to follow): zeros under each column, as a table of zeros has.
    values = (
        suppress(table.counts, minimum)
        if table.rows
        else Published((), (), tuple(0 for _ in table.columns), 0)
    )
    return PublishedTable(
        table.figure, FIGURE_TITLES[table.figure], table.rows, table.columns, values
    )


def most_first(table: PublishedTable) -> PublishedTable:
    """The rows by their *published* counts, most first: hidden rows after every shown count
    over zero, zeros last, `WRITTEN_IN` at the end, ties in the model's order. Sorting by the
    true counts would place a hidden count between two shown ones and so give its range away."""
    v = table.values

    def key(i: int) -> tuple[int, int, int]:
        shown = v.cells[i][0]
        group = 2 if shown == 0 else 1 if shown is None else 0
        return (table.rows[i] == WRITTEN_IN, group, -(shown or 0))

    order = sorted(range(len(table.rows)), key=key)  # stable: ties keep the model's order
    return PublishedTable(
        table.figure,
        table.title,
        tuple(table.rows[i] for i in order),
        table.columns,
        Published(
            tuple(v.cells[i] for i in order),
            tuple(v.row_totals[i] for i in order),
            v.column_totals,
            v.total,
        ),
    )


def top_factors(table: PublishedTable, count: int = TOP_FACTORS) -> list[str]:
    """The most frequent factors as published (`most_first` order): shown counts over zero
    only, never a factor picked by a hidden count."""
    return [
        row
        for row, cells in zip(table.rows, table.values.cells, strict=True)
        if row != WRITTEN_IN and (cells[0] or 0) > 0
    ][:count]


def build(
    facts: Sequence[FactorFacts],
    period: Period,
    models: Mapping[str, Model],
    team: str,
    minimum: int = DEFAULT_MINIMUM,
) -> tuple[PublishedTable, ...]:
    """The published tables of the view (`FIGURES`): risk factors and protective factors most
    first, then the plan domains used against the most frequent risk factors."""
    risk, protective = (
        most_first(_published(t, minimum)) for t in factor_tables(facts, period, models, team)
    )
    opened = [f for f in facts if f.opened_on in period]
    against = _interventions_table(opened, top_factors(risk), models, team)
    return (risk, protective, _published(against, minimum))
