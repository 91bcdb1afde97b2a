"""Harm to self (schema 17): the case's mark, the protocol steps done, the safety plan."""

from __future__ import annotations

from datetime import date

from btam_desktop.domain.harm_to_self import Mark, MarkSource, SafetyPlan, StepRecord
from btam_desktop.storage import db

_MARK = "id, case_id, identified_on, identified_by, source, cleared_at, cleared_by, clear_reason"
_STEP = "id, case_id, step_id, label, done_on, by_id, by_name, note"
_PLAN = (
    "id, case_id, made_on, made_with, warning_signs, coping, people_places, adults, "
    "crisis_line, updated_at, updated_by"
)


def _optional(value: object) -> str | None:
    return None if value is None else str(value)


def _mark(r: tuple[object, ...]) -> Mark:
    return Mark(
        id=str(r[0]),
        case_id=str(r[1]),
        identified_on=date.fromisoformat(str(r[2])),
        identified_by=_optional(r[3]),
        source=MarkSource(str(r[4])),
        cleared_at=_optional(r[5]),
        cleared_by=_optional(r[6]),
        clear_reason=str(r[7]),
    )


def marks_of(conn: db.Connection, case_id: str) -> list[Mark]:
    """Every mark of the case, the ones removed too, oldest first."""
    return [
        _mark(tuple(r))
        for r in conn.execute(
            f"SELECT {_MARK} FROM self_harm_marks WHERE case_id = ? AND deleted_at IS NULL "
            "ORDER BY identified_on, created_at, id",
            (case_id,),
        )
    ]


def current_mark(conn: db.Connection, case_id: str) -> Mark | None:
    return next((m for m in reversed(marks_of(conn, case_id)) if m.in_force), None)


def marked_cases(conn: db.Connection, which_sql: str = "1") -> set[str]:
    """The cases whose mark is in force (the statistics count them), of those the condition
    `which_sql` picks (every case by default)."""
    return {
        str(r[0])
        for r in conn.execute(
            "SELECT DISTINCT case_id FROM self_harm_marks "
            f"WHERE deleted_at IS NULL AND cleared_at IS NULL AND {which_sql}"
        )
    }


def insert_mark(conn: db.Connection, mark: Mark, by: str, now: str) -> None:
    conn.execute(
        "INSERT INTO self_harm_marks (id, case_id, identified_on, identified_by, source, "
        "created_at, created_by, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            mark.id,
            mark.case_id,
            mark.identified_on.isoformat(),
            mark.identified_by,
            mark.source.value,
            now,
            by,
            now,
            by,
        ),
    )


def clear_mark(conn: db.Connection, mark_id: str, reason: str, by: str, now: str) -> None:
    conn.execute(
        "UPDATE self_harm_marks SET cleared_at = ?, cleared_by = ?, clear_reason = ?, "
        "updated_at = ?, updated_by = ? WHERE id = ?",
        (now, by, reason, now, by, mark_id),
    )


def _step(r: tuple[object, ...]) -> StepRecord:
    return StepRecord(
        id=str(r[0]),
        case_id=str(r[1]),
        step_id=str(r[2]),
        label=str(r[3]),
        done_on=date.fromisoformat(str(r[4])),
        by_id=_optional(r[5]),
        by_name=str(r[6]),
        note=str(r[7]),
    )


def steps_of(conn: db.Connection, case_id: str) -> list[StepRecord]:
    return [
        _step(tuple(r))
        for r in conn.execute(
            f"SELECT {_STEP} FROM protocol_steps WHERE case_id = ? AND deleted_at IS NULL "
            "ORDER BY done_on, created_at, id",
            (case_id,),
        )
    ]


def put_step(conn: db.Connection, record: StepRecord, by: str, now: str, *, new: bool) -> None:
    """Insert the step's row (`new`) or change the one recorded before."""
    values = (
        record.label,
        record.done_on.isoformat(),
        record.by_id,
        record.by_name,
        record.note,
        now,
        by,
    )
    if new:
        conn.execute(
            "INSERT INTO protocol_steps (label, done_on, by_id, by_name, note, updated_at, "
            "updated_by, id, case_id, step_id, created_at, created_by) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (*values, record.id, record.case_id, record.step_id, now, by),
        )
    else:
        conn.execute(
            "UPDATE protocol_steps SET label = ?, done_on = ?, by_id = ?, by_name = ?, "
            "note = ?, updated_at = ?, updated_by = ? WHERE id = ?",
            (*values, record.id),
        )


def safety_plan_of(conn: db.Connection, case_id: str) -> SafetyPlan | None:
    r = conn.execute(
        f"SELECT {_PLAN} FROM safety_plans WHERE case_id = ? AND deleted_at IS NULL "
        "ORDER BY created_at DESC, id LIMIT 1",
        (case_id,),
    ).fetchone()
    if r is None:
        return None
    return SafetyPlan(
        id=str(r[0]),
        case_id=str(r[1]),
        made_on=date.fromisoformat(str(r[2])),
        made_with=str(r[3]),
        warning_signs=str(r[4]),
        coping=str(r[5]),
        people_places=str(r[6]),
        adults=str(r[7]),
        crisis_line=str(r[8]),
        saved_at=str(r[9]),
        saved_by=_optional(r[10]),
    )


def put_safety_plan(conn: db.Connection, plan: SafetyPlan, by: str, now: str, *, new: bool) -> None:
    values = (
        plan.made_on.isoformat(),
        plan.made_with,
        plan.warning_signs,
        plan.coping,
        plan.people_places,
        plan.adults,
        plan.crisis_line,
        now,
        by,
    )
    if new:
        conn.execute(
            "INSERT INTO safety_plans (made_on, made_with, warning_signs, coping, "
            "people_places, adults, crisis_line, updated_at, updated_by, id, case_id, "
            "created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (*values, plan.id, plan.case_id, now, by),
        )
    else:
        conn.execute(
            "UPDATE safety_plans SET made_on = ?, made_with = ?, warning_signs = ?, coping = ?, "
            "people_places = ?, adults = ?, crisis_line = ?, updated_at = ?, updated_by = ? "
            "WHERE id = ?",
            (*values, plan.id),
        )
