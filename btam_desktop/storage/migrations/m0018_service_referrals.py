"""Schema 18: the services directory and referrals to it. `community_services` lists the
services the school refers to (a service taken off the list keeps its row, with `removed_on`);
`service_referrals` ties a case (and optionally its plan's intervention) to a service;
`service_referral_steps` is the referral's life, one row per step, only ever added, so two
laptops recording steps each keep theirs."""

from __future__ import annotations

from btam_desktop.storage import db

VERSION = 18

_RECORD = """
    created_at TEXT NOT NULL,
    created_by TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted_at TEXT
"""

STATEMENTS = (
    f"""CREATE TABLE community_services (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        contact TEXT NOT NULL DEFAULT '',
        languages TEXT NOT NULL DEFAULT '',
        cost TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        removed_on TEXT,
        {_RECORD}
    ) STRICT""",
    f"""CREATE TABLE service_referrals (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        service_id TEXT NOT NULL REFERENCES community_services(id),
        intervention_id TEXT,
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX service_referrals_case ON service_referrals(case_id)",
    f"""CREATE TABLE service_referral_steps (
        id TEXT PRIMARY KEY,
        referral_id TEXT NOT NULL REFERENCES service_referrals(id),
        case_id TEXT NOT NULL REFERENCES cases(id),
        step TEXT NOT NULL,
        happened_on TEXT NOT NULL,
        given_by TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        {_RECORD}
    ) STRICT""",
    "CREATE INDEX service_referral_steps_referral ON service_referral_steps(referral_id)",
)


def apply(conn: db.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
