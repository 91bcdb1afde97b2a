"""All-staff awareness training: every model asks that all school staff, not only the team,
learn each school year to recognize concerning behavior and report it. A list of the school's
staff (not the team: team members' own BTAM training is `training.py`), the sessions held
(date, who led, topic and format, who attended), and the coverage of a school year: how many
of the staff still at the school attended at least one session in it, and who did not."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from btam_desktop.domain.case import school_year_of
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.records import MAX_NAME, clean_name, clean_text
from btam_desktop.domain.statistics import Period, school_year, year_label


@dataclass(frozen=True, slots=True, kw_only=True)
class StaffMember:
    """Someone on the school's staff list for awareness training. They hold no key and are
    never a case's contact (those are `contact.Contact`)."""

    id: str
    name: str
    role: str = ""  # "Teacher, grade 7", "Bus driver"
    department: str = ""  # "Science", "Transportation"
    left_on: date | None = None  # marked as no longer at the school on this day

    @property
    def at_school(self) -> bool:
        return self.left_on is None

    @property
    def described(self) -> str:
        """'Teacher, grade 7 · Science': the role and department as one line."""
        return " · ".join(part for part in (self.role, self.department) if part)


@dataclass(frozen=True, slots=True, kw_only=True)
class AwarenessSession:
    """One session: 'Start-of-year staff meeting, 20 min', led by whom, and who attended."""

    id: str
    held_on: date
    led_by: str
    topic: str
    attendee_ids: tuple[str, ...] = ()


def checked_staff(person: StaffMember) -> StaffMember:
    """A name; role and department short."""
    return StaffMember(
        id=person.id,
        name=clean_name(person.name, "staff member's name"),
        role=clean_text(person.role.strip(), "role", MAX_NAME),
        department=clean_text(person.department.strip(), "department", MAX_NAME),
        left_on=person.left_on,
    )


def checked_session(item: AwarenessSession, today: date) -> AwarenessSession:
    """Who led it and what it was; not in the future (attendance is recorded afterwards)."""
    if item.held_on > today:
        raise ValidationError("The session's date is in the future: record it once it is held.")
    return AwarenessSession(
        id=item.id,
        held_on=item.held_on,
        led_by=clean_name(item.led_by, "name of who led the session"),
        topic=clean_name(item.topic, "topic and format"),
        attendee_ids=tuple(dict.fromkeys(item.attendee_ids)),
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Coverage:
    """A school year's coverage: of the staff at the school now, who attended a session held
    in that year (`trained`) and who did not (`missing`), alphabetical."""

    year: int
    label: str  # "2026-27"
    period: Period
    trained: tuple[StaffMember, ...]
    missing: tuple[StaffMember, ...]
    sessions: tuple[AwarenessSession, ...]  # held in the year, newest first

    @property
    def total(self) -> int:
        return len(self.trained) + len(self.missing)


def coverage(
    staff: Iterable[StaffMember], sessions: Iterable[AwarenessSession], year: int
) -> Coverage:
    """Staff who left are not counted either way; a session counts for the school year it was
    held in (1 July to 30 June, as the statistics and case numbers count)."""
    period = school_year(year)
    held = sorted(
        (s for s in sessions if s.held_on in period), key=lambda s: s.held_on, reverse=True
    )
    attended = {staff_id for s in held for staff_id in s.attendee_ids}
    current = sorted((p for p in staff if p.at_school), key=lambda p: p.name.casefold())
    return Coverage(
        year=year,
        label=year_label(year),
        period=period,
        trained=tuple(p for p in current if p.id in attended),
        missing=tuple(p for p in current if p.id not in attended),
        sessions=tuple(held),
    )


def this_school_year(today: date) -> int:
    return school_year_of(today)
