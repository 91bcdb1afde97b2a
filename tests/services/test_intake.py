"""Referral intake, linking a second report, screening, and evidence."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from btam_desktop.domain import clock
from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.referral import Student
from btam_desktop.services import cases, intake, members
from btam_desktop.services.errors import PermissionDeniedError, ValidationError
from btam_desktop.services.session import TEST_KDF, Session

TEACHER = "Priya Anand-Moss"
KENZIE = Student(
    name="Kenzie Varga-Holloway",
    student_id="MH-70233",
    grade="7",
    date_of_birth=date(2013, 5, 9),
    school="Maple Hollow",
    iep_504=True,
)


def teacher_report(**changes: object) -> intake.ReferralInput:
    base = intake.ReferralInput(
        student=KENZIE,
        channel="in_person",
        reporter_name=TEACHER,
        reporter_relationship="7th-grade science teacher",
        location="hallway by the gym",
        narrative="After a fight in the hallway Kenzie shouted at another student.",
        verbatim="you're dead tomorrow, I'll bring something",
        targets=("Corin Abernathy-Pell",),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_referral_opens_a_case_with_the_student_and_target(session: Session) -> None:
    result, changes = intake.intake_referral(session, teacher_report())
    assert not result.joined_existing and changes.cases == {result.case_id}
    detail = cases.get_case(session, result.case_id)
    subject, target = detail.persons
    assert (subject.name, subject.student_id, subject.iep_504) == (KENZIE.name, "MH-70233", True)
    assert target.name == "Corin Abernathy-Pell" and target.role.value == "target"
    (referral,) = intake.referrals_of(session, result.case_id)
    assert referral.verbatim == "you're dead tomorrow, I'll bring something"
    assert referral.received_by == session.member_id
    row = next(r for r in cases.list_cases(session) if r.id == result.case_id)
    assert "dead tomorrow" in row.search_text and TEACHER in row.search_text


def test_a_second_report_joins_the_open_case(session: Session) -> None:
    first, _ = intake.intake_referral(session, teacher_report())
    assert [c.case_id for c in intake.find_student_cases(session, "kenzie varga")] == [
        first.case_id
    ]
    second, _ = intake.intake_referral(
        session,
        intake.ReferralInput(
            student=Student(name=KENZIE.name),
            channel="tip_line",
            reporter_kind="anonymous",
            narrative="Posted a picture of a knife with the word tomorrow.",
            link_case_id=first.case_id,
        ),
    )
    assert second.joined_existing and second.case_id == first.case_id
    assert len(intake.referrals_of(session, first.case_id)) == 2
    assert len(cases.list_cases(session)) == 1


def test_a_report_on_a_closed_case_opens_a_new_one_and_keeps_the_old(session: Session) -> None:
    first, _ = intake.intake_referral(session, teacher_report())
    cases.change_status(session, first.case_id, CaseStatus.SCREENING)
    cases.change_status(session, first.case_id, CaseStatus.CLOSED, "Transient; resolved.")
    again, _ = intake.intake_referral(session, teacher_report(link_case_id=first.case_id))
    assert not again.joined_existing and again.case_id != first.case_id
    assert cases.get_case(session, first.case_id).case.status is CaseStatus.CLOSED
    last = cases.case_history(session, again.case_id)[-1]
    assert last.detail["follows_case"] == first.case_id


def test_imminent_danger_needs_the_emergency_steps_and_marks_the_case_urgent(
    session: Session,
) -> None:
    with pytest.raises(ValidationError, match="who was called"):
        intake.intake_referral(session, teacher_report(imminent=True))
    result, _ = intake.intake_referral(
        session,
        teacher_report(
            imminent=True, emergency_actions="Called 911 at 14:02; Officer Castellan on site 14:06."
        ),
    )
    assert cases.get_case(session, result.case_id).case.urgent
    assert next(r for r in cases.list_cases(session) if r.id == result.case_id).urgent


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"student": Student(name="  ")}, "student's name cannot be empty"),
        ({"student": Student(name="x" * 5000)}, "longer than 200"),
        ({"narrative": "", "verbatim": ""}, "what was said or done"),
        ({"reporter_kind": "anonymous"}, "anonymous report has no reporter name"),
        ({"reporter_name": ""}, "reporter's name"),
        ({"received_at": clock.now() + timedelta(days=2)}, "in the future"),
        (
            {"student": Student(name="Ada Lindqvist-Obi", date_of_birth=date(2030, 1, 1))},
            "date of birth",
        ),
        ({"narrative": "x" * 1_000_001}, "longer than"),
        ({"channel": "carrier pigeon"}, "not a way a report came in"),
    ],
)
def test_bad_intake_says_what_and_changes_nothing(
    session: Session, changes: dict[str, object], message: str
) -> None:
    head = session.ocf.audit.head()
    with pytest.raises(ValidationError, match=message):
        intake.intake_referral(session, teacher_report(**changes))
    assert session.ocf.audit.head() == head and cases.list_cases(session) == []


@pytest.mark.parametrize(
    "name", ["Liam O'Rourke-Baptiste", "Nguyễn Thị Mai", "محمد الحسيني", "陈思雨", "Zoë 🌟 Ngata"]
)
def test_every_kind_of_name_is_kept_exactly(session: Session, name: str) -> None:
    result, _ = intake.intake_referral(session, teacher_report(student=Student(name=name)))
    assert cases.get_case(session, result.case_id).persons[0].name == name
    assert [c.case_id for c in intake.find_student_cases(session, name)] == [result.case_id]


def _second_member(session: Session) -> str:
    member, _ = members.add_member(
        session, "Marcus Feldspar", "psychologist", "marcus passphrase ok", kdf=TEST_KDF
    )
    return member.id


def test_screening_to_inquiry_needs_a_lead_and_a_second_member(session: Session) -> None:
    result, _ = intake.intake_referral(session, teacher_report())
    marcus = _second_member(session)
    with pytest.raises(ValidationError, match="one other member"):
        intake.record_screening(session, result.case_id, "inquiry", session.member_id, "")
    screening, _ = intake.record_screening(session, result.case_id, "inquiry", marcus, "")
    assert cases.get_case(session, result.case_id).case.status is CaseStatus.INQUIRY
    assert intake.screenings_of(session, result.case_id) == [screening]
    with pytest.raises(ValidationError, match="already been screened"):
        intake.record_screening(session, result.case_id, "dismiss", marcus, "late")


def test_a_dismissal_closes_with_its_reason_never_deletes(session: Session) -> None:
    result, _ = intake.intake_referral(session, teacher_report())
    marcus = _second_member(session)
    with pytest.raises(ValidationError, match="reason"):
        intake.record_screening(session, result.case_id, "dismiss", marcus, " ")
    intake.record_screening(
        session, result.case_id, "dismiss", marcus, "Rifle left after a hunting trip."
    )
    case = cases.get_case(session, result.case_id).case
    assert case.status is CaseStatus.CLOSED
    assert case.closure_reason == "Dismissed at screening: Rifle left after a hunting trip."


def test_only_a_lead_records_screening(session: Session, tmp_path: object) -> None:
    from btam_desktop.services import session as sessions

    result, _ = intake.intake_referral(session, teacher_report())
    _second_member(session)
    folder = session.folder
    sessions.lock(session)
    marcus = sessions.unlock(folder, "Marcus Feldspar", "marcus passphrase ok")
    try:
        with pytest.raises(PermissionDeniedError):
            intake.record_screening(marcus, result.case_id, "inquiry", marcus.member_id, "")
    finally:
        sessions.lock(marcus)


PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a5d2d3e80000000049454e44ae426082"
)


def test_evidence_is_kept_inside_with_its_hash(session: Session) -> None:
    result, _ = intake.intake_referral(session, teacher_report())
    info, _ = intake.attach_evidence(session, result.case_id, "/home/x/knife post.jpg", PNG)
    assert (info.file_name, info.media_type, info.size) == ("knife post.jpg", "image/png", len(PNG))
    assert intake.evidence_content(session, info.id) == PNG
    assert intake.evidence_of(session, result.case_id) == [info]
    assert cases.case_history(session, result.case_id)[-1].detail["sha256"] == info.sha256


def test_empty_and_oversized_attachments_are_refused(session: Session) -> None:
    result, _ = intake.intake_referral(session, teacher_report())
    with pytest.raises(ValidationError, match="empty"):
        intake.attach_evidence(session, result.case_id, "blank.png", b"")
    with pytest.raises(ValidationError, match="at most 25 MB"):
        intake.attach_evidence(session, result.case_id, "huge.mov", b"\0" * (25 * 2**20 + 1))
    assert intake.evidence_of(session, result.case_id) == []
