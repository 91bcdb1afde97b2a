"""Program statistics on a large file: the figures the Statistics screen shows for this school
year (read, counted and suppressed by `stats.year`), budget 300 ms at 10,000 cases; and what
keeping the facts they count costs a save (one case counted again) and the upgrade (every case).

The synthetic file holds cases and people only; first this adds what the figures read, for
every case that lacks it: a report, a screening, a first assessment, a plan of one to three
interventions, the program-evaluation fields and the closing status change (plain rows, one
transaction, drawn from a seeded generator). Run it after the other benchmarks of the same file.

    python -m bench.stats_bench FOLDER PASSPHRASE   -> one JSON line
"""

from __future__ import annotations

import random
import sys
import uuid
from datetime import UTC, date, datetime, time, timedelta
from time import perf_counter

from bench.measure import median_of, print_measures
from btam_desktop.domain.case import CaseStatus, school_year_of
from btam_desktop.domain.plan import Intervention, InterventionStatus, InterventionType, Plan
from btam_desktop.domain.records import today
from btam_desktop.domain.referral import Channel, ScreeningDecision
from btam_desktop.services import session as sessions, stats
from btam_desktop.services.demo_evaluation import fields as evaluation_fields
from btam_desktop.storage import evaluation_repo, manage_repo, stats_facts

_LEVELS = ("low", "moderate", "high")
_SCREENED = frozenset(CaseStatus) - {CaseStatus.REFERRAL, CaseStatus.SCREENING}
_ASSESSED = frozenset({CaseStatus.MANAGEMENT, CaseStatus.MONITORING, CaseStatus.CLOSED})


def _moment(day: date, rng: random.Random) -> str:
    return datetime.combine(day, time(rng.randint(12, 20), rng.randint(0, 59)), UTC).isoformat()


def add_figure_rows(s: sessions.Session, seed: int = 11) -> int:
    """The rows the figures read, for every case without a report; returns how many cases."""
    rng = random.Random(seed)
    by, second = s.member_id, s.member_id
    with s.ocf.transaction(intent="bench.stats_rows") as tx:
        rows = tx.execute(
            "SELECT id, opened_on, status FROM cases WHERE id NOT IN "
            "(SELECT case_id FROM referrals)"
        ).fetchall()
        for case_id, opened_text, status_text in rows:
            opened, status = date.fromisoformat(opened_text), CaseStatus(status_text)
            stamp = _moment(opened, rng)
            tx.execute(
                "INSERT INTO referrals (id, case_id, received_at, received_by, channel, "
                "reporter_kind, created_at, created_by, updated_at, updated_by) "
                "VALUES (?,?,?,?,?,?,?,?,?,?)",
                (str(uuid.uuid4()), case_id, stamp, by, rng.choice(list(Channel)).value,
                 "named", stamp, by, stamp, by),
            )  # fmt: skip
            # Program evaluation fields, as the demo fills them (the repository's writer).
            evaluation_repo.insert(
                tx, str(uuid.uuid4()), case_id, evaluation_fields(rng, status_text), by, stamp
            )
            if status not in _SCREENED:
                continue
            screened = opened + timedelta(days=rng.randint(0, 5))
            decision = ScreeningDecision.INQUIRY
            if status is CaseStatus.CLOSED and rng.random() < 0.4:
                decision = rng.choice([ScreeningDecision.DISMISS, ScreeningDecision.HANDLE])
            tx.execute(
                "INSERT INTO screenings (id, case_id, decision, lead_id, second_member_id, "
                "created_at, created_by, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?)",
                (str(uuid.uuid4()), case_id, decision.value, by, second,
                 _moment(screened, rng), by, stamp, by),
            )  # fmt: skip
            closed_from = CaseStatus.SCREENING
            if decision is ScreeningDecision.INQUIRY and status in _ASSESSED:
                assessed = screened + timedelta(days=rng.randint(1, 20))
                tx.execute(
                    "INSERT INTO assessments (id, case_id, version, pack_id, pack_version, "
                    "pack_snapshot_json, assessed_on, answers_json, level_id, rationale, "
                    "present_json, created_at, created_by, updated_at, updated_by) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (str(uuid.uuid4()), case_id, 1, "ntac", "1", "{}", assessed.isoformat(),
                     "{}", rng.choice(_LEVELS), "Synthetic.", "[]", stamp, by, stamp, by),
                )  # fmt: skip
                items = tuple(
                    Intervention(
                        id=str(uuid.uuid4()),
                        domain="Subject",
                        type=rng.choice(list(InterventionType)),
                        description="Synthetic support",
                        start_on=assessed,
                        responsible_id=by,
                        status=(status_now := rng.choice(list(InterventionStatus))),
                        status_reason="Synthetic."
                        if status_now is InterventionStatus.DISCONTINUED
                        else "",
                    )
                    for _ in range(rng.randint(1, 3))
                )
                # The repository's own writer: every other reader of plans reads these too.
                plan = Plan(
                    id=str(uuid.uuid4()), case_id=case_id, version=1, goals="", interventions=items
                )
                manage_repo.insert_plan(tx, plan, by)
                closed_from = rng.choice([CaseStatus.MANAGEMENT, CaseStatus.MONITORING])
            if status is CaseStatus.CLOSED:
                tx.execute(
                    "INSERT INTO status_changes (id, case_id, from_status, to_status, "
                    "changed_at, changed_by) VALUES (?,?,?,?,?,?)",
                    (str(uuid.uuid4()), case_id, closed_from.value, "closed", stamp, by),
                )
    return len(rows)


def recount_seconds(s: sessions.Session, cases: int | None) -> float:
    """What keeping the figures' facts costs a save (`stats_facts.refresh` of the cases it
    touched): `cases` cases noted, or every case (the one recount after the upgrade to 21)."""
    picked = "SELECT id FROM cases" + ("" if cases is None else f" LIMIT {int(cases)}")
    with s.ocf.transaction(intent="bench.stats_recount") as tx:
        tx.execute(f"INSERT OR IGNORE INTO stats_dirty (case_id) {picked}")
        started = perf_counter()
        stats_facts.refresh(tx)
        return perf_counter() - started


def measure(s: sessions.Session) -> dict[str, float]:
    added = add_figure_rows(s)
    year = school_year_of(today())
    build_s = median_of(5, lambda: stats.year_statistics(s, year))
    last_year_s = median_of(5, lambda: stats.year_statistics(s, year - 1))
    result = stats.year_statistics(s, year - 1)
    return {
        "stats_ms": build_s * 1000,
        "stats_last_year_ms": last_year_s * 1000,
        "stats_recount_one_case_ms": median_of(5, lambda: recount_seconds(s, 1)) * 1000,
        "stats_recount_all_ms": median_of(3, lambda: recount_seconds(s, None)) * 1000,
        "cases_given_rows": added,
        "last_year_opened": result.opened or 0,
    }


if __name__ == "__main__":
    print_measures(measure, sys.argv[1:3])
