"""The services directory and the referrals to it, as rows of the encrypted database."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from btam_desktop.domain.community import (
    CommunityService,
    ReferralStep,
    ServiceKind,
    ServiceReferral,
    Step,
    ordered,
)
from btam_desktop.domain.errors import NotFoundError
from btam_desktop.domain.records import utc_now
from btam_desktop.storage import db, rows

_SERVICE = "id, name, kind, contact, languages, cost, notes, removed_on"
_STEP = "id, referral_id, step, happened_on, given_by, note"


def _service(r: Any) -> CommunityService:
    return CommunityService(
        id=r[0],
        name=r[1],
        kind=ServiceKind(r[2]),
        contact=r[3],
        languages=r[4],
        cost=r[5],
        notes=r[6],
        removed_on=date.fromisoformat(r[7]) if r[7] else None,
    )


def list_services(conn: db.Connection) -> list[CommunityService]:
    """Every service, those taken off the list too; alphabetical."""
    return [
        _service(r)
        for r in conn.execute(
            f"SELECT {_SERVICE} FROM community_services WHERE deleted_at IS NULL "
            "ORDER BY name COLLATE NOCASE, id"
        )
    ]


def get_service(conn: db.Connection, service_id: str) -> CommunityService:
    row = conn.execute(
        f"SELECT {_SERVICE} FROM community_services WHERE id = ? AND deleted_at IS NULL",
        (service_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError("That service is not on the directory.")
    return _service(row)


def save_service(conn: db.Connection, s: CommunityService, by: str) -> bool:
    """Insert or update; returns True when the service is new."""
    return rows.save(
        conn,
        "community_services",
        s.id,
        {
            "name": s.name,
            "kind": s.kind.value,
            "contact": s.contact,
            "languages": s.languages,
            "cost": s.cost,
            "notes": s.notes,
            "removed_on": s.removed_on.isoformat() if s.removed_on else None,
        },
        by,
    )


def _referrals(conn: db.Connection, where: str, args: tuple[str, ...]) -> list[ServiceReferral]:
    rows = conn.execute(
        "SELECT id, case_id, service_id, intervention_id FROM service_referrals "
        f"WHERE deleted_at IS NULL AND {where} ORDER BY created_at, id",
        args,
    ).fetchall()
    steps: dict[str, list[ReferralStep]] = defaultdict(list)
    for r in conn.execute(
        f"SELECT {_STEP} FROM service_referral_steps WHERE deleted_at IS NULL AND "
        f"referral_id IN (SELECT id FROM service_referrals WHERE {where})",
        args,
    ):
        steps[r[1]].append(
            ReferralStep(
                id=r[0], step=Step(r[2]), on=date.fromisoformat(r[3]), given_by=r[4], note=r[5]
            )
        )
    return [
        ServiceReferral(
            id=r[0],
            case_id=r[1],
            service_id=r[2],
            intervention_id=r[3],
            steps=ordered(steps.get(r[0], [])),
        )
        for r in rows
        if steps.get(r[0])
    ]


def referrals_of(conn: db.Connection, case_id: str) -> list[ServiceReferral]:
    """The case's referrals to services, oldest first, each with its steps in order."""
    return _referrals(conn, "case_id = ?", (case_id,))


def open_case_referrals(conn: db.Connection) -> list[ServiceReferral]:
    """The referrals of every case that is not closed (what is due looks at these)."""
    return _referrals(
        conn,
        "case_id IN (SELECT id FROM cases WHERE status != 'closed' AND deleted_at IS NULL)",
        (),
    )


def get_referral(conn: db.Connection, referral_id: str) -> ServiceReferral:
    found = _referrals(conn, "id = ?", (referral_id,))
    if not found:
        raise NotFoundError("That referral to a service is not on record.")
    return found[0]


def insert_referral(conn: db.Connection, r: ServiceReferral, by: str) -> None:
    now = utc_now()
    conn.execute(
        "INSERT INTO service_referrals (id, case_id, service_id, intervention_id, created_at, "
        "created_by, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?)",
        (r.id, r.case_id, r.service_id, r.intervention_id, now, by, now, by),
    )


def insert_step(
    conn: db.Connection, referral_id: str, case_id: str, s: ReferralStep, by: str
) -> None:
    now = utc_now()
    values = (s.id, referral_id, s.step.value, s.on.isoformat(), s.given_by, s.note, case_id)
    conn.execute(
        f"INSERT INTO service_referral_steps ({_STEP}, case_id, created_at, created_by, "
        "updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (*values, now, by, now, by),
    )
