"""Every row of every table, as plain data: the lossless export and what leak tests compare."""

from __future__ import annotations

from typing import Any

from btam_desktop.storage import db, migrations


def dump_tables(conn: db.Connection) -> dict[str, Any]:
    tables: dict[str, list[dict[str, Any]]] = {}
    for name in db.table_counts(conn):
        cursor = conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid')
        columns = [c[0] for c in cursor.description]
        tables[name] = [dict(zip(columns, row, strict=True)) for row in cursor]
    return {"schema_version": migrations.schema_version(conn), "tables": tables}
