"""The full health check behind `btam-desktop check`: every layer that can go wrong."""

from __future__ import annotations

import os
import stat

from btam_desktop.domain.checks import CheckLine
from btam_desktop.storage import db, location, migrations
from btam_desktop.storage.casefile import OpenCaseFile


def check(ocf: OpenCaseFile) -> list[CheckLine]:
    lines = []
    version = ocf.conn.execute("PRAGMA cipher_version").fetchone()[0]
    lines.append(CheckLine("cipher", bool(version), f"SQLCipher {version}, raw 256-bit key"))
    lines.append(
        CheckLine(
            "key file",
            True,
            f"seal verified; generation {ocf.generation}; {len(ocf.keys.members)} member slots "
            "and a recovery slot",
        )
    )
    weak = [s.name for s in ocf.keys.members if not s.kdf.meets_floor]
    lines.append(
        CheckLine(
            "key strength",
            not weak,
            "every slot meets the Argon2id floor (64 MiB, 3 passes)"
            if not weak
            else f"below the Argon2id floor: {', '.join(weak)} (change passphrase to fix)",
        )
    )
    schema = migrations.schema_version(ocf.conn)
    lines.append(CheckLine("schema", schema == migrations.LATEST, f"version {schema}"))
    with db.translated(ocf.db_path):
        problems = db.integrity_problems(ocf.conn)
    lines.append(
        CheckLine("integrity", not problems, "; ".join(problems) or "database, pages and links ok")
    )
    chain = ocf.audit.verify()
    lines.append(
        CheckLine(
            "audit chain",
            chain.ok,
            f"{chain.events} events linked; {chain.origins} laptop hash chains verified"
            if chain.ok
            else f"broken at event {chain.first_broken_seq}"
            + (
                f" (on the hash chain of laptop {chain.broken_origin[:8]})"
                if chain.broken_origin
                else ""
            ),
        )
    )
    anchor = ocf.keys.anchor
    anchored = ocf.audit.anchor_on_chain(anchor.seq, anchor.mac) and anchor.seq <= chain.head_seq
    lines.append(
        CheckLine(
            "audit anchor",
            anchored,
            f"key file anchor at event {anchor.seq} lies on the chain"
            if anchored
            else f"key file anchor at event {anchor.seq} is not on the chain (events removed?)",
        )
    )
    warning = location.location_warning(ocf.folder)
    lines.append(CheckLine("location", warning is None, warning or "a folder on this computer"))
    if os.name == "posix":
        loose = [
            p.name
            for p in [ocf.folder, *ocf.folder.iterdir()]
            if stat.S_IMODE(p.stat().st_mode) & 0o077
        ]
        lines.append(
            CheckLine(
                "permissions",
                not loose,
                "only you can read the folder"
                if not loose
                else f"readable by others: {', '.join(loose)}",
            )
        )
    return lines
