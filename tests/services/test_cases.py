from __future__ import annotations

from datetime import date, timedelta

import pytest

from btam_desktop.domain import clock
from btam_desktop.domain.case import CaseStatus, PersonRole
from btam_desktop.services import cases, members
from btam_desktop.services.errors import NotFoundError, TransitionError, ValidationError
from btam_desktop.services.session import Session


def test_a_new_case_is_a_numbered_referral_with_its_student(session: Session) -> None:
    case, changes = cases.create_case(
        session,
        cases.NewCase(
            "Ada Lindqvist-Obi",
            "6",
            "English teacher, by email.",
            opened_on=date(2026, 11, 2),
            others=(cases.NewPerson("reporter", "Wendell Okonkwo-Price"),),
        ),
    )
    assert case.number == "2026-0001" and case.status is CaseStatus.REFERRAL
    detail = cases.get_case(session, case.id)
    assert [(p.role, p.name) for p in detail.persons] == [
        (PersonRole.SUBJECT, "Ada Lindqvist-Obi"),
        (PersonRole.REPORTER, "Wendell Okonkwo-Price"),
    ]
    assert changes.cases == {case.id} and len(changes.persons) == 2
    second, _ = cases.create_case(
        session, cases.NewCase("Owen Petrakis-Lund", opened_on=date(2027, 2, 1))
    )
    spring, _ = cases.create_case(
        session, cases.NewCase("Owen Petrakis-Lund", opened_on=date(2027, 8, 1))
    )
    assert (second.number, spring.number) == ("2026-0002", "2027-0001")


def test_the_list_shows_student_status_manager_and_review(session: Session) -> None:
    lead = members.list_members(session)[0]
    case, _ = cases.create_case(
        session,
        cases.NewCase(
            "Hana Kowalczyk-Ibe", "7", case_manager_id=lead.id, level_of_concern="moderate"
        ),
    )
    review = clock.today() + timedelta(days=14)
    cases.update_case(session, case.id, cases.CaseEdit(next_review=review))
    (row,) = cases.list_cases(session)
    assert (
        row.number,
        row.student,
        row.grade,
        row.status,
        row.level_of_concern,
        row.case_manager,
        row.next_review,
    ) == (
        case.number,
        "Hana Kowalczyk-Ibe",
        "7",
        CaseStatus.REFERRAL,
        "moderate",
        lead.name,
        review,
    )
    assert row.last_activity


def test_status_moves_are_checked_recorded_and_reopen_keeps_history(session: Session) -> None:
    case, _ = cases.create_case(session, cases.NewCase("Liam O'Rourke-Baptiste", "12"))
    with pytest.raises(TransitionError):
        cases.change_status(session, case.id, CaseStatus.ASSESSMENT)
    cases.change_status(session, case.id, CaseStatus.SCREENING)
    closed, _ = cases.change_status(session, case.id, CaseStatus.CLOSED, "Dismissed at screening.")
    assert closed.closed_on == clock.today() and closed.closure_reason == "Dismissed at screening."
    reopened, _ = cases.change_status(session, case.id, CaseStatus.SCREENING, "New report.")
    assert reopened.closed_on is None
    actions = [e.action for e in cases.case_history(session, case.id)]
    assert actions == [
        "case.created",
        "case.status_changed",
        "case.status_changed",
        "case.reopened",
    ]
    reasons = session.ocf.conn.execute(
        "SELECT to_status, reason FROM status_changes WHERE case_id = ? ORDER BY changed_at",
        (case.id,),
    ).fetchall()
    assert reasons == [
        ("screening", ""),
        ("closed", "Dismissed at screening."),
        ("screening", "New report."),
    ]


def test_a_case_manager_can_be_removed(session: Session) -> None:
    lead = members.list_members(session)[0]
    case, _ = cases.create_case(
        session, cases.NewCase("Imani Sorensen-Achebe", case_manager_id=lead.id)
    )
    after, _ = cases.update_case(session, case.id, cases.CaseEdit(clear_case_manager=True))
    assert after.case_manager_id is None


def test_an_edit_that_changes_nothing_writes_nothing(session: Session) -> None:
    case, _ = cases.create_case(session, cases.NewCase("Imani Sorensen-Achebe", "11", "note"))
    head = session.ocf.audit.head()
    _, changes = cases.update_case(session, case.id, cases.CaseEdit(summary="note"))
    assert changes.empty and session.ocf.audit.head() == head


def test_audit_details_hold_field_names_never_text(session: Session) -> None:
    case, _ = cases.create_case(session, cases.NewCase("Rhys Cardenas-Whitfield", "10"))
    cases.update_case(session, case.id, cases.CaseEdit(summary="list titled people who ruined it"))
    last = cases.case_history(session, case.id)[-1]
    assert last.detail == {"fields": ["summary"]}


def test_bad_input_is_refused_and_changes_nothing(session: Session) -> None:
    head = session.ocf.audit.head()
    with pytest.raises(ValidationError):
        cases.create_case(session, cases.NewCase("   "))
    with pytest.raises(ValidationError):
        cases.create_case(session, cases.NewCase("Sofia", summary="x" * 100_001))
    with pytest.raises(ValidationError):
        cases.create_case(
            session, cases.NewCase("Sofia", others=(cases.NewPerson("villain", "X Y"),))
        )
    with pytest.raises(NotFoundError):
        cases.create_case(session, cases.NewCase("Sofia", case_manager_id="no-such-member"))
    with pytest.raises(NotFoundError):
        cases.update_case(session, "no-such-case", cases.CaseEdit(summary="x"))
    assert cases.list_cases(session) == [] and session.ocf.audit.head() == head


def test_free_text_is_stored_exactly_as_typed(session: Session) -> None:
    text = '=HYPERLINK("x")\n<script>alert(1)</script>\t\'; DROP TABLE cases; --\n陈思雨 \u202e'
    case, _ = cases.create_case(session, cases.NewCase("José María Núñez-O'Neill", summary=text))
    assert cases.get_case(session, case.id).case.summary == text
