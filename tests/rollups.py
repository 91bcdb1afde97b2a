"""Roll-up files of fictional schools for the district-sum tests: made and signed in the test,
as a school's lead would (`services/rollup.export_rollup` signs with a case file's key)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from btam_desktop.domain import rollup
from btam_desktop.domain.statistics import FIGURE_TITLES, Figure, PublishedTable
from btam_desktop.domain.suppression import suppress
from btam_desktop.storage import crypto

MONTHS = ("September 2026", "October 2026")
LEVELS = ("Low", "Moderate", "High")


def school_rollup(
    school: str,
    months: Sequence[int],
    levels: Sequence[int],
    *,
    year: str = "2026-27",
    minimum: int = 10,
) -> rollup.Rollup:
    tables = [
        PublishedTable(
            Figure.BY_MONTH,
            FIGURE_TITLES[Figure.BY_MONTH],
            MONTHS,
            ("Cases",),
            suppress([[m] for m in months], minimum),
        ),
        PublishedTable(
            Figure.FIRST_LEVEL,
            FIGURE_TITLES[Figure.FIRST_LEVEL],
            LEVELS,
            ("Cases",),
            suppress([[n] for n in levels], minimum),
        ),
    ]
    return rollup.from_tables(
        tables,
        school=school,
        district="Ridgeview Unified",
        year=year,
        start=date(2026, 7, 1),
        end=date(2027, 6, 30),
        pack="NTAC behavioral threat assessment",
        minimum=minimum,
        created_at="2026-12-01T15:00:00+00:00",
    )


def signed_bytes(made: rollup.Rollup, signer: str = "Dana Whitlock-Oyelaran") -> bytes:
    private, public = crypto.new_signing_key()
    body = rollup.unsigned_body(made, signer, public)
    return rollup.file_bytes(body, crypto.sign(private, rollup.canonical(body)))


def write(folder: Path, name: str, made: rollup.Rollup) -> Path:
    path = folder / name
    path.write_bytes(signed_bytes(made))
    return path
