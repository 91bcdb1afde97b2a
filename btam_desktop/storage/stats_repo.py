"""The facts program statistics count, per case, as `stats_facts` keeps them (one table: a
10,000-case file stays within the screen's budget). No names, no free text: days, codes and
levels only."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from btam_desktop.domain.local_time import local_day
from btam_desktop.domain.statistics import CaseFacts, LevelKey
from btam_desktop.storage import db, stats_facts


def school_years(conn: db.Connection) -> list[int]:
    """The school years cases were opened in, newest first."""
    return [
        int(r[0])
        for r in conn.execute(
            "SELECT DISTINCT school_year FROM cases WHERE deleted_at IS NULL "
            "ORDER BY school_year DESC"
        )
    ]


def case_facts(
    conn: db.Connection, start: date | None = None, end: date | None = None
) -> list[CaseFacts]:
    """The cases (not deleted) opened or closed from `start` to `end` (every case without
    them), as the figures count them: the facts kept per case (`stats_facts`)."""
    return [_case_facts(json.loads(row[3])) for row in stats_facts.of_period(conn, start, end)]


def _level(pair: list[str] | None) -> LevelKey | None:
    return (pair[0], pair[1]) if pair else None


def _case_facts(f: dict[str, Any]) -> CaseFacts:
    """One case's facts as `stats_facts.counted` stored them; moments become local days."""
    referred, screened, assessed, closed = (
        f["referred_at"],
        f["screened_at"],
        f["assessed_on"],
        f["closed_on"],
    )
    return CaseFacts(
        opened_on=date.fromisoformat(f["opened_on"]),
        pack_id=f["pack_id"],
        referred_on=local_day(referred) if referred else None,
        channel=f["channel"],
        screened_on=local_day(screened) if screened else None,
        screening=f["screening"],
        assessed_on=date.fromisoformat(assessed) if assessed else None,
        first_level=_level(f["first_level"]),
        closed_on=date.fromisoformat(closed) if closed else None,
        closed_from=f["closed_from"],
        closing_level=_level(f["closing_level"]),
        interventions=tuple((kind, status) for kind, status in f["interventions"]),
        group=f["group"],
        sex=f["sex"],
        iep_504=f["iep_504"],
        english_learner=f["english_learner"],
        services=tuple(f["services"]),
        discipline=f["discipline"],
        law_enforcement=f["law_enforcement"],
        harm_to_self=f["harm_to_self"],
    )
