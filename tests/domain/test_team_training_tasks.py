"""Composition and quorum, training expiry, meeting rules and the grouping of My tasks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.meeting import (
    ActionItem,
    ActionKind,
    Meeting,
    check_action,
    check_meeting,
    ensure_editable,
)
from btam_desktop.domain.records import initials
from btam_desktop.domain.tasks import Task, TaskGroup, TaskKind, group_of, grouped
from btam_desktop.domain.team import Member, Role, TeamSettings, backup_age_days, composition
from btam_desktop.domain.training import (
    Training,
    TrainingState,
    check_training,
    default_expiry,
    latest_expiry,
    training_state,
)
from tests.conftest import PinClock

TODAY = date(2026, 11, 28)
REQUIRED = ("administrator", "counselor", "law_enforcement")


def member(name: str, role: Role, *disciplines: str) -> Member:
    return Member(id=name.lower(), name=name, role=role, disciplines=disciplines)


@pytest.mark.parametrize(
    ("team", "size_ok", "missing"),
    [
        ([], False, REQUIRED),
        (
            [
                member("A", Role.ADMINISTRATOR),
                member("B", Role.COUNSELOR),
                member("C", Role.LAW_ENFORCEMENT),
            ],
            False,  # three people: the roles are there, the size is not
            (),
        ),
        (
            [
                member("A", Role.ADMINISTRATOR),
                member("B", Role.PSYCHOLOGIST, "counselor"),  # a discipline fills the role
                member("C", Role.TEACHER),
                member("D", Role.NURSE),
            ],
            True,
            ("law_enforcement",),
        ),
        ([member(str(i), Role.OTHER) for i in range(10)], False, REQUIRED),
        ([member(str(i), Role.OTHER) for i in range(9)], True, REQUIRED),
    ],
)
def test_composition(team: list[Member], size_ok: bool, missing: tuple[str, ...]) -> None:
    result = composition(team, REQUIRED)
    assert (result.size_ok, result.missing, result.complete) == (size_ok, missing, not missing)


@pytest.mark.parametrize(
    ("expires", "state"),
    [
        (None, TrainingState.NONE),
        (TODAY - timedelta(days=1), TrainingState.LAPSED),
        (TODAY, TrainingState.DUE),
        (TODAY + timedelta(days=30), TrainingState.DUE),
        (TODAY + timedelta(days=31), TrainingState.CURRENT),
    ],
)
def test_training_state(expires: date | None, state: TrainingState) -> None:
    assert training_state(expires, TODAY) is state


def test_training_expires_a_year_later_by_default_and_the_latest_counts() -> None:
    assert default_expiry(date(2026, 3, 1)) == date(2027, 3, 1)
    assert default_expiry(date(2028, 2, 29)) == date(2029, 2, 28)
    old = Training(
        id="1",
        member_id="m",
        taken_on=date(2024, 1, 1),
        course="Course",
        provider="",
        hours=6,
        expires_on=date(2025, 1, 1),
    )
    new = Training(
        id="2",
        member_id="m",
        taken_on=date(2026, 1, 1),
        course="Course",
        provider="",
        hours=6,
        expires_on=date(2027, 1, 1),
    )
    assert latest_expiry([old, new], "m") == date(2027, 1, 1)
    assert latest_expiry([old, new], "someone else") is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"course": " "}, "Name the course"),
        ({"taken_on": TODAY + timedelta(days=1)}, "future"),
        ({"expires_on": date(2026, 1, 1)}, "after the training date"),
        ({"hours": -1}, "between 0 and 200"),
    ],
)
def test_bad_training_is_refused(change: dict[str, object], message: str) -> None:
    fields: dict[str, object] = dict(
        id="1",
        member_id="m",
        taken_on=date(2026, 1, 1),
        course="Course",
        provider="",
        hours=6.0,
        expires_on=date(2027, 1, 1),
    )
    fields.update(change)
    with pytest.raises(ValidationError, match=message):
        check_training(Training(**fields), TODAY)  # type: ignore[arg-type]


@pytest.mark.parametrize("start", ["3pm", "24:00", "15:60", ""])
def test_meeting_start_time_must_be_a_clock_time(start: str) -> None:
    with pytest.raises(ValidationError, match="HH:MM"):
        check_meeting(Meeting(id="m", held_on=TODAY, starts_at=start, duration_minutes=60))


def test_approved_minutes_are_locked() -> None:
    ensure_editable(Meeting(id="m", held_on=TODAY, starts_at="15:30", duration_minutes=60))
    with pytest.raises(ValidationError, match="addendum"):
        ensure_editable(
            Meeting(
                id="m",
                held_on=TODAY,
                starts_at="15:30",
                duration_minutes=60,
                approved_at="2026-11-28T16:00:00+00:00",
            )
        )


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (
            ActionItem(id="a", kind=ActionKind.TASK, what=" ", assignee_id="m", due_on=None),
            "what is to be done",
        ),
        (
            ActionItem(id="a", kind=ActionKind.TASK, what="Call", assignee_id=None, due_on=None),
            "who does it",
        ),
        (
            ActionItem(
                id="a", kind=ActionKind.INTERVENTION, what="Check-in", assignee_id="m", due_on=None
            ),
            "belong to a case",
        ),
    ],
)
def test_action_items_need_what_who_and_a_case_for_case_work(
    item: ActionItem, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        check_action(item)


def test_tasks_group_by_due_date() -> None:
    def task(due: date | None, number: str = "") -> Task:
        return Task(TaskKind.ACTION, "t", due, None, number)

    assert group_of(task(TODAY - timedelta(days=1)), TODAY) is TaskGroup.OVERDUE
    assert group_of(task(TODAY), TODAY) is TaskGroup.THIS_WEEK
    assert group_of(task(TODAY + timedelta(days=7)), TODAY) is TaskGroup.THIS_WEEK
    assert group_of(task(TODAY + timedelta(days=8)), TODAY) is TaskGroup.LATER
    assert group_of(task(None), TODAY) is TaskGroup.LATER
    later = grouped([task(None, "2026-0001"), task(TODAY + timedelta(days=9), "2026-0002")], TODAY)
    assert [t.case_number for t in later[TaskGroup.LATER]] == ["2026-0002", "2026-0001"]
    assert list(later) == list(TaskGroup)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kenzie Varga-Holloway", "K.V.-H."),
        ("Nomvula T. Mahlangu", "N.T.M."),
        ("  ", ""),
        ("élodie  Brun", "É.B."),
    ],
)
def test_initials(name: str, expected: str) -> None:
    assert initials(name) == expected


def test_the_backup_reminder_counts_calendar_days_past_the_teams_setting(
    pin_clock: PinClock,
) -> None:
    """Backed up on the evening of the 1st in New York (stored in UTC: already the 2nd): on
    the 8th it is 7 days old, not more than a 7-day setting; on the 9th it is 8."""
    pin_clock(datetime(2027, 3, 9, 12, 0), "America/New_York")  # the zone the days are in
    evening = datetime(2027, 3, 1, 22, 0, tzinfo=ZoneInfo("America/New_York"))
    stored = evening.astimezone(UTC).isoformat()
    assert stored.startswith("2027-03-02")
    assert backup_age_days(stored, 7, date(2027, 3, 8)) is None
    assert backup_age_days(stored, 7, date(2027, 3, 9)) == 8
    assert backup_age_days(stored, 10, date(2027, 3, 9)) is None
    assert backup_age_days(None, 7, date(2027, 3, 9)) == -1  # never backed up


@pytest.mark.parametrize("days", [0, 91])
def test_the_backup_reminder_stays_within_a_quarter(days: int) -> None:
    with pytest.raises(ValidationError, match="between 1 and 90 days"):
        TeamSettings(backup_reminder_days=days)
