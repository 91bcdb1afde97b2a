"""Received records: the content of a transfer packet kept beside the case it became."""

from __future__ import annotations

import json
from datetime import date

from btam_desktop.domain import transfer
from btam_desktop.domain.transfer import ReceivedRecord
from btam_desktop.storage import db


def insert_received(conn: db.Connection, record: ReceivedRecord, by: str) -> None:
    document = json.dumps(transfer.to_json(record.content), ensure_ascii=False, sort_keys=True)
    now = record.received_at
    conn.execute(
        "INSERT INTO received_records (id, case_id, from_school, sent_on, received_at, "
        "content_json, created_at, created_by, updated_at, updated_by) "
        "VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            record.id,
            record.case_id,
            record.from_school,
            record.sent_on.isoformat(),
            record.received_at,
            document,
            now,
            by,
            now,
            by,
        ),
    )


def received_of(conn: db.Connection, case_id: str) -> list[ReceivedRecord]:
    """What the case was received as, oldest first (a case is received once; a packet
    imported again becomes another case)."""
    return [
        ReceivedRecord(
            id=str(r[0]),
            case_id=case_id,
            from_school=str(r[1]),
            sent_on=date.fromisoformat(r[2]),
            received_at=str(r[3]),
            content=transfer.from_json(json.loads(r[4])),
        )
        for r in conn.execute(
            "SELECT id, from_school, sent_on, received_at, content_json FROM received_records "
            "WHERE case_id = ? AND deleted_at IS NULL ORDER BY received_at, id",
            (case_id,),
        )
    ]
