"""The district roll-up file as it crosses to the window and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class RollupWritten:
    """A roll-up file written and logged: where, of which school year, signed with which key."""

    path: Path
    year: str  # "2026-27"
    signer: str
    #: SHA-256 of the signer's public key, in hex (`domain/rollup.fingerprint`).
    fingerprint: str
    document_id: str
    disclosure_id: str
