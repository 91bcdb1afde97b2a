"""A recent moment as a status line says it: the time alone today, the date too otherwise."""

from __future__ import annotations

from datetime import datetime, timedelta

from btam_desktop.domain import clock
from btam_desktop.domain.local_time import recent_moment_text
from tests.conftest import PinClock


def test_a_moment_of_today_is_its_local_time_with_two_digit_hours(pin_clock: PinClock) -> None:
    pin_clock(datetime(2027, 3, 15, 7, 5), "America/New_York")  # the day after DST began
    assert recent_moment_text(clock.now()) == "07:05"
    assert recent_moment_text("2027-03-15T11:05:00+00:00") == "07:05"  # stored as UTC
    assert recent_moment_text("2027-03-15T04:05:00") == "00:05"  # no offset: UTC, as stored


def test_a_moment_of_another_day_names_its_date(pin_clock: PinClock) -> None:
    pin_clock(datetime(2027, 3, 15, 0, 20), "America/New_York")
    yesterday = clock.now() - timedelta(minutes=30)
    assert recent_moment_text(yesterday) == "2027-03-14 23:50"
    # 03:50 UTC is already the 15th in UTC but still the 14th in New York.
    assert recent_moment_text("2027-03-15T03:50:00+00:00") == "2027-03-14 23:50"
