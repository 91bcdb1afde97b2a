"""Coverage-guided fuzzing of what comes from outside (H1, H2 nightly), with atheris.

    fuzz_atheris.py TARGET [libFuzzer options, e.g. -max_total_time=600]
TARGET: csv (referral CSV import), keyfile (key-file parser), recovery (recovery-code parser).
A known refusal (a BtamError) is the expected answer to bad input; any other exception, a
hang past -timeout or memory past -rss_limit_mb is a finding, and atheris exits non-zero.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import atheris

from btam_desktop.domain.errors import BtamError
from btam_desktop.services import referral_import
from btam_desktop.storage import keyfile, recovery


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


TARGETS = {"csv": csv, "keyfile": keys, "recovery": code}

if __name__ == "__main__":
    target = TARGETS[sys.argv[1]]
    atheris.instrument_all()  # our modules and the pure-Python parts they call (json, csv)
    atheris.Setup([sys.argv[0], *sys.argv[2:]], target)
    atheris.Fuzz()
