"""Open conflicts as people review them (issue 18, "Seeing conflicts" and "Resolving").

`review` gives every open conflict with its versions (member, when, text) and what they started
from, for the "To review" list, the banner on a case and the resolve dialog. Resolving itself is
`sync.resolve_conflict`: one op and one audit event.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from btam_desktop.domain import hlc
from btam_desktop.domain.changes import ChangeSet
from btam_desktop.services import sync
from btam_desktop.services.contracts.sync import ConflictReview, ReviewVersion
from btam_desktop.services.session import Session
from btam_desktop.services.sync_folder import conflict_id
from btam_desktop.storage import conflict_repo, db, sync_merge
from btam_desktop.storage.sync_merge import Conflict, Version

__all__ = ["resolve", "review"]


def utc_text(stamp: str) -> str:
    """A clock stamp as UTC ISO 8601 text; "" for the stamp of a value from before sync."""
    if not stamp or stamp == sync_merge.BASE_HLC:
        return ""
    ms = hlc.Hlc.parse(stamp).ms
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="seconds")


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _shown(version: Version, names: dict[str, str], *, with_text: bool) -> ReviewVersion:
    return ReviewVersion(
        version_id=version.version_id,
        member=names.get(version.member_id or "", ""),
        at=utc_text(version.hlc),
        text=_text(version.value) if with_text else "",
    )


def _versions(conn: db.Connection, c: Conflict) -> list[Version]:
    """The versions a conflict is between (for a number used twice: the cases' makers)."""
    if c.kind == "number_collision":
        return [
            Version(version_id=str(r[0]), hlc="", member_id=str(r[1]), value=None)
            for r in conn.execute(
                "SELECT id, created_by FROM cases WHERE number = ? AND deleted_at IS NULL "
                "ORDER BY created_at",
                (c.row_id,),
            )
        ]
    if c.kind == "edit_delete":
        return sync_merge.live_of_row(conn, c.table, c.row_id)
    return sync_merge.live(conn, c.table, c.row_id, c.field)


def _review(
    conn: db.Connection, c: Conflict, names: dict[str, str], numbers: dict[str, str]
) -> ConflictReview:
    versions = _versions(conn, c)
    value = c.kind == "value"
    base = conflict_repo.base_of(conn, c.table, c.row_id, c.field, versions) if value else None
    return ConflictReview(
        conflict_id=conflict_id(c.table, c.row_id, c.field),
        table=c.table,
        row_id=c.row_id,
        field=c.field,
        kind=c.kind,
        case_id=c.case_id or "",
        case_number=c.row_id if c.kind == "number_collision" else numbers.get(c.case_id or "", ""),
        versions=tuple(_shown(v, names, with_text=value) for v in versions),
        base=_shown(base, names, with_text=True) if base is not None else None,
    )


def review(session: Session) -> list[ConflictReview]:
    """Every open conflict, in the same order on every laptop."""
    conn = session.ocf.conn
    names = {str(r[0]): str(r[1]) for r in conn.execute("SELECT id, name FROM members")}
    numbers = {str(r[0]): str(r[1]) for r in conn.execute("SELECT id, number FROM cases")}
    return [_review(conn, c, names, numbers) for c in sync_merge.conflicts(conn)]


def resolve(session: Session, table: str, row_id: str, field: str, value: str) -> ChangeSet:
    """The window's way to resolve a field conflict: the text a person kept or combined
    becomes the one version (`sync.resolve_conflict`: one op, one audit event)."""
    return sync.resolve_conflict(session, table, row_id, field, value)
