"""Schema 11: what a record of disclosures must say beyond the recipient and the legal basis
(34 CFR 99.32(a)(3) and (a)(5)): `detail`, the recipient's legitimate interest or the basis in
words, and `threat`, the articulable and significant threat that justified a health-or-safety
emergency disclosure. Both default to '' for the rows already logged (they said nothing more).
"""

from __future__ import annotations

from btam_desktop.storage import db

VERSION = 11

STATEMENTS = (
    "ALTER TABLE disclosures ADD COLUMN detail TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE disclosures ADD COLUMN threat TEXT NOT NULL DEFAULT ''",
)


def apply(conn: db.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
