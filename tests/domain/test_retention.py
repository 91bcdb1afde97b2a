"""What is due for destruction or review: table-driven, with the boundary dates."""

from __future__ import annotations

from datetime import date

import pytest

from btam_desktop.domain.retention import (
    LEFT_SCHOOL_NOTE,
    CaseFacts,
    Counted,
    DueKind,
    Hold,
    KeepDecision,
    RecordKind,
    RetentionRule,
    Then,
    add_years,
    due,
)

RULES = (
    RetentionRule(applies_to=RecordKind.SCREENED_OUT, years=3, then=Then.DESTROY),
    RetentionRule(applies_to=RecordKind.NO_PLAN, years=5, then=Then.REVIEW),
    RetentionRule(applies_to=RecordKind.PLAN, years=7, then=Then.DESTROY, source="GS7 item 4"),
    RetentionRule(applies_to=RecordKind.LOW_LEVEL, years=1, then=Then.CLEAR_LEVEL),
)


def case(
    closed: date | None = date(2020, 6, 15),
    *,
    screened_out: bool = False,
    plan: bool = False,
    level: str = "",
) -> CaseFacts:
    return CaseFacts(
        case_id="c1",
        number="2019-0001",
        closed_on=closed,
        screened_out=screened_out,
        has_plan=plan,
        level=level,
        lowest_level="low",
    )


TABLE = [
    # (name, case, today, expected kinds)
    ("open case never due", case(None, screened_out=True), date(2099, 1, 1), []),
    ("screened out, a day early", case(screened_out=True), date(2023, 6, 14), []),
    ("screened out, on the day", case(screened_out=True), date(2023, 6, 15), [DueKind.DESTROY]),
    ("screened out, later", case(screened_out=True), date(2030, 1, 1), [DueKind.DESTROY]),
    ("no plan, a day early", case(), date(2025, 6, 14), []),
    ("no plan, on the day: review", case(), date(2025, 6, 15), [DueKind.REVIEW]),
    ("a plan outlasts a screening", case(plan=True), date(2023, 6, 15), []),
    ("a plan, a day early", case(plan=True), date(2027, 6, 14), []),
    ("a plan, on the day", case(plan=True), date(2027, 6, 15), [DueKind.DESTROY]),
    (
        "a plan beats screened out",
        case(plan=True, screened_out=True),
        date(2023, 6, 15),
        [],
    ),
    ("low label, a day early", case(level="low"), date(2021, 6, 14), []),
    ("low label, on the day", case(level="low"), date(2021, 6, 15), [DueKind.CLEAR_LEVEL]),
    ("a higher level is kept", case(level="high"), date(2021, 6, 15), []),
    (
        "label and review together",
        case(level="low"),
        date(2025, 6, 15),
        [DueKind.REVIEW, DueKind.CLEAR_LEVEL],
    ),
    (
        "no label offered on a record due for destruction",
        case(level="low", screened_out=True),
        date(2023, 6, 15),
        [DueKind.DESTROY],
    ),
]


@pytest.mark.parametrize(("name", "facts", "today", "kinds"), TABLE, ids=[t[0] for t in TABLE])
def test_what_is_due(name: str, facts: CaseFacts, today: date, kinds: list[DueKind]) -> None:
    items = due([facts], today, RULES)
    assert sorted(i.kind for i in items) == sorted(kinds)


def test_the_rule_that_applies_is_named() -> None:
    (item,) = due([case(plan=True)], date(2027, 6, 15), RULES)
    assert item.rule.applies_to is RecordKind.PLAN and item.due_on == date(2027, 6, 15)
    assert (
        item.rule.describe()
        == "closed with a plan: 7 years after closure, then destroy (GS7 item 4)"
    )


def test_no_rule_keeps_everything() -> None:
    assert due([case(screened_out=True), case(plan=True, level="low")], date(2099, 1, 1), ()) == ()


def test_29_february_counts_to_1_march_never_earlier() -> None:
    assert add_years(date(2020, 2, 29), 3) == date(2023, 3, 1)
    facts = case(date(2020, 2, 29), screened_out=True)
    assert due([facts], date(2023, 2, 28), RULES) == ()
    assert [i.kind for i in due([facts], date(2023, 3, 1), RULES)] == [DueKind.DESTROY]


def test_a_legal_hold_stops_destruction_and_the_label_and_is_not_overdue() -> None:
    hold = Hold(case_id="c1", reason="Subpoena 24-117", placed_on=date(2023, 1, 1))
    items = due([case(screened_out=True, level="low")], date(2030, 1, 1), RULES, [hold])
    assert [(i.kind, i.overdue) for i in items] == [(DueKind.HELD, False)]
    assert items[0].note == "Legal hold: Subpoena 24-117"


def test_a_keep_decision_moves_it_to_a_review_on_the_date_set() -> None:
    keep = KeepDecision(
        case_id="c1",
        reason="Sibling case open",
        decided_on=date(2023, 7, 1),
        review_on=date(2024, 7, 1),
    )
    facts = case(screened_out=True)
    assert due([facts], date(2024, 6, 30), RULES, keeps=[keep]) == ()
    (item,) = due([facts], date(2024, 7, 1), RULES, keeps=[keep])
    assert (item.kind, item.due_on, item.note) == (
        DueKind.REVIEW,
        date(2024, 7, 1),
        "Kept: Sibling case open",
    )
    later = KeepDecision(
        case_id="c1", reason="Still open", decided_on=date(2024, 7, 2), review_on=date(2026, 1, 1)
    )
    assert due([facts], date(2025, 1, 1), RULES, keeps=[later, keep]) == ()


def test_counted_from_leaving_school_only_offers_a_review() -> None:
    rules = (
        RetentionRule(
            applies_to=RecordKind.PLAN, years=5, after=Counted.LEFT_SCHOOL, then=Then.DESTROY
        ),
    )
    (item,) = due([case(plan=True)], date(2025, 6, 15), rules)
    assert (item.kind, item.note) == (DueKind.REVIEW, LEFT_SCHOOL_NOTE)


def test_items_come_oldest_first() -> None:
    older = CaseFacts(
        case_id="c0",
        number="2015-0003",
        closed_on=date(2016, 1, 1),
        screened_out=True,
        has_plan=False,
    )
    items = due([case(screened_out=True), older], date(2030, 1, 1), RULES)
    assert [i.number for i in items] == ["2015-0003", "2019-0001"]
