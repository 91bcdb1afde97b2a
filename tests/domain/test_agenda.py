"""The agenda's ordering rules, table by table (pure domain, no file)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from itertools import count

import pytest

from btam_desktop.domain.agenda import CaseFacts, Part, Said, TrainingDue, build_agenda, read_reason
from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.meeting import AgendaItem, AgendaKind, Meeting, Minutes

MEETING = date(2026, 12, 3)
LAST = date(2026, 11, 14)
K = AgendaKind


def ids() -> Callable[[], str]:
    numbers = count(1)
    return lambda: f"item{next(numbers)}"


def case(number: str, status: CaseStatus = CaseStatus.MANAGEMENT, **facts: object) -> CaseFacts:
    return CaseFacts(f"id-{number}", number, status, **facts)  # type: ignore[arg-type]


def agenda(
    cases: list[CaseFacts], training: list[TrainingDue] | None = None, last: date | None = LAST
) -> list[AgendaItem]:
    return build_agenda(cases, training or [], MEETING, last, ids())


def kinds_and_titles(cases: list[CaseFacts], **kw: object) -> list[tuple[AgendaKind, str]]:
    return [(i.kind, i.title) for i in agenda(cases, **kw)]  # type: ignore[arg-type]


SECTION_ORDER = [
    # (case facts, expected (kind, title) items before "Other business")
    (
        [
            case("2026-0009", proposed_for_closure=True),
            case("2026-0008", missing_notifications=("parents or guardians",)),
            case("2026-0007", open_inquiry_dues=(MEETING - timedelta(days=1),)),
            case("2026-0006", next_review=MEETING),
            case("2026-0005", CaseStatus.REFERRAL, referrals_received=(MEETING,)),
            case("2026-0004", CaseStatus.INQUIRY, urgent=True),
        ],
        [
            (K.URGENT, "2026-0004"),
            (K.NEW_REFERRAL, "2026-0005"),
            (K.REVIEW_DUE, "2026-0006"),
            (K.OVERDUE, "2026-0007"),
            (K.NOTIFICATIONS, "2026-0008"),
            (K.CLOSURE, "2026-0009"),
        ],
    ),
    # Reviews: highest level first, then the earliest review date, then the number.
    (
        [
            case("2026-0001", next_review=MEETING, level_rank=0, level_label="Low"),
            case("2026-0002", next_review=MEETING - timedelta(days=9), level_rank=2),
            case("2026-0003", next_review=MEETING - timedelta(days=2), level_rank=2),
            case("2026-0004", next_review=MEETING + timedelta(days=1), level_rank=2),
            case("2026-0005", next_review=MEETING, level_rank=-1),
        ],
        [
            (K.REVIEW_DUE, "2026-0002"),
            (K.REVIEW_DUE, "2026-0003"),
            (K.REVIEW_DUE, "2026-0001"),
            (K.REVIEW_DUE, "2026-0005"),
        ],
    ),
    # New referrals: only those after the last meeting and by the meeting date, oldest first;
    # an urgent case is discussed once, as urgent.
    (
        [
            case("2026-0001", referrals_received=(LAST,)),
            case("2026-0002", referrals_received=(LAST + timedelta(days=3),)),
            case("2026-0003", referrals_received=(LAST + timedelta(days=1),)),
            case("2026-0004", referrals_received=(MEETING + timedelta(days=1),)),
            case("2026-0005", CaseStatus.SCREENING, urgent=True, referrals_received=(MEETING,)),
        ],
        [
            (K.URGENT, "2026-0005"),
            (K.NEW_REFERRAL, "2026-0003"),
            (K.NEW_REFERRAL, "2026-0002"),
        ],
    ),
    # Urgent means not yet under a plan; closed cases never appear.
    (
        [
            case("2026-0001", CaseStatus.MANAGEMENT, urgent=True),
            case("2026-0002", CaseStatus.CLOSED, urgent=True, next_review=MEETING),
            case("2026-0003", CaseStatus.ASSESSMENT, urgent=True),
        ],
        [(K.URGENT, "2026-0003")],
    ),
    # Overdue: strictly before the meeting date; due on the day is not overdue yet.
    (
        [
            case("2026-0001", open_intervention_dues=(MEETING,)),
            case(
                "2026-0002",
                open_intervention_dues=(MEETING - timedelta(days=1),) * 2,
                open_inquiry_dues=(MEETING - timedelta(days=5),),
            ),
        ],
        [(K.OVERDUE, "2026-0002")],
    ),
]


@pytest.mark.parametrize(("cases", "expected"), SECTION_ORDER)
def test_agenda_sections_and_order(
    cases: list[CaseFacts], expected: list[tuple[AgendaKind, str]]
) -> None:
    assert kinds_and_titles(cases) == [*expected, (K.OTHER, "Other business")]


def test_reasons_say_why_without_student_text() -> None:
    items = agenda(
        [
            case(
                "2026-0002",
                open_intervention_dues=(MEETING - timedelta(days=1),) * 2,
                open_inquiry_dues=(MEETING - timedelta(days=5),),
            ),
            case(
                "2026-0003", next_review=date(2026, 12, 1), level_rank=2, level_label="High concern"
            ),
        ]
    )
    reasons = {i.title: i.reason for i in items}
    assert reasons["2026-0002"] == "2 interventions and 1 inquiry item overdue"
    assert reasons["2026-0003"] == "Review due 2026-12-01 · High concern"


def test_without_an_earlier_meeting_new_means_the_last_30_days() -> None:
    cases = [
        case("2026-0001", referrals_received=(MEETING - timedelta(days=29),)),
        case("2026-0002", referrals_received=(MEETING - timedelta(days=31),)),
    ]
    assert kinds_and_titles(cases, last=None)[:-1] == [(K.NEW_REFERRAL, "2026-0001")]


def test_training_item_lists_due_and_lapsed_members_soonest_first() -> None:
    items = agenda(
        [],
        [
            TrainingDue("Priya Anand-Moss", None),
            TrainingDue("Dana Whitlock-Oyelaran", MEETING + timedelta(days=20)),
            TrainingDue("Lucía Ferreira-Boyd", MEETING - timedelta(days=5)),
        ],
    )
    assert [i.kind for i in items] == [K.TRAINING, K.OTHER]
    assert items[0].reason == (
        "Priya Anand-Moss (no training recorded), Lucía Ferreira-Boyd (lapsed 2026-11-28), "
        "Dana Whitlock-Oyelaran (due 2026-12-23)"
    )


def test_time_estimates_add_up() -> None:
    items = agenda([case("2026-0001", CaseStatus.INQUIRY, urgent=True)])
    minutes = Minutes(
        Meeting(id="m", held_on=MEETING, starts_at="15:30", duration_minutes=60), tuple(items)
    )
    assert [i.minutes for i in items] == [15, 10]
    assert minutes.total_minutes() == 25


def test_every_item_gets_its_own_id_and_links_its_case() -> None:
    items = agenda(
        [case("2026-0001", next_review=MEETING), case("2026-0002", proposed_for_closure=True)]
    )
    assert len({i.id for i in items}) == len(items)
    assert [i.case_id for i in items] == ["id-2026-0001", "id-2026-0002", None]


def test_a_case_is_discussed_once_with_everything_due_about_it() -> None:
    items = agenda(
        [
            case(
                "2026-0004",
                CaseStatus.INQUIRY,
                urgent=True,
                open_inquiry_dues=(MEETING - timedelta(days=2),),
                missing_notifications=("parents or guardians",),
            ),
            case(
                "2026-0006",
                next_review=MEETING,
                level_rank=2,
                level_label="High concern",
                open_intervention_dues=(MEETING - timedelta(days=1),),
                proposed_for_closure=True,
            ),
        ]
    )
    assert [(i.kind, i.title) for i in items] == [
        (K.URGENT, "2026-0004"),
        (K.REVIEW_DUE, "2026-0006"),
        (K.OTHER, "Other business"),
    ]
    assert items[0].reason == (
        "Urgent: in Inquiry; 1 inquiry item overdue; Still to notify: parents or guardians"
    )
    assert items[1].reason == (
        f"Review due {MEETING.isoformat()} · High concern; 1 intervention overdue; "
        "The last review proposed closing"
    )
    assert len({i.id for i in items}) == len(items)


def test_a_built_reason_is_read_back_part_by_part() -> None:
    """The window says a reason in its language from these parts: every part the builder
    writes is recognized (none comes back as typed), a typed note comes back as typed."""
    items = agenda(
        [
            case("2026-0001", CaseStatus.SCREENING, urgent=True, open_inquiry_dues=(LAST,)),
            case(
                "2026-0002",
                referrals_received=(MEETING,),
                next_review=MEETING,
                level_rank=1,
                level_label="Moderate concern",
                open_intervention_dues=(LAST,),
                missing_notifications=("parents or guardians", "law enforcement"),
                proposed_for_closure=True,
            ),
            case("2026-0003", next_review=MEETING),
        ],
        [TrainingDue("Priya Anand-Moss", None), TrainingDue("Dana Oyelaran", MEETING)],
    )
    parts = {i.title: read_reason(i) for i in items}
    assert parts["2026-0001"] == (
        Part(Said.URGENT, ("Screening",)),
        Part(Said.OVERDUE, ("0", "1")),
    )
    assert parts["2026-0002"] == (
        Part(Said.NEW_REFERRAL, ("2026-12-03",)),
        Part(Said.STAGE, ("Management",)),
        Part(Said.REVIEW_DUE, ("2026-12-03", "Moderate concern")),
        Part(Said.OVERDUE, ("1", "0")),
        Part(Said.STILL_TO_NOTIFY, ("parents or guardians", "law enforcement")),
        Part(Said.PROPOSED_CLOSING),
    )
    assert parts["2026-0003"] == (Part(Said.REVIEW_DUE, ("2026-12-03", "")),)
    assert parts["Training due"] == (
        Part(Said.TRAINING, ("Priya Anand-Moss", "none", "")),
        Part(Said.TRAINING, ("Dana Oyelaran", "due", "2026-12-03")),
    )
    assert read_reason(items[-1]) == ()
    typed = AgendaItem(
        id="x", kind=K.OTHER, title="Budget", reason="Ask the principal; in Screening"
    )
    assert read_reason(typed) == (Part(Said.AS_TYPED, ("Ask the principal; in Screening",)),)
    older = AgendaItem(
        id="y", kind=K.REVIEW_DUE, title="2026-0009", reason="Due for review", case_id="id-9"
    )
    assert read_reason(older) == (Part(Said.AS_TYPED, ("Due for review",)),)
