"""Rows printed documents need: the disclosure log, and roster facts the team repository does
not read yet (contacts, the date the team's file was made)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from btam_desktop.domain.disclosure import Destination, Disclosure, DocumentKind
from btam_desktop.domain.local_time import local_day
from btam_desktop.domain.records import utc_now
from btam_desktop.storage import db

_COLUMNS = (
    "id, document_id, document, destination, case_id, meeting_id, options_json, recipient, "
    "legal_basis, created_at, created_by"
)


def insert_disclosure(conn: db.Connection, d: Disclosure, by: str) -> None:
    now = d.at or utc_now()
    conn.execute(
        f"INSERT INTO disclosures ({_COLUMNS}, updated_at, updated_by) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            d.id,
            d.document_id,
            d.document.value,
            d.destination.value,
            d.case_id,
            d.meeting_id,
            json.dumps(d.options, sort_keys=True),
            d.recipient,
            d.legal_basis,
            now,
            by,
            now,
            by,
        ),
    )


def _disclosure(r: Any) -> Disclosure:
    return Disclosure(
        id=r[0],
        document_id=r[1],
        document=DocumentKind(r[2]),
        destination=Destination(r[3]),
        case_id=r[4],
        meeting_id=r[5],
        options=json.loads(r[6]),
        recipient=r[7],
        legal_basis=r[8],
        at=r[9],
        by=r[10],
    )


def disclosures_of(conn: db.Connection, case_id: str) -> list[Disclosure]:
    return [
        _disclosure(r)
        for r in conn.execute(
            f"SELECT {_COLUMNS} FROM disclosures WHERE case_id = ? AND deleted_at IS NULL "
            "ORDER BY created_at",
            (case_id,),
        )
    ]


def team_created_on(conn: db.Connection) -> date:
    """The local day the case file was made (its stored moment is UTC: cutting the text would
    give tomorrow's date to a file made on a US evening)."""
    row = conn.execute("SELECT created_at FROM team WHERE deleted_at IS NULL").fetchone()
    return local_day(str(row[0]))
