"""F1-F4 of the reliability list: what leaves the encrypted file on paper or as a PDF.

F1 a saved PDF is AES-256 (R 6), refuses to open without its password and holds no case text;
F2 every page of every document carries the notice for its readers (the redisclosure notice on
the team's records, the family's and the staff's own headers), who printed it and when, the
time zone, the document id and "Page X of Y"; F3 every print and save is one disclosure and one
audit event;
F4 file names and PDF metadata name no one. Each has a positive control."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, NumberObject

from btam_desktop.domain import clock
from btam_desktop.domain.disclosure import Audience
from btam_desktop.domain.plan import Intervention, InterventionType
from btam_desktop.domain.records import new_id
from btam_desktop.reports.page import FURNITURE, LEGAL_NOTE
from btam_desktop.reports.snapshots import Readers
from btam_desktop.services import manage, meetings, printing
from btam_desktop.services.session import Session
from tests.reports.pdftext import metadata, pages
from tests.scenario import kenzie_in_management

MARKERS = ("Kenzie", "Varga-Holloway", "Corin", "Abernathy-Pell")
CASE_KINDS = ("case-summary", "plan", "parent-plan")
TEAM_KINDS = ("blank-forms", "staff-handout", "roster", "agenda")


@pytest.fixture
def kenzie(session: Session) -> str:
    case_id, marcus = kenzie_in_management(session)
    check_in = Intervention(
        id=new_id(),
        domain="Subject",
        type=InterventionType.MENTORING,
        description="Daily check-in with the coach for Kenzie",
        start_on=clock.today(),
        due_on=clock.today() + timedelta(days=30),
        responsible_id=marcus,
    )
    manage.save_plan(session, case_id, "Kenzie feels safe at school.", (check_in,), 0)
    meetings.schedule(
        session, meetings.MeetingInput(clock.today() + timedelta(days=2), "15:30", 60, "Room 4")
    )
    return case_id


def _documents(session: Session, case_id: str) -> list[printing.Prepared]:
    built = [printing.prepare(session, printing.PrintRequest(kind, case_id)) for kind in CASE_KINDS]
    built += [printing.prepare(session, printing.PrintRequest(kind)) for kind in TEAM_KINDS]
    return built


@pytest.mark.reliability("F1", "Saved PDFs: AES-256 (R 6), password needed, no case text")
def test_f1_encrypted_pdf(
    session: Session, kenzie: str, tmp_path: Path, figures: dict[str, Any]
) -> None:
    prepared = printing.prepare(session, printing.PrintRequest("case-summary", kenzie))
    plain_hits = sum(_holds(prepared.pdf, m) for m in MARKERS)
    password = printing.suggest_password(session)
    target = tmp_path / prepared.file_name
    printing.save_pdf(session, prepared, target, password, Audience())
    data = target.read_bytes()
    reader = PdfReader(target)
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert isinstance(encrypt, DictionaryObject)
    revision, version = encrypt["/R"], encrypt["/V"]
    assert isinstance(revision, NumberObject) and isinstance(version, NumberObject)
    assert (int(revision), int(version)) == (6, 5)  # AES-256, PDF 2.0 handler
    assert reader.is_encrypted and not reader.decrypt("not the password")
    encrypted_hits = sum(_holds(data, m) for m in MARKERS)
    assert encrypted_hits == 0
    assert plain_hits > 0  # positive control: the unencrypted build holds the names
    assert "Kenzie" in " ".join(pages(data, password))
    figures.update(
        {
            "R / V": f"{revision} / {version}",
            "opens without the password": False,
            "marker hits in the encrypted file": encrypted_hits,
            "control: marker hits in the same PDF unencrypted": plain_hits,
            "password length": len(password),
        }
    )


def _holds(data: bytes, marker: str) -> bool:
    """A name anywhere a reader could find it: in the file's bytes, or in the text a PDF
    reader extracts without a password."""
    return marker.encode() in data or any(marker in page for page in _safe_pages(data))


def _safe_pages(data: bytes) -> list[str]:
    try:
        return pages(data)
    except Exception:
        return []  # an encrypted file reads as nothing without its password


@pytest.mark.reliability(
    "F2", "Every page: notice for its readers, who and when, zone, document id, Page X of Y"
)
def test_f2_every_page_is_marked(session: Session, kenzie: str, figures: dict[str, Any]) -> None:
    checked, good = 0, 0
    for prepared in _documents(session, kenzie):
        found = pages(prepared.pdf)
        for number, page in enumerate(found, 1):
            checked += 1
            readers = printing.READERS.get(prepared.kind, Readers.TEAM)
            marks = (
                FURNITURE[readers][0] in page,
                (LEGAL_NOTE in page) is (readers is Readers.TEAM),
                "Times in " in page,
                session.member_name in page,
                prepared.document_id in page,
                f"Page {number} of {len(found)}" in page,
            )
            good += all(marks)
            assert all(marks), (prepared.kind, number, marks)
    documents = len(CASE_KINDS) + len(TEAM_KINDS)
    figures.update({"documents": documents, "pages ok / total": f"{good} / {checked}"})


@pytest.mark.reliability("F3", "Every print and save is one disclosure and one audit event")
def test_f3_prints_and_saves_are_counted(
    session: Session, kenzie: str, tmp_path: Path, figures: dict[str, Any]
) -> None:
    before = len([e for e in session.ocf.audit.events(kenzie) if e.action.startswith("document.")])
    prepared = printing.prepare(session, printing.PrintRequest("case-summary", kenzie))
    previews = 3  # building again and again (a preview) records nothing
    for _ in range(previews - 1):
        printing.prepare(session, printing.PrintRequest("case-summary", kenzie))
    outside = Audience(True, "Cedar Bend High School", "school_official")
    for_them = printing.prepare(
        session, printing.PrintRequest("case-summary", kenzie, audience=outside)
    )
    n = 0
    for i in range(5):
        printing.record_print(session, prepared, Audience())
        printing.save_pdf(session, for_them, tmp_path / f"copy-{i}.pdf", "")
        n += 2
    logged = printing.disclosures_of(session, kenzie)
    events = [e for e in session.ocf.audit.events(kenzie) if e.action.startswith("document.")]
    assert len(logged) == n and len(events) - before == n
    external = [d for d in logged if d.recipient]
    assert len(external) == 5 and all(d.legal_basis == "school_official" for d in external)
    assert session.ocf.audit.verify().ok
    figures.update(
        {
            "prints + saves": n,
            "disclosure rows": len(logged),
            "audit events": len(events) - before,
            "previews (not logged)": previews,
            "outside the team with recipient and legal basis": f"{len(external)} / 5",
        }
    )


@pytest.mark.reliability("F4", "File names and PDF metadata name no one")
def test_f4_names_stay_out_of_file_names_and_metadata(
    session: Session, kenzie: str, figures: dict[str, Any]
) -> None:
    leaks = []
    for prepared in _documents(session, kenzie):
        info = metadata(prepared.pdf)
        exposed = " ".join([prepared.file_name, *map(str, info.values())])
        leaks += [(prepared.kind.value, m) for m in MARKERS if m in exposed]
        assert prepared.file_name.endswith(".pdf")
    assert leaks == []
    summary = printing.prepare(session, printing.PrintRequest("case-summary", kenzie))
    assert summary.file_name.startswith(summary.case_number)  # the case number, not the name
    assert any(m in " ".join(pages(summary.pdf)) for m in MARKERS)  # control: the text has them
    documents = len(CASE_KINDS) + len(TEAM_KINDS)
    figures.update({"documents": documents, "names in file names or metadata": 0})
