"""The papers that go home, through the services: a guardian's language (one audited write),
the family's plan and the family's letter defaulting to it, every letter logged with its
reader, and a letter only for the notifications that have one."""

from __future__ import annotations

import pytest

from btam_desktop.domain.case import PersonRole
from btam_desktop.domain.disclosure import DocumentKind
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.plan import Intervention, InterventionType
from btam_desktop.domain.records import new_id, today
from btam_desktop.reports.family_words import letter_date
from btam_desktop.services import cases, manage, printing
from btam_desktop.services.session import Session
from tests.reports.pdftext import text
from tests.scenario import kenzie_in_management


def _kenzie(session: Session) -> tuple[str, str]:
    """Kenzie in management with a plan, her mother on the case and three notifications: the
    parents, the target's parents (Corin's) and the coach (staff)."""
    case_id, marcus = kenzie_in_management(session)
    cases.add_person(session, case_id, cases.NewPerson("guardian", "Mara Varga-Holloway"))
    manage.save_plan(
        session,
        case_id,
        "Kenzie feels safe at school.",
        (
            Intervention(
                id=new_id(),
                domain="Student",
                type=InterventionType.COUNSELING,
                description="Weekly counseling",
                start_on=today(),
                responsible_id=marcus,
                frequency="weekly",
            ),
        ),
        0,
    )
    for recipient, name, basis in (
        ("parents", "Mara Varga-Holloway", "parent"),
        ("potential_victim", "Corin's parents", "school_official"),
        ("school_staff", "Dale Okafor-Brandt", "school_official"),
        ("law_enforcement", "Officer Oduya-Brandt", "school_official"),
    ):
        manage.add_notification(
            session,
            case_id,
            manage.NotificationInput(recipient, name, today(), "phone", "The plan.", basis),
        )
    return case_id, marcus


def _guardian(session: Session, case_id: str) -> str:
    persons = cases.get_case(session, case_id).persons
    return next(p.id for p in persons if p.role is PersonRole.GUARDIAN)


def _notification(session: Session, case_id: str, recipient: str) -> str:
    found = manage.notifications_of(session, case_id)
    return next(n.id for n in found if n.recipient.value == recipient)


def test_a_guardians_language_is_one_audited_change_of_that_guardian(session: Session) -> None:
    case_id, _ = _kenzie(session)
    guardian = _guardian(session, case_id)
    person, changes = cases.set_family_language(session, case_id, guardian, "es")
    assert person.language == "es" and changes.persons == frozenset({guardian})
    assert next(p for p in cases.get_case(session, case_id).persons if p.id == guardian).language
    (event,) = [e for e in session.ocf.audit.events(case_id) if e.action == "person.language_set"]
    assert event.entity_id == guardian and event.detail == {"language": "es"}
    _, unchanged = cases.set_family_language(session, case_id, guardian, "es")
    assert not unchanged.cases  # the same again changes nothing
    subject = next(
        p.id for p in cases.get_case(session, case_id).persons if p.role is PersonRole.SUBJECT
    )
    with pytest.raises(ValidationError, match="parent or guardian"):
        cases.set_family_language(session, case_id, subject, "es")
    with pytest.raises(ValidationError, match="not a language"):
        cases.set_family_language(session, case_id, guardian, "fr")


def test_the_familys_plan_defaults_to_the_guardians_language(session: Session) -> None:
    case_id, _ = _kenzie(session)
    english = printing.prepare(session, printing.PrintRequest("parent-plan", case_id))
    assert english.language == "en" and "Support plan for Kenzie" in text(english.pdf)
    cases.set_family_language(session, case_id, _guardian(session, case_id), "es")
    spanish = printing.prepare(session, printing.PrintRequest("parent-plan", case_id))
    found = text(spanish.pdf)
    assert spanish.language == "es" and spanish.options["language"] == "es"
    assert "Plan de apoyo para Kenzie" in found and "Apoyo personal" in found  # NTAC's [labels.es]
    assert "Weekly counseling" in found  # the team's words as typed
    assert "Madre, padre o tutor del estudiante" in found  # the basis, in the family's words
    chosen = printing.prepare(session, printing.PrintRequest("parent-plan", case_id, language="en"))
    assert "Support plan for Kenzie" in text(chosen.pdf)
    # Other documents are the team's, in English, whatever the family reads.
    summary = printing.prepare(session, printing.PrintRequest("case-summary", case_id))
    assert summary.language == "en"
    with pytest.raises(ValidationError, match="English only"):
        printing.prepare(session, printing.PrintRequest("case-summary", case_id, language="es"))


def test_a_letter_is_logged_to_its_reader_and_names_no_other_student(session: Session) -> None:
    case_id, _ = _kenzie(session)
    cases.set_family_language(session, case_id, _guardian(session, case_id), "es")
    parents = _notification(session, case_id, "parents")
    request = printing.PrintRequest("letter", case_id, notification_id=parents)
    prepared = printing.prepare(session, request)
    assert prepared.language == "es"  # the student's own family: its language
    letter = text(prepared.pdf)
    assert "Sobre Kenzie" in letter and "Corin" not in letter and "Moderate" not in letter
    disclosure, _ = printing.record_print(session, prepared)
    assert disclosure.document is DocumentKind.LETTER
    # named in the letter's language, as the family's plan is (their inspection copy lists it)
    assert disclosure.recipient == "Mara Varga-Holloway (familia de Kenzie Varga-Holloway)"
    assert disclosure.legal_basis == "parent"
    assert disclosure.options["notification_id"] == parents
    # The target's family's letter: English (their language is not on the case), their child.
    target = printing.prepare(
        session,
        printing.PrintRequest(
            "letter", case_id, notification_id=_notification(session, case_id, "potential_victim")
        ),
    )
    found = text(target.pdf)
    assert target.language == "en" and "Corin" in found and "Kenzie" not in found
    assert target.audience.recipient == "Corin's parents"
    staff = printing.prepare(
        session,
        printing.PrintRequest(
            "letter", case_id, notification_id=_notification(session, case_id, "school_staff")
        ),
    )
    assert staff.audience.legal_basis == "school_official" and "Supporting Kenzie" in text(
        staff.pdf
    )
    assert letter_date(today(), "en") in found  # dated as the notification


def test_a_letter_needs_a_notification_that_has_one(session: Session) -> None:
    case_id, _ = _kenzie(session)
    police = _notification(session, case_id, "law_enforcement")
    with pytest.raises(ValidationError, match="no letter for law enforcement"):
        printing.prepare(session, printing.PrintRequest("letter", case_id, notification_id=police))
    with pytest.raises(ValidationError, match="Choose the notification"):
        printing.prepare(session, printing.PrintRequest("letter", case_id))
    with pytest.raises(ValidationError, match="not in this case"):
        printing.prepare(session, printing.PrintRequest("letter", case_id, notification_id="nope"))
