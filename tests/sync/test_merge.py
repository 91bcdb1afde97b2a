"""The merge engine's concrete cases, with three real encrypted replicas of one case file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from btam_desktop.services import cases, session as sessions, sync
from btam_desktop.services.session import Session
from btam_desktop.storage import manage_repo
from tests.conftest import PinClock
from tests.sync.replicas import (
    conflict_rows,
    exchange,
    full_exchange,
    live_values,
    origin_chains,
    synced_tables,
    three_replicas,
)


@pytest.fixture
def trio(tmp_path: Path, pin_clock: PinClock) -> Iterator[list[Session]]:
    pin_clock(datetime(2027, 3, 14, 9, 0))
    found: dict[str, str] = {}

    def prepare(s: Session) -> None:
        case, _ = cases.create_case(
            s, cases.NewCase("Owen Petrakis-Lund", "7", summary="Base summary.")
        )
        found["case"] = case.id

    replicas = three_replicas(tmp_path, prepare)
    replicas[0].case_id = found["case"]  # type: ignore[attr-defined]
    yield replicas
    for s in replicas:
        sessions.lock(s)


def _case(trio: list[Session]) -> str:
    return str(trio[0].case_id)  # type: ignore[attr-defined]


def _same_everywhere(trio: list[Session]) -> None:
    first = trio[0]
    for other in trio[1:]:
        assert synced_tables(other) == synced_tables(first)
        assert conflict_rows(other) == conflict_rows(first)
        assert origin_chains(other) == origin_chains(first)
    for s in trio:
        assert s.ocf.audit.verify().ok


def test_two_edits_of_one_summary_are_one_conflict_with_both_texts_everywhere(
    trio: list[Session],
) -> None:
    a, b, c = trio
    case_id = _case(trio)
    cases.update_case(a, case_id, cases.CaseEdit(summary="Ana's text."))
    cases.update_case(b, case_id, cases.CaseEdit(summary="Ben's text."))
    full_exchange(trio)
    _same_everywhere(trio)
    for s in trio:
        (conflict,) = sync.conflicts(s)
        assert (conflict.table, conflict.row_id, conflict.field, conflict.kind) == (
            "cases",
            case_id,
            "summary",
            "value",
        )
        assert live_values(s, "cases", case_id, "summary") == {"Ana's text.", "Ben's text."}
        replaced = s.ocf.conn.execute(
            "SELECT value_json FROM sync_versions WHERE row_id = ? AND field = 'summary' "
            "AND live = 0",
            (case_id,),
        ).fetchall()
        assert replaced == [('"Base summary."',)]  # the common base is kept
    # Resolving on one replica clears it everywhere after exchange.
    sync.resolve_conflict(c, "cases", case_id, "summary", "Ana's and Ben's text.")
    assert sync.conflicts(c) == []
    assert sync.conflicts(a) != []
    full_exchange(trio)
    _same_everywhere(trio)
    for s in trio:
        assert sync.conflicts(s) == []
        assert cases.get_case(s, case_id).case.summary == "Ana's and Ben's text."


def test_resolving_by_keeping_the_shown_value_is_still_an_op(trio: list[Session]) -> None:
    a, b, _ = trio
    case_id = _case(trio)
    cases.update_case(a, case_id, cases.CaseEdit(summary="Ana's text."))
    cases.update_case(b, case_id, cases.CaseEdit(summary="Ben's text."))
    full_exchange(trio)
    shown = cases.get_case(a, case_id).case.summary
    sync.resolve_conflict(a, "cases", case_id, "summary", shown)
    full_exchange(trio)
    _same_everywhere(trio)
    assert all(sync.conflicts(s) == [] for s in trio)
    assert live_values(b, "cases", case_id, "summary") == {shown}


def test_two_new_cases_with_one_number_are_a_number_conflict_and_both_kept(
    trio: list[Session],
) -> None:
    a, b, _ = trio
    one, _ = cases.create_case(a, cases.NewCase("Mia Castellanos", "8"))
    two, _ = cases.create_case(b, cases.NewCase("Theo Abernathy-Singh", "6"))
    assert one.number == two.number
    full_exchange(trio)
    _same_everywhere(trio)
    for s in trio:
        (conflict,) = sync.conflicts(s)
        assert (conflict.kind, conflict.row_id) == ("number_collision", one.number)
        assert cases.get_case(s, one.id).case.number == one.number
        assert cases.get_case(s, two.id).case.number == one.number
    sync.resolve_conflict(b, "cases", two.id, "number", "2026-0999")
    full_exchange(trio)
    _same_everywhere(trio)
    assert all(sync.conflicts(s) == [] for s in trio)


def test_a_checkin_on_each_side_both_kept_no_conflict(trio: list[Session]) -> None:
    from btam_desktop.services import manage

    a, b, _ = trio
    case_id = _case(trio)
    manage.add_checkin(a, case_id, date(2027, 3, 13), "Calm, talked about soccer.", "steady")
    manage.add_checkin(b, case_id, date(2027, 3, 14), "Anxious before the test.", "up")
    full_exchange(trio)
    _same_everywhere(trio)
    for s in trio:
        assert sync.conflicts(s) == []
        observed = {c.observations for c in manage.checkins_of(s, case_id)}
        assert observed == {"Calm, talked about soccer.", "Anxious before the test."}


def _soft_delete(s: Session, case_id: str) -> None:
    """Nothing in the app deletes a case yet: the write a future service will make."""
    with s.ocf.transaction(intent="test.soft_delete") as tx:
        tx.execute(
            "UPDATE cases SET deleted_at = '2027-03-14T14:00:00+00:00' WHERE id = ?", (case_id,)
        )


def test_edit_on_one_side_delete_on_the_other_is_a_conflict_and_nothing_gone(
    trio: list[Session],
) -> None:
    a, b, _ = trio
    case_id = _case(trio)
    cases.update_case(a, case_id, cases.CaseEdit(summary="Ana's late note."))
    _soft_delete(b, case_id)
    full_exchange(trio)
    _same_everywhere(trio)
    for s in trio:
        (conflict,) = sync.conflicts(s)
        assert (conflict.kind, conflict.field) == ("edit_delete", "deleted_at")
        assert live_values(s, "cases", case_id, "summary") == {"Ana's late note."}
        row = s.ocf.conn.execute("SELECT summary FROM cases WHERE id = ?", (case_id,)).fetchone()
        assert row == ("Ana's late note.",)
    # Restoring the case resolves it everywhere.
    sync.resolve_conflict(a, "cases", case_id, "deleted_at", None)
    full_exchange(trio)
    _same_everywhere(trio)
    assert all(sync.conflicts(s) == [] for s in trio)
    assert cases.get_case(b, case_id).case.summary == "Ana's late note."


def test_a_delete_after_seeing_the_edit_is_no_conflict(trio: list[Session]) -> None:
    a, b, _ = trio
    case_id = _case(trio)
    cases.update_case(a, case_id, cases.CaseEdit(summary="Ana's late note."))
    exchange(a, b)
    _soft_delete(b, case_id)
    full_exchange(trio)
    assert all(sync.conflicts(s) == [] for s in trio)


def test_duplicates_and_reverse_order_change_nothing_and_gaps_are_parked(
    trio: list[Session],
) -> None:
    a, b, _ = trio
    case_id = _case(trio)
    for n in range(3):
        cases.update_case(a, case_id, cases.CaseEdit(summary=f"Version {n}."))
    ops = sync.outgoing(a, sync.seen(b))
    report, _ = sync.apply_ops(b, [ops[-1], ops[-2]])
    assert (report.applied, report.parked) == (0, 2)
    report, changes = sync.apply_ops(b, [ops[0], ops[0], *ops])
    assert report.applied == 3 and report.parked == 0
    assert case_id in changes.cases
    assert cases.get_case(b, case_id).case.summary == "Version 2."
    report, _ = sync.apply_ops(b, ops)
    assert (report.applied, report.duplicates) == (0, 3)


def test_a_save_over_a_version_that_arrived_while_editing_keeps_both(
    trio: list[Session],
) -> None:
    a, b, _ = trio
    case_id = _case(trio)
    loaded = cases.CaseLoaded(summary=cases.get_case(a, case_id).case.summary)
    cases.update_case(b, case_id, cases.CaseEdit(summary="Ben's text."))
    exchange(b, a)  # arrives while Ana's form is open
    _, changes = cases.update_case(a, case_id, cases.CaseEdit(summary="Ana's text.", loaded=loaded))
    (notice,) = changes.notices
    assert notice.endswith("changed the summary while you were editing — both versions kept.")
    assert live_values(a, "cases", case_id, "summary") == {"Ana's text.", "Ben's text."}
    full_exchange(trio)
    _same_everywhere(trio)
    assert [c.field for c in sync.conflicts(b)] == ["summary"]


def test_a_save_from_a_fresh_form_replaces_what_it_loaded(trio: list[Session]) -> None:
    a, b, _ = trio
    case_id = _case(trio)
    cases.update_case(b, case_id, cases.CaseEdit(summary="Ben's text."))
    exchange(b, a)
    loaded = cases.CaseLoaded(summary=cases.get_case(a, case_id).case.summary)
    _, changes = cases.update_case(a, case_id, cases.CaseEdit(summary="Ana's text.", loaded=loaded))
    assert changes.notices == ()
    full_exchange(trio)
    assert all(sync.conflicts(s) == [] for s in trio)
    assert cases.get_case(b, case_id).case.summary == "Ana's text."


def test_two_plan_versions_from_one_parent_are_a_fork_a_later_version_settles(
    trio: list[Session],
) -> None:
    from btam_desktop.services import manage

    a, b, _ = trio
    case_id = _case(trio)
    manage.save_plan(a, case_id, "Ana's goals.", (), 0)
    manage.save_plan(b, case_id, "Ben's goals.", (), 0)
    full_exchange(trio)
    _same_everywhere(trio)
    for s in trio:
        (conflict,) = sync.conflicts(s)
        assert (conflict.kind, conflict.field, conflict.row_id) == ("fork", "@head", case_id)
        goals = {p.goals for p in manage_repo.plans_of(s.ocf.conn, case_id)}
        assert goals == {"Ana's goals.", "Ben's goals."}  # both versions kept
    latest = manage.plan_view(b, case_id).latest
    assert latest is not None
    manage.save_plan(b, case_id, "Both, merged by Ben.", (), latest.version)
    full_exchange(trio)
    _same_everywhere(trio)
    assert all(sync.conflicts(s) == [] for s in trio)


def test_two_assessments_from_one_version_are_a_fork_a_person_resolves(
    trio: list[Session],
) -> None:
    from btam_desktop.services import assess, demo

    a, b, _ = trio
    case_id = _case(trio)
    made = {}
    for s, rationale in ((a, "Ana: transient."), (b, "Ben: substantive.")):
        form = assess.new_assessment_form(s, case_id)
        answers = demo.plain_answers(form.pack, "Not known yet.")
        record = assess.AssessmentInput(
            form.pack.id, answers, form.pack.levels[0].id, rationale, (s.member_id,)
        )
        made[rationale] = assess.record_assessment(s, case_id, record)[0]
    full_exchange(trio)
    _same_everywhere(trio)
    for s in trio:
        (conflict,) = sync.conflicts(s)
        assert (conflict.table, conflict.kind, conflict.row_id) == ("assessments", "fork", case_id)
        assert len(assess.assessments_of(s, case_id)) == 2  # both kept
    kept = made["Ben: substantive."]
    sync.resolve_conflict(a, "assessments", case_id, "@head", kept.id)
    full_exchange(trio)
    _same_everywhere(trio)
    for s in trio:
        assert sync.conflicts(s) == []
        assert live_values(s, "assessments", case_id, "@head") == {kept.id}
        assert len(assess.assessments_of(s, case_id)) == 2  # the other is history, not gone
