"""Key rotation: how a member is removed for real, and how the other laptops follow.

Never rekey the live file in place (measured: a failed write leaves it unopenable). Instead:
export to generation g+1 under a new data key, record the removal there, verify it (integrity,
row counts, audit chain), write its key file sealed to the remaining members' public keys and
the recovery key, then switch `current` in one atomic replace. Until that replace, generation g
is untouched and still the live file; after it, g's files are deleted.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from dataclasses import replace
from typing import Any

from btam_desktop.domain.records import today, utc_now
from btam_desktop.storage import crypto, db, fsio, keyfile, sync_oplog, sync_quarantine
from btam_desktop.storage.audit import AuditLog, audit_key
from btam_desktop.storage.backup import export_database
from btam_desktop.storage.casefile import OpenCaseFile, zero
from btam_desktop.storage.errors import DamagedError
from btam_desktop.storage.faults import crash_point
from btam_desktop.storage.replica import Place
from btam_desktop.storage.sync_capture import Capture, captured

#: `meta` key of an earlier generation's data key, kept inside the newer (encrypted) database:
#: teammates who have not yet moved on still publish under it, and this laptop reads them.
_OLD_KEY = "sync_key_g{generation}"
#: ... and who could sign under it (member id -> name, Ed25519 public key): a segment of that
#: generation is checked against the team as it was then, on every laptop alike, so a change
#: one laptop applied before it heard of a removal is applied by all of them.
_OLD_SIGNERS = "sync_signers_g{generation}"
#: Whom the removal that made a generation removed, and when (UTC): the new generation's file
#: in the sync folder tells the laptops still on the old one.
_REMOVAL = "sync_removal_g{generation}"


def rotate(ocf: OpenCaseFile, removed_member_id: str) -> int:
    """Remove one member's slot and move the open case file to a new data key and generation.

    On success `ocf` points at the new generation; on failure it still points at the old one,
    which was not written to. Returns the new generation.
    """
    new_gen = ocf.generation + 1
    new_key = bytearray(os.urandom(crypto.KEY_BYTES))
    keys = ocf.keys.without(removed_member_id)
    members = tuple(keyfile.reseal(s, keys.file_id, new_gen, bytes(new_key)) for s in keys.members)
    recovery = keyfile.seal_for_recovery(
        keys.recovery_public_key, keys.file_id, new_gen, bytes(new_key)
    )
    return _move(
        ocf,
        new_key,
        replace(keys, generation=new_gen, members=members, recovery_sealed_data_key=recovery),
        removed_member_id,
    )


def adopt(ocf: OpenCaseFile, data_key: bytearray, keys: keyfile.KeyFile) -> int:
    """Follow a generation a lead made on another laptop: the same move as `rotate`, under the
    data key and member slots the lead published (the removal itself arrives as the lead's
    op). On failure `ocf` still points at its own generation, untouched."""
    return _move(ocf, data_key, keys, None)


def old_keys(conn: db.Connection) -> dict[int, bytes]:
    """The data keys of earlier generations this database keeps, by generation."""
    prefix = _OLD_KEY.format(generation="")
    return {
        int(str(r[0])[len(prefix) :]): bytes.fromhex(str(r[1]))
        for r in conn.execute("SELECT key, value FROM meta WHERE key LIKE ?", (prefix + "%",))
        if str(r[0])[len(prefix) :].isdigit()
    }


def removal_of(conn: db.Connection, generation: int) -> dict[str, Any]:
    """{"member_id", "at", "seen"} of the removal that made `generation` ({} if none is
    recorded; "seen": how far the lead had seen each of the member's laptops)."""
    row = conn.execute(
        "SELECT value FROM meta WHERE key = ?", (_REMOVAL.format(generation=generation),)
    ).fetchone()
    return dict(json.loads(str(row[0]))) if row else {}


def old_signers(conn: db.Connection, generation: int) -> dict[str, tuple[str, bytes]]:
    """Who could sign under an earlier generation: member id -> (name, public key)."""
    row = conn.execute(
        "SELECT value FROM meta WHERE key = ?", (_OLD_SIGNERS.format(generation=generation),)
    ).fetchone()
    if row is None:
        return {}
    return {k: (str(v[0]), bytes.fromhex(str(v[1]))) for k, v in json.loads(str(row[0])).items()}


def _move(
    ocf: OpenCaseFile,
    new_key: bytearray,
    next_keys: keyfile.KeyFile,
    removed_member_id: str | None,
) -> int:
    """Export to generation `next_keys.generation` under `new_key`, record the removal there
    (when there is one), verify the export (integrity, row counts, audit chain), write its key
    file, then switch `current` in one atomic replace: the commit point."""
    chain = ocf.audit.verify()
    if not chain.ok:
        raise DamagedError(
            ocf.db_path, f"the audit log is broken at event {chain.first_broken_seq}"
        )
    old_gen, new_gen = ocf.generation, next_keys.generation
    if new_gen <= old_gen:
        raise ValueError(f"generation {new_gen} does not follow {old_gen}")
    new_db, new_keys_path = ocf.layout.db(new_gen), ocf.layout.keys(new_gen)
    fsio.remove_quietly(new_db, new_keys_path)
    conn: db.Connection | None = None
    try:
        with db.translated(ocf.db_path):
            expected = db.table_counts(ocf.conn)
        export_database(ocf.conn, ocf.db_path, new_db, bytes(new_key))
        crash_point("rotation.exported")
        conn = db.connect(new_db, bytes(new_key))
        with db.translated(new_db):
            copied = db.table_counts(conn)  # the export, before the removal adds to it
        # The removal is an op like any change, on the same replica (the export copied it).
        capture = Capture.install(conn, Place.of(ocf.keys.file_id, ocf.folder), ocf.member_id)
        new_audit = AuditLog(conn, audit_key(bytes(ocf.data_key), ocf.keys.file_id), capture)
        now = utc_now()
        with captured(conn, new_db, capture, "members.remove"):
            new_audit.rechain(audit_key(bytes(new_key), ocf.keys.file_id))
            conn.execute("UPDATE meta SET value = ? WHERE key = 'generation'", (str(new_gen),))
            signers = {s.member_id: [s.name, s.signing_public_key.hex()] for s in ocf.keys.members}
            conn.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                [
                    (_OLD_KEY.format(generation=old_gen), bytes(ocf.data_key).hex()),
                    (_OLD_SIGNERS.format(generation=old_gen), json.dumps(signers)),
                ],
            )
            if removed_member_id is not None:
                _record_removal(conn, new_audit, ocf.member_id, removed_member_id, new_gen, now)
        with db.translated(new_db):
            problems = db.integrity_problems(conn)
            counts = db.table_counts(conn)
            chain_after = new_audit.verify()
        expected["meta"] = counts.get("meta", 0)  # the kept key: one more row, or a replaced one
        if removed_member_id is not None:
            expected["audit"] += 1
        if capture is not None:
            if removed_member_id is not None:
                expected["sync_ops"] += 1  # the removal's op
            # ... the field versions it recorded and, if this copy's replica id is new, what it
            # starts from (`sync_seen`): these the export must have copied exactly; the
            # removal only adds to them.
            for table in ("sync_versions", "sync_replaced", "sync_conflicts", "sync_seen"):
                if copied.get(table) != expected.get(table):
                    problems = [*problems, f"{table}: {copied.get(table)} rows copied"]
                expected[table] = counts.get(table, 0)
        if problems or counts != expected or not chain_after.ok:
            raise DamagedError(new_db, "the new key generation did not verify; nothing changed")
        crash_point("rotation.verified")
        db.checkpoint(conn, new_db)
        new_keys = replace(
            next_keys,
            db_salt=db.read_salt(new_db).hex(),
            anchor=keyfile.AuditAnchor(chain_after.head_seq, chain_after.head_mac),
        )
        fsio.atomic_write(new_keys_path, new_keys.to_bytes(bytes(new_key)))
        crash_point("rotation.keys_written")
        ocf.layout.switch_to(new_gen, step="rotation.pointer")  # the commit point
        crash_point("rotation.switched")
    except BaseException:
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
        fsio.remove_quietly(new_db, new_keys_path, *db.sidecars(new_db))
        zero(new_key)
        raise
    # Switch the open handle over, then forget the old generation.
    db.close(ocf.conn)
    zero(ocf.data_key)
    ocf.conn, ocf.generation, ocf.keys, ocf.data_key = conn, new_gen, new_keys, new_key
    ocf.audit = AuditLog(conn, audit_key(bytes(new_key), new_keys.file_id), capture)
    ocf.capture = capture
    fsio.remove_quietly(*ocf.layout.older_generations(than=new_gen))
    crash_point("rotation.old_deleted")
    # Automatic backups hold the old key file, whose slots include the removed member.
    shutil.rmtree(ocf.layout.backups, ignore_errors=True)
    return new_gen


def _record_removal(
    conn: db.Connection, audit: AuditLog, by: str, removed: str, generation: int, now: str
) -> None:
    conn.execute(
        "UPDATE members SET active = 0, active_to = coalesce(active_to, ?), "
        "updated_at = ?, updated_by = ? WHERE id = ?",
        (today().isoformat(), now, by, removed),
    )
    # How far this lead had seen each of the removed member's laptops: what they write after
    # that waits for a lead on every laptop (storage/sync_quarantine.py).
    have = sync_oplog.seen_vector(conn)
    seen = {origin: have[origin] for origin in sync_oplog.origins_of(conn, removed)}
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        (
            _REMOVAL.format(generation=generation),
            json.dumps({"member_id": removed, "at": now, "seen": seen}),
        ),
    )
    detail = {"key_generation": generation, "seen": seen}
    audit.append(by, sync_quarantine.REMOVAL, entity="member", entity_id=removed, detail=detail)
    sync_quarantine.learn(
        conn, {"action": sync_quarantine.REMOVAL, "entity_id": removed, "detail": detail}
    )
