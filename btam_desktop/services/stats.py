"""Program statistics: is the program working? Counts for a school year or any dates, read
from the case file (`storage/stats_repo`), built and suppressed by the domain
(`domain/statistics`, `domain/suppression`) with the team's model pack minimum."""

from __future__ import annotations

from datetime import date

from btam_desktop.domain.case import school_year_of
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.records import today
from btam_desktop.domain.statistics import Figure, Period, build, school_year, year_label
from btam_desktop.services.cases import level_choices
from btam_desktop.services.contracts.stats import YearStatistics as YearStatistics
from btam_desktop.services.packs import team_pack
from btam_desktop.services.session import Session
from btam_desktop.storage import stats_repo


def year_statistics(
    session: Session,
    year: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> YearStatistics:
    """The figures of school year `year` (2026 for 2026-27; this school year when None), or
    of `start` to `end` (both days counted) when both are given."""
    if (start is None) != (end is None):
        raise ValidationError("Give both the first and the last day of the period.")
    conn = session.ocf.conn
    facts = stats_repo.case_facts(conn)
    if start is not None and end is not None:
        period, label, chosen = Period(start, end), f"{start} to {end}", None
    else:
        chosen = year if year is not None else school_year_of(today())
        period, label = school_year(chosen), year_label(chosen)
    figures = build(facts, period, level_choices(session), team_pack(conn).cell_minimum)
    opened = figures.table(Figure.BY_MONTH).values.total
    closed = figures.table(Figure.OUTCOMES).values.total
    return YearStatistics(
        year=chosen,
        label=label,
        start=period.start,
        end=period.end,
        minimum=figures.minimum,
        opened=opened,
        closed=closed,
        tables=figures.tables,
        medians=figures.medians,
        years=tuple(sorted({school_year_of(f.opened_on) for f in facts}, reverse=True)),
    )
