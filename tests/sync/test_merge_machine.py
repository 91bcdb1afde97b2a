"""The proof that the merge never loses a word: a hypothesis state machine with three real
encrypted replicas of one case file (research 5.1, modeled on `sm_oplog.py`).

Rules edit summaries and levels of concern with fresh or stale "loaded" values, open cases
(which collide on numbers), add check-ins, publish plan versions, soft-delete cases, resolve
conflicts, exchange random subsets of ops in random order with duplicates, skew a laptop's
clock and lock and unlock a replica. After every step each replica passes integrity, foreign
key and audit checks, and every version any op made is live or was replaced by an op whose
author had it. At teardown, after a full exchange, the tables that travel, the conflicts and
the audit chains are identical on all three.

A mutant with plain last-writer-wins (the highest stamp replaces every other live version)
must fail this machine: `test_the_last_writer_wins_mutant_fails_the_machine`.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, Phase, event, settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from btam_desktop.domain import clock
from btam_desktop.domain.errors import ValidationError
from btam_desktop.services import cases, manage, session as sessions, sync
from btam_desktop.services.session import Session
from btam_desktop.storage import db, sync_merge
from btam_desktop.storage.sync_capture import decode_body
from tests.conftest import PASSPHRASE
from tests.sync.replicas import (
    conflict_rows,
    full_exchange,
    origin_chains,
    synced_tables,
    three_replicas,
)

#: What the runs reached (conflict kinds, parked ops): the fast tier must reach each, or its
#: passing would say little.
SEEN: set[str] = set()
START = datetime(2027, 3, 15, 9, 0, tzinfo=ZoneInfo("America/New_York"))
TEXTS = st.sampled_from(["Ana wrote this.", "Ben wrote that.", "Cat's note.", "Said a knife."])
LEVELS = st.sampled_from(["low", "moderate", "high"])
REPLICA = st.integers(0, 2)


def _known_to_author(op: tuple[str, int, dict[str, int]], version_id: str) -> bool:
    """Did the author of op (origin, seq, deps) have the op that made `version_id`?"""
    if version_id.startswith("base."):
        return True
    origin, seq, deps = op
    v_origin, v_seq = version_id.split(".")[0], int(version_id.split(".")[1])
    if v_origin == origin:
        return v_seq < seq
    return v_seq <= deps.get(v_origin, 0)


def nothing_lost(s: Session) -> None:
    """Every version of every op this replica holds is here, and is live or was replaced by
    an op whose author had it."""
    conn = s.ocf.conn
    versions = {
        (r[0], r[1], r[2], r[3]): bool(r[4])
        for r in conn.execute("SELECT tbl, row_id, field, version_id, live FROM sync_versions")
    }
    knowingly_replaced: set[str] = set()
    for origin, seq, body in conn.execute("SELECT origin, seq, body FROM sync_ops"):
        op = decode_body(body)
        deps = {str(k): int(v) for k, v in op.get("deps", {}).items()}
        for place, effect in enumerate(op["effects"]):
            if effect["kind"] not in ("set", "head"):
                continue
            name = effect.get("field", sync_merge.HEAD)
            made = sync_merge.version_id(origin, seq, place)
            assert (effect["table"], effect["id"], name, made) in versions, (made, "missing")
            for gone in effect["replaces"]:
                assert _known_to_author((origin, seq, deps), gone), (made, "replaced", gone)
                knowingly_replaced.add(gone)
    for (_t, _r, _f, version_id), is_live in versions.items():
        assert is_live or version_id in knowingly_replaced, (version_id, "dropped")


def healthy(s: Session) -> None:
    conn = s.ocf.conn
    assert db.integrity_problems(conn) == []
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    report = s.ocf.audit.verify()
    assert report.ok, report


class MergeMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="btam-merge-"))
        self.now = START
        self.skew = [timedelta(0), timedelta(seconds=-50), timedelta(seconds=90)]
        self._pin(0)
        first: list[str] = []

        def prepare(s: Session) -> None:
            case, _ = cases.create_case(s, cases.NewCase("Owen Petrakis-Lund", "7", "Base."))
            first.append(case.id)

        self.replicas: list[Session | None] = list(three_replicas(self.folder, prepare))
        self.case_ids: list[str] = first
        #: The loaded snapshot of an edit form opened on (replica, case), per field.
        self.forms: dict[tuple[int, str], cases.CaseLoaded] = {}

    # -- helpers ----------------------------------------------------------------------------
    def _pin(self, r: int) -> None:
        self.now += timedelta(seconds=1)
        clock.use(clock.pinned_at(self.now + self.skew[r]))

    def _at(self, r: int) -> Session:
        self._pin(r)
        s = self.replicas[r]
        if s is None:
            s = sessions.unlock(self.folder / f"{'abc'[r]}.btam", None, PASSPHRASE)
            self.replicas[r] = s
        return s

    def _open_sessions(self) -> Iterator[Session]:
        for r in range(3):
            yield self._at(r)

    def _live_case(self, s: Session, pick: int) -> str | None:
        rows = s.ocf.conn.execute(
            "SELECT id FROM cases WHERE deleted_at IS NULL ORDER BY rowid"
        ).fetchall()
        return str(rows[pick % len(rows)][0]) if rows else None

    # -- rules ------------------------------------------------------------------------------
    @rule(r=REPLICA, pick=st.integers(0, 20))
    def open_form(self, r: int, pick: int) -> None:
        """An edit form opens: what it shows is what a later save says it loaded."""
        s = self._at(r)
        case_id = self._live_case(s, pick)
        if case_id is not None:
            case = cases.get_case(s, case_id).case
            self.forms[(r, case_id)] = cases.CaseLoaded(
                summary=case.summary, level_of_concern=case.level_of_concern
            )

    @rule(
        r=REPLICA,
        pick=st.integers(0, 20),
        text=TEXTS,
        level=st.none() | LEVELS,
        use_form=st.booleans(),
    )
    def edit_field(self, r: int, pick: int, text: str, level: str | None, use_form: bool) -> None:
        s = self._at(r)
        case_id = self._live_case(s, pick)
        if case_id is None:
            return
        loaded = self.forms.pop((r, case_id), None) if use_form else None
        # A level the case's pack does not have is refused: nothing is written.
        with contextlib.suppress(ValidationError):
            cases.update_case(
                s, case_id, cases.CaseEdit(summary=text, level_of_concern=level, loaded=loaded)
            )

    @rule(r=REPLICA, name=st.sampled_from(["Mia Castellanos", "Theo Abernathy-Singh"]))
    def create_case(self, r: int, name: str) -> None:
        case, _ = cases.create_case(self._at(r), cases.NewCase(name, "8"))
        self.case_ids.append(case.id)

    @rule(r=REPLICA, pick=st.integers(0, 20), text=TEXTS)
    def add_checkin(self, r: int, pick: int, text: str) -> None:
        s = self._at(r)
        case_id = self._live_case(s, pick)
        if case_id is not None:
            manage.add_checkin(s, case_id, date(2027, 3, 12), text, "steady")

    @rule(r=REPLICA, pick=st.integers(0, 20), text=TEXTS)
    def publish_plan(self, r: int, pick: int, text: str) -> None:
        s = self._at(r)
        case_id = self._live_case(s, pick)
        if case_id is not None:
            latest = manage.plan_view(s, case_id).latest
            manage.save_plan(s, case_id, text, (), latest.version if latest else 0)

    @rule(pick=st.integers(0, 20), text=TEXTS)
    def publish_plans_on_two_laptops(self, pick: int, text: str) -> None:
        """Two laptops publish a plan version for one case, each from what it has: a fork
        whenever they had the same version (the machine must reach forks whatever the real
        clock's timing makes of the other rules)."""
        for r in (0, 1):
            self.publish_plan(r, pick, f"{text} ({r})")

    @rule(r=REPLICA, pick=st.integers(0, 20))
    def soft_delete(self, r: int, pick: int) -> None:
        s = self._at(r)
        case_id = self._live_case(s, pick)
        if case_id is not None:
            with s.ocf.transaction(intent="test.soft_delete") as tx:
                tx.execute(
                    "UPDATE cases SET deleted_at = ? WHERE id = ?",
                    (clock.utc_now_text(), case_id),
                )

    @rule(r=REPLICA, pick=st.integers(0, 20), text=TEXTS)
    def edit_here_delete_there(self, r: int, pick: int, text: str) -> None:
        """A case edited on one laptop and deleted on the next before they exchange: the
        edit-against-delete conflict, met often enough for the fast tier to prove it (with
        the real clock, the random walk alone sometimes missed it in 50 examples)."""
        here, there = self._at(r), self._at((r + 1) % 3)
        case_id = self._live_case(here, pick)
        if case_id is None:
            return
        cases.update_case(here, case_id, cases.CaseEdit(summary=text))
        with there.ocf.transaction(intent="test.soft_delete") as tx:
            tx.execute(
                "UPDATE cases SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                (clock.utc_now_text(), case_id),
            )

    @rule(r=REPLICA, pick=st.integers(0, 20), choose=st.integers(0, 5))
    def resolve_conflict(self, r: int, pick: int, choose: int) -> None:
        s = self._at(r)
        open_ = [c for c in sync.conflicts(s) if c.kind != "number_collision"]
        if not open_:
            return
        open_.sort(key=lambda c: (c.kind, c.field, c.case_id or ""))
        conflict = open_[pick % len(open_)]
        shown = sync_merge.live(s.ocf.conn, conflict.table, conflict.row_id, conflict.field)
        values = sorted({json.dumps(v.value) for v in shown})
        value = json.loads(values[choose % len(values)])
        if conflict.kind == "edit_delete":
            value = None if choose % 2 else clock.utc_now_text()
        sync.resolve_conflict(s, conflict.table, conflict.row_id, conflict.field, value)

    @rule(src=REPLICA, other=st.integers(1, 2), data=st.data())
    def exchange(self, src: int, other: int, data: st.DataObject) -> None:
        dst = (src + other) % 3
        # Positions, not ops: what is drawn must not depend on the ops' random ids (hypothesis
        # replays a failing run by its draws), nor on whether there are any: drawn first, or
        # the nightly run's replays stop drawing where the first run went on (found there:
        # FlakyStrategyDefinition after 18 minutes).
        picks = data.draw(st.lists(st.integers(0, 1_000), min_size=1, max_size=12))
        a, b = self._at(src), self._at(dst)
        ops = sync.outgoing(a, sync.seen(b))
        if not ops:
            return
        report, _ = sync.apply_ops(b, [ops[i % len(ops)] for i in picks])
        if report.parked:
            event("exchange parked an op")
            SEEN.add("parked")

    @rule(r=REPLICA, seconds=st.integers(-120, 120))
    def skew_clock(self, r: int, seconds: int) -> None:
        self.skew[r] = timedelta(seconds=seconds)

    @rule(r=REPLICA)
    def reopen(self, r: int) -> None:
        s = self.replicas[r]
        if s is not None:
            sessions.lock(s)
            self.replicas[r] = None
            self.forms = {k: v for k, v in self.forms.items() if k[0] != r}

    # -- invariants -------------------------------------------------------------------------
    @invariant()
    def every_replica_is_healthy_and_lost_nothing(self) -> None:
        for s in self.replicas:
            if s is not None:
                healthy(s)
                nothing_lost(s)
                SEEN.update(c.kind for c in sync.conflicts(s))

    def teardown(self) -> None:
        try:
            replicas = list(self._open_sessions())
            full_exchange(replicas)
            for s in replicas:
                healthy(s)
                nothing_lost(s)
                assert s.ocf.conn.execute("SELECT count(*) FROM sync_quarantine").fetchone() == (0,)
            first = replicas[0]
            for other in replicas[1:]:
                assert synced_tables(other) == synced_tables(first)
                assert conflict_rows(other) == conflict_rows(first)
                assert origin_chains(other) == origin_chains(first)
            assert_conflicts_match_versions(first)
            for kind in sorted({c.kind for c in sync.conflicts(first)}):
                event(f"conflict at teardown: {kind}")
                SEEN.add(kind)
        finally:
            for still_open in self.replicas:
                if still_open is not None:
                    sessions.lock(still_open)
            shutil.rmtree(self.folder, ignore_errors=True)


def assert_conflicts_match_versions(s: Session) -> None:
    """A HUMAN field with two live values is a conflict; one without is not."""
    split: set[tuple[str, str, str]] = set()
    rows: dict[tuple[str, str, str], set[str]] = {}
    for tbl, row_id, field, value in s.ocf.conn.execute(
        "SELECT tbl, row_id, field, value_json FROM sync_versions WHERE live = 1"
    ):
        rows.setdefault((tbl, row_id, field), set()).add(value)
    for key, values in rows.items():
        tbl, _, field = key
        if field == sync_merge.HEAD or sync_merge._policy(tbl, field) in sync_merge.HUMAN:
            if field == "deleted_at":
                values = {str(v == "null") for v in values}
            if len(values) > 1:
                split.add(key)
    value_conflicts = {
        (c.table, c.row_id, c.field) for c in sync.conflicts(s) if c.kind in ("value", "fork")
    }
    assert value_conflicts == split


FAST = settings(
    max_examples=int(os.environ.get("BTAM_MERGE_EXAMPLES", "50")),
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@pytest.fixture
def real_clock() -> Iterator[None]:
    previous = clock.use(clock.SystemClock())
    yield
    clock.use(previous)


def test_the_merge_never_loses_a_word(real_clock: None) -> None:
    SEEN.clear()
    MergeMachine.TestCase.settings = settings(FAST, derandomize=True)
    MergeMachine.TestCase().runTest()
    assert {"value", "fork", "edit_delete", "number_collision", "parked"} <= SEEN, SEEN


@pytest.mark.nightly
def test_the_merge_never_loses_a_word_nightly(real_clock: None) -> None:
    MergeMachine.TestCase.settings = settings(FAST, max_examples=2000)
    MergeMachine.TestCase().runTest()


def _last_writer_wins(
    conn: db.Connection,
    table: str,
    row_id: str,
    name: str,
    version: sync_merge.Version,
    replaces: Sequence[str],
    saw: Sequence[str] = (),
    *,
    before: Any,
) -> None:
    """The mutant: the version with the highest stamp replaces every other live one,
    whatever its author saw (what a plain LWW register does)."""
    _real_add_version(conn, table, row_id, name, version, replaces, saw, before=before)
    for older in sync_merge.live(conn, table, row_id, name)[1:]:
        conn.execute("INSERT OR IGNORE INTO sync_replaced VALUES (?)", (older.version_id,))
        conn.execute(
            "UPDATE sync_versions SET live = 0 WHERE tbl = ? AND row_id = ? AND field = ? "
            "AND version_id = ?",
            (table, row_id, name, older.version_id),
        )


_real_add_version = sync_merge.add_version


def test_the_last_writer_wins_mutant_fails_the_machine(
    real_clock: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A test of the test: the machine must catch a merge that silently drops a version."""
    monkeypatch.setattr(sync_merge, "add_version", _last_writer_wins)
    MergeMachine.TestCase.settings = settings(
        FAST, max_examples=50, phases=[Phase.generate], derandomize=True
    )
    with pytest.raises(AssertionError, match=r"dropped|replaced"):
        MergeMachine.TestCase().runTest()
