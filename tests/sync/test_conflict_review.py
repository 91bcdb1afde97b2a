"""What a person reviewing a conflict is shown (`sync.review`), and that resolving it through
the typed call is one op and one audit event that clears it on every laptop."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from btam_desktop.domain.errors import PermissionDeniedError, ValidationError
from btam_desktop.services import cases, conflicts, manage, sync, sync_folder, sync_settings
from btam_desktop.services.contracts import api
from btam_desktop.services.host import ServiceHost
from btam_desktop.services.session import Session
from tests.sync.folders import COUNSELOR

LEAD = "Dana Whitlock-Oyelaran"


def _round(trio: list[Session], folder: Path) -> None:
    for _ in range(2):
        for s in trio:
            sync_folder.sync_with(s, folder)


def _actions(s: Session) -> list[str]:
    return [str(r[0]) for r in s.ocf.conn.execute("SELECT action FROM audit ORDER BY seq")]


def test_a_conflict_shows_both_versions_and_what_they_started_from(
    team: tuple[list[Session], Path, str],
) -> None:
    (a, b, c), folder, case_id = team
    cases.update_case(a, case_id, cases.CaseEdit(summary="Lead's text."))
    cases.update_case(b, case_id, cases.CaseEdit(summary="Counselor's text."))
    _round([a, b, c], folder)
    (seen,) = conflicts.review(c)
    assert (seen.table, seen.row_id, seen.field, seen.kind) == (
        "cases",
        case_id,
        "summary",
        "value",
    )
    assert seen.case_id == case_id
    assert seen.case_number == cases.get_case(c, case_id).case.number
    assert seen.conflict_id == conflicts.conflict_lines(c)[0].conflict_id
    texts = {v.member: v.text for v in seen.versions}
    assert texts == {LEAD: "Lead's text.", COUNSELOR: "Counselor's text."}
    # Stamped by the pinned clock: 07:10 in New York is 11:10 UTC.
    assert all(v.at.startswith("2027-03-15T11:10") for v in seen.versions)
    assert seen.base is not None and seen.base.text == "Base summary."
    assert conflicts.review(a) == conflicts.review(c)  # the same on every laptop


def test_a_version_written_after_a_resolved_one_starts_from_it(
    team: tuple[list[Session], Path, str],
) -> None:
    (a, b, c), folder, case_id = team
    cases.update_case(a, case_id, cases.CaseEdit(summary="First agreed text."))
    _round([a, b, c], folder)
    cases.update_case(a, case_id, cases.CaseEdit(summary="Lead again."))
    cases.update_case(b, case_id, cases.CaseEdit(summary="Counselor again."))
    _round([a, b, c], folder)
    (seen,) = conflicts.review(b)
    assert seen.base is not None and seen.base.text == "First agreed text."
    assert seen.base.member == LEAD


def test_resolving_through_the_service_host_is_one_audit_event_and_clears_it_everywhere(
    team: tuple[list[Session], Path, str],
) -> None:
    (a, b, c), folder, case_id = team
    cases.update_case(a, case_id, cases.CaseEdit(summary="Lead's text."))
    cases.update_case(b, case_id, cases.CaseEdit(summary="Counselor's text."))
    _round([a, b, c], folder)
    host = ServiceHost()
    host._session = a  # the lead's laptop, as its service process holds it
    (seen,) = host.handle(api.SYNC_REVIEW().call).result
    before = _actions(a)
    reply = host.handle(
        api.SYNC_RESOLVE(seen.table, seen.row_id, seen.field, "Both texts, combined.").call
    )
    assert reply.error is None and case_id in reply.changes.cases
    assert _actions(a)[len(before) :] == ["sync.conflict_resolved"]
    _round([a, b, c], folder)
    for s in (a, b, c):
        assert conflicts.review(s) == [] and sync.conflicts(s) == []
        assert cases.get_case(s, case_id).case.summary == "Both texts, combined."


def test_a_forked_plan_shows_both_versions_words_and_keeping_one_replaces_both(
    team: tuple[list[Session], Path, str],
) -> None:
    (a, b, c), folder, case_id = team
    manage.save_plan(a, case_id, "Lead's goals: a calm bus ride.", (), 0)
    manage.save_plan(b, case_id, "Counselor's goals: weekly check-ins.", (), 0)
    _round([a, b, c], folder)
    (seen,) = conflicts.review(c)
    assert (seen.kind, seen.table, seen.row_id) == ("fork", "plans", case_id)
    words = {v.member: v.text for v in seen.versions}
    assert words == {
        LEAD: "Lead's goals: a calm bus ride.",
        COUNSELOR: "Counselor's goals: weekly check-ins.",
    }
    kept = next(v for v in seen.versions if v.member == COUNSELOR)
    assert kept.record_id and kept.record_id != kept.version_id
    conflicts.resolve(c, seen.table, seen.row_id, seen.field, kept.record_id)
    _round([a, b, c], folder)
    for s in (a, b, c):
        assert conflicts.review(s) == []


def test_a_number_on_two_cases_is_resolved_by_a_lead_renumbering_one(
    team: tuple[list[Session], Path, str],
) -> None:
    (a, b, c), folder, _ = team
    one, _ = cases.create_case(a, cases.NewCase("Mia Castellanos-Test", "8"))
    two, _ = cases.create_case(b, cases.NewCase("Theo Abernathy-Test", "6"))
    _round([a, b, c], folder)
    (seen,) = conflicts.review(c)
    assert (seen.kind, seen.case_number) == ("number_collision", one.number)
    shown = {v.record_id: v.text.splitlines()[0] for v in seen.versions}
    assert shown == {one.id: "Mia Castellanos-Test", two.id: "Theo Abernathy-Test"}
    with pytest.raises(PermissionDeniedError):
        conflicts.renumber(b, two.id)  # the counselor is not a lead
    before = _actions(c)
    conflicts.renumber(c, two.id)
    assert _actions(c)[len(before) :] == ["case.renumbered"]
    with pytest.raises(ValidationError, match="only case with its number"):
        conflicts.renumber(c, one.id)
    _round([a, b, c], folder)
    for s in (a, b, c):
        assert conflicts.review(s) == []
        assert cases.get_case(s, one.id).case.number == one.number
        assert cases.get_case(s, two.id).case.number not in ("", one.number)


@pytest.mark.parametrize("keep_deleted", [False, True])
def test_an_edit_against_a_delete_is_kept_deleted_or_restored(
    team: tuple[list[Session], Path, str], keep_deleted: bool
) -> None:
    (a, b, c), folder, case_id = team
    cases.update_case(a, case_id, cases.CaseEdit(summary="A late note."))
    with b.ocf.transaction(intent="test.soft_delete") as tx:  # no service deletes a case yet
        tx.execute(
            "UPDATE cases SET deleted_at = '2027-03-14T14:00:00+00:00' WHERE id = ?", (case_id,)
        )
    _round([a, b, c], folder)
    (seen,) = conflicts.review(c)
    assert seen.kind == "edit_delete"
    with pytest.raises(ValidationError):
        conflicts.resolve_delete(c, "no_such_table", case_id, True)
    conflicts.resolve_delete(c, seen.table, seen.row_id, keep_deleted=keep_deleted)
    _round([a, b, c], folder)
    for s in (a, b, c):
        assert conflicts.review(s) == []
        listed = {row.id for row in cases.list_cases(s)}
        assert (case_id in listed) is not keep_deleted
        if not keep_deleted:
            assert cases.get_case(s, case_id).case.summary == "A late note."


def test_a_date_set_on_two_laptops_is_reconciled_and_the_sync_report_says_whose_shows(
    team: tuple[list[Session], Path, str],
) -> None:
    (a, b, _), folder, case_id = team
    cases.update_case(a, case_id, cases.CaseEdit(next_review=date(2027, 4, 1)))
    cases.update_case(b, case_id, cases.CaseEdit(next_review=date(2027, 4, 8)))
    sync_folder.sync_with(a, folder)
    sync_folder.sync_with(b, folder)
    done = sync_folder.sync_with(a, folder)
    (line,) = done.reconciled
    shown = cases.get_case(a, case_id).case.next_review
    winner, loser = (COUNSELOR, LEAD) if shown == date(2027, 4, 8) else (LEAD, COUNSELOR)
    assert (line.table, line.field, line.shown_by, line.over) == (
        "cases",
        "next_review",
        winner,
        (loser,),
    )
    assert line.case_number == cases.get_case(a, case_id).case.number
    assert conflicts.review(a) == []  # nobody has to choose


def test_a_laptops_name_travels_with_its_changes_and_names_its_version(
    team: tuple[list[Session], Path, str],
) -> None:
    (a, b, c), folder, case_id = team
    assert sync_settings.set_laptop_name(a, "  at   home ") == "at home"
    assert sync_settings.laptop_name(a) == "at home"
    with pytest.raises(ValidationError, match="laptop's name"):
        sync_settings.set_laptop_name(b, "x" * 41)
    cases.update_case(a, case_id, cases.CaseEdit(summary="Lead's text, from home."))
    cases.update_case(b, case_id, cases.CaseEdit(summary="Counselor's text."))
    _round([a, b, c], folder)
    (seen,) = conflicts.review(c)
    assert {v.member: v.laptop for v in seen.versions} == {LEAD: "at home", COUNSELOR: ""}
    assert sync_settings.laptop_name(c) == ""  # the name stays on its laptop
    sync_settings.set_laptop_name(a, "")
    assert sync_settings.laptop_name(a) == ""
