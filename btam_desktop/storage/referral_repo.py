"""Referrals, screening decisions and evidence, as rows of the encrypted database."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from btam_desktop.domain.errors import NotFoundError
from btam_desktop.domain.records import utc_now
from btam_desktop.domain.referral import (
    Channel,
    EvidenceInfo,
    Referral,
    ReporterKind,
    Screening,
    ScreeningDecision,
)
from btam_desktop.storage import db

_REFERRAL_COLUMNS = (
    "id, case_id, received_at, received_by, channel, reporter_kind, reporter_name, "
    "reporter_relationship, location, narrative, verbatim, weapon, prior_concerns, imminent, "
    "emergency_actions, targets_json"
)


def _stamp(by: str) -> tuple[str, str, str, str]:
    now = utc_now()
    return now, by, now, by


def insert_referral(conn: db.Connection, r: Referral, by: str) -> None:
    conn.execute(
        f"INSERT INTO referrals ({_REFERRAL_COLUMNS}, created_at, created_by, updated_at, "
        f"updated_by) VALUES ({','.join('?' * 20)})",
        (
            r.id,
            r.case_id,
            r.received_at.isoformat(),
            r.received_by,
            r.channel.value,
            r.reporter_kind.value,
            r.reporter_name,
            r.reporter_relationship,
            r.location,
            r.narrative,
            r.verbatim,
            int(r.weapon),
            r.prior_concerns,
            int(r.imminent),
            r.emergency_actions,
            json.dumps(list(r.targets), ensure_ascii=False),
            *_stamp(by),
        ),
    )


def _referral(row: Any) -> Referral:
    return Referral(
        id=row[0],
        case_id=row[1],
        received_at=datetime.fromisoformat(row[2]),
        received_by=row[3],
        channel=Channel(row[4]),
        reporter_kind=ReporterKind(row[5]),
        reporter_name=row[6],
        reporter_relationship=row[7],
        location=row[8],
        narrative=row[9],
        verbatim=row[10],
        weapon=bool(row[11]),
        prior_concerns=row[12],
        imminent=bool(row[13]),
        emergency_actions=row[14],
        targets=tuple(json.loads(row[15])),
    )


def referrals_of(conn: db.Connection, case_id: str) -> list[Referral]:
    return [
        _referral(r)
        for r in conn.execute(
            f"SELECT {_REFERRAL_COLUMNS} FROM referrals WHERE case_id = ? AND deleted_at IS NULL "
            "ORDER BY received_at, rowid",
            (case_id,),
        )
    ]


def insert_screening(conn: db.Connection, s: Screening, by: str) -> None:
    conn.execute(
        "INSERT INTO screenings (id, case_id, decision, reason, lead_id, second_member_id, "
        "created_at, created_by, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            s.id,
            s.case_id,
            s.decision.value,
            s.reason,
            s.lead_id,
            s.second_member_id,
            s.decided_at,
            by,
            s.decided_at,
            by,
        ),
    )


def screenings_of(conn: db.Connection, case_id: str) -> list[Screening]:
    return [
        Screening(
            id=r[0],
            case_id=r[1],
            decision=ScreeningDecision(r[2]),
            reason=r[3],
            lead_id=r[4],
            second_member_id=r[5],
            decided_at=r[6],
        )
        for r in conn.execute(
            "SELECT id, case_id, decision, reason, lead_id, second_member_id, created_at "
            "FROM screenings WHERE case_id = ? AND deleted_at IS NULL ORDER BY created_at, rowid",
            (case_id,),
        )
    ]


def insert_evidence(conn: db.Connection, info: EvidenceInfo, content: bytes, by: str) -> None:
    conn.execute(
        "INSERT INTO evidence (id, case_id, referral_id, stage, file_name, media_type, size, "
        "sha256, content, created_at, created_by, updated_at, updated_by) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            info.id,
            info.case_id,
            info.referral_id,
            info.stage,
            info.file_name,
            info.media_type,
            info.size,
            info.sha256,
            content,
            info.added_at,
            by,
            info.added_at,
            by,
        ),
    )


def evidence_of(conn: db.Connection, case_id: str) -> list[EvidenceInfo]:
    return [
        EvidenceInfo(
            id=r[0],
            case_id=r[1],
            referral_id=r[2],
            stage=r[3],
            file_name=r[4],
            media_type=r[5],
            size=r[6],
            sha256=r[7],
            added_by=r[8],
            added_at=r[9],
        )
        for r in conn.execute(
            "SELECT id, case_id, referral_id, stage, file_name, media_type, size, sha256, "
            "created_by, created_at FROM evidence WHERE case_id = ? AND deleted_at IS NULL "
            "ORDER BY created_at, rowid",
            (case_id,),
        )
    ]


def evidence_content(conn: db.Connection, evidence_id: str) -> bytes:
    row = conn.execute(
        "SELECT content FROM evidence WHERE id = ? AND deleted_at IS NULL", (evidence_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError("That attachment does not exist in this case file.")
    return bytes(row[0])
