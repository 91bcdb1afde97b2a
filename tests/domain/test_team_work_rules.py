"""Pure rules behind "the team's work holds together": who a due item goes to, how names are
matched at intake, the team's usual meeting slot, and which checklist item an interview
answers."""

from __future__ import annotations

from datetime import date

import pytest

from btam_desktop.domain.inquiry import InquiryItem, ItemStatus, item_for_interviewee
from btam_desktop.domain.meeting import Meeting, usual_slot
from btam_desktop.domain.records import could_be_same_name, name_words
from btam_desktop.domain.tasks import owners
from btam_desktop.domain.team import Member, Role

ACTIVE = frozenset({"lead", "ana", "ben"})
LEADS = ("lead",)


@pytest.mark.parametrize(
    ("assignee", "manager", "expected"),
    [
        ("ana", "ben", ("ana",)),  # the assignee while on the team
        ("gone", "ben", ("ben",)),  # left: the case manager
        (None, "ben", ("ben",)),  # nobody assigned: the case manager
        (None, "gone", ("lead",)),  # the manager left too: the leads
        (None, None, ("lead",)),  # no manager at all: the leads
        ("gone", None, ("lead",)),
    ],
)
def test_a_due_item_goes_to_someone_on_the_team(
    assignee: str | None, manager: str | None, expected: tuple[str, ...]
) -> None:
    assert owners(assignee, manager, ACTIVE, LEADS) == expected


def test_a_removed_lead_is_not_an_owner() -> None:
    assert owners(None, None, ACTIVE, ("former-lead", "lead")) == ("lead",)


@pytest.mark.parametrize(
    ("typed", "recorded", "same"),
    [
        ("Sam Testcase", "Sam Q. Testcase", True),  # no middle initial
        ("testcase sam", "Sam Q. Testcase", True),  # order and case
        ("Kenzie Varga", "Kenzie Varga-Holloway", True),  # half of a double surname
        ("zoe ngata", "Zoë Ngata-Lefèvre", True),  # accents
        ("Liam O'Rourke", "Liam O\u2019Rourke-Baptiste", True),  # either apostrophe
        ("Mate", "Mateo Brightwater", True),  # typing in progress
        ("Sam Smith", "Sam Q. Testcase", False),
        ("Ava", "Ada Lindqvist-Obi", False),
        ("Q.", "Sam Q. Testcase", False),  # an initial alone names nobody
    ],
)
def test_names_match_as_people_type_them(typed: str, recorded: str, same: bool) -> None:
    assert could_be_same_name(typed, recorded) is same


def test_name_words_drop_initials_and_split_double_names() -> None:
    assert name_words("José María Núñez-O'Neill") == ["jose", "maria", "nunez", "neill"]
    assert name_words("Sam Q. Testcase") == ["sam", "testcase"]


def _meeting(day: date, starts: str = "15:30", place: str = "Room B") -> Meeting:
    return Meeting(
        id="m-" + day.isoformat(), held_on=day, starts_at=starts, duration_minutes=60, place=place
    )


def test_a_new_meeting_starts_on_the_usual_day_time_and_place() -> None:
    tuesdays = [_meeting(date(2026, 11, d)) for d in (3, 10, 17)]  # Tuesdays
    odd = _meeting(date(2026, 11, 20), "07:45", "Library")  # one Friday, the latest
    slot = usual_slot([*tuesdays, odd], date(2026, 12, 2))  # a Wednesday
    assert slot.held_on == date(2026, 12, 8)  # the next Tuesday
    assert slot.held_on.weekday() == 1
    assert (slot.starts_at, slot.place) == ("07:45", "Library")  # as the latest meeting


def test_on_the_usual_day_itself_the_next_meeting_is_a_week_on() -> None:
    slot = usual_slot([_meeting(date(2026, 11, 3))], date(2026, 12, 1))  # both Tuesdays
    assert slot.held_on == date(2026, 12, 8)


def test_a_team_without_meetings_starts_a_week_from_today() -> None:
    assert usual_slot([], date(2026, 12, 2)).held_on == date(2026, 12, 9)


def _source(item_id: str, text: str, status: ItemStatus = ItemStatus.NOT_STARTED) -> InquiryItem:
    return InquiryItem(
        id=item_id, case_id="case", kind="source", text=text, position=0, status=status
    )


def test_an_interview_suggests_the_checklist_item_it_answers() -> None:
    items = [
        _source("a", "Interview the student"),
        _source("b", "Talk with the target(s) or recipients of the communication"),
        _source("c", "Talk with parents or guardians"),
        _source("d", "Talk with teachers and staff who know the student"),
    ]
    assert item_for_interviewee(items, "subject") == items[0]
    assert item_for_interviewee(items, "target") == items[1]
    assert item_for_interviewee(items, "guardian") == items[2]
    assert item_for_interviewee(items, "teacher") == items[3]
    assert item_for_interviewee(items, "other") is None
    answered = [_source("a", "Interview the student", ItemStatus.ANSWERED)]
    assert item_for_interviewee(answered, "subject") is None


def test_a_member_who_left_is_named_with_the_day_they_left() -> None:
    gone = Member(
        id="x",
        name="Priya Anand-Moss",
        role=Role.TEACHER,
        active=False,
        active_to=date(2026, 12, 6),
    )
    assert gone.shown_name == "Priya Anand-Moss (left the team on 2026-12-06)"
    assert Member(id="y", name="Dana Whitlock-Oyelaran", role=Role.ADMINISTRATOR).shown_name == (
        "Dana Whitlock-Oyelaran"
    )
