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
from btam_desktop.storage import db, fsio, migrations
from btam_desktop.storage.casefile import LockedCaseFile, OpenCaseFile
from btam_desktop.storage.errors import AlreadyExistsError, DamagedError, translate_os_error
from btam_desktop.storage.faults import crash_point
from btam_desktop.storage.keyfile import KeyFile
from btam_desktop.storage.layout import Layout
from btam_desktop.storage.lockfile import CaseFileLock


def export_database(conn: db.Connection, source: Path, dest: Path, dest_key: bytes) -> None:
    """Copy every table of `conn` into a new encrypted file under `dest_key`."""
    with db.translated(dest):
        conn.execute(
            "ATTACH DATABASE ? AS export_target KEY " + db.key_pragma_value(dest_key),
            (db.uri(dest, "rwc"),),
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
    """Reopen a written copy, read-only: both integrity checks pass, every table has its rows."""
    conn = db.connect(path, data_key, readonly=True)
    try:
        with db.translated(path):
            problems = db.integrity_problems(conn)
            counts = db.table_counts(conn)
    finally:
        conn.close()
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
    return copy_case_file(ocf.conn, ocf.db_path, ocf.keys, ocf.data_key, dest)


def copy_case_file(
    conn: db.Connection, source: Path, keys: KeyFile, data_key: bytearray, dest: Path
) -> Path:
    """Write and verify an encrypted copy (database + key file + pointer) of the same
    generation; on any failure nothing is left behind."""
    dest = backup_destination(dest)
    if dest.exists():
        raise AlreadyExistsError(dest)
    layout = Layout(dest)
    fsio.make_private_dir(dest)
    try:
        with db.translated(source):
            expected = db.table_counts(conn)
        export_database(conn, source, layout.db(keys.generation), bytes(data_key))
        crash_point("backup.exported")
        verify_copy(layout.db(keys.generation), bytes(data_key), expected)
        crash_point("backup.verified")
        # The key file is bound to the database salt, which the export changed.
        salt = db.read_salt(layout.db(keys.generation)).hex()
        fsio.atomic_write(
            layout.keys(keys.generation), replace(keys, db_salt=salt).to_bytes(bytes(data_key))
        )
        crash_point("backup.keys_written")
        layout.switch_to(keys.generation)
        crash_point("backup.switched")
    except BaseException:
        shutil.rmtree(dest, ignore_errors=True)
        raise
    return dest


def restore(
    backup: LockedCaseFile, data_key: bytearray, member_id: str, target: Path
) -> Path | None:
    """Put a verified copy of `backup` at `target`. The backup is only read (it may sit on
    write-protected media). A case file already at `target` is moved aside (its new name is
    returned), never overwritten, and one held open elsewhere is refused."""
    backup.verify_binding(data_key)
    source = db.connect(backup.db_path, bytes(data_key), readonly=True)
    staging = target.with_name(target.name + ".restoring")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        migrations.pending(source, backup.db_path)  # a backup from a newer version is refused
        copy_case_file(source, backup.db_path, backup.keys, data_key, staging)
    finally:
        source.close()
    target_lock = CaseFileLock(Layout(target).lock)
    moved_aside: Path | None = None
    try:
        if target.exists():
            target_lock.acquire(member_id, {})  # held across both renames (POSIX)
            moved_aside = _aside_name(target)
            target.rename(moved_aside)
        staging.rename(target)
        fsio.fsync_dir(target.parent)
    except BaseException as error:
        if moved_aside is not None and moved_aside.exists() and not target.exists():
            moved_aside.rename(target)  # put the original back where it was
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(error, OSError):
            raise translate_os_error(error, target) from error
        raise
    finally:
        target_lock.release()
    return moved_aside


def _aside_name(target: Path) -> Path:
    """A free name beside `target` for the case file a restore replaces: stamped with the time,
    and numbered when a restore in the same second already used that name."""
    stamp = utc_now()[:19].replace(":", "").replace("-", "")
    aside = target.with_name(f"{target.name}.replaced-{stamp}")
    number = 2
    while aside.exists():
        aside = target.with_name(f"{target.name}.replaced-{stamp}-{number}")
        number += 1
    return aside
