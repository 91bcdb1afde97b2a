"""Unsaved form text kept through an auto-lock, inside the encrypted file, per member."""

from __future__ import annotations

import json

from btam_desktop.domain.drafts import Draft, Drafts
from btam_desktop.domain.records import utc_now
from btam_desktop.storage import db


def save(conn: db.Connection, member_id: str, form_key: str, payload: Draft) -> None:
    conn.execute(
        "INSERT INTO drafts (member_id, form_key, payload_json, saved_at) VALUES (?,?,?,?) "
        "ON CONFLICT (member_id, form_key) DO UPDATE SET payload_json = excluded.payload_json, "
        "saved_at = excluded.saved_at",
        (member_id, form_key, json.dumps(payload, ensure_ascii=False), utc_now()),
    )


def take_all(conn: db.Connection, member_id: str) -> Drafts:
    """Every draft of this member, removed as it is handed back (it lives on in the form)."""
    rows = conn.execute(
        "SELECT form_key, payload_json FROM drafts WHERE member_id = ?", (member_id,)
    ).fetchall()
    conn.execute("DELETE FROM drafts WHERE member_id = ?", (member_id,))
    return {str(key): json.loads(payload) for key, payload in rows}
