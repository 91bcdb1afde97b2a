"""The facts program statistics count, per case, read in a few flat scans joined in Python (as
due_repo and case_repo.list_rows do: a 10,000-case file stays within the screen's budget).
No names, no free text: days, codes and levels only."""

from __future__ import annotations

import json
from datetime import date

from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.evaluation import group_code
from btam_desktop.domain.local_time import local_day
from btam_desktop.domain.statistics import CaseFacts, LevelKey
from btam_desktop.storage import db, evaluation_repo, harm_repo

#: The cases of a period: opened or closed in it (?1 to ?2), or every case when ?1 is NULL.
_IN_PERIOD = "(?1 IS NULL OR opened_on BETWEEN ?1 AND ?2 OR closed_on BETWEEN ?1 AND ?2)"
_OF_PERIOD = f"case_id IN (SELECT id FROM cases WHERE {_IN_PERIOD})"


def _first_by_case(
    conn: db.Connection, sql: str, period: tuple[str | None, str | None]
) -> dict[str, tuple[str, ...]]:
    """The first row per case of a query ordered oldest first (its first column: case id)."""
    out: dict[str, tuple[str, ...]] = {}
    for row in conn.execute(sql, period):
        out.setdefault(row[0], tuple(row[1:]))
    return out


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
    them), as the figures count them."""
    period = (start.isoformat() if start else None, end.isoformat() if end else None)
    referrals = _first_by_case(
        conn,
        "SELECT case_id, received_at, channel FROM referrals WHERE deleted_at IS NULL "
        f"AND {_OF_PERIOD} "
        "ORDER BY received_at, rowid",
        period,
    )
    screenings = _first_by_case(
        conn,
        "SELECT case_id, created_at, decision FROM screenings WHERE deleted_at IS NULL "
        f"AND {_OF_PERIOD} "
        "ORDER BY created_at, rowid",
        period,
    )
    assessments = _first_by_case(
        conn,
        "SELECT case_id, assessed_on, pack_id, level_id FROM assessments "
        f"WHERE deleted_at IS NULL AND {_OF_PERIOD} ORDER BY version, rowid",
        period,
    )
    # The last closing of each case: newest first, so the first row kept is the last closing.
    closings = _first_by_case(
        conn,
        "SELECT case_id, from_status FROM status_changes WHERE to_status = 'closed' "
        f"AND {_OF_PERIOD} "
        "ORDER BY changed_at DESC, rowid DESC",
        period,
    )
    plans = _first_by_case(
        conn,
        "SELECT case_id, interventions_json FROM plans WHERE deleted_at IS NULL "
        f"AND {_OF_PERIOD} "
        "ORDER BY version DESC, rowid DESC",
        period,
    )
    evaluations = evaluation_repo.codes_by_case(conn, _OF_PERIOD, period)
    # The case's student (its first subject person): the IEP or 504 plan it already records.
    plans_504: dict[str, tuple[str, int]] = {}
    for case_id, created, flag in conn.execute(
        "SELECT case_id, created_at, iep_504 FROM persons WHERE role = 'subject' "
        f"AND deleted_at IS NULL AND {_OF_PERIOD}",
        period,
    ):
        if case_id not in plans_504 or created < plans_504[case_id][0]:
            plans_504[case_id] = (created, flag)
    nothing: tuple[object, ...] = (None, "", "", "", None, "", "", "")
    harmed = harm_repo.marked_cases(conn)
    out = []
    for case_id, opened, pack_id, status, closed, level in conn.execute(
        "SELECT id, opened_on, pack_id, status, closed_on, level_of_concern FROM cases "
        f"WHERE deleted_at IS NULL AND {_IN_PERIOD}",
        period,
    ):
        referral = referrals.get(case_id)
        screening = screenings.get(case_id)
        assessment = assessments.get(case_id)
        is_closed = status == CaseStatus.CLOSED.value and closed
        plan = plans.get(case_id)
        hispanic, races, sex, _disability, learner, services, discipline, police = evaluations.get(
            case_id, nothing
        )
        first_level: LevelKey | None = (assessment[1], assessment[2]) if assessment else None
        out.append(
            CaseFacts(
                opened_on=date.fromisoformat(opened),
                pack_id=pack_id,
                referred_on=local_day(referral[0]) if referral else None,
                channel=referral[1] if referral else "",
                screened_on=local_day(screening[0]) if screening else None,
                screening=screening[1] if screening else "",
                assessed_on=date.fromisoformat(assessment[0]) if assessment else None,
                first_level=first_level,
                closed_on=date.fromisoformat(closed) if is_closed else None,
                closed_from=closings.get(case_id, ("",))[0] if is_closed else "",
                closing_level=(pack_id, level) if is_closed and level else None,
                interventions=tuple(
                    (str(i.get("type", "other")), str(i.get("status", "planned")))
                    for i in json.loads(plan[0])
                )
                if plan
                else (),
                group=group_code(hispanic, str(races)),
                sex=str(sex),
                iep_504=bool(plans_504.get(case_id, ("", 0))[1]),
                english_learner=None if learner is None else bool(learner),
                services=tuple(str(services).split(",")) if services else (),
                discipline=str(discipline),
                law_enforcement=str(police),
                harm_to_self=case_id in harmed,
            )
        )
    return out
