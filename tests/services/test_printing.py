"""Printing through the services: snapshots from the scenario case, redaction presets, the
disclosure log with its audit events, encrypted saving, and nothing left in the temp folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from btam_desktop.domain import clock
from btam_desktop.domain.disclosure import Audience, Destination, DocumentKind
from btam_desktop.domain.plan import Intervention, InterventionType
from btam_desktop.domain.records import new_id
from btam_desktop.domain.referral import Student
from btam_desktop.services import (
    cases,
    intake,
    manage,
    meetings,
    members,
    print_case,
    printing,
    roster,
)
from btam_desktop.services.errors import RecoveryCodeError, ValidationError
from btam_desktop.services.host import Call, ServiceHost
from btam_desktop.services.session import Session
from tests.conftest import PinClock
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
                id=new_id(),
                domain="Student",
                type=InterventionType.MENTORING,
                description="Daily check-in with the coach for Kenzie",
                start_on=clock.today(),
                due_on=clock.today() + timedelta(days=30),
                responsible_id=marcus,
            ),
            Intervention(
                id=new_id(),
                domain="Target",
                type=InterventionType.LAW_ENFORCEMENT,
                description="SRO walks Corin to the bus",
                start_on=clock.today(),
                due_on=None,
                responsible_id=None,
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


def _family_plan(session: Session, case_id: str, marcus: str) -> None:
    """Version 2 of Kenzie's plan: for her, about Corin (the target), and with the police."""
    start = clock.today()

    def item(domain: str, kind: InterventionType, what: str, **kw: object) -> Intervention:
        return Intervention(
            id=new_id(),
            domain=domain,
            type=kind,
            description=what,
            start_on=start,
            due_on=date(2027, 1, 5),
            responsible_id=marcus,
            **kw,  # type: ignore[arg-type]
        )

    manage.save_plan(
        session,
        case_id,
        "Kenzie feels safe at school and has an adult to go to.",
        (
            item("Student", InterventionType.MENTORING, "Coach check-in", frequency="daily"),
            item("Environment", InterventionType.WEAPONS_ACCESS, "Talk of locking the knife away"),
            # The NTAC pack marks "Target" as about other people: left out whatever its type.
            item("Target", InterventionType.SUPERVISION, "Corin's teachers watch the hallway"),
            # A target's safety plan is left out whatever domain it is filed under.
            item("Student", InterventionType.TARGET_SAFETY, "Safety plan for Corin"),
            item("Environment", InterventionType.LAW_ENFORCEMENT, "SRO checks the bus stop"),
        ),
        1,
    )


def test_the_family_copy_is_for_the_family(
    session: Session, kenzie: str, pin_clock: PinClock
) -> None:
    """Nothing about Corin, the first name in the title, dates written out, whom to call, and
    logged as a copy given to the family (with its release line on the paper)."""
    pin_clock(datetime(2026, 12, 3, 10, 0))  # a Thursday
    marcus = next(m.id for m in members.list_members(session) if m.name == "Marcus Feldspar")
    roster.update_details(
        session, marcus, roster.MemberDetails("psychologist", (), "ext. 2144", None, None)
    )
    cases.update_case(
        session, kenzie, cases.CaseEdit(case_manager_id=marcus, next_review=date(2027, 1, 4))
    )
    cases.add_person(session, kenzie, cases.NewPerson("guardian", "Mara Varga-Holloway"))
    _family_plan(session, kenzie, marcus)
    internal = text(_prepare(session, "plan", kenzie).pdf)
    prepared = _prepare(session, "parent-plan", kenzie)
    found = pages(prepared.pdf)
    family = " ".join(found)
    assert "Corin's teachers watch the hallway" in internal  # the team's copy keeps them
    for other in ("Corin", "Abernathy", "Safety plan", "SRO", "Target"):
        assert other not in family, other
    assert "Coach check-in" in family and "locking the knife away" in family
    assert "CONFIDENTIAL — for the student and family" in found[0]
    assert "Support plan for Kenzie" in family and "do not redisclose" not in family
    assert "FERPA, 34 CFR 99.33" not in family
    assert "Every day, until Tuesday, January 5, 2027" in family
    assert "By Tuesday, January 5, 2027" in family
    assert "together on Monday, January 4, 2027" in family
    assert "Contact Marcus Feldspar, School psychologist: ext. 2144" in family
    assert (
        "Given to Mara Varga-Holloway (parent or guardian of Kenzie Varga-Holloway) by "
        "Dana Whitlock-Oyelaran on Thursday, December 3, 2026. Legal basis: The student's "
        "parent or guardian" in found[0]
    )
    assert prepared.warnings == ()
    assert "Kenzie" not in " ".join(metadata(prepared.pdf).values())
    printing.record_print(session, prepared)
    logged = printing.disclosures_of(session, kenzie)[-1]
    assert logged.recipient.startswith("Mara Varga-Holloway") and logged.legal_basis == "parent"


def test_a_plan_with_a_review_date_gone_warns(
    session: Session, kenzie: str, pin_clock: PinClock
) -> None:
    pin_clock(datetime(2026, 12, 3, 10, 0))
    cases.update_case(session, kenzie, cases.CaseEdit(next_review=date(2026, 11, 30)))
    for kind in ("parent-plan", "plan"):
        (warning,) = _prepare(session, kind, kenzie).warnings
        assert "2026-11-30" in warning and "has passed" in warning
    cases.update_case(session, kenzie, cases.CaseEdit(next_review=date(2026, 12, 3)))
    assert _prepare(session, "parent-plan", kenzie).warnings == ()  # today is not past


def test_a_case_without_a_plan_says_so(session: Session) -> None:
    result, _ = intake.intake_referral(
        session,
        intake.ReferralInput(
            Student(name="Ada Lindqvist-Obi"), reporter_name="W. O.", verbatim="a story"
        ),
    )
    with pytest.raises(ValidationError, match="no plan yet"):
        _prepare(session, "plan", result.case_id)


def test_team_documents(session: Session, tmp_path: Path) -> None:
    forms = text(_prepare(session, "blank-forms").pdf)
    assert "Inquiry checklist" in forms and "Interview the student" in forms
    handout = pages(_prepare(session, "staff-handout").pdf)
    assert len(handout) == 1  # one sheet to pin up
    (page,) = handout
    assert "For staff" in page  # no student data: not stamped as a student record
    assert "CONFIDENTIAL" not in page and "FERPA" not in page and "redisclose" not in page
    assert "If someone is in danger now: call 911" in page
    assert "Dana Whitlock-Oyelaran" in page and "even as a joke" in page
    assert "Communicated intent" not in page  # the model's vocabulary, not something one sees
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
    prepared = _prepare(session, "case-summary", kenzie, redact="administrator")
    assert printing.disclosures_of(session, kenzie) == []  # a preview is not a disclosure
    printing.record_print(session, prepared, Audience())
    police = Audience(
        True,
        "Ridgeview Police, Det. Okafor-Lind",
        "health_safety_emergency",
        threat="Kenzie said she would bring her father's gun on Friday.",
    )
    with pytest.raises(ValidationError, match="legal basis"):
        printing.save_pdf(
            session, prepared, tmp_path / "x.pdf", "", Audience(True, "Officer Lee", "")
        )
    with pytest.raises(ValidationError, match="articulable and significant threat"):
        printing.save_pdf(
            session,
            prepared,
            tmp_path / "x.pdf",
            "",
            Audience(True, "Officer Lee", "health_safety_emergency"),
        )
    with pytest.raises(ValidationError, match="another recipient"):  # not what the paper says
        printing.save_pdf(session, prepared, tmp_path / "x.pdf", "", police)
    assert not (tmp_path / "x.pdf").exists()
    prepared = _prepare(session, "case-summary", kenzie, redact="law_enforcement", audience=police)
    saved, changes = printing.save_pdf(session, prepared, tmp_path / prepared.file_name, "")
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
    assert exported.threat == "Kenzie said she would bring her father's gun on Friday."
    assert exported.options == {
        "paper": "letter",
        "include_earlier": False,
        "redact": "law_enforcement",
        "encrypted": False,
    }
    events = [e for e in session.ocf.audit.events(kenzie) if e.action.startswith("document.")]
    assert [e.action for e in events] == ["document.printed", "document.saved"]
    assert events[1].detail["document_id"] == prepared.document_id
    assert (events[0].detail["redact"], events[1].detail["redact"]) == (
        "administrator",
        "law_enforcement",
    )  # whose copy: the timeline says
    assert "Okafor" not in str(events[1].detail)  # ids only in the audit log
    assert session.ocf.audit.verify().ok
    assert saved.path.read_bytes() == prepared.pdf


@pytest.mark.parametrize("redact", ["law_enforcement", "receiving_school", ""])
def test_a_copy_leaving_the_team_says_to_whom_on_its_first_page(
    session: Session, kenzie: str, redact: str, pin_clock: PinClock
) -> None:
    pin_clock(datetime(2026, 12, 3, 10, 0))
    school = Audience(True, "Cedar Bend High School, counseling office", "school_official")
    prepared = _prepare(session, "case-summary", kenzie, redact=redact, audience=school)
    first, *rest = pages(prepared.pdf)
    assert (
        "Released outside the team Released to Cedar Bend High School, counseling office "
        "Legal basis School official with a legitimate educational interest "
        "(FERPA, 34 CFR 99.31(a)(1)) Date 2026-12-03 By Dana Whitlock-Oyelaran"
    ) in first
    assert not any("Released" in page for page in rest)


def test_a_preset_for_outside_readers_leaves_lines_to_fill_in(
    session: Session, kenzie: str
) -> None:
    """A law-enforcement copy printed before anyone is named still says it left the team."""
    prepared = _prepare(session, "case-summary", kenzie, redact="law_enforcement")
    found = pages(prepared.pdf)
    assert "Released to ____" in found[0] and "Legal basis ____" in found[0]
    (warning,) = prepared.warnings
    assert "for law enforcement, outside the team, but names no recipient" in warning
    inside = pages(_prepare(session, "case-summary", kenzie, redact="administrator").pdf)
    assert not any("Released" in page for page in inside)


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
        printing.save_pdf(session, prepared, out / prepared.file_name, "bakedo-mipura-tosevi-47")
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


def test_draft_minutes_say_draft_on_every_page(session: Session) -> None:
    """A page of draft minutes found alone on a desk still says it is a draft."""
    meeting, _ = meetings.schedule(
        session, meetings.MeetingInput(clock.today(), "15:30", 60, "Room 12", session.member_id)
    )
    agenda = meetings.view(session, meeting.id).minutes.agenda
    many = [meetings.other_item(f"Spring planning, part {n}", 5) for n in range(45)]
    meetings.save_agenda(session, meeting.id, [*agenda, *many])
    draft = pages(_prepare(session, "minutes", meeting_id=meeting.id).pdf)
    assert len(draft) >= 2
    assert all("DRAFT — not approved" in page for page in draft)
    meetings.set_attendance(session, meeting.id, (session.member_id,))
    meetings.approve(session, meeting.id)
    approved = pages(_prepare(session, "minutes", meeting_id=meeting.id).pdf)
    assert len(approved) >= 2 and not any("DRAFT" in page for page in approved)


def test_the_case_summary_prints_labels_not_internal_codes(session: Session, kenzie: str) -> None:
    """Every stored code reads as the screen names it, in the domain's or the model's words."""
    on = clock.today()
    manage.add_notification(
        session,
        kenzie,
        manage.NotificationInput(
            "parents", "Mara Varga-Holloway", on, "phone", "The plan.", "school_official"
        ),
    )
    manage.add_notification(
        session,
        kenzie,
        manage.NotificationInput(
            "potential_victim", "", on, "meeting", "The threat.", "health_safety_emergency"
        ),
    )
    manage.record_review(
        session,
        kenzie,
        manage.ReviewInput(
            on, (session.member_id,), "Calmer.", "continue", on + timedelta(days=30)
        ),
    )
    found = text(_prepare(session, "case-summary", kenzie).pdf)
    for label in (
        "Gather facts (full inquiry)",  # the NTAC model's name for the screening decision
        "Parents or guardians: Mara Varga-Holloway",
        "School official",
        "Health or safety emergency",
        "Continue the plan",
        "Mentoring / trusted adult",
        "Law-enforcement liaison",
        "Key questions",
        "recorded the screening decision: gather facts (full inquiry)",
        "(moderate concern)",
    ):
        assert label in found, label
    for code in (
        "school_official",
        "health_safety_emergency",
        "school official",
        "health safety emergency",
        "law_enforcement",
        "mentoring:",
        "in_person",
        "potential victim",
        " continue ",
        "(moderate)",
        "(inquiry)",
    ):
        assert code not in found, code
