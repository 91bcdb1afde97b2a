"""The facts program statistics count, kept per case in `stats_facts` (schema 21) and brought up
to date inside the transaction that changed them.

Why kept rather than counted on read: the Statistics screen has 300 ms at 10,000 cases, and
reading nine tables took two thirds of it (bench/stats_bench.py); one table of one row a case is
read in a tenth of that. Why it cannot go stale: triggers stored with the tables note every case
a write touches in `stats_dirty` (m0021), and `refresh` counts those cases again before every
COMMIT (`sync_capture.captured`, the one way anything is written) and once after a migration;
the readers count any case still noted (a recount that failed, an upgrade cut short) live.
Rows of another `FORMAT` than this version writes (a key added, a rule changed) are never read:
the next save counts every case again.

What a row holds: days, codes and levels, and the assessment's factors as stored; no names. A
moment (a report's or a screening's) stays UTC, as stored: the readers turn it into a local day,
so the figures follow the computer's time zone, not the one the row was counted in."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import date
from typing import Any

from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.evaluation import group_code
from btam_desktop.storage import db, evaluation_repo, harm_repo, local_settings

_log = logging.getLogger(__name__)

#: The form of the rows this version writes: change it with what `counted` writes or how (a
#: key, a rule of `group_code`), and every copy counts its cases again at its next save.
FORMAT = "1"

#: A row of `stats_facts`: case id, opened day, closed day, case facts, factor facts.
Row = tuple[str, str, str | None, str, str | None]

#: The cases a refresh counts again: those a write noted.
NOTED = "SELECT case_id FROM stats_dirty"
#: Every case: what a test compares the kept rows with.
EVERY = "SELECT id FROM cases"


def _first_by_case(conn: db.Connection, sql: str) -> dict[str, tuple[Any, ...]]:
    """The first row per case of a query ordered as wanted (its first column: case id)."""
    out: dict[str, tuple[Any, ...]] = {}
    for row in conn.execute(sql):
        out.setdefault(row[0], tuple(row[1:]))
    return out


def _parsed(text: object) -> object:
    """Stored JSON, or None where it is not JSON: a refresh runs inside a person's save, and
    a malformed value (an older or damaged row, another laptop's) must not roll the save back."""
    try:
        return json.loads(text) if isinstance(text, str) else None
    except ValueError:
        return None


def _items(text: object) -> list[dict[str, Any]]:
    """A plan's interventions; what is not an item is left out."""
    items = _parsed(text)
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def _words(value: object) -> list[str]:
    return [str(w) for w in value] if isinstance(value, list) else []


def counted(conn: db.Connection, which: str = NOTED) -> Iterator[Row]:
    """The rows of the cases (not deleted) that the query `which` names, counted from the
    tables themselves: a few flat scans joined in Python (a 10,000-case file in one pass)."""
    of = f"case_id IN ({which})"
    referrals = _first_by_case(
        conn,
        "SELECT case_id, received_at, channel FROM referrals WHERE deleted_at IS NULL "
        f"AND {of} ORDER BY received_at, rowid",
    )
    screenings = _first_by_case(
        conn,
        "SELECT case_id, created_at, decision FROM screenings WHERE deleted_at IS NULL "
        f"AND {of} ORDER BY created_at, rowid",
    )
    first_assessments = _first_by_case(
        conn,
        "SELECT case_id, assessed_on, pack_id, level_id FROM assessments "
        f"WHERE deleted_at IS NULL AND {of} ORDER BY version, rowid",
    )
    # The prevention view reads the latest assessment's factors (both lists as one array).
    latest_assessments = _first_by_case(
        conn,
        "SELECT case_id, pack_id, "
        "'[' || risk_factors_json || ',' || protective_factors_json || ']' FROM assessments "
        f"WHERE deleted_at IS NULL AND {of} ORDER BY version DESC, rowid DESC",
    )
    # The last closing of each case: newest first, so the first row kept is the last closing.
    closings = _first_by_case(
        conn,
        f"SELECT case_id, from_status FROM status_changes WHERE to_status = 'closed' AND {of} "
        "ORDER BY changed_at DESC, rowid DESC",
    )
    plans = _first_by_case(
        conn,
        "SELECT case_id, interventions_json FROM plans WHERE deleted_at IS NULL "
        f"AND {of} ORDER BY version DESC, rowid DESC",
    )
    evaluations = evaluation_repo.codes_by_case(conn, of)
    # The case's student (its first subject person): the IEP or 504 plan it already records.
    plans_504: dict[str, tuple[str, int]] = {}
    for case_id, created, flag in conn.execute(
        f"SELECT case_id, created_at, iep_504 FROM persons WHERE role = 'subject' "
        f"AND deleted_at IS NULL AND {of}"
    ):
        if case_id not in plans_504 or created < plans_504[case_id][0]:
            plans_504[case_id] = (created, flag)
    harmed = harm_repo.marked_cases(conn, of)
    nothing: tuple[object, ...] = (None, "", "", "", None, "", "", "")
    for case_id, opened, pack_id, status, closed, level in conn.execute(
        "SELECT id, opened_on, pack_id, status, closed_on, level_of_concern FROM cases "
        f"WHERE deleted_at IS NULL AND id IN ({which})"
    ):
        referral = referrals.get(case_id)
        screening = screenings.get(case_id)
        assessment = first_assessments.get(case_id)
        is_closed = status == CaseStatus.CLOSED.value and bool(closed)
        items = _items(plans[case_id][0]) if case_id in plans else None
        hispanic, races, sex, _disability, learner, services, discipline, police = evaluations.get(
            case_id, nothing
        )
        facts = {
            "opened_on": opened,
            "pack_id": pack_id,
            "referred_at": referral[0] if referral else None,
            "channel": referral[1] if referral else "",
            "screened_at": screening[0] if screening else None,
            "screening": screening[1] if screening else "",
            "assessed_on": assessment[0] if assessment else None,
            "first_level": [assessment[1], assessment[2]] if assessment else None,
            "closed_on": closed if is_closed else None,
            "closed_from": closings.get(case_id, ("",))[0] if is_closed else "",
            "closing_level": [pack_id, level] if is_closed and level else None,
            "interventions": [
                [str(i.get("type", "other")), str(i.get("status", "planned"))] for i in items or ()
            ],
            "group": group_code(hispanic, str(races)),
            "sex": str(sex),
            "iep_504": bool(plans_504.get(case_id, ("", 0))[1]),
            "english_learner": None if learner is None else bool(learner),
            "services": str(services).split(",") if services else [],
            "discipline": str(discipline),
            "law_enforcement": str(police),
            "harm_to_self": case_id in harmed,
        }
        latest = latest_assessments.get(case_id)
        factors = None
        if latest or items is not None:
            both = _parsed(latest[1]) if latest else None
            risk, protective = both if isinstance(both, list) and len(both) == 2 else ([], [])
            factors = {
                "model": latest[0] if latest else "",
                "risk": _words(risk),
                "protective": _words(protective),
                "against": [
                    [str(i.get("domain", "")), _words(i.get("reduces"))] for i in items or ()
                ],
            }
        yield (
            case_id,
            opened,
            closed,
            json.dumps(facts, separators=(",", ":")),
            None if factors is None else json.dumps(factors, separators=(",", ":")),
        )


def refresh(conn: db.Connection) -> int:
    """Count the noted cases again and forget the notes, inside the caller's transaction;
    returns how many were noted (a deleted or purged case loses its row). Rows of another
    `FORMAT` are all counted again first."""
    if local_settings.read(conn, local_settings.STATS_FORMAT) != FORMAT:
        conn.execute(f"INSERT OR IGNORE INTO stats_dirty (case_id) {EVERY}")
        local_settings.write(conn, local_settings.STATS_FORMAT, FORMAT)
    noted = conn.execute("SELECT count(*) FROM stats_dirty").fetchone()[0]
    if not noted:
        return 0
    rows = list(counted(conn))
    conn.execute(f"DELETE FROM stats_facts WHERE case_id IN ({NOTED})")
    conn.executemany(
        "INSERT INTO stats_facts (case_id, opened_on, closed_on, case_facts, factor_facts) "
        "VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute("DELETE FROM stats_dirty")
    return int(noted)


def refresh_or_leave(conn: db.Connection) -> None:
    """`refresh` in a savepoint of the caller's transaction (a person's save, a sync apply):
    should counting fail, the cases stay noted for the readers to count live, and the save
    itself goes on. The figures are derived; the save is what must not be lost."""
    conn.execute("SAVEPOINT stats_refresh")
    try:
        refresh(conn)
    except Exception as error:  # any: nothing of the save may depend on the figures
        conn.execute("ROLLBACK TO stats_refresh")
        _log.warning("Statistics facts not counted (%s): counted when read", type(error).__name__)
    conn.execute("RELEASE stats_refresh")


def of_period(
    conn: db.Connection, start: date | None, end: date | None, *, opened_only: bool = False
) -> list[Row]:
    """The rows of the cases (not deleted) opened or closed from `start` to `end`, both days
    counted (opened only, with `opened_only`; every case without dates): as kept, and counted
    now for the cases still noted, or for every case when the rows are of another format."""
    first, last = (start.isoformat(), end.isoformat()) if start and end else (None, None)
    if local_settings.read(conn, local_settings.STATS_FORMAT) != FORMAT:
        kept_rows: list[Row] = []
        live = counted(conn, EVERY)
    else:
        closing = "" if opened_only else " OR closed_on BETWEEN ?1 AND ?2"
        kept_rows = list(
            conn.execute(
                "SELECT case_id, opened_on, closed_on, case_facts, factor_facts FROM stats_facts "
                f"WHERE (?1 IS NULL OR opened_on BETWEEN ?1 AND ?2{closing}) "
                f"AND case_id NOT IN ({NOTED})",
                (first, last),
            )
        )
        live = counted(conn)

    def within(day: str | None) -> bool:
        return day is not None and first is not None and last is not None and first <= day <= last

    return kept_rows + [
        r for r in live if first is None or within(r[1]) or (not opened_only and within(r[2]))
    ]


def kept(conn: db.Connection) -> list[Row]:
    """Every row kept, by case id (what a test compares with `counted(conn, EVERY)`)."""
    return [
        (str(r[0]), str(r[1]), r[2], str(r[3]), r[4])
        for r in conn.execute(
            "SELECT case_id, opened_on, closed_on, case_facts, factor_facts FROM stats_facts "
            "ORDER BY case_id"
        )
    ]
