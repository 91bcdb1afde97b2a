"""The days a date field accepts.

Python's calendar runs from year 1 to 9999, and a date at either end breaks the arithmetic
done on it later (a training's expiry one year on, a meeting's end an hour on, a local time
converted to UTC), so a typo such as 9999 or 0001 used to end in a crash instead of a message.
A school's records live in a far narrower band: people are born and serve on a team within
1900..2100, and the events a team records (reports, meetings, reviews, trainings) lie within
a few years of today. The window's date pickers offer exactly these spans, and the services
refuse anything outside them, because the command line and imports bypass the pickers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from btam_desktop.domain.errors import ValidationError

#: How far back an event may be recorded: a team that starts with this app enters the cases
#: of the last years, never decades ago.
EVENT_YEARS_BACK = 10
#: How far ahead an event may be planned (a review, a meeting, a training's expiry).
EVENT_YEARS_AHEAD = 5


@dataclass(frozen=True, slots=True)
class Span:
    """First and last day (both included) a date field accepts."""

    first: date
    last: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= _day(day) <= self.last

    def check(self, day: date, what: str) -> date:
        """`day` itself, or a ValidationError that names the field and the accepted days."""
        if day not in self:
            raise ValidationError(
                f"The {what} {_day(day).isoformat()} is outside the dates this app accepts "
                f"({self.first.isoformat()} to {self.last.isoformat()}). Check the year."
            )
        return day

    def check_optional(self, day: date | None, what: str) -> date | None:
        return None if day is None else self.check(day, what)

    def check_changed(self, day: date | None, before: date | None, what: str) -> date | None:
        """Only a date being changed is held to the limits: one saved earlier and kept as it
        was (a plan's old start date, now further back than the limit reaches) stays valid."""
        return day if day == before else self.check_optional(day, what)

    def including(self, *days: date | None) -> Span:
        """This span widened to hold `days`: a record entered before a limit existed (or
        further back than the limit now reaches) is shown and kept as it is, not clamped."""
        known = [_day(d) for d in days if d is not None]
        return Span(min([self.first, *known]), max([self.last, *known]))


def _day(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


#: Dates of a person's life and of team membership: birth dates, active from/to, and the
#: date answers of a model pack's questions.
LIFE = Span(date(1900, 1, 1), date(2100, 12, 31))


def event_span(today: date) -> Span:
    """Events a team records or plans: from 1 January ten years back to 31 December five
    years ahead of `today`."""
    return Span(
        date(today.year - EVENT_YEARS_BACK, 1, 1), date(today.year + EVENT_YEARS_AHEAD, 12, 31)
    )
