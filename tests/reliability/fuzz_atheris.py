"""Coverage-guided fuzzing of what comes from outside (H1, H2 nightly), with atheris.

    fuzz_atheris.py TARGET [libFuzzer options, e.g. -max_total_time=600]
TARGET: csv (referral CSV import), keyfile (key-file parser), recovery (recovery-code parser),
segment (a sync folder's file: header, decryption, and the decrypted body's parser).
A known refusal (a BtamError) is the expected answer to bad input; any other exception, a
hang past -timeout or memory past -rss_limit_mb is a finding, and atheris exits non-zero.
"""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

import atheris

from btam_desktop.domain.errors import BtamError
from btam_desktop.services import referral_import
from btam_desktop.storage import keyfile, recovery, sync_segment
from btam_desktop.storage.sync_segment import BadSegmentError


def csv(data: bytes) -> None:
    try:
        *_, items = referral_import._items(data, {}, {})
        for _ in items:
            pass
    except BtamError:
        pass


def keys(data: bytes) -> None:
    with contextlib.suppress(BtamError):
        keyfile.parse(data, Path("fuzz.keys"))


def code(data: bytes) -> None:
    with contextlib.suppress(BtamError):
        recovery.parse_code(data.decode("utf-8", "replace"))


_KEY = bytes(range(32))
_ORIGIN = "0b7e6f9c-4a1d-4c3e-9f2a-5d6e7f8a9b0c"


def segment(data: bytes) -> None:
    """A file from the sync folder: what reaches the reader before any key is right (the
    header, the decryption), and the parser of a body as if it had decrypted."""
    with contextlib.suppress(BadSegmentError):
        header = sync_segment.read_header(data)
        sync_segment.open_sealed(data, header, _KEY)
    with contextlib.suppress(BadSegmentError, ValueError, RecursionError):
        body = json.loads(data)
        if isinstance(body, dict):
            sync_segment.ops_of(body, _ORIGIN, 1, 3)


TARGETS = {"csv": csv, "keyfile": keys, "recovery": code, "segment": segment}

if __name__ == "__main__":
    target = TARGETS[sys.argv[1]]
    atheris.instrument_all()  # our modules and the pure-Python parts they call (json, csv)
    atheris.Setup([sys.argv[0], *sys.argv[2:]], target)
    atheris.Fuzz()
