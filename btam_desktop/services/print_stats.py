"""The annual report's snapshot: the figures `stats.year` gives the Statistics screen, taken
as they are (one computation, the same suppression), with the school, the district and the
team's model. No case is read here beyond what the statistics count."""

from __future__ import annotations

from dataclasses import replace

from btam_desktop.reports import snapshots as sn
from btam_desktop.services import stats
from btam_desktop.services.packs import team_pack
from btam_desktop.services.session import Session
from btam_desktop.storage import team_repo


def annual_report(
    session: Session, info: sn.DocumentInfo, year: int | None
) -> sn.AnnualReportSnapshot:
    """School year `year` (2026 for 2026-27; this school year when None)."""
    figures = stats.year_statistics(session, year)
    conn = session.ocf.conn
    team = team_repo.get_team(conn)
    return sn.AnnualReportSnapshot(
        info=replace(info, title=f"{info.title} {figures.label}"),
        label=figures.label,
        start=figures.start,
        end=figures.end,
        minimum=figures.minimum,
        opened=figures.opened,
        closed=figures.closed,
        tables=figures.tables,
        medians=figures.medians,
        not_counted=figures.not_counted,
        school=team.school,
        district=team.district,
        model=team_pack(conn).name,
    )
