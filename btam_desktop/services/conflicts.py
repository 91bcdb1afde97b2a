"""Open conflicts as people review them (issue 18, "Seeing conflicts" and "Resolving").

`review` gives every open conflict with its versions (member, when, text) and what they started
from, for the "To review" list, the banner on a case and the resolve dialog. Resolving itself is
`sync.resolve_conflict`: one op and one audit event.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from btam_desktop.domain import hlc
from btam_desktop.domain.case import PersonRole
from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.records import utc_now
from btam_desktop.services import cases, sync
from btam_desktop.services.contracts.sync import ConflictLine, ConflictReview, ReviewVersion
from btam_desktop.services.session import Session
from btam_desktop.storage import case_repo, conflict_repo, db, inquiry_repo, manage_repo, sync_merge
from btam_desktop.storage.sync_merge import Conflict, Version

__all__ = ["conflict_id", "conflict_lines", "renumber", "resolve", "resolve_delete", "review"]

#: What `btam-desktop conflicts` calls a forked record.
_FORKED = {"plans": "plan", "assessments": "assessment"}


def conflict_id(table: str, row_id: str, field: str) -> str:
    """The same on every laptop: a short hash of what the conflict is about."""
    return hashlib.sha256(f"{table}|{row_id}|{field}".encode()).hexdigest()[:12]


def utc_text(stamp: str) -> str:
    """A clock stamp as UTC ISO 8601 text; "" for the stamp of a value from before sync."""
    if not stamp or stamp == sync_merge.BASE_HLC:
        return ""
    ms = hlc.Hlc.parse(stamp).ms
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="seconds")


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _shown(
    conn: db.Connection,
    version: Version,
    names: dict[str, str],
    *,
    text: str | None = None,
    record_id: str = "",
) -> ReviewVersion:
    """A version as people see it; `text` replaces the version's own value (a plan version
    shown by its words, a case by its student)."""
    return ReviewVersion(
        version_id=version.version_id,
        member=names.get(version.member_id or "", ""),
        at=utc_text(version.hlc),
        text=_text(version.value) if text is None else text,
        record_id=record_id,
        laptop=conflict_repo.laptop_of(conn, version.version_id),
    )


def _record_words(conn: db.Connection, c: Conflict, record_id: str) -> str:
    """What a forked plan or assessment version says (the words people wrote, for the
    comparison and the diff); a case in a number collision: its student and when it opened."""
    if c.kind == "number_collision":
        case = case_repo.get_case(conn, record_id)
        students = [
            p.name for p in case_repo.persons_of(conn, record_id) if p.role is PersonRole.SUBJECT
        ]
        return "\n".join([*students[:1], case.opened_on.isoformat()])
    if c.table == "plans":
        found = next((p for p in manage_repo.plans_of(conn, c.row_id) if p.id == record_id), None)
        if found is None:
            return ""
        lines = [i.description for i in found.interventions]
        return "\n".join([found.goals, *(f"• {line}" for line in lines)])
    versions = inquiry_repo.assessments_of(conn, c.row_id)
    assessment = next((a for a, _ in versions if a.id == record_id), None)
    return "" if assessment is None else f"{assessment.level_id}\n{assessment.rationale}"


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
    if c.kind in ("fork", "number_collision"):
        shown = tuple(
            _shown(
                conn,
                v,
                names,
                text=_record_words(conn, c, str(v.value or v.version_id)),
                record_id=str(v.value or v.version_id),
            )
            for v in versions
        )
    else:
        shown = tuple(_shown(conn, v, names) for v in versions)
    return ConflictReview(
        conflict_id=conflict_id(c.table, c.row_id, c.field),
        table=c.table,
        row_id=c.row_id,
        field=c.field,
        kind=c.kind,
        case_id=c.case_id or "",
        case_number=c.row_id if c.kind == "number_collision" else numbers.get(c.case_id or "", ""),
        versions=shown,
        base=_shown(conn, base, names) if base is not None else None,
    )


def review(session: Session) -> list[ConflictReview]:
    """Every open conflict, in the same order on every laptop."""
    conn = session.ocf.conn
    names, numbers = conflict_repo.member_names(conn), conflict_repo.case_numbers(conn)
    return [_review(conn, c, names, numbers) for c in sync_merge.conflicts(conn)]


def conflict_lines(session: Session) -> list[ConflictLine]:
    """The open conflicts as `btam-desktop conflicts` lists them: what (the field, "plan",
    "case number", …) and whose versions differ, one line each."""
    out = []
    for r in review(session):
        if r.kind == "fork":
            what = _FORKED.get(r.table, r.table)
        elif r.kind == "edit_delete":
            what = f"deleted {r.table} record"
        elif r.kind == "number_collision":
            what = "case number"
        else:
            what = r.field if r.table in ("cases", "team") else f"{r.table}.{r.field}"
        who = tuple(dict.fromkeys(v.member or "a former member" for v in r.versions))
        out.append(
            ConflictLine(
                conflict_id=r.conflict_id, case_number=r.case_number, what=what, members=who
            )
        )
    return out


def resolve(session: Session, table: str, row_id: str, field: str, value: str) -> ChangeSet:
    """The window's way to resolve a field conflict: the text a person kept or combined
    becomes the one version; for a fork (`field` "@head") `value` is the version kept, which
    then replaces both (`sync.resolve_conflict`: one op, one audit event)."""
    return sync.resolve_conflict(session, table, row_id, field, value)


def resolve_delete(session: Session, table: str, row_id: str, keep_deleted: bool) -> ChangeSet:
    """A record deleted on one laptop and changed on another: it stays deleted (with the
    change), or comes back with the change. One op, one audit event."""
    found, deleted_at = conflict_repo.deleted_at(session.ocf.conn, table, row_id)
    if not found:
        raise ValidationError("That record is not in this case file.")
    value = (deleted_at or utc_now()) if keep_deleted else None
    return sync.resolve_conflict(session, table, row_id, "deleted_at", value)


def renumber(session: Session, case_id: str) -> ChangeSet:
    """A case number two laptops gave to two cases at once: this case gets the next free
    number of its school year (never silently: the number may be on paper already, so a lead
    does it, and the audit log keeps both numbers)."""
    return cases.renumber_case(session, case_id)
