"""Retention: the facts the rules need, legal holds, keep decisions, and the rows of a case
to destroy (children first, so every foreign key holds at each statement)."""

from __future__ import annotations

from datetime import date

from btam_desktop.domain.retention import Hold, KeepDecision
from btam_desktop.storage import db, student_repo

#: Every table whose rows belong to one case through `case_id`, in an order that deletes
#: children before the rows they name (evidence names referrals; decisions and action items
#: name agenda items, which the case's own query below reaches).
CASE_TABLES = (
    "service_referral_steps",
    "service_referrals",
    "evidence",
    "referrals",
    "screenings",
    "inquiry_items",
    "interviews",
    "assessments",
    "plans",
    "notifications",
    "checkins",
    "reviews",
    "closures",
    "evaluation",
    "status_changes",
    "disclosures",
    "retention_keeps",
    "retention_holds",
    "received_records",
    "self_harm_marks",
    "protocol_steps",
    "safety_plans",
    "persons",
)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def facts(conn: db.Connection) -> list[tuple[str, str, date | None, str, bool, str, str]]:
    """(case id, number, closed on, last screening decision, has a plan, level id, pack id)
    of every case that is not deleted."""
    rows = conn.execute(
        "SELECT c.id, c.number, c.closed_on, "
        "(SELECT s.decision FROM screenings s WHERE s.case_id = c.id AND s.deleted_at IS NULL "
        " ORDER BY s.created_at DESC LIMIT 1), "
        "EXISTS (SELECT 1 FROM plans p WHERE p.case_id = c.id AND p.deleted_at IS NULL), "
        "c.level_of_concern, c.pack_id "
        "FROM cases c WHERE c.deleted_at IS NULL"
    )
    return [
        (str(r[0]), str(r[1]), _day(r[2]), str(r[3] or ""), bool(r[4]), str(r[5] or ""), str(r[6]))
        for r in rows
    ]


def holds(conn: db.Connection) -> list[Hold]:
    """The legal holds in force (not lifted)."""
    return [
        Hold(case_id=str(r[0]), reason=str(r[1]), placed_on=date.fromisoformat(r[2]))
        for r in conn.execute(
            "SELECT case_id, reason, placed_on FROM retention_holds "
            "WHERE lifted_on IS NULL AND deleted_at IS NULL ORDER BY placed_on"
        )
    ]


def hold_of(conn: db.Connection, case_id: str) -> str | None:
    """The id of the case's hold in force, if any."""
    row = conn.execute(
        "SELECT id FROM retention_holds WHERE case_id = ? AND lifted_on IS NULL "
        "AND deleted_at IS NULL",
        (case_id,),
    ).fetchone()
    return None if row is None else str(row[0])


def insert_hold(conn: db.Connection, hold_id: str, hold: Hold, by: str, now: str) -> None:
    conn.execute(
        "INSERT INTO retention_holds (id, case_id, reason, placed_on, created_at, created_by, "
        "updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?)",
        (hold_id, hold.case_id, hold.reason, hold.placed_on.isoformat(), now, by, now, by),
    )


def lift_hold(conn: db.Connection, hold_id: str, on: date, reason: str, by: str, now: str) -> None:
    conn.execute(
        "UPDATE retention_holds SET lifted_on = ?, lift_reason = ?, updated_at = ?, "
        "updated_by = ? WHERE id = ?",
        (on.isoformat(), reason, now, by, hold_id),
    )


def keeps(conn: db.Connection) -> list[KeepDecision]:
    return [
        KeepDecision(
            case_id=str(r[0]),
            reason=str(r[1]),
            decided_on=date.fromisoformat(r[2]),
            review_on=date.fromisoformat(r[3]),
        )
        for r in conn.execute(
            "SELECT case_id, reason, decided_on, review_on FROM retention_keeps "
            "WHERE deleted_at IS NULL"
        )
    ]


def insert_keep(conn: db.Connection, keep_id: str, keep: KeepDecision, by: str, now: str) -> None:
    conn.execute(
        "INSERT INTO retention_keeps (id, case_id, reason, decided_on, review_on, created_at, "
        "created_by, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            keep_id,
            keep.case_id,
            keep.reason,
            keep.decided_on.isoformat(),
            keep.review_on.isoformat(),
            now,
            by,
            now,
            by,
        ),
    )


def rows_of_case(conn: db.Connection, case_id: str) -> list[tuple[str, str]]:
    """(table, id) of every row that belongs to the case, in the order to delete them: the
    meeting records about it, then its own tables, the case last."""
    agenda = [
        str(r[0]) for r in conn.execute("SELECT id FROM agenda_items WHERE case_id = ?", (case_id,))
    ]
    marks = ",".join("?" * len(agenda))
    out: list[tuple[str, str]] = []
    if agenda:
        out += [
            ("decisions", str(r[0]))
            for r in conn.execute(
                f"SELECT id FROM decisions WHERE agenda_item_id IN ({marks})", agenda
            )
        ]
    out += [
        ("action_items", str(r[0]))
        for r in conn.execute(
            f"SELECT id FROM action_items WHERE case_id = ? OR agenda_item_id IN ({marks})",
            [case_id, *agenda],
        )
    ]
    out += [("agenda_items", item) for item in agenda]
    # "Same student" links name the case's persons (rows of both cases: gone with either).
    out += [("person_links", link) for link in student_repo.link_ids_of_case(conn, case_id)]
    for table in CASE_TABLES:
        # Versions of a plan or an assessment name their parent: newest first.
        order = " ORDER BY version DESC" if table in ("plans", "assessments") else ""
        out += [
            (table, str(r[0]))
            for r in conn.execute(f'SELECT id FROM "{table}" WHERE case_id = ?{order}', (case_id,))
        ]
    out.append(("cases", case_id))
    return out


def delete_rows(conn: db.Connection, rows: list[tuple[str, str]]) -> None:
    for table, row_id in rows:
        conn.execute(f'DELETE FROM "{table}" WHERE id = ?', (row_id,))


def delete_drafts_of(conn: db.Connection, case_id: str) -> int:
    """Unsaved forms of the case (their key names it): they hold its text too."""
    cursor = conn.execute(
        "DELETE FROM drafts WHERE instr(form_key, ?) > 0 OR instr(payload_json, ?) > 0",
        (case_id, case_id),
    )
    return int(cursor.rowcount)
