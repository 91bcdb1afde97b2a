"""The one clock every part of the app reads the time from.

Records, due dates, the demo and the agenda all depend on "now"; reading the wall clock in
many places made the app (and its tests) right or wrong by the hour they ran. Everything asks
this module instead, and a test (or a test's child processes) can pin it to any moment.

A pinned clock is *shifted*, not frozen: it reads as the pinned moment when it was pinned and
runs on from there, so records made one after another still sort in the order they were made.
The pin travels to child processes (the service process, a CLI under test) through the
environment variable `BTAM_TEST_CLOCK` = ``<pinned ISO moment>@<real Unix time of pinning>``,
so the window and its service process read the same time. It is for tests only: a user who
set it would only mis-date their own records, as changing the system clock would.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

ENVIRONMENT_VARIABLE = "BTAM_TEST_CLOCK"


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware, in UTC."""
        ...


@dataclass(frozen=True, slots=True)
class SystemClock:
    """The computer's clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class ShiftedClock:
    """Reads `at` at the real Unix time `since`, and runs on at the real clock's pace."""

    at: datetime
    since: float

    def now(self) -> datetime:
        return (self.at + timedelta(seconds=time.time() - self.since)).astimezone(UTC)

    def environment_value(self) -> str:
        return f"{self.at.isoformat()}@{self.since!r}"


def pinned_at(moment: datetime) -> ShiftedClock:
    """A clock that reads `moment` now (naive moments are taken as local time)."""
    aware = moment if moment.tzinfo else moment.astimezone()
    return ShiftedClock(aware, time.time())


def clock_from_environment(value: str | None) -> Clock:
    """The clock a process starts with: pinned when `BTAM_TEST_CLOCK` says so."""
    if not value:
        return SystemClock()
    at, _, since = value.partition("@")
    try:
        moment = datetime.fromisoformat(at)
        return ShiftedClock(
            moment if moment.tzinfo else moment.astimezone(), float(since or time.time())
        )
    except ValueError:
        wanted = "'<ISO moment>@<Unix time>'"
        raise SystemExit(f"{ENVIRONMENT_VARIABLE}={value!r}: expected {wanted}.") from None


_clock: Clock = clock_from_environment(os.environ.get(ENVIRONMENT_VARIABLE))


def use(clock: Clock) -> Clock:
    """Make `clock` the one everything reads; returns the one it replaces (for tests)."""
    global _clock
    previous, _clock = _clock, clock
    return previous


def now() -> datetime:
    """This moment, aware, in UTC: what is stored."""
    return _clock.now()


def local_now() -> datetime:
    """This moment in the computer's time zone: what a person means by "now"."""
    return _clock.now().astimezone()


def today() -> date:
    """Today's date where the computer is (not in UTC: at 19:00 in California it is
    already tomorrow in UTC, and a review due today must not read as overdue)."""
    return local_now().date()


def utc_now_text() -> str:
    """This moment as UTC ISO 8601 with microseconds: sortable as text, as records store it."""
    return now().isoformat(timespec="microseconds")
