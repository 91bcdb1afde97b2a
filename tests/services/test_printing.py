"""Printing through the services: snapshots from the scenario case, redaction presets, the
disclosure log with its audit events, encrypted saving, and nothing left in the temp folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from btam_desktop.domain import clock
from btam_desktop.domain.disclosure import Audience, Destination, DocumentKind
from btam_desktop.domain.plan import Intervention, InterventionType
from btam_desktop.domain.records import new_id
from btam_desktop.services import intake, manage, print_case, printing
from btam_desktop.services.errors import RecoveryCodeError, ValidationError
from btam_desktop.services.host import Call, ServiceHost
from btam_desktop.services.session import Session
from tests.reports.pdftext import metadata, pages, text
from tests.scenario import kenzie_in_management

NAMES = ("Kenzie", "Varga-Holloway", "Holloway", "Corin", "Abernathy-Pell", "Priya Anand-Moss")


@pytest.fixture
def kenzie(session: Session) -> str:
    case_id, marcus = kenzie_in_management(session)
    manage.save_plan(
        session,
        case_id,
        "Kenzie feels safe; Corin Abernathy-Pell is protected.",
        (
            Intervention(
                new_id(),
                "Student",
                InterventionType.MENTORING,
                "Daily check-in with the coach for Kenzie",
                clock.today(),
                clock.today() + timedelta(days=30),
                marcus,
            ),
            Intervention(
                new_id(),
                "Target",
                InterventionType.LAW_ENFORCEMENT,
                "SRO walks Corin to the bus",
                clock.today(),
                None,
                None,
                provider="Officer on duty",
            ),
        ),
        0,
    )
    return case_id


def _prepare(
    session: Session, kind: str, case_id: str | None = None, **kw: object
) -> printing.Prepared:
    return printing.prepare(session, printing.PrintRequest(kind, case_id, **kw))  # type: ignore[arg-type]


def test_case_summary_has_the_facts(session: Session, kenzie: str) -> None:
    prepared = _prepare(session, "case-summary", kenzie)
    found = text(prepared.pdf)
    for fact in (
        "Kenzie Varga-Holloway",
        "you're dead tomorrow, I'll bring something",
        "Grievance and a knife at home.",
        "Moderate concern",
        "Daily check-in with the coach",
        "Priya Anand-Moss",
        "recorded assessment 1",
    ):
        assert fact in found, fact
    assert prepared.file_name == f"{prepared.case_number}-case-summary.pdf"
    assert "Kenzie" not in " ".join(metadata(prepared.pdf).values())


@pytest.mark.parametrize("preset", sorted(print_case.PRESETS))
def test_presets_show_initials_and_leave_sections_out(
    session: Session, kenzie: str, preset: str
) -> None:
    found = text(_prepare(session, "case-summary", kenzie, redact=preset).pdf)
    for name in NAMES:
        assert name not in found, name
    assert "K.V.-H." in found
    assert f"Prepared for {print_case.PRESETS[preset].reader}" in found
    assert "People involved" not in found.replace("Left out: People involved", "")


def test_earlier_assessments_only_when_asked(session: Session, kenzie: str) -> None:
    from btam_desktop.services import assess
    from tests.scenario import required_answers

    form = assess.new_assessment_form(session, kenzie)
    assess.record_assessment(
        session,
        kenzie,
        assess.AssessmentInput(
            "ntac", required_answers(form.pack), "low", "Calmer now.", (session.member_id,)
        ),
    )
    latest = text(_prepare(session, "case-summary", kenzie).pdf)
    both = text(_prepare(session, "case-summary", kenzie, include_earlier=True).pdf)
    assert "Calmer now." in latest and "Grievance and a knife at home." not in latest
    assert "Earlier assessment: version 1" in both


def test_parent_plan_leaves_out_law_enforcement(session: Session, kenzie: str) -> None:
    internal = text(_prepare(session, "plan", kenzie).pdf)
    parents = text(_prepare(session, "parent-plan", kenzie).pdf)
    assert "SRO walks Corin to the bus" in internal
    assert "SRO walks Corin" not in parents
    assert "Daily check-in with the coach for Kenzie" in parents
    assert "Parent or guardian" in parents


def test_a_case_without_a_plan_says_so(session: Session) -> None:
    result, _ = intake.intake_referral(
        session, intake.ReferralInput(
            intake.Student("Ada Lindqvist-Obi"), reporter_name="W. O.", verbatim="a story"
        )
    )
    with pytest.raises(ValidationError, match="no plan yet"):
        _prepare(session, "plan", result.case_id)


def test_team_documents(session: Session, tmp_path: Path) -> None:
    forms = text(_prepare(session, "blank-forms").pdf)
    assert "Fact-finding checklist" in forms and "Interview the student" in forms
    handout = text(_prepare(session, "staff-handout").pdf)
    assert "Dana Whitlock-Oyelaran" in handout and "Communicated intent" in handout
    with pytest.raises(ValidationError, match="No meeting is scheduled"):
        _prepare(session, "agenda")
    with pytest.raises(ValidationError, match="no approved minutes"):
        _prepare(session, "minutes")


def test_recovery_kit_checks_the_code(tmp_path: Path) -> None:
    from tests.conftest import make_case_file

    s, code = make_case_file(tmp_path / "kit.btam")
    try:
        kit = _prepare(s, "recovery-kit", recovery_code=code.lower())
        found = text(kit.pdf)
        assert " ".join(code.split("-")[:4]) in found
        assert s.ocf.keys.file_id in found
        assert code not in str(kit.options) and "recovery" not in str(kit.options)
        other, other_code = make_case_file(tmp_path / "other.btam")
        other.ocf.close()
        with pytest.raises(RecoveryCodeError):
            _prepare(s, "recovery-kit", recovery_code=other_code)
    finally:
        s.ocf.close()


def test_print_and_save_are_logged_and_audited(
    session: Session, kenzie: str, tmp_path: Path
) -> None:
    prepared = _prepare(session, "case-summary", kenzie, redact="law_enforcement")
    assert printing.disclosures_of(session, kenzie) == []  # a preview is not a disclosure
    printing.record_print(session, prepared, Audience())
    with pytest.raises(ValidationError, match="legal basis"):
        printing.save_pdf(
            session, prepared, tmp_path / "x.pdf", "", Audience(True, "Officer Lee", "")
        )
    assert not (tmp_path / "x.pdf").exists()
    saved, changes = printing.save_pdf(
        session,
        prepared,
        tmp_path / prepared.file_name,
        "",
        Audience(True, "Ridgeview Police, Det. Okafor-Lind", "health_safety_emergency"),
    )
    assert changes.cases == {kenzie}
    printed, exported = printing.disclosures_of(session, kenzie)
    assert (printed.destination, printed.recipient, printed.by) == (
        Destination.PRINTED,
        "",
        session.member_id,
    )
    assert exported.document is DocumentKind.CASE_SUMMARY
    assert exported.document_id == prepared.document_id
    assert exported.recipient == "Ridgeview Police, Det. Okafor-Lind"
    assert exported.legal_basis == "health_safety_emergency"
    assert exported.options == {
        "paper": "letter",
        "include_earlier": False,
        "redact": "law_enforcement",
        "encrypted": False,
    }
    events = [e for e in session.ocf.audit.events(kenzie) if e.action.startswith("document.")]
    assert [e.action for e in events] == ["document.printed", "document.saved"]
    assert events[1].detail["document_id"] == prepared.document_id
    assert "Okafor" not in str(events[1].detail)  # ids only in the audit log
    assert session.ocf.audit.verify().ok
    assert saved.path.read_bytes() == prepared.pdf


def test_encrypted_pdf_needs_its_password(session: Session, kenzie: str, tmp_path: Path) -> None:
    prepared = _prepare(session, "case-summary", kenzie)
    password = printing.suggest_password(session)
    assert len(password) <= 32
    with pytest.raises(ValidationError, match="at least"):
        printing.save_pdf(session, prepared, tmp_path / "a.pdf", "short", Audience())
    saved, _ = printing.save_pdf(session, prepared, tmp_path / "a.pdf", password, Audience())
    data = saved.path.read_bytes()
    for secret in (*NAMES, "dead tomorrow", "Grievance", "Maple Hollow", "Dana"):
        assert secret.encode() not in data, secret
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    with pytest.raises(FileNotDecryptedError):
        PdfReader(saved.path).pages[0].extract_text()
    assert "Kenzie Varga-Holloway" in " ".join(pages(data, password))
    assert printing.disclosures_of(session, kenzie)[-1].options["encrypted"] is True
    if shutil.which("pdftotext"):
        wrong = subprocess.run(
            ["pdftotext", "-upw", "nope", str(saved.path), "-"], capture_output=True
        )
        assert wrong.returncode != 0
        right = subprocess.run(
            ["pdftotext", "-upw", password, str(saved.path), "-"], capture_output=True, text=True
        )
        assert right.returncode == 0 and "Kenzie Varga-Holloway" in right.stdout


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def test_nothing_written_outside_the_chosen_path(
    session: Session, kenzie: str, tmp_path: Path, private_tmp: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    before = sorted(os.listdir(session.folder))
    assert list(private_tmp.iterdir()) == []
    numbers = set()
    for kind in ("case-summary", "plan", "parent-plan", "blank-forms", "staff-handout"):
        prepared = _prepare(
            session, kind, kenzie if kind in ("case-summary", "plan", "parent-plan") else None
        )
        numbers.add(prepared.case_number)
        printing.save_pdf(
            session, prepared, out / prepared.file_name, "bakedo-mipura-tosevi-47", Audience()
        )
    number = max(numbers)
    assert list(private_tmp.iterdir()) == []
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{n}.pdf"
        for n in (
            *(f"{number}-{k}" for k in ("case-summary", "plan", "parent-plan")),
            "blank-forms",
            "staff-handout",
        )
    )
    assert sorted(os.listdir(session.folder)) == before


def test_through_the_host(session: Session, kenzie: str, tmp_path: Path) -> None:
    host = ServiceHost()
    host._session = session  # the host as the UI uses it, on this open file
    reply = host.handle(Call("print.prepare", (printing.PrintRequest("plan", kenzie),)))
    assert reply.error is None and reply.result.pdf.startswith(b"%PDF")
    reply = host.handle(Call("print.record", (reply.result, Audience())))
    assert reply.error is None and reply.changes.cases == {kenzie}
    assert host.handle(Call("print.disclosures", (kenzie,))).result[0].destination.value == "print"
    host._session = None
