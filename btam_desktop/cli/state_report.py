"""`state-report`: a state's yearly threat-assessment collection as CSV, filled from the
school year's published statistics through the team model's `[state_report]` mapping."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from btam_desktop.cli.common import EXIT_OK, UsageError, _say, _with_session
from btam_desktop.services import errors

if TYPE_CHECKING:
    from btam_desktop.services.session import Session


def _cmd_state_report(a: argparse.Namespace) -> int:
    """Counts only, small ones suppressed: the file holds no student data."""
    from btam_desktop.domain.statistics import parse_year
    from btam_desktop.services import state_report

    try:
        year = parse_year(a.year)
    except errors.ValidationError as error:
        raise UsageError(f"--year {a.year}: {error}") from None
    if a.output.is_dir():
        raise UsageError(f"-o {a.output}: name a file, not a folder.")
    if not a.output.parent.is_dir():
        raise UsageError(f"-o {a.output}: name a file in an existing folder.")

    def work(s: Session) -> int:
        exported, _ = state_report.write_csv(s, year, a.output)
        _say(
            f"Wrote {exported.rows} state fields to {a.output} (document {exported.document_id}); "
            "aggregate counts, no student data."
        )
        return EXIT_OK

    return _with_session(a, work)
