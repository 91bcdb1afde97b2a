"""Training records, as rows of the encrypted database."""

from __future__ import annotations

from datetime import date

from btam_desktop.domain.records import utc_now
from btam_desktop.domain.training import Training
from btam_desktop.storage import db


def insert(conn: db.Connection, t: Training, by: str) -> None:
    now = utc_now()
    conn.execute(
        "INSERT INTO trainings (id, member_id, taken_on, course, provider, hours, expires_on, "
        "created_at, created_by, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            t.id,
            t.member_id,
            t.taken_on.isoformat(),
            t.course,
            t.provider,
            float(t.hours),
            t.expires_on.isoformat(),
            now,
            by,
            now,
            by,
        ),
    )


def delete(conn: db.Connection, training_id: str, by: str) -> bool:
    now = utc_now()
    cursor = conn.execute(
        "UPDATE trainings SET deleted_at = ?, updated_at = ?, updated_by = ? "
        "WHERE id = ? AND deleted_at IS NULL",
        (now, now, by, training_id),
    )
    return cursor.rowcount == 1


def all_trainings(conn: db.Connection) -> list[Training]:
    return [
        Training(
            id=r[0],
            member_id=r[1],
            taken_on=date.fromisoformat(r[2]),
            course=r[3],
            provider=r[4],
            hours=r[5],
            expires_on=date.fromisoformat(r[6]),
        )
        for r in conn.execute(
            "SELECT id, member_id, taken_on, course, provider, hours, expires_on FROM trainings "
            "WHERE deleted_at IS NULL ORDER BY taken_on DESC, course"
        )
    ]
