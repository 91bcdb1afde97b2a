"""Program statistics: is the program working? Counts for a school year or any dates, read
from the case file (`storage/stats_repo`), built and suppressed by the domain
(`domain/statistics`, `domain/suppression`) with the team's model pack minimum."""

from __future__ import annotations

import json
from datetime import date

from btam_desktop.domain.case import school_year_of
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.pack import merged_labels
from btam_desktop.domain.records import today
from btam_desktop.domain.statistics import (
    FIGURE_TITLES,
    Figure,
    Median,
    Period,
    build,
    counts_json,
    derived_text,
    school_year,
    year_label,
)
from btam_desktop.services import exports, prevention
from btam_desktop.services.cases import level_choices
from btam_desktop.services.contracts.stats import YearStatistics as YearStatistics
from btam_desktop.services.packs import available, team_pack
from btam_desktop.services.session import Session
from btam_desktop.storage import evaluation_repo, stats_repo


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
    if start is not None and end is not None:
        period, label, chosen = Period(start, end), f"{start} to {end}", None
    else:
        chosen = year if year is not None else school_year_of(today())
        if not 1900 < chosen < 3000:
            raise ValidationError(f"{chosen} is not a school year like 2026 (for 2026-27).")
        period, label = school_year(chosen), year_label(chosen)
    facts = stats_repo.case_facts(conn, period.start, period.end)
    # Enrollment is a school year's: a period within one school year is set beside it.
    of_year = school_year_of(period.start)
    enrolled = (
        evaluation_repo.enrollment(conn, of_year)
        if period.end <= school_year(of_year).end
        else None
    )
    enrollment = enrolled[1] if enrolled else None
    team = team_pack(conn)
    figures = build(facts, period, level_choices(session), team.cell_minimum, enrollment)
    # The public-health view: the factors across the cases, after the program's figures.
    factors = prevention.factor_tables(conn, period, figures.minimum)
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
        tables=figures.tables + factors,
        medians=figures.medians,
        years=tuple(stats_repo.school_years(conn)),
        enrollment=enrollment,
        state_report=team.state_report.title if team.state_report else "",
        labels=merged_labels([team, *(p for p in available(conn).values() if p.id != team.id)]),
    )


def shown(value: int | None, minimum: int) -> str:
    """A published count as text: a suppressed one reads "<10" (the minimum), never blank."""
    return f"<{minimum}" if value is None else str(value)


def as_json(result: YearStatistics) -> str:
    """The figures as JSON (suppressed counts are null; `suppressed_as` says how to read them)."""
    data = {
        "year": result.label,
        "start": result.start.isoformat(),
        "end": result.end.isoformat(),
        "minimum": result.minimum,
        "suppressed_as": f"<{result.minimum}",
        "not_counted_yet": list(result.not_counted),
        "tables": [
            {
                **counts_json(t),
                "derived": [
                    {"name": d.name, "kind": d.kind.value, "values": list(d.values)}
                    for d in t.derived
                ],
            }
            for t in result.tables
        ],
        "medians": [
            {"figure": m.figure.value, "cases": m.count, "median_days": m.days}
            for m in result.medians
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def as_csv(result: YearStatistics) -> bytes:
    """The figures as one long CSV (figure, row, column, count; "Total" rows and columns),
    formula-safe through `exports.csv_bytes`."""
    low = result.minimum
    rows: list[list[str]] = []
    for t in result.tables:
        v = t.values
        for i, label in enumerate(t.rows):
            rows += [
                [result.label, t.title, label, column, shown(v.cells[i][j], low)]
                for j, column in enumerate(t.columns)
            ]
            if len(t.columns) > 1:
                rows.append([result.label, t.title, label, "Total", shown(v.row_totals[i], low)])
            rows += [
                [result.label, t.title, label, d.name, derived_text(d.values[i], d.kind, "")]
                for d in t.derived
            ]
        # A table of no rows (no plan in the period) publishes no column totals.
        rows += [
            [result.label, t.title, "Total", column, shown(total, low)]
            for column, total in zip(t.columns, v.column_totals, strict=False)
            if len(t.columns) > 1
        ]
        rows.append([result.label, t.title, "Total", "Total", shown(v.total, low)])
    for m in result.medians:
        title = FIGURE_TITLES[m.figure]
        rows.append([result.label, title, "Median days", "Days", _days_text(m, low)])
    return exports.csv_bytes(["School year", "Figure", "Row", "Column", "Count"], rows)


def _days_text(median: Median, minimum: int) -> str:
    return f"fewer than {minimum} cases" if median.days is None else f"{median.days:g}"
