"""The district roll-up file: one school's published figures of one school year, for a
district that adds up its schools (issue 21). Counts only, every small one already hidden.

The file is JSON (`FORMAT`, `VERSION`), written by `services/rollup.py` and read by
`btam-desktop district-sum`. It holds the school's name, the school year, the pack's name and
minimum cell size, when it was made (UTC) and the same count tables as the annual report,
as published: a suppressed entry is `null`, and `null_means` says so in words. No shares, ratios
or medians (they are not counts and do not add up across schools), no enrollment, and nothing
about any student or case: no name, id, date of birth or case number.

It is signed by the team lead who made it (Ed25519, detached): `signature` covers the
canonical serialization (`canonical`) of every other key of the file, the signer's name, public
key and fingerprint (SHA-256 of the public key, as the app shows evidence fingerprints) among
them. This module builds and reads the file; the signing itself is `services/rollup.py`'s (the
domain knows no cryptography library).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.statistics import Figure, PublishedTable, counts_json
from btam_desktop.domain.suppression import Published

FORMAT = "btam-district-rollup"
VERSION = 1
ALGORITHM = "Ed25519"
#: Bytes a roll-up file may have: a school year's tables are a few kilobytes.
MAX_BYTES = 2_000_000


def null_means(minimum: int) -> str:
    return (
        f"suppressed: a count from 1 to {minimum - 1}, or a count hidden so that a total "
        "cannot reveal one"
    )


def fingerprint(public_key: bytes) -> str:
    """A signing key's fingerprint: the SHA-256 of its raw bytes, in hex (as evidence shows)."""
    return hashlib.sha256(public_key).hexdigest()


def fingerprint_text(value: str) -> str:
    """As printed and shown: 'SHA-256 ab12 cd34 …', in groups of four to read aloud."""
    return "SHA-256 " + " ".join(value[i : i + 4] for i in range(0, len(value), 4))


@dataclass(frozen=True, slots=True)
class Rollup:
    """One school's figures of one school year, as the file carries them."""

    school: str
    district: str
    year: str  # "2026-27"
    start: date
    end: date
    pack: str
    minimum: int
    created_at: str  # UTC ISO 8601
    #: The published tables, without their derived columns (shares do not add up).
    tables: tuple[PublishedTable, ...]


@dataclass(frozen=True, slots=True)
class Signed:
    """A roll-up, who signed it and the signature (checked by the reader, not here)."""

    rollup: Rollup
    signer: str
    public_key: bytes
    signature: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def from_tables(
    tables: Sequence[PublishedTable],
    *,
    school: str,
    district: str,
    year: str,
    start: date,
    end: date,
    pack: str,
    minimum: int,
    created_at: str,
) -> Rollup:
    """The roll-up of published tables (their derived columns left out: not counts)."""
    return Rollup(
        school,
        district,
        year,
        start,
        end,
        pack,
        minimum,
        created_at,
        tuple(replace(t, derived=()) for t in tables),
    )


def unsigned_body(rollup: Rollup, signer: str, public_key: bytes) -> dict[str, Any]:
    """Everything the signature covers: the whole file but the signature."""
    r = rollup
    return {
        "format": FORMAT,
        "version": VERSION,
        "school": r.school,
        "district": r.district,
        "school_year": r.year,
        "start": r.start.isoformat(),
        "end": r.end.isoformat(),
        "pack": {"name": r.pack, "minimum_cell_size": r.minimum},
        "created_at": r.created_at,
        "null_means": null_means(r.minimum),
        "tables": [counts_json(t) for t in r.tables],
        "signer": {
            "name": signer,
            "algorithm": ALGORITHM,
            "public_key": base64.b64encode(public_key).decode(),
            "fingerprint": fingerprint(public_key),
        },
    }


#: What the signed bytes begin with: a lead's key signs other things too (the team's key
#: files), and a signature made for one must never verify as the other.
SIGNING_LABEL = b"btam-district-rollup-v1\0"


def canonical(body: dict[str, Any]) -> bytes:
    """The bytes signed: the label, then the body with sorted keys, no spaces, UTF-8 (the
    same on every laptop)."""
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return SIGNING_LABEL + text.encode()


def file_bytes(body: dict[str, Any], signature: bytes) -> bytes:
    """The file as written: the body and its signature, indented for a person to read."""
    whole = {**body, "signature": base64.b64encode(signature).decode()}
    return (json.dumps(whole, ensure_ascii=False, indent=2) + "\n").encode()


class RollupFileError(ValidationError):
    """A file that is not a roll-up this version reads (the message says why)."""


def read(data: bytes) -> tuple[Signed, bytes]:
    """The roll-up in `data` and the canonical bytes its signature must cover; the signature
    is not checked here. Anything malformed: RollupFileError saying what."""
    if len(data) > MAX_BYTES:
        raise RollupFileError("it is too large to be a roll-up file")
    try:
        whole = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise RollupFileError("it is not a roll-up file (not JSON)") from None
    if not isinstance(whole, dict) or whole.get("format") != FORMAT:
        raise RollupFileError("it is not a BTAM Desktop district roll-up file")
    if whole.get("version") != VERSION:
        raise RollupFileError(
            f"it is version {whole.get('version')!r}; this BTAM Desktop reads version {VERSION}"
        )
    if "signature" not in whole:
        raise RollupFileError("it is not signed")
    try:
        signature = base64.b64decode(str(whole.pop("signature")), validate=True)
        signer = whole["signer"]
        public_key = base64.b64decode(str(signer["public_key"]), validate=True)
        if signer.get("algorithm") != ALGORITHM or len(public_key) != 32:
            raise ValueError("not an Ed25519 key")
        if signer.get("fingerprint") != fingerprint(public_key):
            raise ValueError("the fingerprint is not the key's")
        pack = whole["pack"]
        minimum = _int(pack["minimum_cell_size"])
        if minimum < 1:
            raise ValueError("a minimum under 1")
        rollup = Rollup(
            school=_text(whole["school"]),
            district=_text(whole["district"]),
            year=_text(whole["school_year"]),
            start=date.fromisoformat(_text(whole["start"])),
            end=date.fromisoformat(_text(whole["end"])),
            pack=_text(pack["name"]),
            minimum=minimum,
            created_at=_text(whole["created_at"]),
            tables=tuple(_table(t) for t in whole["tables"]),
        )
        if not rollup.school.strip():
            raise ValueError("no school name")
        datetime.fromisoformat(rollup.created_at)
        name = _text(signer["name"])
        signed = canonical(whole)  # a lone surrogate cannot be UTF-8: a ValueError here
    except (KeyError, TypeError, ValueError, RecursionError, binascii.Error) as error:
        raise RollupFileError(f"it is damaged ({error})") from None
    return Signed(rollup, name, public_key, signature), signed


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("a text field is not text")
    return value


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise TypeError("a count is not a whole number")
    return value


def _count(value: object) -> int | None:
    return None if value is None else _int(value)


def _table(t: dict[str, Any]) -> PublishedTable:
    rows = tuple(_text(r) for r in t["rows"])
    columns = tuple(_text(c) for c in t["columns"])
    cells = tuple(tuple(_count(v) for v in row) for row in t["cells"])
    row_totals = tuple(_count(v) for v in t["row_totals"])
    column_totals = tuple(_count(v) for v in t["column_totals"])
    total = _count(t["total"])
    if len(cells) != len(rows) or any(len(row) != len(columns) for row in cells):
        raise ValueError(f"table {t.get('figure')!r} has cells that do not fit its rows")
    if len(row_totals) != len(rows) or (rows and len(column_totals) != len(columns)):
        raise ValueError(f"table {t.get('figure')!r} has totals that do not fit its rows")
    lines = [(list(row), tot) for row, tot in zip(cells, row_totals, strict=True)]
    lines += [([row[j] for row in cells], column_totals[j]) for j in range(len(column_totals))]
    lines.append((list(column_totals), total))
    for entries, line_total in lines:
        # A line shown whole must add up: the district's sums rely on it.
        shown = [v for v in entries if v is not None]
        whole = line_total is not None and entries and len(shown) == len(entries)
        if whole and sum(shown) != line_total:
            raise ValueError(f"table {t.get('figure')!r} does not add up")
    return PublishedTable(
        Figure(_text(t["figure"])),
        _text(t["title"]),
        rows,
        columns,
        Published(cells, row_totals, column_totals, total),
    )
