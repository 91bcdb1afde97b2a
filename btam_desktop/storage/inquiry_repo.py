"""Inquiry items, interviews and assessments, as rows of the encrypted database."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from btam_desktop.domain.assessment import Assessment
from btam_desktop.domain.errors import NotFoundError
from btam_desktop.domain.inquiry import InquiryItem, Interview, ItemStatus
from btam_desktop.domain.records import utc_now
from btam_desktop.storage import db
from btam_desktop.storage.sync_schema import based_on

_ITEM_COLUMNS = (
    "id, case_id, kind, text, position, help, pack_id, pack_item_id, assignee_id, due_on, "
    "status, findings, sources, found_on, corroborated, evidence_ids_json"
)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _item_values(i: InquiryItem) -> tuple[Any, ...]:
    return (
        i.id,
        i.case_id,
        i.kind,
        i.text,
        i.position,
        i.help,
        i.pack_id,
        i.pack_item_id,
        i.assignee_id,
        _iso(i.due_on),
        i.status.value,
        i.findings,
        i.sources,
        _iso(i.found_on),
        int(i.corroborated),
        json.dumps(list(i.evidence_ids)),
    )


def insert_item(conn: db.Connection, item: InquiryItem, by: str) -> None:
    now = utc_now()
    conn.execute(
        f"INSERT INTO inquiry_items ({_ITEM_COLUMNS}, created_at, created_by, updated_at, "
        f"updated_by) VALUES ({','.join('?' * 20)})",
        (*_item_values(item), now, by, now, by),
    )


def update_item(conn: db.Connection, item: InquiryItem, by: str) -> None:
    values = _item_values(item)
    columns = _ITEM_COLUMNS.split(", ")[1:]
    assignments = ", ".join(f"{c} = ?" for c in columns)
    conn.execute(
        f"UPDATE inquiry_items SET {assignments}, updated_at = ?, updated_by = ? WHERE id = ?",
        (*values[1:], utc_now(), by, item.id),
    )


def _item(r: Any) -> InquiryItem:
    return InquiryItem(
        id=r[0],
        case_id=r[1],
        kind=r[2],
        text=r[3],
        position=r[4],
        help=r[5],
        pack_id=r[6],
        pack_item_id=r[7],
        assignee_id=r[8],
        due_on=_day(r[9]),
        status=ItemStatus(r[10]),
        findings=r[11],
        sources=r[12],
        found_on=_day(r[13]),
        corroborated=bool(r[14]),
        evidence_ids=tuple(json.loads(r[15])),
    )


def items_of(conn: db.Connection, case_id: str) -> list[InquiryItem]:
    return [
        _item(r)
        for r in conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM inquiry_items WHERE case_id = ? AND deleted_at IS NULL "
            "ORDER BY position, rowid",
            (case_id,),
        )
    ]


def get_item(conn: db.Connection, item_id: str) -> InquiryItem:
    row = conn.execute(
        f"SELECT {_ITEM_COLUMNS} FROM inquiry_items WHERE id = ? AND deleted_at IS NULL", (item_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError("That checklist item does not exist in this case file.")
    return _item(row)


def insert_interview(conn: db.Connection, iv: Interview, by: str) -> None:
    now = utc_now()
    conn.execute(
        "INSERT INTO interviews (id, case_id, interviewee_role, interviewee, held_on, "
        "interviewer_id, others_present, notes, created_at, created_by, updated_at, updated_by) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            iv.id,
            iv.case_id,
            iv.interviewee_role,
            iv.interviewee,
            iv.held_on.isoformat(),
            iv.interviewer_id,
            iv.others_present,
            iv.notes,
            now,
            by,
            now,
            by,
        ),
    )


def interviews_of(conn: db.Connection, case_id: str) -> list[Interview]:
    return [
        Interview(
            id=r[0],
            case_id=r[1],
            interviewee_role=r[2],
            interviewee=r[3],
            held_on=date.fromisoformat(r[4]),
            interviewer_id=r[5],
            others_present=r[6],
            notes=r[7],
        )
        for r in conn.execute(
            "SELECT id, case_id, interviewee_role, interviewee, held_on, interviewer_id, "
            "others_present, notes FROM interviews WHERE case_id = ? AND deleted_at IS NULL "
            "ORDER BY held_on, rowid",
            (case_id,),
        )
    ]


_ASSESSMENT_COLUMNS = (
    "id, case_id, version, pack_id, pack_version, assessed_on, answers_json, level_id, rationale, "
    "present_json, dissent_json, risk_factors_json, protective_factors_json, requirements_json"
)


def next_version(conn: db.Connection, case_id: str) -> int:
    row = conn.execute(
        "SELECT MAX(version) FROM assessments WHERE case_id = ?", (case_id,)
    ).fetchone()
    return int(row[0] or 0) + 1


def insert_assessment(conn: db.Connection, a: Assessment, pack_snapshot: str, by: str) -> None:
    now = utc_now()
    conn.execute(
        f"INSERT INTO assessments ({_ASSESSMENT_COLUMNS}, pack_snapshot_json, created_at, "
        f"created_by, updated_at, updated_by, based_on_id) VALUES ({','.join('?' * 19)}, "
        f"{based_on('assessments')})",
        (
            a.id,
            a.case_id,
            a.version,
            a.pack_id,
            a.pack_version,
            a.assessed_on.isoformat(),
            json.dumps(a.answers, ensure_ascii=False),
            a.level_id,
            a.rationale,
            json.dumps(list(a.present)),
            json.dumps([list(d) for d in a.dissent], ensure_ascii=False),
            json.dumps(list(a.risk_factors), ensure_ascii=False),
            json.dumps(list(a.protective_factors), ensure_ascii=False),
            json.dumps(list(a.requirements), ensure_ascii=False),
            pack_snapshot,
            now,
            by,
            now,
            by,
            a.case_id,
            a.version,
        ),
    )


def assessment_saves(conn: db.Connection, case_id: str) -> dict[str, tuple[str, str]]:
    """Who saved each version of the case's assessment and when: {id: (created_at, by)}; the
    screen says so under the record, as the printout's footer says who printed it."""
    return {
        r[0]: (r[1], r[2] or "")
        for r in conn.execute(
            "SELECT id, created_at, created_by FROM assessments "
            "WHERE case_id = ? AND deleted_at IS NULL",
            (case_id,),
        )
    }


def assessments_of(conn: db.Connection, case_id: str) -> list[tuple[Assessment, str]]:
    """Every version, oldest first, each with the pack snapshot it was made under."""
    return [
        (
            Assessment(
                id=r[0],
                case_id=r[1],
                version=r[2],
                pack_id=r[3],
                pack_version=r[4],
                assessed_on=date.fromisoformat(r[5]),
                answers=json.loads(r[6]),
                level_id=r[7],
                rationale=r[8],
                present=tuple(json.loads(r[9])),
                dissent=tuple(tuple(d) for d in json.loads(r[10])),
                risk_factors=tuple(json.loads(r[11])),
                protective_factors=tuple(json.loads(r[12])),
                requirements=tuple(json.loads(r[13])),
            ),
            r[14],
        )
        for r in conn.execute(
            f"SELECT {_ASSESSMENT_COLUMNS}, pack_snapshot_json FROM assessments "
            "WHERE case_id = ? AND deleted_at IS NULL ORDER BY version",
            (case_id,),
        )
    ]
