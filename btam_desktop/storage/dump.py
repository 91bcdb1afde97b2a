"""Every row of every table, as plain data: the lossless export and what leak tests compare."""

from __future__ import annotations

import base64
import json
from typing import Any

from btam_desktop.storage import db, migrations


def _plain(column: str, value: Any) -> Any:
    """Attachments (BLOBs) travel as base64, marked, so the export stays lossless JSON. A
    field version's value (`sync_versions.value_json`, canonical JSON text) travels as the JSON
    it is, marked, not as a string of JSON: an id in it stays an id, not a quoted string."""
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    if column == "value_json" and isinstance(value, str):
        return {"json": json.loads(value)}
    return value


def dump_tables(conn: db.Connection) -> dict[str, Any]:
    tables: dict[str, list[dict[str, Any]]] = {}
    for name in db.table_counts(conn):
        cursor = conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid')
        columns = [c[0] for c in cursor.description]
        tables[name] = [
            {c: _plain(c, v) for c, v in zip(columns, row, strict=True)} for row in cursor
        ]
    return {"schema_version": migrations.schema_version(conn), "tables": tables}
