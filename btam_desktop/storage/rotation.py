"""Key rotation: how a member is removed for real.

Never rekey the live file in place (measured: a failed write leaves it unopenable). Instead:
export to generation g+1 under a new data key, record the removal there, verify it (integrity,
row counts, audit chain), write its key file sealed to the remaining members' public keys and
the recovery key, then switch `current` in one atomic replace. Until that replace, generation g
is untouched and still the live file; after it, g's files are deleted.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import replace

from btam_desktop.domain.records import today, utc_now
from btam_desktop.storage import crypto, db, fsio, keyfile
from btam_desktop.storage.audit import AuditLog, audit_key
from btam_desktop.storage.backup import export_database
from btam_desktop.storage.casefile import OpenCaseFile, zero
from btam_desktop.storage.errors import DamagedError
from btam_desktop.storage.faults import crash_point
from btam_desktop.storage.replica import Place
from btam_desktop.storage.sync_capture import Capture, captured


def rotate(ocf: OpenCaseFile, removed_member_id: str) -> int:
    """Remove one member's slot and move the open case file to a new data key and generation.

    On success `ocf` points at the new generation; on failure it still points at the old one,
    which was not written to. Returns the new generation.
    """
    chain = ocf.audit.verify()
    if not chain.ok:
        raise DamagedError(
            ocf.db_path, f"the audit log is broken at event {chain.first_broken_seq}"
        )
    new_gen = ocf.generation + 1
    new_key = bytearray(os.urandom(crypto.KEY_BYTES))
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
            conn.execute(
                "UPDATE members SET active = 0, active_to = coalesce(active_to, ?), "
                "updated_at = ?, updated_by = ? WHERE id = ?",
                (today().isoformat(), now, ocf.member_id, removed_member_id),
            )
            new_audit.append(
                ocf.member_id,
                "member.removed",
                entity="member",
                entity_id=removed_member_id,
                detail={"key_generation": new_gen},
            )
        with db.translated(new_db):
            problems = db.integrity_problems(conn)
            counts = db.table_counts(conn)
            chain_after = new_audit.verify()
        expected["audit"] += 1
        if capture is not None:  # the removal's op, and the field versions it recorded
            expected["sync_ops"] += 1
            # ... and, if this copy's replica id is new, what it starts from (`sync_seen`):
            # these the export must have copied exactly; the removal only adds to them.
            for table in ("sync_versions", "sync_replaced", "sync_conflicts", "sync_seen"):
                if copied.get(table) != expected.get(table):
                    problems = [*problems, f"{table}: {copied.get(table)} rows copied"]
                expected[table] = counts.get(table, 0)
        if problems or counts != expected or not chain_after.ok:
            raise DamagedError(new_db, "the new key generation did not verify; nothing changed")
        crash_point("rotation.verified")
        db.checkpoint(conn, new_db)
        keys = ocf.keys.without(removed_member_id)
        new_keys = replace(
            keys,
            generation=new_gen,
            db_salt=db.read_salt(new_db).hex(),
            members=tuple(
                keyfile.reseal(s, keys.file_id, new_gen, bytes(new_key)) for s in keys.members
            ),
            recovery_sealed_data_key=keyfile.seal_for_recovery(
                keys.recovery_public_key, keys.file_id, new_gen, bytes(new_key)
            ),
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
