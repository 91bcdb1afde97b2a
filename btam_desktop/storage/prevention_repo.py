"""The facts the prevention view counts (`domain/prevention`), per case opened in a period: its
latest assessment's model and factors, its latest plan's items (domain, what each reduces).
Two flat scans joined in Python, as `stats_repo` does; no names and no other text."""

from __future__ import annotations

import json
from datetime import date

from btam_desktop.domain.prevention import FactorFacts
from btam_desktop.storage import db

#: The rows of `x` of the cases opened from ?1 to ?2 (both days counted), newest version
#: first: the first row kept per case is its latest. From the cases (a join, not `IN`): SQLite
#: then scans `x` once instead of searching it per case.
_OPENED = (
    "JOIN cases c ON c.id = x.case_id WHERE x.deleted_at IS NULL AND c.deleted_at IS NULL "
    "AND c.opened_on BETWEEN ?1 AND ?2 ORDER BY x.version DESC, x.rowid DESC"
)


def factor_facts(conn: db.Connection, start: date, end: date) -> list[FactorFacts]:
    """The cases (not deleted) opened from `start` to `end`, both days counted, that have an
    assessment or a plan (no other case names a factor)."""
    period = (start.isoformat(), end.isoformat())
    assessed: dict[str, tuple[str, str, str]] = {}
    # Both lists as one JSON array: one json.loads a case instead of two.
    for case_id, opened, pack_id, lists in conn.execute(
        "SELECT x.case_id, c.opened_on, x.pack_id, "
        "'[' || x.risk_factors_json || ',' || x.protective_factors_json || ']' "
        f"FROM assessments x {_OPENED}",
        period,
    ):
        assessed.setdefault(case_id, (opened, pack_id, lists))
    planned: dict[str, tuple[str, str]] = {}
    for case_id, opened, items in conn.execute(
        f"SELECT x.case_id, c.opened_on, x.interventions_json FROM plans x {_OPENED}", period
    ):
        planned.setdefault(case_id, (opened, items))
    out = []
    for case_id in assessed.keys() | planned.keys():
        assessment, plan = assessed.get(case_id), planned.get(case_id)
        risk, protective = json.loads(assessment[2]) if assessment else ((), ())
        opened = assessment[0] if assessment else plan[0] if plan else ""
        out.append(
            FactorFacts(
                opened_on=date.fromisoformat(opened),
                model=assessment[1] if assessment else "",
                risk=tuple(risk),
                protective=tuple(protective),
                against=tuple(
                    (str(i.get("domain", "")), tuple(i.get("reduces") or ()))
                    for i in json.loads(plan[1])
                )
                if plan
                else (),
            )
        )
    return out


def model_snapshot(conn: db.Connection, pack_id: str) -> str | None:
    """The pack as the latest assessment under `pack_id` froze it (JSON), for a model no
    longer on this computer."""
    row = conn.execute(
        "SELECT pack_snapshot_json FROM assessments WHERE pack_id = ? AND deleted_at IS NULL "
        "ORDER BY created_at DESC, rowid DESC LIMIT 1",
        (pack_id,),
    ).fetchone()
    return str(row[0]) if row else None
