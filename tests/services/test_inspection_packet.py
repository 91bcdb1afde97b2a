"""The parent inspection packet (34 CFR 99.10): a hand-built file of two students, Kenzie and
Corin, where Corin is the target in Kenzie's case. Kenzie's packet holds every record the JSON
export holds about her cases, and nothing of Corin's case; Corin's name, a classmate who
reported, a witness and a confidential reporter are withheld in place and counted; printing it
is logged as a disclosure to her parents."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest

from btam_desktop.domain import clock
from btam_desktop.domain.case import PersonRole
from btam_desktop.domain.disclosure import Audience, DocumentKind
from btam_desktop.domain.inspection import Withheld, name_scrubber
from btam_desktop.domain.plan import (
    DEFAULT_CLOSURE_CHECKLIST,
    REVIEW_DECISION_NAMES,
    Closure,
    Intervention,
    InterventionType,
)
from btam_desktop.domain.records import new_id
from btam_desktop.domain.referral import Student
from btam_desktop.reports import inspection_words, snapshots as sn
from btam_desktop.reports.family_words import letter_date
from btam_desktop.services import (
    assess,
    cases,
    files,
    inquiry,
    intake,
    manage,
    print_inspection,
    printing,
    students,
)
from btam_desktop.services.demo import demo_picture
from btam_desktop.services.errors import ValidationError
from btam_desktop.services.session import Session
from tests.reports.pdftext import pages, text
from tests.scenario import kenzie_in_management

CORIN = "Corin Abernathy-Pell"  # a student: Kenzie's target, and the student of his own case
WITNESS = "Juno Halvorsen-Pike"
CLASSMATE = "Bastian Quill-Ferreira"  # reported Kenzie, a classmate
CONFIDENTIAL = "Hollis Grayfeather"  # reported, and asked to stay unnamed
OTHER_STUDENTS = "[withheld: other students' information]"
#: Every name the family may not read, and the words of Corin's own case.
NEVER = (CORIN, "Corin", "Abernathy", WITNESS, "Juno", CLASSMATE, "Bastian", CONFIDENTIAL,
         "Grayfeather", "neighbor", "CA-")  # fmt: skip
#: Free text the export holds, by table: what the packet must show of each row.
TEXTS = {
    "cases": ("summary", "closure_reason"),
    "referrals": ("verbatim", "narrative", "location", "prior_concerns", "emergency_actions"),
    "screenings": ("reason",),
    "inquiry_items": ("findings",),
    "interviews": ("notes",),
    "assessments": ("rationale",),
    "plans": ("goals",),
    "checkins": ("observations",),
    "notifications": ("shared",),
    "reviews": ("progress",),
    "evidence": ("file_name",),
}


def _file(session: Session) -> dict[str, str]:
    kenzie, marcus = kenzie_in_management(session)
    joined = intake.ReferralInput(
        student=Student(name="Kenzie Varga-Holloway"),
        reporter_name=CLASSMATE,
        reporter_relationship="classmate",
        narrative=f"KV-HALLWAY Kenzie shoved {CORIN} against the lockers.",
        link_case_id=kenzie,
    )
    intake.intake_referral(session, joined)
    secret = intake.ReferralInput(
        student=Student(name="Kenzie Varga-Holloway"),
        reporter_kind="confidential",
        reporter_name=CONFIDENTIAL,
        reporter_relationship="neighbor",
        narrative="KV-NEIGHBOR The older brother showed a hunting knife in the yard.",
        location="KV-YARD Elm Street",
        link_case_id=kenzie,
    )
    intake.intake_referral(session, secret)
    cases.add_person(session, kenzie, cases.NewPerson("witness", WITNESS, grade="8"))
    cases.add_person(session, kenzie, cases.NewPerson("guardian", "Mara Varga-Holloway"))
    today = clock.today()
    inquiry.add_interview(
        session,
        inquiry.InterviewInput(
            kenzie,
            "witness",
            WITNESS,
            today,
            marcus,
            notes=f"KV-WITNESSED {WITNESS} saw Kenzie's post; {CORIN} was upset.",
        ),
    )
    item = inquiry.checklist(session, kenzie).items[0]
    inquiry.update_item(
        session,
        item.id,
        inquiry.ItemEdit(marcus, None, "answered", "KV-FINDING Calmer at home.", "", today, True),
    )
    plan = (
        Intervention(
            id=new_id(),
            domain="Subject",
            type=InterventionType.COUNSELING,
            description="KV-COUNSELING weekly with the school psychologist",
            start_on=today,
            due_on=today + timedelta(days=30),
            responsible_id=marcus,
        ),
        Intervention(
            id=new_id(),
            domain="Target",
            type=InterventionType.TARGET_SAFETY,
            description=f"CA-ESCORT {CORIN} walked between classes",
            start_on=today,
            responsible_id=marcus,
        ),
    )
    manage.save_plan(session, kenzie, "KV-GOALS Kenzie feels safe and connected.", plan, 0)
    manage.add_checkin(session, kenzie, today, "KV-CHECKIN Attends counseling.", "down")
    manage.record_review(
        session,
        kenzie,
        manage.ReviewInput(
            today, (marcus,), "KV-PROGRESS Steady weeks.", "continue", today + timedelta(days=14)
        ),
    )
    intake.attach_evidence(session, kenzie, "KV-post.png", demo_picture(), None)
    manage.add_notification(
        session,
        kenzie,
        manage.NotificationInput(
            "potential_victim",
            f"{CORIN}'s parents",
            today,
            "phone",
            "KV-TOLD That a threat was made.",
            "health_safety_emergency",
        ),
    )
    court = Audience(True, "Clerk of the Ridgeview County Court", "court_order", "Order 24-118")
    copy = printing.prepare(session, printing.PrintRequest("case-summary", kenzie, audience=court))
    printing.record_print(session, copy)

    own, _ = intake.intake_referral(
        session,
        intake.ReferralInput(
            student=Student(name=CORIN, student_id="MH-3300", grade="8"),
            reporter_name="Priya Anand-Moss",
            verbatim="CA-WORDS I'll get her back",
            narrative="CA-NARRATIVE Corin's own case.",
        ),
    )
    manage.add_checkin(session, own.case_id, today, "CA-CHECKIN Quiet week.", "steady")
    return {"kenzie": kenzie, "corin": own.case_id, "marcus": marcus}


@pytest.fixture
def made(session: Session) -> dict[str, str]:
    return _file(session)


def _packet(session: Session, case_id: str) -> printing.Prepared:
    return printing.prepare(session, printing.PrintRequest("inspection", case_id))


def _as_printed(value: str) -> str:
    """What the packet shows of a stored text: other students' names withheld in place."""
    for name in (CORIN, WITNESS):
        value = value.replace(name, OTHER_STUDENTS)
    return re.sub(r"\s+", " ", value).strip()


def _rows(export: dict[str, Any], case_ids: set[str]) -> list[tuple[str, str, str]]:
    tables = export["tables"]
    return [
        (table, column, row[column])
        for table, columns in TEXTS.items()
        for row in tables[table]
        if (row["id"] if table == "cases" else row["case_id"]) in case_ids
        for column in columns
        if row[column]
    ]


def test_the_packet_holds_every_record_of_the_student_and_none_of_another(
    session: Session, made: dict[str, str]
) -> None:
    prepared = _packet(session, made["kenzie"])
    found = text(prepared.pdf)
    export = files.export_everything(session)
    hers = _rows(export, {made["kenzie"]})
    assert {table for table, _, _ in hers} == set(TEXTS) - {"screenings"}  # no reason given
    for table, column, value in hers:
        assert _as_printed(value) in found, f"{table}.{column}: {value}"
    his = _rows(export, {made["corin"]})
    assert len(his) >= 3
    for table, column, value in his:
        assert value not in found, f"{table}.{column} of Corin's case: {value}"
    for never in NEVER:
        assert never not in found, never
    for row in export["tables"]["persons"]:  # the student and her guardian by name
        if row["case_id"] == made["kenzie"] and row["role"] in ("subject", "guardian"):
            assert row["name"] in found
    for expected in (
        "Your child's record: inspection copy",
        "CONFIDENTIAL — for the student and family",
        "Grievance and a knife at home.",  # the assessment
        "Clerk of the Ridgeview County Court",  # the record of disclosures
        "Reported by: Priya Anand-Moss",  # a teacher who reported: named
        "[withheld: a reporter who asked to stay confidential]",
        "[withheld: another person's safety plan]",
        "Name: [withheld: other students' information]'s parents",
    ):
        assert expected in found, expected
    assert prepared.audience.legal_basis == "parent"


def test_the_withheld_passages_are_counted_by_reason(
    session: Session, made: dict[str, str]
) -> None:
    student = students.of_case(session, made["kenzie"])
    info = sn.DocumentInfo("id", "Inspection", "Dana", "2026-12-06 10:00")
    packet = print_inspection.packet(session, student, info)
    # Other students: the target and the witness in People (2), the first report's target
    # (1), the second report naming Corin (1), the classmate who reported it (1), the witness
    # interviewed and her notes naming both (1 + 2), the target's parents told (1).
    assert packet.withheld == (
        (Withheld.CONFIDENTIAL_REPORTER.value, 1),
        (Withheld.OTHER_STUDENTS.value, 9),
        (Withheld.OTHERS_SAFETY.value, 1),
    )
    pdf = _packet(session, made["kenzie"]).pdf
    read = pages(pdf)
    body = " ".join(read[1:])  # after the first page's example of a note
    assert body.count(OTHER_STUDENTS) == 9
    assert "9 passages withheld: other students' information" in read[-1]
    assert "1 passage withheld: a reporter who asked to stay confidential" in read[-1]
    assert "1 passage withheld: another person's safety plan" in read[-1]
    assert "What was withheld and why" in read[-1]

    # Corin's own packet: his case, and Kenzie's name is another student's.
    his = text(_packet(session, made["corin"]).pdf)
    assert "CA-NARRATIVE" in his and "KV-" not in his and "Kenzie" not in his


def test_printing_it_is_a_disclosure_to_the_parents(session: Session, made: dict[str, str]) -> None:
    prepared = _packet(session, made["kenzie"])
    assert prepared.kind is DocumentKind.INSPECTION and prepared.case_id == made["kenzie"]
    printing.record_print(session, prepared)
    logged = printing.disclosures_of(session, made["kenzie"])[-1]
    assert logged.document is DocumentKind.INSPECTION
    assert logged.recipient == "Mara Varga-Holloway (parent or guardian of Kenzie Varga-Holloway)"
    assert logged.legal_basis == "parent"
    assert logged.detail == print_inspection.INSPECTION_PURPOSE
    event = session.ocf.audit.events(made["kenzie"])[-1]
    assert (event.action, event.detail["document"]) == ("document.printed", "inspection")
    assert event.detail["legal_basis"] == "parent" and "Kenzie" not in str(event.detail)
    # The next packet lists this copy among the copies made.
    again = text(_packet(session, made["kenzie"]).pdf)
    assert "Inspection copy for the family" in again


def test_an_encrypted_copy_opens_only_with_its_password(
    session: Session, made: dict[str, str], tmp_path: Any
) -> None:
    target = tmp_path / "packet.pdf"
    printing.save_pdf(session, _packet(session, made["kenzie"]), target, "tikamo-rudeva-24")
    data = target.read_bytes()
    assert b"Varga" not in data
    assert "What was withheld and why" in text(data, "tikamo-rudeva-24")
    assert printing.disclosures_of(session, made["kenzie"])[-1].options["encrypted"] is True


def test_the_packet_in_spanish_and_by_default_in_the_familys_language(
    session: Session, made: dict[str, str]
) -> None:
    """Asked for in Spanish, every word of the packet is Spanish, the withheld notes too;
    unasked, it is in the language of the student's guardian."""
    es = printing.prepare(
        session, printing.PrintRequest("inspection", made["kenzie"], language="es")
    )
    found, read = text(es.pdf), pages(es.pdf)
    assert es.language == "es"
    for expected in (
        "El expediente de su hijo o hija",
        "CONFIDENCIAL — para el estudiante y su familia",
        "(FERPA, 34 CFR 99.10)",
        "[no se muestra: una persona que reportó y pidió quedar en privado]",
        "[no se muestra: el plan de seguridad de otra persona]",
        "Nombre: [no se muestra: información de otros estudiantes]",
        f"Abierto el {letter_date(clock.today(), 'es')}",  # dates as Spanish writes them
        "Responsable del caso",
        "Nivel de preocupación",
    ):
        assert expected in found, expected
    assert "9 partes no se muestran: información de otros estudiantes" in read[-1]
    assert "Lo que no se muestra y por qué" in read[-1]
    for english in ("[withheld:", "Your child's record", "Case manager", "What was withheld"):
        assert english not in found, english
    assert es.audience.recipient == "Mara Varga-Holloway (familia de Kenzie Varga-Holloway)"

    assert _packet(session, made["kenzie"]).language == "en"  # the guardian says none
    persons = cases.get_case(session, made["kenzie"]).persons
    mother = next(p.id for p in persons if p.role is PersonRole.GUARDIAN)
    cases.set_family_language(session, made["kenzie"], mother, "es")
    default = _packet(session, made["kenzie"])
    assert default.language == "es" and "El expediente de su hijo o hija" in text(default.pdf)
    asked_en = printing.prepare(
        session, printing.PrintRequest("inspection", made["kenzie"], language="en")
    )
    assert "Your child's record: inspection copy" in text(asked_en.pdf)
    with pytest.raises(ValidationError, match="Choose a case"):
        printing.prepare(session, printing.PrintRequest("inspection"))


def test_a_name_is_withheld_whole_and_by_its_words_but_never_the_students_own() -> None:
    scrub = name_scrubber(
        [("Kenzie Park", Withheld.OTHER_STUDENTS)],
        ["Kenzie Varga-Holloway"],
        lambda reason: f"<{reason.value}>",
    )
    assert scrub("kenzie park said so") == "<other_students> said so"
    assert scrub("Park's bag; Kenzie's bag") == "<other_students>'s bag; Kenzie's bag"
    assert scrub("met in the park") == "met in the park"  # a word, not the name


#: Words the app writes on the packet (a document's kind, a screening decision in the model's
#: words, a parents' letter's recipient, an answer, a trend): none may stay English in Spanish.
APP_ENGLISH = ("Parent/student plan", "Notification letter", "parent or guardian of",
               "Gather facts", "Unknown", "Empeora", "Mejora")  # fmt: skip


def test_the_spanish_packet_says_the_apps_own_words_in_spanish(
    session: Session, made: dict[str, str]
) -> None:
    """The family's plan and the parents' letter printed in Spanish are listed among the copies
    in Spanish; the screening decision is the model's Spanish label; the check-in's "down" is
    the concern going down, not the student getting worse."""
    kenzie = made["kenzie"]
    manage.add_notification(
        session,
        kenzie,
        manage.NotificationInput(
            "parents", "", clock.today(), "phone", "KV-PARENTS The plan.", "school_official"
        ),
    )
    parents = manage.notifications_of(session, kenzie)[-1].id
    for request in (
        printing.PrintRequest("parent-plan", kenzie, language="es"),
        printing.PrintRequest("letter", kenzie, language="es", notification_id=parents),
    ):
        copy = printing.prepare(session, request)
        assert "(familia de Kenzie Varga-Holloway)" in copy.audience.recipient
        printing.record_print(session, copy)
    done = dict.fromkeys(DEFAULT_CLOSURE_CHECKLIST, True) | {DEFAULT_CLOSURE_CHECKLIST[2]: False}
    closure = Closure(checklist=done, summary="KV-CLOSED Calm term.", watcher="KV-WATCH")
    manage.close_case(session, kenzie, closure, "KV-OPEN Counseling goes on at school.")
    es = printing.prepare(session, printing.PrintRequest("inspection", kenzie, language="es"))
    found = re.sub(r"\s+", " ", text(es.pdf))
    for spanish in (
        "Tendencia: La preocupación disminuye",
        "Plan de apoyo (copia para la familia)",
        "Decisión: Reunir información (indagación completa)",
        # the app's closing checklist, item by item, ticked or not
        "Lista de cierre: Las intervenciones se completaron o quedaron a cargo de otra "
        "persona: sí;",
        "El nivel de preocupación era bajo en la última revisión: no;",
        "Decisión: Continuar el plan",  # a review's
    ):
        assert spanish in found, spanish
    assert set(REVIEW_DECISION_NAMES.values()) <= set(inspection_words.SPANISH.values)
    for english in (*APP_ENGLISH, *DEFAULT_CLOSURE_CHECKLIST, ": yes", "Continue the plan"):
        assert english not in found, english
    en = printing.prepare(session, printing.PrintRequest("inspection", kenzie, language="en"))
    assert f"{DEFAULT_CLOSURE_CHECKLIST[2]}: no;" in re.sub(r"\s+", " ", text(en.pdf))


def test_a_spanish_packet_says_the_staff_letter_and_the_apps_screening_names_in_spanish(
    session: Session, made: dict[str, str]
) -> None:
    """A model without its own screening decisions (virginia-style) prints the app's names,
    in Spanish on a Spanish packet; the staff letter's entry in the log of copies says why
    the staff member got it in Spanish too."""
    assess.set_team_pack(session, "virginia-style")
    new, _ = intake.intake_referral(
        session,
        intake.ReferralInput(
            student=Student(name="Tobin Marsh-Okafor", grade="7"),
            reporter_name="Priya Anand-Moss",
            narrative="TM-NARRATIVE Said he would 'make them pay' after a game.",
        ),
    )
    tobin = new.case_id
    manage.add_notification(
        session,
        tobin,
        manage.NotificationInput(
            "school_staff",
            "Coach Rell Danby",
            clock.today(),
            "meeting",
            "TM-STAFF",
            "school_official",
        ),
    )
    staff = manage.notifications_of(session, tobin)[-1].id
    letter = printing.prepare(
        session, printing.PrintRequest("letter", tobin, language="es", notification_id=staff)
    )
    printing.record_print(session, letter)
    intake.record_screening(
        session, tobin, "handle", made["marcus"], "TM-HANDLED Talked it through."
    )

    es = printing.prepare(session, printing.PrintRequest("inspection", tobin, language="es"))
    found = re.sub(r"\s+", " ", text(es.pdf))
    assert "Decisión: Se atiende en la evaluación inicial" in found
    assert "Trabaja con Tobin Marsh-Okafor" in found
    assert "Se atendió en la evaluación inicial: TM-HANDLED" in found
    for english in ("Handle", "Works with"):
        assert english not in found, english
    en = printing.prepare(session, printing.PrintRequest("inspection", tobin, language="en"))
    found = re.sub(r"\s+", " ", text(en.pdf))
    assert "Decision: Handle" in found and "Works with Tobin Marsh-Okafor" in found
