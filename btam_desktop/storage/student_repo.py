"""Person links (schema 13): "this case's student is the same person as that one's"."""

from __future__ import annotations

from btam_desktop.domain.student import PersonLink
from btam_desktop.storage import db

_COLUMNS = "id, person_id, same_as_id, created_at, created_by, undone_at, undone_by"


def _link(r: tuple[object, ...]) -> PersonLink:
    return PersonLink(
        id=str(r[0]),
        person_id=str(r[1]),
        same_as_id=str(r[2]),
        linked_at=str(r[3]),
        linked_by=None if r[4] is None else str(r[4]),
        undone_at=None if r[5] is None else str(r[5]),
        undone_by=None if r[6] is None else str(r[6]),
    )


def links(conn: db.Connection, *, undone_too: bool = False) -> list[PersonLink]:
    """The links in force (or every link, `undone_too`), oldest first."""
    where = "deleted_at IS NULL" + ("" if undone_too else " AND undone_at IS NULL")
    return [
        _link(tuple(r))
        for r in conn.execute(
            f"SELECT {_COLUMNS} FROM person_links WHERE {where} ORDER BY created_at, id"
        )
    ]


def get_link(conn: db.Connection, link_id: str) -> PersonLink | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM person_links WHERE id = ? AND deleted_at IS NULL", (link_id,)
    ).fetchone()
    return None if row is None else _link(tuple(row))


def insert_link(conn: db.Connection, link: PersonLink) -> None:
    conn.execute(
        "INSERT INTO person_links (id, person_id, same_as_id, created_at, created_by, "
        "updated_at, updated_by) VALUES (?,?,?,?,?,?,?)",
        (
            link.id,
            link.person_id,
            link.same_as_id,
            link.linked_at,
            link.linked_by,
            link.linked_at,
            link.linked_by,
        ),
    )


def undo_link(conn: db.Connection, link_id: str, by: str, now: str) -> None:
    conn.execute(
        "UPDATE person_links SET undone_at = ?, undone_by = ?, updated_at = ?, updated_by = ? "
        "WHERE id = ?",
        (now, by, now, by, link_id),
    )


def link_ids_of_case(conn: db.Connection, case_id: str) -> list[str]:
    """Every link (in force or undone) naming one of the case's persons."""
    return [
        str(r[0])
        for r in conn.execute(
            "SELECT l.id FROM person_links l WHERE EXISTS (SELECT 1 FROM persons p "
            "WHERE p.case_id = ? AND p.id IN (l.person_id, l.same_as_id))",
            (case_id,),
        )
    ]
