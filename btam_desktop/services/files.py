"""Whole-file operations: backup (and the check that makes it count), the restore drill,
restore, health check, and the lossless JSON export."""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from btam_desktop import __version__
from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.checks import CheckLine as CheckLine
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.records import utc_now
from btam_desktop.services.contracts.files import (
    BackupCheck as BackupCheck,
    DrillResult as DrillResult,
    Restored as Restored,
)
from btam_desktop.services.session import Session
from btam_desktop.storage import backup as backups, db, fsio, location, team_repo, verify
from btam_desktop.storage.casefile import LockedCaseFile, zero
from btam_desktop.storage.dump import dump_tables
from btam_desktop.storage.errors import BackupDamagedError, DamagedError

CONFIDENTIAL = (
    "CONFIDENTIAL: student threat-assessment records exported from an encrypted BTAM case file. "
    "Protected under FERPA (34 CFR 99.33): do not redisclose. Store encrypted; delete when done."
)


#: Check lines about people and places rather than the copy: the passphrases' strength (the
#: same slots as the case file's, which its own check reports), where the folder is (a warning
#: for a file in use; a backup at rest on a stick or in a synced folder is not edited there) and
#: who may read the folder (a FAT stick shows every file as everyone's; the copy is encrypted).
#: A copy is clean when every other line (cipher, key file, schema, integrity, audit) is ok.
NOT_ABOUT_THE_COPY = frozenset({"key strength", "location", "permissions"})


def backup(session: Session, dest: Path) -> Path:
    """An encrypted, verified copy (database + key file) at `dest`; returns where it went."""
    ocf = session.ocf
    written = backups.write_backup(ocf, dest)
    with ocf.transaction(intent="files.backup"):
        ocf.audit.append(
            session.member_id, "case_file.backed_up", detail={"generation": ocf.generation}
        )
    return written


@contextlib.contextmanager
def _backup_damage(folder: Path) -> Iterator[None]:
    """Damage met while reading a backup or a copy of one is the backup's: the open case file
    is fine, so the service host must not close it (as it does on a DamagedError)."""
    try:
        yield
    except DamagedError as error:
        raise BackupDamagedError(folder, error.detail) from None


def _open_and_check(
    folder: Path, data_key: bytearray, member_id: str
) -> tuple[dict[str, int], tuple[CheckLine, ...], str]:
    """Open a case-file copy the way unlocking does (key file seal and binding, file id,
    audit anchor, schema), count every table, run the health check, and close it without
    moving its anchor. Returns the counts, the failing lines about the copy, and the newest
    moment it recorded."""
    with _backup_damage(folder):
        copy = LockedCaseFile.read(folder).open(bytearray(data_key), member_id)
        try:
            with copy.translated():
                counts = db.table_counts(copy.conn)
                lines = verify.check(copy)
                newest = str(copy.conn.execute("SELECT max(ts) FROM audit").fetchone()[0] or "")
        finally:
            copy.close(update_anchor=False)
    failing = tuple(x for x in lines if not x.ok and x.name not in NOT_ABOUT_THE_COPY)
    return counts, failing, newest


def check_backup(session: Session, folder: Path) -> tuple[BackupCheck, ChangeSet]:
    """Open a backup of this case file (one `backup` just wrote) and check it. A clean one
    becomes the team's last verified backup, in the case file itself, so the reminder on
    every laptop that opens the file knows; the check is audited either way."""
    ocf = session.ocf
    counts, failing, _ = _open_and_check(folder, ocf.data_key, session.member_id)
    result = BackupCheck(folder, counts.get("cases", 0), failing)
    with ocf.transaction(intent="files.check_backup") as tx:
        if result.verified:
            team_repo.record_backup(tx, utc_now())
        ocf.audit.append(
            session.member_id,
            "case_file.backup_checked",
            detail={"clean": result.verified, "failed": [x.name for x in failing]},
        )
    return result, ChangeSet(team=True)


def restore_drill(session: Session, backup_folder: Path, passphrase: str) -> DrillResult:
    """Prove a backup restores before anyone relies on it: restore it into a temporary place
    (with the signed-in lead's passphrase of the time the backup was made), open it as
    unlocking would (an older backup is upgraded there), compare its counts with the backup's,
    run the check, and delete it. Restoring for real is `restore`, once the file is locked."""
    session.require_lead("restore a backup")
    locked = LockedCaseFile.read(backup_folder)
    slot = locked.slot(session.member_name)
    data_key = locked.derive_data_key(slot, passphrase)
    try:
        with _backup_damage(backup_folder):
            source = db.connect(locked.db_path, bytes(data_key), readonly=True)
            try:
                expected = db.table_counts(source)
            finally:
                source.close()
        place = Path(tempfile.mkdtemp(prefix="btam-restore-drill-"))
        try:
            trial = place / "trial.btam"
            with _backup_damage(backup_folder):
                backups.restore(locked, data_key, slot.member_id, trial)
            counts, failing, as_of = _open_and_check(trial, data_key, slot.member_id)
        finally:
            shutil.rmtree(place, ignore_errors=True)
    finally:
        zero(data_key)
    with session.ocf.translated():
        current = db.table_counts(session.ocf.conn).get("cases", 0)
    result = DrillResult(
        backup_folder,
        as_of,
        counts.get("cases", 0),
        current,
        tuple(name for name, rows in expected.items() if _differs(name, rows, counts.get(name))),
        failing,
        place if place.exists() else None,
    )
    with session.ocf.transaction(intent="files.restore_drill"):
        session.ocf.audit.append(
            session.member_id, "case_file.restore_drill", detail={"passed": result.passed}
        )
    return result


def _differs(table: str, backed_up: int, restored: int | None) -> bool:
    """A table of the backup whose rows did not all come back. Every table must come back
    with exactly its rows, but `meta`: upgrading an older backup may add this copy's local
    settings there (schema 21 records the form of the statistics' kept facts)."""
    if table == "meta":
        return restored is None or restored < backed_up
    return restored != backed_up


def restore(
    backup_folder: Path, target: Path, member_name: str | None, passphrase: str
) -> Restored:
    """Verify a backup with a member's passphrase and put it at `target` (moving any file there
    aside first). The restored file is left closed."""
    if target.name in ("", ".", ".."):  # "." has no name to move aside; ".." is in use
        raise ValidationError(
            f"Restore to a folder named for the case file (for example team.btam), not "
            f"'{target}'. Nothing was changed."
        )
    locked = LockedCaseFile.read(backup_folder)
    slot = locked.slot(member_name)
    data_key = locked.derive_data_key(slot, passphrase)
    try:
        moved = backups.restore(locked, data_key, slot.member_id, target)
    finally:
        zero(data_key)
    return Restored(target, moved)


def location_warning(path: Path) -> str | None:
    """A warning when `path` is on a network or cloud-synced folder (shown before unlock)."""
    return location.location_warning(path)


def check(session: Session) -> list[CheckLine]:
    """The full health check of the open case file (`btam-desktop check`)."""
    return verify.check(session.ocf)


def export_everything(session: Session) -> dict[str, Any]:
    """Everything the case file holds, as JSON-ready data; the export itself is audited first."""
    ocf = session.ocf
    with ocf.transaction(intent="files.export_everything"):
        ocf.audit.append(session.member_id, "case_file.exported", detail={"format": "json"})
    return {
        "notice": CONFIDENTIAL,
        "exported_at": utc_now(),
        "exported_by": session.member_id,
        "app_version": __version__,
        "file_id": ocf.keys.file_id,
        "key_generation": ocf.generation,
        **dump_tables(ocf.conn),
    }


def write_json_export(session: Session, dest: Path) -> Path:
    data = json.dumps(export_everything(session), ensure_ascii=False, indent=1, sort_keys=True)
    fsio.atomic_write(dest, data.encode("utf-8"))
    return dest
