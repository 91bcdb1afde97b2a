"""Whole-file operations: backup, restore, health check, and the lossless JSON export."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from btam_desktop import __version__
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.records import utc_now
from btam_desktop.services.session import Session
from btam_desktop.storage import backup as backups
from btam_desktop.storage import fsio, location, verify
from btam_desktop.storage.casefile import LockedCaseFile, zero
from btam_desktop.storage.dump import dump_tables

CheckLine = verify.CheckLine
CONFIDENTIAL = (
    "CONFIDENTIAL: student threat-assessment records exported from an encrypted BTAM case file. "
    "Protected under FERPA (34 CFR 99.33): do not redisclose. Store encrypted; delete when done."
)


def backup(session: Session, dest: Path) -> Path:
    """An encrypted, verified copy (database + key file) at `dest`; returns where it went."""
    ocf = session.ocf
    written = backups.write_backup(ocf, dest)
    with ocf.transaction():
        ocf.audit.append(
            session.member_id, "case_file.backed_up", detail={"generation": ocf.generation}
        )
    return written


@dataclass(frozen=True, slots=True)
class Restored:
    path: Path
    previous_moved_to: Path | None


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
    return verify.check(session.ocf)


def export_everything(session: Session) -> dict[str, Any]:
    """Everything the case file holds, as JSON-ready data; the export itself is audited first."""
    ocf = session.ocf
    with ocf.transaction():
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
