"""The prevention view of the statistics (the public-health view): the factors across the cases
opened in a period, published like every other figure. `stats.year_statistics` adds these
tables to the year's, so the screen, the JSON and CSV and the annual report all carry them."""

from __future__ import annotations

from btam_desktop.domain.pack import Pack
from btam_desktop.domain.prevention import Model, build
from btam_desktop.domain.statistics import Period, PublishedTable
from btam_desktop.packs import snapshot
from btam_desktop.services.packs import available, team_pack
from btam_desktop.storage import db, prevention_repo


def _model(pack: Pack) -> Model:
    return Model(pack.risk_factors, pack.protective_factors, pack.plan_domains)


def factor_tables(conn: db.Connection, period: Period, minimum: int) -> tuple[PublishedTable, ...]:
    """The view's published tables for `period` (`domain.prevention.FIGURES`)."""
    facts = prevention_repo.factor_facts(conn, period.start, period.end)
    models = {pack_id: _model(p) for pack_id, p in available(conn).items()}
    for pack_id in {f.model for f in facts if f.model} - set(models):
        # A model no longer on this computer (a district pack removed): its factors as the
        # assessments froze them; none readable, and its cases count as written in.
        frozen = prevention_repo.model_snapshot(conn, pack_id)
        try:
            models[pack_id] = _model(snapshot.from_json(frozen or ""))
        except (ValueError, KeyError, TypeError):
            continue
    return build(facts, period, models, team_pack(conn).id, minimum)
