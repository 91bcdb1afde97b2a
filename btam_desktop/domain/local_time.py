"""Stored moments (UTC) as a person reads them: in the computer's local time.

Moments are stored as UTC ISO 8601 text. Cutting that text ("2026-12-06T01:25"[:16]) shows UTC
as if it were local time, and in a US evening it shows tomorrow's date. Every screen and every
document converts through here instead: `moment_text` is the one way a moment is written, and
`zone_text` names the zone once (documents print it in their footer).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from btam_desktop.domain import clock

#: How a moment is written, on screen and on paper: date first, 24-hour minutes.
MOMENT_FORMAT = "%Y-%m-%d %H:%M"
#: A moment of today, where the date goes without saying ("Synced 07:05").
TIME_FORMAT = "%H:%M"


def local(moment: str | datetime) -> datetime:
    """A stored moment in local time. Text without an offset is UTC (as stored)."""
    when = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone()


def local_day(moment: str | datetime) -> date:
    """The local calendar date of a stored moment: "received today" means today here."""
    return local(moment).date()


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Month names in English (screens translate them; figures label rows with them).
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _as_is(word: str) -> str:
    return word


def long_day(day: date, word: Callable[[str], str] = _as_is) -> str:
    """'Monday, January 5, 2027': a date as a family reads it (not the machine's locale, which
    the window's Qt may have set to anything). The window passes its `tr` as `word`, so a
    translation names the day and month in its own language."""
    weekday, month = word(_DAYS[day.weekday()]), word(MONTH_NAMES[day.month - 1])
    return f"{weekday}, {month} {day.day}, {day.year}"


def moment_text(moment: str | datetime | None) -> str:
    """'2026-12-06 14:05', local time; empty for no moment."""
    if moment is None or moment == "":
        return ""
    return local(moment).strftime(MOMENT_FORMAT)


def recent_moment_text(moment: str | datetime) -> str:
    """'07:05' for a moment of today (local time, by the app's clock), else '2026-12-05
    18:40': a status that has not changed since yesterday must not read as this morning's."""
    when = local(moment)
    return when.strftime(TIME_FORMAT if when.date() == clock.today() else MOMENT_FORMAT)


def zone_text(at: datetime | None = None) -> str:
    """The local zone at `at` (default now), as 'EST, UTC-05:00', for a document's footer:
    the zone can differ between two dates of one document (daylight saving), so the footer
    names the zone of the moment it was generated."""
    when = local(at) if at is not None else clock.local_now()
    offset = when.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    name = when.tzname() or ""
    numeric = f"UTC{sign}{hours:02d}:{rest:02d}"
    return numeric if not name or name.startswith(("+", "-", "UTC")) else f"{name}, {numeric}"
