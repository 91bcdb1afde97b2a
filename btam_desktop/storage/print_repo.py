"""Rows printed documents need: the disclosure log, and roster facts the team repository does
not read yet (contacts, the date the team's file was made)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from btam_desktop.domain.disclosure import (
    WHOLE_FILE_EXPORTS,
    Destination,
    Disclosure,
    DocumentKind,
)
from btam_desktop.domain.local_time import local_day
from btam_desktop.domain.records import utc_now
from btam_desktop.storage import db

_COLUMNS = (
    "id, document_id, document, destination, case_id, meeting_id, options_json, recipient, "
    "legal_basis, detail, threat, created_at, created_by"
)


def insert_disclosure(conn: db.Connection, d: Disclosure, by: str) -> None:
    now = d.at or utc_now()
    conn.execute(
        f"INSERT INTO disclosures ({_COLUMNS}, updated_at, updated_by) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
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
            d.detail,
            d.threat,
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
        detail=r[9],
        threat=r[10],
        at=r[11],
        by=r[12],
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


def disclosures_of_student(conn: db.Connection, case_ids: Sequence[str]) -> list[Disclosure]:
    """Every document about one student, oldest first: logged against any of their cases, or a
    whole-file export (every student at once) made since their first case was opened."""
    marks = ",".join("?" * len(case_ids))
    exports = ",".join("?" * len(WHOLE_FILE_EXPORTS))
    return [
        _disclosure(r)
        for r in conn.execute(
            f"SELECT {_COLUMNS} FROM disclosures WHERE deleted_at IS NULL AND "
            f"(case_id IN ({marks}) OR (case_id IS NULL AND document IN ({exports}) AND "
            f"created_at >= (SELECT min(created_at) FROM cases WHERE id IN ({marks})))) "
            "ORDER BY created_at",
            (*case_ids, *(k.value for k in WHOLE_FILE_EXPORTS), *case_ids),
        )
    ]


def all_disclosures(conn: db.Connection) -> list[Disclosure]:
    """The whole log, oldest first."""
    return [
        _disclosure(r)
        for r in conn.execute(
            f"SELECT {_COLUMNS} FROM disclosures WHERE deleted_at IS NULL ORDER BY created_at"
        )
    ]


def team_created_on(conn: db.Connection) -> date:
    """The local day the case file was made (its stored moment is UTC: cutting the text would
    give tomorrow's date to a file made on a US evening)."""
    row = conn.execute("SELECT created_at FROM team WHERE deleted_at IS NULL").fetchone()
    return local_day(str(row[0]))
