"""Encrypted backups and restore.

A backup is itself a case-file folder (pointer, database, key file) of the same generation,
so the same passphrases open it. The database is written with `sqlcipher_export` from the
live connection (never a raw copy of a live file), then reopened and verified before the
backup is reported as made.
"""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import replace
from pathlib import Path

from btam_desktop.domain.records import utc_now
from btam_desktop.storage import db, fsio
from btam_desktop.storage.casefile import LockedCaseFile, OpenCaseFile
from btam_desktop.storage.errors import AlreadyExistsError, DamagedError
from btam_desktop.storage.layout import Layout
from btam_desktop.storage.lockfile import CaseFileLock


def export_database(conn: db.Connection, source: Path, dest: Path, dest_key: bytes) -> None:
    """Copy every table of `conn` into a new encrypted file under `dest_key`."""
    with db.translated(dest):
        conn.execute(
            "ATTACH DATABASE ? AS export_target KEY " + db.key_pragma_value(dest_key), (str(dest),)
        )
        try:
            conn.execute("SELECT sqlcipher_export('export_target')")
            version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
            conn.execute(f"PRAGMA export_target.user_version = {version}")
        finally:
            conn.execute("DETACH DATABASE export_target")
    with contextlib.suppress(OSError):
        dest.chmod(fsio.FILE_MODE)


def verify_copy(path: Path, data_key: bytes, expected: dict[str, int]) -> None:
    """Reopen a written copy: both integrity checks pass and every table has its row count."""
    conn = db.connect(path, data_key)
    try:
        with db.translated(path):
            problems = db.integrity_problems(conn)
            counts = db.table_counts(conn)
    finally:
        db.close(conn)
    if problems:
        raise DamagedError(path, "; ".join(problems[:3]))
    if counts != expected:
        raise DamagedError(path, f"row counts differ from the original: {counts} != {expected}")


def backup_destination(dest: Path) -> Path:
    """`dest` itself, or a dated folder inside it when `dest` is an existing plain folder."""
    if dest.is_dir() and not (dest / "current").exists():
        stamp = utc_now()[:16].replace(":", "").replace("-", "").replace("T", "-")
        return dest / f"backup-{stamp}.btam"
    return dest


def write_backup(ocf: OpenCaseFile, dest: Path) -> Path:
    """Write and verify an encrypted backup folder; on any failure nothing is left behind."""
    dest = backup_destination(dest)
    if dest.exists():
        raise AlreadyExistsError(dest)
    layout = Layout(dest)
    fsio.make_private_dir(dest)
    try:
        with db.translated(ocf.db_path):
            expected = db.table_counts(ocf.conn)
        export_database(ocf.conn, ocf.db_path, layout.db(ocf.generation), bytes(ocf.data_key))
        verify_copy(layout.db(ocf.generation), bytes(ocf.data_key), expected)
        # The key file is bound to the database salt, which the export changed.
        salt = db.read_salt(layout.db(ocf.generation)).hex()
        keys = replace(ocf.keys, db_salt=salt)
        fsio.atomic_write(layout.keys(ocf.generation), keys.to_bytes(bytes(ocf.data_key)))
        layout.switch_to(ocf.generation)
    except BaseException:
        shutil.rmtree(dest, ignore_errors=True)
        raise
    return dest


def restore(
    backup: LockedCaseFile, data_key: bytearray, member_id: str, target: Path
) -> Path | None:
    """Put a verified copy of `backup` at `target`. An existing case file there is first moved
    aside (its new name is returned), never overwritten; one held open elsewhere is refused."""
    source = backup.open(data_key, member_id, migrate=False)
    staging = target.with_name(target.name + ".restoring")
    shutil.rmtree(staging, ignore_errors=True)
    target_lock = CaseFileLock(Layout(target).lock)
    try:
        write_backup(source, staging)
    finally:
        source.close(update_anchor=False)
    moved_aside: Path | None = None
    try:
        if target.exists():
            target_lock.acquire(member_id, {})
            stamp = utc_now()[:19].replace(":", "").replace("-", "")
            moved_aside = target.with_name(f"{target.name}.replaced-{stamp}")
            target_lock.release()
            target.rename(moved_aside)
        staging.rename(target)
        fsio.fsync_dir(target.parent)
    except BaseException:
        target_lock.release()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return moved_aside
