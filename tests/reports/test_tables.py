"""Tables wrap between words: an e-mail address, a date or a hyphenated name stays whole on
one line when the page has room, and a word too long for any column breaks only after its
@, a dot or a hyphen."""

from __future__ import annotations

import io
import re
from dataclasses import replace

from pypdf import PdfReader

from btam_desktop.reports import team_documents
from btam_desktop.reports.page import PrintOptions
from tests.reports import samples
from tests.reports.pdftext import text


def _roster_with(contact: str, paper: str = "letter") -> bytes:
    roster = samples.roster()
    lead, *others = roster.members
    roster = replace(roster, members=(replace(lead, contact=contact), *others))
    return team_documents.build_roster(roster, PrintOptions(paper=paper))


def _lines(pdf: bytes) -> list[str]:
    """The page's text one printed line at a time, as a reader's eye meets it."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    return [line.strip() for line in page.extract_text(extraction_mode="layout").splitlines()]


def test_an_email_address_prints_whole_on_one_line() -> None:
    for paper in ("letter", "a4"):
        address = "dana.whitlock-oyelaran@maplehollow.example"
        pdf = _roster_with(f"ext. 2201 · {address}", paper)
        assert any(address in line for line in _lines(pdf)), paper


def test_dates_and_hyphenated_names_are_never_cut() -> None:
    pdf = _roster_with("ext. 2201 · dana.whitlock-oyelaran@maplehollow.example")
    shown = text(pdf)
    for whole in ("2023-08-01 to 2025-06-30", "Jonah Eberhardt-Sato", "2026-03-20"):
        words = whole.split()
        assert all(w in shown.split() for w in words), whole


def test_an_address_too_long_for_any_column_breaks_after_its_parts() -> None:
    address = (
        "dana.whitlock-oyelaran.assistant-principal"
        "@maplehollow-middle-school.ridgeview-unified-district.example"
    )
    lines = _lines(_roster_with(f"ext. 2201 · {address}"))
    pieces = [p for line in lines for p in line.split() if p and p in address and len(p) > 3]
    assert "".join(pieces).endswith(address[-20:])
    assert address.startswith(pieces[0])
    for piece in pieces[:-1]:
        assert re.search(r"[@.\-]$", piece), piece  # each break after @, a dot or a hyphen
