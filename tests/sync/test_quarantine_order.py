"""The quarantine is a function of the set of ops (storage/sync_quarantine.py): a laptop that
knows of a removal holds the removed member's later changes, and applies, holds or drops them
as a lead decided, whatever order and batches the ops arrive in, with duplicates. Hypothesis
chooses the order; every run ends in the lead's state.

The one order it does not promise is the honest window: a change applied before the laptop
heard of the removal at all. The folder sync reads the removal before anything else
(`sync_keyring.learn_removal`), so here the removal comes first, as it does there."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from btam_desktop.domain import clock
from btam_desktop.services import cases, members, quarantine, session as sessions, sync
from btam_desktop.services.session import Session
from btam_desktop.storage.sync_op import Op
from tests.sync.conftest import make_laptops
from tests.sync.folders import COUNSELOR, COUNSELOR_PASSPHRASE
from tests.sync.replicas import exchange, synced_tables

TEACHER = "Kim Test-Leaving"
TEACHER_PASSPHRASE = "the leaving teacher's fictional passphrase"


class Scenario:
    """The ops of one removal: the lead's removal, the teacher's four later changes, and the
    lead's import of the second (so the first too) and discard of the fourth (the third stays
    held); and a copy of the counselor's laptop from before any of it."""

    def __init__(self, root: Path) -> None:
        (lead, counselor, teacher), self.case_id = make_laptops(
            root,
            (
                (COUNSELOR, "counselor", COUNSELOR_PASSPHRASE),
                (TEACHER, "teacher", TEACHER_PASSPHRASE),
            ),
        )
        for a in (lead, counselor, teacher):
            for b in (lead, counselor, teacher):
                if a is not b:
                    exchange(a, b)
        sessions.lock(counselor)
        self.template = root / "counselor-before"
        shutil.copytree(root / "b.btam", self.template)
        before = sync.seen(lead)
        members.remove_member(lead, TEACHER)
        self.removal = sync.outgoing(lead, before)
        for n in range(4):
            cases.update_case(teacher, self.case_id, cases.CaseEdit(summary=f"Teacher {n}."))
        self.teacher_ops = sync.outgoing(teacher, before)
        sync.apply_ops(lead, self.teacher_ops)
        held = quarantine.held(lead)
        assert len(held) == 4
        decided = sync.seen(lead)
        quarantine.import_held(lead, held[1].origin, held[1].seq)
        quarantine.discard(lead, held[3].origin, held[3].seq)
        self.decisions = sync.outgoing(lead, decided)
        self.lead_tables = synced_tables(lead)
        self.lead_held = [(h.origin, h.seq) for h in quarantine.held(lead)]
        assert self.lead_held == [(held[2].origin, held[2].seq)]  # the third only
        assert cases.get_case(lead, self.case_id).case.summary == "Teacher 1."
        for s in (lead, teacher):
            sessions.lock(s)


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scenario]:
    moment = datetime(2027, 3, 15, 7, 10, tzinfo=ZoneInfo("America/New_York"))
    previous = clock.use(clock.pinned_at(moment))
    try:
        yield Scenario(tmp_path_factory.mktemp("removal"))
    finally:
        clock.use(previous)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_held_applied_and_dropped_alike_in_any_order(
    scenario: Scenario, tmp_path: Path, data: st.DataObject
) -> None:
    later: list[Op] = [*scenario.teacher_ops, *scenario.decisions]
    order = data.draw(st.permutations(later))
    order = order + data.draw(st.lists(st.sampled_from(later), max_size=3))  # duplicates
    cuts = sorted(data.draw(st.sets(st.integers(1, max(1, len(order) - 1)), max_size=3)))
    batches = [order[a:b] for a, b in zip([0, *cuts], [*cuts, len(order)], strict=True)]
    batches[0] = [*scenario.removal, *batches[0]]
    copy = Path(tempfile.mkdtemp(dir=tmp_path)) / "b.btam"
    shutil.copytree(scenario.template, copy)
    s: Session = sessions.unlock(copy, COUNSELOR, COUNSELOR_PASSPHRASE)
    try:
        for batch in batches:
            sync.apply_ops(s, batch)
        assert cases.get_case(s, scenario.case_id).case.summary == "Teacher 1."
        assert [(h.origin, h.seq) for h in quarantine.held(s)] == scenario.lead_held
        assert synced_tables(s) == scenario.lead_tables
    finally:
        sessions.lock(s)
