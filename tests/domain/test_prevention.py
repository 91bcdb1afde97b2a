"""The prevention view's counts from plain facts (no file): which cases count, rows most first by
their published counts, what a hidden count may not reveal, and the interventions table."""

from __future__ import annotations

from datetime import date

import pytest

from btam_desktop.domain.prevention import (
    OTHER_DOMAIN,
    WRITTEN_IN,
    FactorFacts,
    Model,
    build,
    factor_tables,
)
from btam_desktop.domain.statistics import Figure, school_year

MODELS = {
    "a": Model(("Grievance", "Means", "Isolation"), ("Trusted adult",), ("Student", "School")),
    "b": Model(("Means", "Recent loss"), ("Family",)),  # plans in the default domains
}
YEAR = school_year(2026)
IN_YEAR, LAST_YEAR = date(2026, 9, 1), date(2026, 6, 30)


def _case(
    risk: tuple[str, ...],
    model: str = "a",
    on: date = IN_YEAR,
    against: tuple[tuple[str, tuple[str, ...]], ...] = (),
) -> FactorFacts:
    return FactorFacts(opened_on=on, model=model, risk=risk, against=against)


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        # Each case once per factor; the team's model's factors always listed (zeros shown).
        ([_case(("Grievance", "Means"))] * 3, {"Grievance": 3, "Means": 3, "Isolation": 0}),
        # Another model's words join its rows after the team's; the same words count together.
        (
            [_case(("Means",)), _case(("Means", "Recent loss"), "b")],
            {"Means": 2, "Grievance": 0, "Isolation": 0, "Recent loss": 1},
        ),
        # Words typed in: one row, a case once however many; never the words themselves.
        (
            [_case(("Grievance", "A feud", "A dare")), _case(("Another",))],
            {"Grievance": 1, "Means": 0, "Isolation": 0, WRITTEN_IN: 2},
        ),
        # Last year's cases and cases never assessed do not count.
        (
            [_case(("Means",), on=LAST_YEAR), _case((), model="")],
            {"Grievance": 0, "Means": 0, "Isolation": 0},
        ),
        # A model not on this computer: its words cannot be told from typed ones.
        ([_case(("Means",), "gone")], {"Grievance": 0, "Means": 0, "Isolation": 0, WRITTEN_IN: 1}),
    ],
)
def test_risk_factors_counted_by_case(facts: list[FactorFacts], expected: dict[str, int]) -> None:
    risk, _ = factor_tables(facts, YEAR, MODELS, "a")
    assert dict(zip(risk.rows, (c[0] for c in risk.counts), strict=True)) == expected


def test_rows_most_first_by_published_counts_only() -> None:
    facts = (
        [_case(("Isolation",))] * 12
        + [_case(("Means",))] * 3  # hidden: under 10
        + [_case(("Grievance", "Recent loss"), "b")] * 11  # "Grievance" is not b's: written in
    )
    risk = build(facts, YEAR, MODELS, "a", minimum=10)[0]
    assert risk.figure is Figure.RISK_FACTORS
    # Shown counts most first, then the hidden ones in the models' order (the 11 of "Recent
    # loss" is hidden so the total cannot give the 3 away: placed by its true count, it would
    # show it is the larger), then zeros; typed-in last.
    assert risk.rows == ("Isolation", "Means", "Recent loss", "Grievance", WRITTEN_IN)
    assert [c[0] for c in risk.values.cells] == [12, None, None, 0, 11]


def test_interventions_against_the_top_factors_by_domain() -> None:
    plan = (("Student", ("Means",)), ("Student", ("Means", "Isolation")), ("Gym", ("Means",)))
    facts = [_case(("Means", "Isolation"), against=plan)] * 10 + [
        _case(("Means",), "b", against=(("Target", ("Means",)), ("School", ("Grievance",))))
    ] * 10
    against = build(facts, YEAR, MODELS, "a", minimum=10)[2]
    assert against.rows == ("Means", "Isolation")  # Grievance: named by no assessment
    # The team's domains, then another model's used, then the unknown ones together.
    assert against.columns == ("Student", "School", "Target", OTHER_DOMAIN)
    assert against.values.cells == ((10, 0, 10, 10), (10, 0, 0, 0))


def test_a_hidden_factor_is_never_followed() -> None:
    facts = [_case(("Means",), against=(("Student", ("Means",)),))] * 4
    risk, _, against = build(facts, YEAR, MODELS, "a", minimum=5)
    assert risk.values.cells[0] == (None,)
    assert against.rows == () and against.values.total == 0


def test_the_top_is_five() -> None:
    models = {"m": Model(tuple(f"F{i}" for i in range(8)), ())}
    facts = [_case(tuple(f"F{i}" for i in range(8)), "m")] * 10
    assert len(build(facts, YEAR, models, "m", minimum=10)[2].rows) == 5
