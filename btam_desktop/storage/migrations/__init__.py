"""The schema ledger: one module per version, never edited after release.

Each step is a module `mNNNN_<what>.py` with `VERSION` and `apply(conn)`. All pending steps run
in one BEGIN IMMEDIATE transaction, after an encrypted backup; a file from a newer version is
refused before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from btam_desktop.storage import db
from btam_desktop.storage.errors import NewerVersionError
from btam_desktop.storage.migrations import (
    m0001_initial,
    m0002_referrals,
    m0003_inquiry_assessment,
    m0004_district_packs,
    m0005_manage,
    m0006_meetings,
    m0007_case_models_contacts,
    m0008_backup_reminder,
    m0009_sync_log,
    m0010_sync_segments,
    m0011_disclosure_reasons,
    m0012_retention,
    m0013_received_records,
    m0014_staff_awareness,
    m0015_partners,
    m0016_person_links,
    m0017_family_language,
    m0018_service_referrals,
    m0019_evaluation,
    m0020_harm_to_self,
    m0021_stats_facts,
)

STEPS: tuple[ModuleType, ...] = (
    m0001_initial,
    m0002_referrals,
    m0003_inquiry_assessment,
    m0004_district_packs,
    m0005_manage,
    m0006_meetings,
    m0007_case_models_contacts,
    m0008_backup_reminder,
    m0009_sync_log,
    m0010_sync_segments,
    m0011_disclosure_reasons,
    m0012_retention,
    m0013_received_records,
    m0014_staff_awareness,
    m0015_partners,
    m0016_person_links,
    m0017_family_language,
    m0018_service_referrals,
    m0019_evaluation,
    m0020_harm_to_self,
    m0021_stats_facts,
)
LATEST = STEPS[-1].VERSION


def schema_version(conn: db.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending(conn: db.Connection, path: Path) -> list[ModuleType]:
    found = schema_version(conn)
    if found > LATEST:
        raise NewerVersionError(path, found, LATEST)
    return [step for step in STEPS if found < step.VERSION]


def migrate(conn: db.Connection, path: Path, backup_first: Callable[[int], None]) -> int:
    """Bring the schema to LATEST; returns how many steps ran. `backup_first(version)` runs
    before any step when the file already holds data (not for a brand-new file)."""
    steps = pending(conn, path)
    if not steps:
        return 0
    if schema_version(conn) > 0:
        backup_first(schema_version(conn))
    with db.transaction(conn, path):
        for step in steps:
            step.apply(conn)
            conn.execute(f"PRAGMA user_version = {int(step.VERSION)}")
    return len(steps)
