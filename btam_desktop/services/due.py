"""What is due across the case file, as the agenda and My tasks see it: the storage facts
joined with the packs (level order, required notifications)."""

from __future__ import annotations

from datetime import date

from btam_desktop.domain.agenda import CaseFacts
from btam_desktop.domain.pack import Pack
from btam_desktop.domain.plan import RECIPIENT_WORDS
from btam_desktop.services.packs import available, team_pack
from btam_desktop.storage import due_repo
from btam_desktop.storage.db import Connection
from btam_desktop.storage.due_repo import DueFacts


def missing_notifications(
    facts: DueFacts, case_id: str, opened_on: date, pack: Pack | None
) -> tuple[str, ...]:
    """Recipients the case's level requires that nobody has notified since the case opened."""
    assessed = facts.assessments.get(case_id)
    if assessed is None or pack is None:
        return ()
    level = next((lv for lv in pack.levels if lv.id == assessed.level_id), None)
    if level is None:
        return ()
    done = {r for r, on in facts.notified.get(case_id, ()) if on >= opened_on}
    return tuple(r for r in level.notify if r not in done)


def case_facts(conn: Connection, facts: DueFacts) -> list[CaseFacts]:
    packs = available(conn)
    fallback = team_pack(conn)
    plan_dues: dict[str, list[date]] = {}
    for w in facts.interventions:
        if w.due_on is not None:
            plan_dues.setdefault(w.case_id, []).append(w.due_on)
    inquiry_dues: dict[str, list[date]] = {}
    for w in facts.inquiry:
        if w.due_on is not None:
            inquiry_dues.setdefault(w.case_id, []).append(w.due_on)
    out = []
    for c in facts.cases:
        assessed = facts.assessments.get(c.id)
        pack = packs.get(assessed.pack_id, fallback) if assessed else None
        rank, label = -1, ""
        if assessed and pack:
            ids = [lv.id for lv in pack.levels]
            if assessed.level_id in ids:
                rank = ids.index(assessed.level_id)
                label = pack.levels[rank].label
        missing = missing_notifications(facts, c.id, c.opened_on, pack)
        out.append(
            CaseFacts(
                c.id,
                c.number,
                c.status,
                c.urgent,
                rank,
                label,
                tuple(facts.referrals.get(c.id, ())),
                c.next_review,
                tuple(plan_dues.get(c.id, ())),
                tuple(inquiry_dues.get(c.id, ())),
                tuple(RECIPIENT_WORDS.get(r, r) for r in missing),
                facts.last_decision.get(c.id) == "close",
            )
        )
    return out


def gather(conn: Connection) -> tuple[DueFacts, list[CaseFacts]]:
    facts = due_repo.due_facts(conn)
    return facts, case_facts(conn, facts)
