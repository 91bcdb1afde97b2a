"""The handouts for students and families through the services: the team's pack gives the tip
line, no case is read, and printing or saving one is logged like any other document."""

from __future__ import annotations

from pathlib import Path

import pytest

from btam_desktop.domain.disclosure import Audience
from btam_desktop.services import assess, packs, printing
from btam_desktop.services.errors import ValidationError
from btam_desktop.services.session import Session
from tests.reports.pdftext import pages
from tests.scenario import kenzie_in_management

TIP_PACK = """
[pack]
id = "ridgeview-ntac"
name = "Ridgeview Unified NTAC"
version = "2026.1"
provenance = "Ridgeview Unified's tip line on the built-in NTAC pack."
licence = "District internal."
extends = "ntac"

[tip_line]
name = "Ridgeview SafeLine"
phone = "(555) 555-0150"
web = "safeline.ridgeview.example"
"""
KINDS = ("student-handout", "family-handout")
#: The scenario's student, target and reporter: never on a public paper.
STUDENT_DATA = ("Kenzie", "Varga-Holloway", "Corin", "Abernathy-Pell")


def _page(session: Session, kind: str) -> str:
    prepared = printing.prepare(session, printing.PrintRequest(kind))
    found = pages(prepared.pdf)
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("kind", KINDS)
def test_the_team_pack_gives_the_tip_line_and_no_student_is_named(
    session: Session, kind: str
) -> None:
    kenzie_in_management(session)  # a case in the file, which the handout must not show
    assert "SafeLine" not in _page(session, kind)  # the built-in NTAC pack names no line
    packs.import_district_pack(session, "ridgeview.toml", TIP_PACK)
    assess.set_team_pack(session, "ridgeview-ntac")
    page = _page(session, kind)
    assert "Ridgeview SafeLine" in page and "Call: (555) 555-0150" in page
    assert session.member_name in page  # the team, by name
    assert "CONFIDENTIAL" not in page and "FERPA" not in page
    for data in STUDENT_DATA:
        assert data not in page


@pytest.mark.parametrize("kind", KINDS)
def test_printing_and_saving_are_logged_without_a_case(
    session: Session, kind: str, tmp_path: Path
) -> None:
    prepared = printing.prepare(session, printing.PrintRequest(kind))
    assert prepared.case_id is None and prepared.file_name == f"{kind}.pdf"
    printing.record_print(session, prepared)
    printing.save_pdf(session, prepared, tmp_path / prepared.file_name, "")
    assert pages((tmp_path / prepared.file_name).read_bytes())[0].startswith(
        "Worried about someone?" if kind == "student-handout" else "Families:"
    )
    logged = [
        (e.action, e.detail["document"], e.detail["document_id"])
        for e in session.ocf.audit.events()
        if e.action.startswith("document.")
    ]
    assert logged == [
        ("document.printed", kind, prepared.document_id),
        ("document.saved", kind, prepared.document_id),
    ]


def test_a_handout_for_anyone_names_no_recipient(session: Session) -> None:
    outside = Audience(True, "Maple Hollow PTA", "other")
    with pytest.raises(ValidationError, match="names no recipient"):
        printing.prepare(session, printing.PrintRequest("family-handout", audience=outside))
