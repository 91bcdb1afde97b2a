# mypy: disable-error-code="empty-body"
"""The descriptors of what leaves the case file on paper or as a file: printing and saving
PDFs, the disclosure log, CSV exports, program statistics, the state report, the district
roll-up. One area of `api` (see there); the window imports `api`, not this module.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from btam_desktop.domain.disclosure import Audience, Disclosure
from btam_desktop.services.contracts.printing import Exported, Prepared, PrintRequest, Saved
from btam_desktop.services.contracts.rollup import RollupWritten
from btam_desktop.services.contracts.service import Service
from btam_desktop.services.contracts.stats import YearStatistics


def _print_prepare(request: PrintRequest) -> Prepared: ...


def _print_record(prepared: Prepared, audience: Audience | None = None) -> Disclosure: ...


def _print_save(
    prepared: Prepared, path: Path, password: str, audience: Audience | None = None
) -> Saved: ...


def _print_suggest_password() -> str: ...


def _export_csv(what: str, path: Path, audience: Audience) -> Exported: ...


def _stats_year(
    year: int | None = None, start: date | None = None, end: date | None = None
) -> YearStatistics: ...


def _export_state_report(year: int, path: Path) -> Exported: ...


def _rollup_export(year: int, path: Path) -> RollupWritten: ...


def _print_disclosures(case_id: str) -> list[Disclosure]: ...


PRINT_PREPARE = Service("print.prepare", _print_prepare)
PRINT_RECORD = Service("print.record", _print_record)
PRINT_SAVE = Service("print.save", _print_save)
PRINT_SUGGEST_PASSWORD = Service("print.suggest_password", _print_suggest_password)
PRINT_DISCLOSURES = Service("print.disclosures", _print_disclosures)
EXPORT_CSV = Service("export.csv", _export_csv)
STATS_YEAR = Service("stats.year", _stats_year)
EXPORT_STATE_REPORT = Service("export.state_report", _export_state_report)
ROLLUP_EXPORT = Service("rollup.export", _rollup_export)
