"""Schema 17: the language a family reads (`persons.language`, a key of
`domain/language.PAPER_LANGUAGES`), kept on a guardian's record so that the papers that go home
default to it. '' for every person already there: not said, English on paper."""

from __future__ import annotations

from btam_desktop.storage import db

VERSION = 17

STATEMENTS = ("ALTER TABLE persons ADD COLUMN language TEXT NOT NULL DEFAULT ''",)


def apply(conn: db.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
