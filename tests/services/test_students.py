"""One student's record: the snapshot gathers every case of the student and each case's records
in date order; a lead merges two person records and separates them again, each audited with
ids only; nobody else can; intake's "the same student" links the new case's student."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from btam_desktop.domain.disclosure import Audience
from btam_desktop.domain.referral import Student
from btam_desktop.services import (
    cases,
    intake,
    members,
    printing,
    session as sessions,
    students,
)
from btam_desktop.services.contracts.students import ItemKind
from btam_desktop.services.errors import PermissionDeniedError, ValidationError
from btam_desktop.services.session import TEST_KDF, Session

KENZIE = "Kenzie Varga-Holloway"


def _case(session: Session, name: str, student_id: str = "", **more: object) -> str:
    result, _ = intake.intake_referral(
        session,
        intake.ReferralInput(
            student=Student(name=name, student_id=student_id, grade="8"),
            reporter_name="Priya Anand-Moss",
            narrative="Shouted at a classmate in the hallway.",
            verbatim="you're dead tomorrow",
            **more,  # type: ignore[arg-type]
        ),
    )
    return result.case_id


def _subject(session: Session, case_id: str) -> str:
    return students.of_case(session, case_id).person_ids[
        students.of_case(session, case_id).case_ids.index(case_id)
    ]


def _events(session: Session, action: str) -> list[dict[str, object]]:
    return [
        {"entity_id": r[0], "detail": json.loads(r[1] or "{}")}
        for r in session.ocf.conn.execute(
            "SELECT entity_id, detail_json FROM audit WHERE action = ? ORDER BY seq", (action,)
        )
    ]


def test_a_merge_makes_two_records_one_student_and_separate_undoes_it(session: Session) -> None:
    first = _case(session, KENZIE)  # recorded without a school id
    second = _case(session, KENZIE, "MH-2231")
    other = _case(session, "Tobias Quennell-Marsh")
    a, b = _subject(session, first), _subject(session, second)
    assert len(students.find(session, KENZIE)) == 2  # two students until the team says so

    link_id, changes = students.merge(session, a, b)
    assert changes.persons == {a, b}
    (kenzie,) = students.find(session, KENZIE)
    assert set(kenzie.case_ids) == {first, second} and kenzie.student_id == "MH-2231"
    assert students.find(session, "mh-2231") == [kenzie]  # `report … --student` sees one
    (merged,) = _events(session, "student.linked")
    assert merged == {"entity_id": link_id, "detail": {"person": a, "same_as": b}}
    with pytest.raises(ValidationError, match="already one student"):
        students.merge(session, b, a)

    view = students.record(session, first)
    assert [c.case_id for c in view.cases] == [first, second]
    (line,) = view.links
    assert line.link_id == link_id and line.linked_by == session.member_id
    assert [o.case_ids for o in view.others] == [(other,)]

    students.separate(session, link_id)
    assert len(students.find(session, KENZIE)) == 2
    (separated,) = _events(session, "student.separated")
    assert separated["entity_id"] == link_id
    assert students.record(session, first).links == ()
    with pytest.raises(ValidationError, match="not merged"):
        students.separate(session, link_id)
    text = session.ocf.conn.execute("SELECT group_concat(detail_json) FROM audit").fetchone()[0]
    assert KENZIE not in text and "Varga" not in text  # ids only


def test_only_a_lead_merges_or_separates(session: Session) -> None:
    a = _subject(session, _case(session, KENZIE))
    b = _subject(session, _case(session, KENZIE))
    link_id, _ = students.merge(session, a, b)
    members.add_member(
        session, "Marcus Feldspar", "psychologist", "marcus passphrase ok", kdf=TEST_KDF
    )
    folder = session.folder
    sessions.lock(session)
    marcus = sessions.unlock(folder, "Marcus Feldspar", "marcus passphrase ok")
    try:
        with pytest.raises(PermissionDeniedError, match="Only a team lead can merge"):
            students.merge(marcus, b, a)
        with pytest.raises(PermissionDeniedError, match="Only a team lead can separate"):
            students.separate(marcus, link_id)
        assert len(students.find(marcus, KENZIE)) == 1  # nothing changed
    finally:
        sessions.lock(marcus)


def test_the_record_gathers_each_case_and_its_items_in_date_order(session: Session) -> None:
    first = _case(session, KENZIE)
    prepared = printing.prepare(
        session,
        printing.PrintRequest(
            "case-summary",
            first,
            audience=Audience(
                True,
                "Officer Tamsin Oduya-Brandt",
                "health_safety_emergency",
                threat="A knife at home.",
            ),
        ),
    )
    printing.record_print(session, prepared)
    second_report = intake.ReferralInput(
        student=Student(name=KENZIE),
        reporter_kind="anonymous",
        narrative="A post with a kitchen knife.",
        link_case_id=first,
    )
    intake.intake_referral(session, second_report)
    view = students.record(session, first)
    (case,) = view.cases
    kinds = [i.kind for i in case.items]
    assert kinds.count(ItemKind.REFERRAL) == 2 and ItemKind.DISCLOSURE in kinds
    assert [i.on for i in case.items] == sorted(i.on for i in case.items)
    disclosure = next(i for i in case.items if i.kind is ItemKind.DISCLOSURE)
    assert (
        disclosure.facts[2] == "Officer Tamsin Oduya-Brandt"
        and disclosure.text == "A knife at home."
    )
    referral = case.items[0]
    assert referral.text == "Shouted at a classmate in the hallway.\n“you're dead tomorrow”"
    with pytest.raises(ValidationError, match="not in this case file"):
        students.record(session, "no-such-case")


def test_intake_links_the_new_case_to_the_student_said_to_be_the_same(session: Session) -> None:
    old = _case(session, KENZIE)
    (match,) = intake.find_student_cases(session, "kenzie varga")
    assert match.person_id == _subject(session, old)
    new = _case(session, "Kenzie V. Holloway", same_student_id=match.person_id)
    (kenzie,) = [s for s in students.students(session) if old in s.case_ids]
    assert set(kenzie.case_ids) == {old, new}
    assert len(_events(session, "student.linked")) == 1
    with pytest.raises(ValidationError, match="not in this case file"):
        _case(session, KENZIE, same_student_id="nobody")


def test_a_destroyed_case_takes_its_links_with_it(session: Session) -> None:
    """Retention destroys a case's rows children first: the links naming its student go
    before the student, and the other case is a student of its own again."""
    from btam_desktop.storage import retention_repo

    first, second = _case(session, KENZIE), _case(session, KENZIE)
    link_id, _ = students.merge(session, _subject(session, first), _subject(session, second))
    with session.ocf.transaction(intent="retention.destroy") as tx:
        rows = retention_repo.rows_of_case(tx, first)
        tables = [t for t, _ in rows]
        assert ("person_links", link_id) in rows
        assert tables.index("person_links") < tables.index("persons")
        retention_repo.delete_rows(tx, rows)
    (kenzie,) = students.find(session, KENZIE)
    assert kenzie.case_ids == (second,)


def test_the_demo_has_a_student_with_two_cases_the_team_merged(tmp_path: Path) -> None:
    from btam_desktop.services import demo

    s, _ = demo.build_demo(tmp_path / "demo.btam", "demo passphrase", cases_count=11, kdf=TEST_KDF)
    try:
        assert len(cases.list_cases(s)) == 11
        (juniper,) = students.find(s, demo.MERGED_STUDENT)
        assert len(juniper.case_ids) == 2 and juniper.student_id == "MH-3318"
        view = students.record(s, juniper.case_ids[0])
        last_year, this_year = view.cases
        assert last_year.student_id == "MH-3318" and this_year.student_id == ""
        assert last_year.opened_on < this_year.opened_on and len(view.links) == 1
        assert [i.kind for i in this_year.items][:2] == [ItemKind.REFERRAL, ItemKind.SCREENING]
    finally:
        sessions.lock(s)
