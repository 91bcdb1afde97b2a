"""The annual report against the hand-built case file of `test_stats`: every figure it prints is
the figure `stats.year` gives the Statistics screen (read back from the PDF), a suppressed count
prints as suppressed, no student's name is anywhere in it, and printing and saving it is
logged like any document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from btam_desktop.domain.disclosure import Audience, Destination, DocumentKind
from btam_desktop.domain.statistics import Figure, PublishedTable, derived_text
from btam_desktop.services import assess, packs, printing, session as sessions, stats
from btam_desktop.services.errors import ValidationError
from btam_desktop.services.session import Session
from btam_desktop.storage import print_repo
from tests.conftest import PinClock
from tests.packs.test_packs import DISTRICT
from tests.reports.pdftext import metadata, text
from tests.services.test_stats import _build

#: A district pack that publishes counts from 3: the hand-built file's five cases then show
#: some counts and hide others (at 10, every count of the file would be hidden).
MIN_3 = DISTRICT + "\n[statistics]\nmin_cell = 3\n"
#: Every name the hand-built file holds: its students, the reporter, the second member.
NAMES = (
    "Eli Ashgrove",
    "Ada Brightwater",
    "Bo Carrow",
    "Cy Dunmore",
    "Di Everly",
    "Ashgrove",
    "Brightwater",
    "Carrow",
    "Dunmore",
    "Everly",
    "Priya Anand-Moss",
    "Marcus Feldspar",
)


@pytest.fixture
def built(tmp_path: Path, pin_clock: PinClock) -> Iterator[Session]:
    opened: list[Session] = []
    try:
        s = _build(pin_clock, tmp_path / "team.btam", opened)
        packs.import_district_pack(s, "ridgeview.toml", MIN_3)
        assess.set_team_pack(s, "ridgeview-ntac")
        yield s
    finally:
        for s in opened:
            sessions.lock(s)


def _of(result: stats.YearStatistics, figure: Figure) -> PublishedTable:
    return next(t for t in result.tables if t.figure is figure)


def _shown(value: int | None) -> str:
    return "—" if value is None else str(value)


def _printed_rows(table: PublishedTable) -> str:
    """The table as its PDF text reads: each row's label and counts (and the row's total when
    there are several columns) and any shares and ratios beside them, then the Total row."""
    v, wide = table.values, len(table.columns) > 1
    rows = [
        " ".join(
            [
                label,
                *map(_shown, cells),
                *([_shown(total)] if wide else []),
                *(derived_text(d.values[i], d.kind) for d in table.derived),
            ]
        )
        for i, (label, cells, total) in enumerate(
            zip(table.rows, v.cells, v.row_totals, strict=True)
        )
    ]
    last = [*v.column_totals, v.total] if wide else [v.total]
    return " ".join([*rows, "Total", *map(_shown, last)])


#: What the screen shows for 2026-27 with a minimum of 3, counted by hand from `test_stats`'s
#: file (four cases opened in the year, four closed): the figures a board reads first.
BY_HAND = {
    # 2 in September and 2 in October: both under 3; the total, 4, is shown.
    Figure.BY_MONTH: "July 2026 0 August 2026 0 September 2026 — October 2026 — November 2026 0 "
    "December 2026 0 January 2027 0 February 2027 0 March 2027 0 April 2027 0 May 2027 0 "
    "June 2027 0 Total 4",
    Figure.BY_CHANNEL: "In person 0 Phone — Email — Tip line — App or online form 0 Other 0 "
    "Total 4",
}


def test_every_printed_figure_is_the_screens_figure(built: Session) -> None:
    screen = stats.year_statistics(built, 2026)
    assert screen.minimum == 3
    prepared = printing.prepare(built, printing.PrintRequest("annual", year=2026))
    assert prepared.file_name == "annual-report-2026-27.pdf"
    assert prepared.case_id is None and prepared.options == {"paper": "letter", "year": "2026-27"}
    printed = text(prepared.pdf)
    assert [t.figure for t in screen.tables] == list(Figure)
    for number, table in enumerate(screen.tables, 1):
        assert f"{number}. {table.title}" in printed, table.figure
        if table.rows:  # a table of no rows prints a sentence instead (test_prevention)
            assert _printed_rows(table) in printed, (table.figure, _printed_rows(table))
    for figure, expected in BY_HAND.items():
        assert _printed_rows(_of(screen, figure)) == expected
    assert f"Cases opened {_shown(screen.opened)} Cases closed {_shown(screen.closed)}" in printed
    assert "Median not shown: fewer than 3 cases" in printed  # 4 screened; 2 assessed
    # Suppressed counts print as suppressed, with the note that says what "—" means.
    assert _of(screen, Figure.BY_MONTH).values.cells[2] == (None,)
    assert "September 2026 —" in printed
    assert "— fewer than 3. A count from 1 to 2 is never printed" in printed
    assert "School year 2026-27: July 1, 2026 to June 30, 2027" in printed


def test_aggregate_not_confidential_and_no_student_in_it(built: Session) -> None:
    prepared = printing.prepare(built, printing.PrintRequest("annual", year=2026))
    printed = text(prepared.pdf)
    pages = printed.count("Aggregate figures — no student is identified")
    assert pages >= 2 and printed.count("Page 1 of") == 1  # every page's header, and the box
    assert "CONFIDENTIAL" not in printed and "FERPA" not in printed
    for name in NAMES:
        assert name not in printed, name
    assert built.member_name in printed  # "Generated by": the member who printed it
    assert metadata(prepared.pdf)["/Title"] == ("Threat assessment program: annual report 2026-27")


def test_printing_and_saving_are_logged_as_team_documents(built: Session, tmp_path: Path) -> None:
    prepared = printing.prepare(built, printing.PrintRequest("annual", year=2026))
    assert not [
        d
        for d in print_repo.all_disclosures(built.ocf.conn)
        if d.document_id == prepared.document_id
    ]  # a preview is not logged
    printing.record_print(built, prepared)
    printing.save_pdf(built, prepared, tmp_path / prepared.file_name, "")
    assert (tmp_path / prepared.file_name).read_bytes() == prepared.pdf
    logged = [
        d
        for d in print_repo.all_disclosures(built.ocf.conn)
        if d.document_id == prepared.document_id
    ]
    assert [(d.document, d.destination, d.case_id) for d in logged] == [
        (DocumentKind.ANNUAL_REPORT, Destination.PRINTED, None),
        (DocumentKind.ANNUAL_REPORT, Destination.SAVED, None),
    ]
    assert all(d.options["year"] == "2026-27" and not d.recipient for d in logged)
    events = [
        (e.action, e.detail["document"], e.case_id)
        for e in built.ocf.audit.events()
        if e.action.startswith("document.")
    ]
    assert events == [("document.printed", "annual", ""), ("document.saved", "annual", "")]


def test_no_recipient_and_a_year_out_of_range_is_refused(built: Session) -> None:
    outside = Audience(True, "Ridgeview school board", "other", "Annual review")
    with pytest.raises(ValidationError, match="counts only"):
        printing.prepare(built, printing.PrintRequest("annual", year=2026, audience=outside))
    with pytest.raises(ValidationError, match="not a school year"):
        printing.prepare(built, printing.PrintRequest("annual", year=99999))
