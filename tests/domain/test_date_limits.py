"""The days a date field accepts: a message naming the field, never an overflow later on."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from btam_desktop.domain.assessment import check_answer
from btam_desktop.domain.date_limits import LIFE, event_span
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.pack import Question, QuestionType

ON = date(2026, 12, 6)


def test_events_lie_within_ten_years_back_and_five_ahead() -> None:
    span = event_span(ON)
    assert (span.first, span.last) == (date(2016, 1, 1), date(2031, 12, 31))
    assert date(2016, 1, 1) in span and date(2031, 12, 31) in span
    assert date(2015, 12, 31) not in span and date(2032, 1, 1) not in span
    assert datetime(9999, 12, 31, 23, 59) not in span and datetime(2026, 1, 1, 8) in span


@pytest.mark.parametrize("day", [date.min, date.max, date(1899, 12, 31), date(2101, 1, 1)])
def test_the_ends_of_the_calendar_are_refused_with_the_fields_name(day: date) -> None:
    with pytest.raises(ValidationError, match=r"date of birth .* outside .*1900-01-01 to 2100"):
        LIFE.check(day, "date of birth")


def test_an_unchanged_date_keeps_passing_when_the_limits_have_moved_on() -> None:
    old = date(2009, 3, 2)  # saved long ago, kept as it was
    assert event_span(ON).check_changed(old, old, "start") == old
    with pytest.raises(ValidationError, match="start 2009-03-02"):
        event_span(ON).check_changed(old, date(2010, 1, 1), "start")
    assert event_span(ON).including(old, None).first == old


def test_a_pack_date_answer_in_year_9999_is_refused() -> None:
    question = Question("incident_on", QuestionType.DATE, "When did it happen?")
    assert check_answer(question, "2026-11-02") is None
    problem = check_answer(question, "9999-12-31")
    assert problem is not None and problem.startswith("'When did it happen?': The date 9999")
    wrong = check_answer(question, "tomorrow")
    assert wrong == "'When did it happen?' has an answer of the wrong kind."
