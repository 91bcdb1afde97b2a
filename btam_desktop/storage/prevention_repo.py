"""The facts the prevention view counts (`domain/prevention`), per case opened in a period: its
latest assessment's model and factors, its latest plan's items (domain, what each reduces), as
`stats_facts` keeps them. No names and no other text."""

from __future__ import annotations

import json
from datetime import date

from btam_desktop.domain.prevention import FactorFacts
from btam_desktop.storage import db, stats_facts


def factor_facts(conn: db.Connection, start: date, end: date) -> list[FactorFacts]:
    """The cases (not deleted) opened from `start` to `end`, both days counted, that have an
    assessment or a plan (no other case names a factor)."""
    out = []
    for _case, opened, _closed, _facts, text in stats_facts.of_period(
        conn, start, end, opened_only=True
    ):
        if text is None:
            continue
        f = json.loads(text)
        out.append(
            FactorFacts(
                opened_on=date.fromisoformat(opened),
                model=f["model"],
                risk=tuple(f["risk"]),
                protective=tuple(f["protective"]),
                against=tuple((domain, tuple(reduces)) for domain, reduces in f["against"]),
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
