"""One student's record of disclosures (34 CFR 99.32): found by id or name, gathered from every
case of the student, printed with the recipient, the legal basis and an emergency's threat,
and logged like every document."""

from __future__ import annotations

import pytest

from btam_desktop.domain.disclosure import Audience, DocumentKind
from btam_desktop.domain.referral import Student
from btam_desktop.services import intake, printing, students
from btam_desktop.services.errors import ValidationError
from btam_desktop.services.session import Session
from tests.reports.pdftext import text

THREAT = "Kenzie said she would bring her father's knife to the game on Friday."


def _case(session: Session, name: str, student_id: str = "") -> str:
    result, _ = intake.intake_referral(
        session,
        intake.ReferralInput(
            student=Student(name=name, student_id=student_id, grade="7"),
            reporter_name="Priya Anand-Moss",
            verbatim="something worrying",
        ),
    )
    return result.case_id


@pytest.fixture
def cases(session: Session) -> dict[str, str]:
    return {
        "first": _case(session, "Kenzie Varga-Holloway", "MH-2231"),
        "second": _case(session, "Kenzie Varga-Holloway", "MH-2231"),
        "other_kenzie": _case(session, "Kenzie Park"),
        "ben": _case(session, "Ben Okoro-Lindqvist", "MH-4410"),
    }


WITHIN = Audience()


def _print(session: Session, kind: str, case_id: str, audience: Audience = WITHIN) -> None:
    prepared = printing.prepare(session, printing.PrintRequest(kind, case_id, audience=audience))
    printing.record_print(session, prepared)


def test_a_student_is_found_by_school_id_record_id_or_name(
    session: Session, cases: dict[str, str]
) -> None:
    (kenzie,) = students.find(session, "mh-2231")
    assert kenzie.case_ids == (cases["first"], cases["second"])  # one student, both cases
    assert students.find(session, kenzie.person_ids[0]) == [kenzie]
    assert students.find(session, "kenzie varga-holloway") == [kenzie]
    assert students.find(session, "Varga Kenzie") == [kenzie]  # any order, as typed
    both = students.find(session, "Kenzie")
    assert sorted(s.name for s in both) == ["Kenzie Park", "Kenzie Varga-Holloway"]
    assert students.find(session, "Nobody Here") == []
    assert "student id MH-2231" in kenzie.describe() and "cases " in kenzie.describe()


def test_the_record_lists_every_case_of_the_student_and_only_theirs(
    session: Session, cases: dict[str, str]
) -> None:
    police = Audience(
        True, "Det. Ana Okafor-Lind, Ridgeview PD", "health_safety_emergency", threat=THREAT
    )
    _print(session, "case-summary", cases["first"], police)
    court = Audience(
        True, "Clerk of the Ridgeview County Court", "court_order", detail="Order 24-CV-118"
    )
    _print(session, "case-summary", cases["second"], court)
    _print(session, "case-summary", cases["second"])  # within the team
    school = Audience(True, "Ben's new school", "receiving_school")
    _print(session, "case-summary", cases["ben"], school)

    prepared = printing.prepare(session, printing.PrintRequest("disclosures", cases["second"]))
    assert prepared.kind is DocumentKind.DISCLOSURES and prepared.case_id == cases["second"]
    found = text(prepared.pdf)
    for expected in (
        "Record of disclosures",
        "CONFIDENTIAL",
        "Kenzie Varga-Holloway",
        "MH-2231",
        "Det. Ana Okafor-Lind, Ridgeview PD",
        "Health or safety emergency (FERPA, 34 CFR 99.36)",
        f"Threat: {THREAT}",
        "Subpoena or court order",
        "Interest or purpose: Order 24-CV-118",
        "Released outside the team (2)",
        "Copies made within the team (1)",
    ):
        assert expected in found, expected
    assert "Ben" not in found and "Kenzie Park" not in found

    printing.record_print(session, prepared)
    logged = printing.disclosures_of(session, cases["second"])
    assert logged[-1].document is DocumentKind.DISCLOSURES
    event = session.ocf.audit.events(cases["second"])[-1]
    assert (event.action, event.detail["document"]) == ("document.printed", "disclosures")


def test_a_case_without_a_student_cannot_print_a_record(session: Session) -> None:
    with pytest.raises(ValidationError, match="Choose a case"):
        printing.prepare(session, printing.PrintRequest("disclosures"))


@pytest.mark.parametrize("kind", ["cases-csv", "disclosures-csv", "nonsense"])
def test_an_export_is_not_a_document_to_print(session: Session, kind: str) -> None:
    with pytest.raises(ValidationError, match="is not a document"):
        printing.prepare(session, printing.PrintRequest(kind))
