"""Nothing due is addressed to nobody: every due item of every kind has an owner who is an
active member, whatever the team did before (the property is checked under hypothesis)."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from btam_desktop.domain import clock
from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.errors import BtamError
from btam_desktop.domain.meeting import ActionKind, AgendaKind
from btam_desktop.domain.plan import Intervention, InterventionStatus, InterventionType
from btam_desktop.domain.records import new_id
from btam_desktop.domain.tasks import TaskKind
from btam_desktop.services import (
    cases,
    inquiry,
    intake,
    manage,
    meetings,
    members,
    session as sessions,
    tasks,
)
from btam_desktop.services.session import TEST_KDF, Session
from tests.conftest import PASSPHRASE, make_case_file

OTHERS = (
    ("Marcus Feldspar", "psychologist"),
    ("Lucía Ferreira-Boyd", "counselor"),
    ("Ray Castellan", "law_enforcement"),
)


def owner_problems(session: Session) -> list[str]:
    """Due items with no owner, or addressed to someone who is not an active member."""
    active = {m.id for m in members.list_members(session) if m.active}
    return [
        f"{task.kind.value} {task.case_number} {task.title!r}: {owners}"
        for owners, task in tasks.due_items(session.ocf.conn)
        if not owners or not set(owners) <= active
    ]


def test_every_kind_of_due_item_reaches_an_active_member(session: Session) -> None:
    """A walk over each kind: assigned to someone who then leaves, unassigned but dated, a case
    with no manager, a review, a required notification, a meeting task."""
    team = {
        name: members.add_member(session, name, role, PASSPHRASE, kdf=TEST_KDF)[0].id
        for name, role in OTHERS
    }
    marcus, lucia = team["Marcus Feldspar"], team["Lucía Ferreira-Boyd"]
    today = clock.today()
    case, _ = cases.create_case(session, cases.NewCase("Sam Q. Testcase", "7"))
    intake.record_screening(session, case.id, "inquiry", marcus, "", case_manager_id=lucia)
    items = inquiry.checklist(session, case.id).items
    inquiry.update_item(
        session, items[0].id, inquiry.ItemEdit(marcus, today, "not_started", "", "", None, False)
    )
    inquiry.update_item(
        session, items[1].id, inquiry.ItemEdit(None, today, "not_started", "", "", None, False)
    )
    manage.save_plan(
        session,
        case.id,
        "Keep everyone safe.",
        (
            Intervention(
                id=new_id(),
                domain="Subject",
                type=InterventionType.COUNSELING,
                description="Weekly counseling",
                start_on=today,
                due_on=today + timedelta(days=7),
                responsible_id=marcus,
                status=InterventionStatus.ACTIVE,
            ),
        ),
        0,
    )
    cases.update_case(session, case.id, cases.CaseEdit(next_review=today))
    meeting, _ = meetings.schedule(session, meetings.MeetingInput(today, "15:30"))
    other = next(
        i for i in meetings.view(session, meeting.id).minutes.agenda if i.kind is AgendaKind.OTHER
    )
    meetings.add_action(
        session,
        meeting.id,
        meetings.ActionInput(other.id, ActionKind.TASK.value, "Book a room", marcus, today),
    )
    unmanaged, _ = cases.create_case(session, cases.NewCase("Ada Testcase-Obi", "6"))

    owned = {(t.kind, t.title): owners for owners, t in tasks.due_items(session.ocf.conn)}
    assert owned[(TaskKind.INQUIRY, items[0].text)] == (marcus,)
    assert owned[(TaskKind.INQUIRY, items[1].text)] == (lucia,)  # undated owner: the manager
    assert owned[(TaskKind.INTERVENTION, "Weekly counseling")] == (marcus,)
    assert owned[(TaskKind.REVIEW, "Case review")] == (lucia,)
    assert owned[(TaskKind.ACTION, "Book a room")] == (marcus,)
    assert owned[(TaskKind.CASE_MANAGER, "Choose a case manager")] == (session.member_id,)
    assert owner_problems(session) == []

    # Marcus leaves: his items go to the case manager; the meeting task to the leads.
    members.remove_member(session, "Marcus Feldspar")
    owned = {(t.kind, t.title): owners for owners, t in tasks.due_items(session.ocf.conn)}
    assert owned[(TaskKind.INQUIRY, items[0].text)] == (lucia,)
    assert owned[(TaskKind.INTERVENTION, "Weekly counseling")] == (lucia,)
    assert owned[(TaskKind.ACTION, "Book a room")] == (session.member_id,)
    # Lucía leaves too: the case has no manager any more; the leads get all of it.
    members.remove_member(session, "Lucía Ferreira-Boyd")
    assert all(owners == (session.member_id,) for owners, _ in tasks.due_items(session.ocf.conn))
    assert (
        sum(1 for _, t in tasks.due_items(session.ocf.conn) if t.kind is TaskKind.CASE_MANAGER) == 2
    )
    assert owner_problems(session) == []
    assert unmanaged.case_manager_id is None


class TeamAtWork(RuleBasedStateMachine):
    """Random sequences of what a team does; after each step, every due item has an owner."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="btam-owners-"))
        self.session, _ = make_case_file(self.folder / "team.btam")
        self.names: list[str] = []
        self.added = 0
        self.cases: list[str] = []
        self.meeting_item: tuple[str, str] | None = None

    def teardown(self) -> None:
        sessions.lock(self.session)
        shutil.rmtree(self.folder, ignore_errors=True)

    def _active(self) -> list[str]:
        return [m.id for m in members.list_members(self.session) if m.active]

    def _try(self, step: Callable[[], object]) -> None:
        # Refused with a message (e.g. a case already screened): that changes nothing.
        with contextlib.suppress(BtamError):
            step()

    @precondition(lambda self: len(self.names) < 3)
    @rule()
    def add_member(self) -> None:
        name, role = OTHERS[self.added % len(OTHERS)]
        name = f"{name} {self.added}"  # a name once used stays with its (former) member
        self.added += 1
        members.add_member(self.session, name, role, PASSPHRASE, kdf=TEST_KDF)
        self.names.append(name)

    @precondition(lambda self: bool(self.names))
    @rule(pick=st.integers(0, 2))
    def remove_member(self, pick: int) -> None:
        name = self.names.pop(pick % len(self.names))
        members.remove_member(self.session, name)

    @rule(with_manager=st.booleans(), pick=st.integers(0, 3))
    def new_case(self, with_manager: bool, pick: int) -> None:
        active = self._active()
        manager = active[pick % len(active)] if with_manager else None
        case, _ = cases.create_case(
            self.session,
            cases.NewCase(f"Student Testcase-{len(self.cases)}", "7", case_manager_id=manager),
        )
        self.cases.append(case.id)

    @precondition(lambda self: bool(self.cases))
    @rule(case=st.integers(0, 20), pick=st.integers(0, 3))
    def screen_for_inquiry(self, case: int, pick: int) -> None:
        others = [m for m in self._active() if m != self.session.member_id]
        if not others:
            return
        case_id = self.cases[case % len(self.cases)]
        second = others[pick % len(others)]
        self._try(lambda: intake.record_screening(self.session, case_id, "inquiry", second, ""))

    @precondition(lambda self: bool(self.cases))
    @rule(case=st.integers(0, 20), pick=st.integers(0, 3), dated=st.booleans())
    def assign_inquiry_item(self, case: int, pick: int, dated: bool) -> None:
        case_id = self.cases[case % len(self.cases)]
        items = inquiry.checklist(self.session, case_id).items
        if not items:
            return
        active = self._active()
        edit = inquiry.ItemEdit(
            active[pick % len(active)] if pick < 3 else None,
            clock.today() if dated else None,
            "not_started",
            "",
            "",
            None,
            False,
        )
        self._try(lambda: inquiry.update_item(self.session, items[pick % len(items)].id, edit))

    @precondition(lambda self: bool(self.cases))
    @rule(case=st.integers(0, 20), pick=st.integers(0, 3))
    def plan_an_intervention(self, case: int, pick: int) -> None:
        case_id = self.cases[case % len(self.cases)]
        active = self._active()
        view = manage.plan_view(self.session, case_id)
        item = Intervention(
            id=new_id(),
            domain=view.domains[0],
            type=InterventionType.COUNSELING,
            description="Weekly counseling",
            start_on=clock.today(),
            due_on=clock.today() + timedelta(days=7),
            responsible_id=active[pick % len(active)] if pick < 3 else None,
        )
        version = view.latest.version if view.latest else 0
        self._try(lambda: manage.save_plan(self.session, case_id, "Goals.", (item,), version))

    @precondition(lambda self: bool(self.cases))
    @rule(case=st.integers(0, 20), pick=st.integers(0, 4))
    def change_manager(self, case: int, pick: int) -> None:
        case_id = self.cases[case % len(self.cases)]
        active = self._active()
        edit = (
            cases.CaseEdit(clear_case_manager=True, next_review=clock.today())
            if pick >= len(active)
            else cases.CaseEdit(case_manager_id=active[pick], next_review=clock.today())
        )
        self._try(lambda: cases.update_case(self.session, case_id, edit))

    @rule(pick=st.integers(0, 3))
    def meeting_task(self, pick: int) -> None:
        if self.meeting_item is None:
            meeting, _ = meetings.schedule(
                self.session, meetings.MeetingInput(clock.today(), "15:30")
            )
            other = next(
                i
                for i in meetings.view(self.session, meeting.id).minutes.agenda
                if i.kind is AgendaKind.OTHER
            )
            self.meeting_item = (meeting.id, other.id)
        active = self._active()
        meeting_id, item_id = self.meeting_item
        meetings.add_action(
            self.session,
            meeting_id,
            meetings.ActionInput(
                item_id, ActionKind.TASK.value, "A task", active[pick % len(active)], None
            ),
        )

    @precondition(lambda self: bool(self.cases))
    @rule(case=st.integers(0, 20))
    def close(self, case: int) -> None:
        case_id = self.cases[case % len(self.cases)]
        self._try(
            lambda: cases.change_status(self.session, case_id, CaseStatus.CLOSED, "Resolved.")
        )

    @invariant()
    def every_due_item_has_an_active_owner(self) -> None:
        assert owner_problems(self.session) == []


TeamAtWork.TestCase.settings = settings(
    max_examples=12,
    stateful_step_count=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_after_any_sequence_every_due_item_has_an_active_owner = TeamAtWork.TestCase
