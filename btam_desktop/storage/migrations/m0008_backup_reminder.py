"""Schema 8: the team remembers its last verified backup, and how old it may get.

`team.last_backup_at` is when a backup was last written, opened and checked clean; every laptop
that opens the file reminds the team when it is older than `backup_reminder_days`, a new key in
`team.settings_json` (a lead sets it, like the idle minutes). Versions before 8 read the
settings strictly and would fail on the new key, so the new key comes with a new version: they
say "update BTAM Desktop" instead.

Backups made before this version (`btam-desktop backup`) were verified as they were written
(integrity and row counts) and audited as `case_file.backed_up`: the newest of them counts as
the last verified backup, so a team that has been backing up is not reminded for nothing.
"""

from __future__ import annotations

from btam_desktop.storage import db

VERSION = 8

STATEMENTS = (
    "ALTER TABLE team ADD COLUMN last_backup_at TEXT",
    "UPDATE team SET last_backup_at = "
    "(SELECT max(ts) FROM audit WHERE action = 'case_file.backed_up')",
)


def apply(conn: db.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
