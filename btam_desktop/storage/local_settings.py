"""Settings of this copy of a case file that never travel to the other laptops.

They are rows of `meta`, a LOCAL table (`sync_schema.py`): encrypted with everything else, copied
by a backup and a rotation, never part of an op. Only the keys named here may be written, so
nothing can overwrite the rows the file depends on (`file_id`, `generation`).
"""

from __future__ import annotations

from btam_desktop.storage import db

#: Where this laptop's copy exchanges its changes with the team (services/sync_settings.py).
SYNC_FOLDER = "sync_folder"
#: What this laptop is called in the team's conflict views ("at home", "projector"): the
#: member chooses it; it travels in each op this laptop makes (storage/sync_capture.py).
LAPTOP_NAME = "laptop_name"
#: The ids of the cases (and their rows) destroyed under retention rules (storage/tombstones.py).
DESTROYED = "retention_destroyed"
#: The form of the statistics' kept facts this copy's rows are in (storage/stats_facts.py).
STATS_FORMAT = "stats_facts_format"
_KEYS = frozenset({SYNC_FOLDER, LAPTOP_NAME, DESTROYED, STATS_FORMAT})


def _known(key: str) -> str:
    if key not in _KEYS:
        raise KeyError(f"{key!r} is not a local setting")
    return key


def read(conn: db.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_known(key),)).fetchone()
    return str(row[0]) if row is not None else None


def write(conn: db.Connection, key: str, value: str | None) -> None:
    """Set `key` to `value`, or remove it (None)."""
    if value is None:
        conn.execute("DELETE FROM meta WHERE key = ?", (_known(key),))
        return
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (_known(key), value),
    )
