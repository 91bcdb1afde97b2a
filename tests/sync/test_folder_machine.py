"""The proof that the folder transport never applies a damaged file and never loses or doubles
an op (issue 17; research 5.2): a hypothesis state machine with three real encrypted laptops
(the lead's, the counselor's, the projector laptop where the lead signs in again) talking
through one to three real sync folders, and kill tests of `btam-desktop sync` at its crash
points.

The machine's rules edit (summaries, check-ins, plans, new cases, conflict resolutions), run
`sync_with(laptop, folder)` (alone, after an edit, or with every folder in reach), carry files
from one folder to another as a person with a USB stick does (the newest few or any, with a
Mac's and Windows' junk), cut laptops off from folders (partitions), plant faults in a folder
(`folders.FAULTS`: truncated, bit-flipped, duplicated, renamed and lost files, Syncthing's
conflict copies and temporary files, an interrupted write's `.tmp`, another program's files)
and lock and unlock laptops. The machine keeps every file a laptop's publish wrote (path and
bytes), so it knows which files in a folder are intact.

After every step: each laptop the step used passes integrity, foreign-key and audit checks and
lost no version (`healthy`, `nothing_lost` of the merge machine); no op and no audit event is
held twice; two laptops never hold different ops under one (origin, seq). Every sync applies
only ops that were in an intact file of a folder this laptop synced with (so nothing from a
damaged file is applied unless the same op also arrived intact), reports each op it applied
once, changes no file already in the folder and writes only under its member's origins.
After healing (every folder given every segment a laptop ever wrote, no partitions, everyone
syncs until nothing moves) the ops, the tables that travel, the conflicts and the audit chains
are identical on all three, nothing waits, and no byte under any folder reads as a student's
name or a note's words.

The main machine heals from its memory of every segment a laptop ever wrote; a second run heals
only from what is still intact in the folders (with the faults that name a run the file does not
hold, `folders.MISLEADING`): a laptop must write again whatever of its ops no folder holds
intact (found by this module: the publisher once trusted names, see the tests of holes and of
misleading names below). A reader that skips the digest and the AES-GCM tag
checks must fail the machine: the test of the test.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import signal
import tempfile
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, Phase, event, settings, strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from btam_desktop.domain import clock
from btam_desktop.services import cases, files, manage, session as sessions, sync, sync_folder
from btam_desktop.services.contracts.sync import FolderSync
from btam_desktop.services.session import Session
from btam_desktop.storage import sync_merge, sync_segment
from tests.conftest import PinClock, problems
from tests.sync import folders
from tests.sync.folders import (
    FAULTS,
    LAPTOPS,
    MISLEADING,
    STUDENT,
    files_under,
    held_ops,
    intact_ops,
    op_rows,
    own_origin,
    run_sync,
    segment_place,
    stable_key,
    twice_applied,
)
from tests.sync.replicas import conflict_rows, origin_chains, synced_tables
from tests.sync.test_merge_machine import healthy, nothing_lost

START = datetime(2027, 3, 15, 9, 0, tzinfo=ZoneInfo("America/New_York"))
NAMES = ("Mia Castellanos", "Theo Abernathy-Singh")
NOTES = ("Quillfeather left early.", "Brightwater asked for help.", "Said a knife at recess.")
#: What must never be readable under a sync folder (the runs' names and words).
SECRETS = (STUDENT, *NAMES, "Quillfeather", "Brightwater", "knife", "Base summary")
LAPTOP = st.integers(0, 2)
FOLDER = st.integers(0, 2)
#: Where a bit flips or a copy is cut: the header, the GCM tag (from the end) or anywhere.
AT = st.integers(0, 80) | st.integers(-16, -1) | st.integers(0, 100_000)
DIGEST = st.text("0123456789abcdef", min_size=16, max_size=16)
#: Where the laptops and folders of a run go: memory when there is some (an fsync there costs
#: nothing, and the machine syncs hundreds of times), else the system's temporary folder.
SCRATCH = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None
#: What the fast tier reached: it must reach each, or its passing would say little.
SEEN: set[str] = set()


class FolderMachine(RuleBasedStateMachine):
    """Three laptops, one to three folders, and everything that happens to files in them."""

    def __init__(
        self, template: Path, *, faults: tuple[str, ...] = FAULTS, heal_from_memory: bool = True
    ) -> None:
        """`template`: the closed case file every example copies to three laptops.
        `heal_from_memory`: heal with every segment a laptop ever wrote (True), or only with
        the intact files still in some folder (False: a file whose only copy was damaged is
        gone for good, and the laptop that wrote it has to write it again)."""
        super().__init__()
        self.faults = faults
        self.heal_from_memory = heal_from_memory
        self.root = Path(tempfile.mkdtemp(prefix="btam-folders-", dir=SCRATCH))
        for name, _, _ in LAPTOPS:
            shutil.copytree(template, self.root / name)
        self.now = START
        self.replicas: list[Session | None] = [None, None, None]
        self.folders: list[Path] = []
        self.reach: list[set[int]] = [set(), set(), set()]
        #: Every file a laptop's publish wrote: path in the folder -> bytes.
        self.genuine: dict[str, bytes] = {}
        #: Per laptop, every op that was in an intact file of a folder it synced with.
        self.offered: list[set[tuple[str, int]]] = [set(), set(), set()]
        #: Per path, when the machine first saw it (ties in `stable_key` go by it).
        self.born: dict[str, int] = {}
        #: Origin -> "laptop<r>" for the ordering of files (ids are random in every run).
        self.labels: dict[str, str] = {}
        #: Laptops a step used (only they can have changed), and every laptop's ops as held.
        self.touched: set[int] = set()
        self.ops: list[dict[tuple[str, int], tuple[object, ...]]] = [{}, {}, {}]

    # -- helpers ----------------------------------------------------------------------------
    def _at(self, r: int) -> Session:
        self.now += timedelta(seconds=1)
        clock.use(clock.pinned_at(self.now))
        self.touched.add(r)
        s = self.replicas[r]
        if s is None:
            s = folders.unlock(self.root, r)
            self.replicas[r] = s
        return s

    def _learn(self, r: int, s: Session) -> None:
        origin = own_origin(s)
        if origin is not None:
            self.labels.setdefault(origin, f"laptop{r}-{len(self.labels)}")

    def _note(self, rels: list[str]) -> None:
        for rel in sorted(rels, key=lambda rel: stable_key(rel, self.labels)):
            self.born.setdefault(rel, len(self.born))

    def _ordered(self, rels: list[str]) -> list[str]:
        self._note(rels)
        return sorted(rels, key=lambda rel: (stable_key(rel, self.labels), self.born[rel]))

    def _live_case(self, s: Session, pick: int) -> str | None:
        rows = s.ocf.conn.execute(
            "SELECT id FROM cases WHERE deleted_at IS NULL ORDER BY number, rowid"
        ).fetchall()
        return str(rows[pick % len(rows)][0]) if rows else None

    def _sync(self, r: int, f: int) -> FolderSync:
        """`sync_with`, and what it may do: apply only ops of intact files, each once, write
        only new files under its own member's origins, change no file already there."""
        s = self._at(r)
        folder = self.folders[f]
        before = files_under(folder)
        self.offered[r] |= intact_ops(before, self.genuine)
        had = held_ops(s)
        report = sync_folder.sync_with(s, folder)
        got = held_ops(s) - had
        stray = sorted(got - self.offered[r])
        assert not stray, f"applied from a file that was not intact: {stray[:3]}"
        assert report.received_ops == len(got), (report.received_ops, len(got))
        after = files_under(folder)
        changed = [
            rel
            for rel, data in before.items()
            if after.get(rel) != data and not self._may_remove(s, rel)
        ]
        assert not changed, f"a sync changed or removed files already there: {changed}"
        new = sorted(set(after) - set(before))
        for rel in new:
            place = segment_place(rel)
            if s.is_lead and rel.startswith(("keys/", "snap/")):
                continue  # a lead's key list and copy to join from (not segments)
            if rel != sync_folder.FORMAT_FILE:
                assert place is not None, f"a sync wrote {rel}"
                writers = s.ocf.conn.execute(
                    "SELECT DISTINCT member_id FROM sync_ops WHERE origin = ?", (place[0],)
                ).fetchall()
                if writers != [(s.member_id,)]:
                    # Another member's file: only as a relay, the author's file byte for byte.
                    assert self.genuine.get(rel) == after[rel], f"{rel} is not its author's"
                    SEEN.add("relayed")
                    continue
            self.genuine[rel] = after[rel]
        self._learn(r, s)
        self._note(new)
        if report.skipped:
            SEEN.add("skipped")
        if report.waiting:
            SEEN.add("waiting")
        if report.ignored:
            SEEN.add("ignored")
        return report

    @staticmethod
    def _may_remove(s: Session, rel: str) -> bool:
        """What a sync may take away: a lead replaces the copy to join from, and a laptop
        clears temporary files a killed sync of its own left under its own origin."""
        if s.is_lead and rel.startswith("snap/"):
            return True
        parts = rel.split("/")
        if len(parts) == 4 and parts[0] == "seg" and parts[3].startswith(".~"):
            owners = s.ocf.conn.execute(
                "SELECT DISTINCT member_id FROM sync_ops WHERE origin = ?", (parts[2],)
            ).fetchall()
            return owners == [(s.member_id,)] and parts[3].endswith(".tmp")
        return False

    # -- rules: the team's work -------------------------------------------------------------
    @initialize(count=st.sampled_from([3, 2, 1]), kind=st.integers(0, 59), at=AT, digest=DIGEST)
    def begin(self, count: int, kind: int, at: int, digest: str) -> None:
        """One to three empty folders, laptop r reaching folder r only (a share, a stick, a
        Syncthing folder: until a partition rule widens it, only a stick relays between
        them); every member edits the case's summary at once and syncs, then adds a
        check-in and syncs (two segments per laptop: a stick that carries only the newest
        leaves a hole), and the share damages the file written last, which two laptops have
        not read yet (so every run meets a fault that matters)."""
        for i in range(count):
            place = self.root / f"share{i}"
            place.mkdir()
            self.folders.append(place)
        self.reach = [{r % count} for r in range(3)]
        event(f"{count} folder(s)")
        for r in range(3):
            self._work(r, "summary", 0, NOTES[r], NAMES[0])
        for r in range(3):
            self._sync(r, r % count)
        for r in range(3):
            self._work(r, "check-in", 0, NOTES[r], NAMES[0])
            self._sync(r, r % count)
        self.damage(2 % count, kind, True, 0, at, digest)

    @rule(
        r=LAPTOP,
        what=st.sampled_from(["summary", "check-in", "plan", "new case"]),
        pick=st.integers(0, 20),
        text=st.sampled_from(NOTES),
        name=st.sampled_from(NAMES),
    )
    def edit(self, r: int, what: str, pick: int, text: str, name: str) -> None:
        """A member works on a laptop: a case's summary, a check-in, a plan, a new case."""
        self._work(r, what, pick, text, name)

    @rule(
        r=LAPTOP,
        what=st.sampled_from(["summary", "check-in", "plan", "new case"]),
        pick=st.integers(0, 20),
        text=st.sampled_from(NOTES),
        name=st.sampled_from(NAMES),
    )
    def edit_then_sync(self, r: int, what: str, pick: int, text: str, name: str) -> None:
        """A member works, and the app syncs with every folder in reach right after."""
        self._work(r, what, pick, text, name)
        self.sync_everywhere(r)

    def _work(self, r: int, what: str, pick: int, text: str, name: str) -> None:
        s = self._at(r)
        case_id = self._live_case(s, pick)
        if what == "new case" or case_id is None:
            cases.create_case(s, cases.NewCase(name, "8"))
        elif what == "summary":
            cases.update_case(s, case_id, cases.CaseEdit(summary=text))
        elif what == "check-in":
            manage.add_checkin(s, case_id, date(2027, 3, 12), text, "steady")
        else:
            latest = manage.plan_view(s, case_id).latest
            manage.save_plan(s, case_id, text, (), latest.version if latest else 0)
        self._learn(r, s)

    @rule(r=LAPTOP, pick=st.integers(0, 20), choose=st.integers(0, 5))
    def resolve_conflict(self, r: int, pick: int, choose: int) -> None:
        s = self._at(r)
        open_ = [c for c in sync.conflicts(s) if c.kind in ("value", "fork")]
        if not open_:
            return
        open_.sort(key=lambda c: (c.kind, c.field, c.table))
        conflict = open_[pick % len(open_)]
        shown = sync_merge.live(s.ocf.conn, conflict.table, conflict.row_id, conflict.field)
        values = sorted({json.dumps(v.value) for v in shown})
        value = json.loads(values[choose % len(values)])
        sync.resolve_conflict(s, conflict.table, conflict.row_id, conflict.field, value)
        SEEN.add("resolved")
        self._learn(r, s)

    @rule(r=LAPTOP)
    def lock_or_unlock(self, r: int) -> None:
        s = self.replicas[r]
        if s is None:
            self._at(r)
        else:
            sessions.lock(s)
            self.replicas[r] = None

    # -- rules: the folders -----------------------------------------------------------------
    @rule(r=LAPTOP, pick=FOLDER)
    def sync_with(self, r: int, pick: int) -> None:
        reach = sorted(self.reach[r])
        if not reach:
            event("a sync with no folder in reach")
            return
        self._sync(r, reach[pick % len(reach)])

    @rule(r=LAPTOP)
    def sync_everywhere(self, r: int) -> None:
        """What the app does when it polls: sync with every folder this laptop reaches."""
        for f in sorted(self.reach[r]):
            self._sync(r, f)

    @rule(r=LAPTOP, mask=st.sampled_from([1, 2, 4, 3, 5, 6, 7, 0]))
    def partition(self, r: int, mask: int) -> None:
        """Which folders laptop r reaches from now on (bit f: folder f; none: it is offline,
        which is drawn less often so that laptops mostly keep syncing)."""
        self.reach[r] = {f for f in range(len(self.folders)) if mask >> f & 1}

    @rule(
        src=FOLDER,
        other=st.integers(0, 1),
        newest=st.booleans(),
        picks=st.lists(st.integers(0, 1_000), min_size=1, max_size=8),
        junk=st.booleans(),
    )
    def carry(self, src: int, other: int, newest: bool, picks: list[int], junk: bool) -> None:
        """A person copies files from one folder to another on a USB stick: the newest few
        segments (`newest`: what changed today, which leaves the earlier ones behind) or any
        files, other tools' included."""
        count = len(self.folders)
        if count == 1:
            return
        source = self.folders[src % count]
        target = self.folders[(src % count + 1 + other % (count - 1)) % count]
        rels = self._ordered(list(files_under(source)))
        if newest:
            rels = sorted((rel for rel in rels if segment_place(rel)), key=self.born.__getitem__)
            rels = rels[-(1 + picks[0] % 3) :]
        if rels:
            chosen = list(dict.fromkeys(rels[i % len(rels)] for i in picks))
            self._note(folders.carry(source, target, chosen, junk))
            SEEN.add("carried")

    @rule(
        f=FOLDER,
        kind=st.integers(0, 59),
        newest=st.booleans(),
        pick=st.integers(0, 1_000),
        at=AT,
        digest=DIGEST,
    )
    def damage(self, f: int, kind: int, newest: bool, pick: int, at: int, digest: str) -> None:
        """Another program, the share or a person leaves a fault in a folder: at one of the
        two last segments some laptop has not read yet (`newest`: the fault then matters), or
        at any file named as a segment."""
        folder = self.folders[f % len(self.folders)]
        rels = [rel for rel in self._ordered(list(files_under(folder))) if segment_place(rel)]
        if newest:
            everyone = set.intersection(*(set(ops) for ops in self.ops))
            unread = [
                rel
                for rel in sorted(set(rels) & set(self.genuine), key=self.born.__getitem__)
                if not intact_ops({rel: self.genuine[rel]}, self.genuine) <= everyone
            ]
            rels = unread[-2:] or rels
        if not rels:
            return
        fault = self.faults[kind % len(self.faults)]
        others = {place[0] for rel in self.genuine if (place := segment_place(rel))}
        self._note(folders.plant(folder, rels[pick % len(rels)], fault, at, digest, others))
        event(f"fault: {fault}")
        SEEN.add(fault)

    # -- invariants -------------------------------------------------------------------------
    @invariant()
    def healthy_and_nothing_twice(self) -> None:
        """Checked on the laptops this step used (the others did not change)."""
        for r in sorted(self.touched):
            s = self.replicas[r]
            if s is None:
                continue
            healthy(s)
            nothing_lost(s)
            assert twice_applied(s) == [], twice_applied(s)
            self.ops[r] = op_rows(s)
            for other in self.ops:
                for key in self.ops[r].keys() & other.keys():
                    assert self.ops[r][key] == other[key], (key, "two different ops, one number")
        self.touched.clear()

    # -- healing ----------------------------------------------------------------------------
    def _give_every_folder_every_intact_file(self) -> None:
        """What a team does to heal: copy every good file everywhere (faults stay put)."""
        if self.heal_from_memory:
            intact = dict(self.genuine)
        else:
            intact = {}
            for folder in self.folders:
                for rel, data in files_under(folder).items():
                    if self.genuine.get(rel) == data:
                        intact[rel] = data
        for folder in self.folders:
            for rel, data in intact.items():
                target = folder / rel
                if not target.exists() or target.read_bytes() != data:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(data)

    def teardown(self) -> None:
        """Heal, then the laptops must be identical and the folders must not read as text."""
        try:
            if not self.folders:
                return
            self.reach = [set(range(len(self.folders))) for _ in range(3)]
            for _ in range(6):
                self._give_every_folder_every_intact_file()
                moved = waiting = 0
                for r in range(3):
                    for f in range(len(self.folders)):
                        report = self._sync(r, f)
                        moved += report.sent_ops + report.received_ops
                        waiting += report.waiting
                if not moved:
                    break
            else:
                raise AssertionError("the laptops did not settle in six rounds of syncs")
            replicas = [self._at(r) for r in range(3)]
            assert waiting == 0, f"{waiting} ops still wait for earlier ones"
            first = replicas[0]
            for s in replicas:
                healthy(s)
                nothing_lost(s)
                assert twice_applied(s) == []
                assert s.ocf.conn.execute("SELECT count(*) FROM sync_quarantine").fetchone() == (0,)
            for other in replicas[1:]:
                assert op_rows(other) == op_rows(first), "the laptops hold different ops"
                assert synced_tables(other) == synced_tables(first)
                assert conflict_rows(other) == conflict_rows(first)
                assert origin_chains(other) == origin_chains(first)
            leaks = sorted(
                {
                    (rel, secret)
                    for folder in self.folders
                    for rel, data in files_under(folder).items()
                    for secret in SECRETS
                    if secret.encode() in data or secret.encode("utf-16-le") in data
                }
            )
            assert leaks == [], f"readable under a sync folder: {leaks}"
        finally:
            for still_open in self.replicas:
                if still_open is not None:
                    sessions.lock(still_open)
            shutil.rmtree(self.root, ignore_errors=True)


# -- running it ------------------------------------------------------------------------------
FAST = settings(
    max_examples=int(os.environ.get("BTAM_FOLDER_EXAMPLES", "25")),
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
#: A run that must fail stops at its first failure (shrinking a failure it expects is waste).
FIND_ONE = settings(FAST, max_examples=50, phases=[Phase.generate], derandomize=True)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The case file every example starts from, made once (each example copies it)."""
    folder = tmp_path_factory.mktemp("folder-machine") / "template.btam"
    folders.make_team_file(folder)
    return folder


def bound(
    template: Path, *, faults: tuple[str, ...] = FAULTS, heal_from_memory: bool = True
) -> type[FolderMachine]:
    """The machine on `template` with these options, as the class hypothesis runs."""

    class Bound(FolderMachine):
        def __init__(self) -> None:
            super().__init__(template, faults=faults, heal_from_memory=heal_from_memory)

    return Bound


@pytest.fixture
def real_clock() -> Iterator[None]:
    """The machine pins the clock at every step; the test after it gets a real one back."""
    previous = clock.use(clock.SystemClock())
    yield
    clock.use(previous)


#: What a run must reach, or its passing would say little: damaged files read and refused,
#: ops waiting for a hole to fill, other tools' files left alone, a stick, a resolution.
ESSENTIALS = {"skipped", "waiting", "ignored", "carried", "resolved"}


def test_the_folder_never_applies_a_damaged_file(template: Path, real_clock: None) -> None:
    SEEN.clear()
    run_state_machine_as_test(bound(template), settings=settings(FAST, derandomize=True))
    assert ESSENTIALS <= SEEN, sorted(ESSENTIALS - SEEN)
    assert len(SEEN & set(FAULTS)) >= len(FAULTS) - 2, sorted(set(FAULTS) - SEEN)


@pytest.mark.nightly
def test_the_folder_never_applies_a_damaged_file_nightly(template: Path, real_clock: None) -> None:
    SEEN.clear()
    run_state_machine_as_test(
        bound(template), settings=settings(FAST, max_examples=1000, stateful_step_count=40)
    )
    assert ESSENTIALS | set(FAULTS) <= SEEN, sorted(ESSENTIALS | set(FAULTS) - SEEN)


# -- the test of the test --------------------------------------------------------------------
_real_read = sync_folder._Pull._read


def _read_without_the_hash(
    self: sync_folder._Pull, origin: str, path: Path, named: tuple[int, int, str], generation: int
) -> None:
    """The mutant reader: the digest it checks is the content's own, never the name's."""
    _real_read(self, origin, path, (named[0], named[1], folders.digest_of(path)), generation)


@pytest.mark.nightly
def test_a_reader_that_skips_the_hash_and_tag_checks_fails_the_machine(
    template: Path, real_clock: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A test of the test: a reader that trusts what a file says (no digest check against
    its name, AES-GCM opened without its tag) applies a renamed file, or one whose tag a bit
    flip damaged, and the machine must notice an op that came from no intact file. Nightly:
    since the publisher writes damaged runs again, whether 50 examples meet a damaged file
    whose ops no intact file holds depends on timing (the real clock); the fast tier has the
    deterministic case below."""
    monkeypatch.setattr(sync_folder._Pull, "_read", _read_without_the_hash)
    monkeypatch.setattr(sync_segment, "open_sealed", folders.open_without_the_tag)
    with pytest.raises(AssertionError, match="applied from a file that was not intact"):
        run_state_machine_as_test(bound(template), settings=settings(FIND_ONE, max_examples=300))


@pytest.mark.parametrize("mutant", [False, True])
def test_the_machines_check_sees_a_file_whose_tag_was_damaged(
    tmp_path: Path, pin_clock: PinClock, monkeypatch: pytest.MonkeyPatch, mutant: bool
) -> None:
    """The machine's check (ops applied minus ops of intact files offered) on one fixed case:
    the lead's segment with one bit of its AES-GCM tag flipped, renamed after its new content,
    the only copy. The real reader refuses it (nothing stray); the mutant reader applies it,
    and the check names the op: the test of the test, without depending on timing."""
    pin_clock(datetime(2027, 3, 15, 7, 10), "America/New_York")
    case_id = folders.make_team_file(tmp_path / "a.btam")
    shutil.copytree(tmp_path / "a.btam", tmp_path / "b.btam")
    share = tmp_path / "share"
    share.mkdir()
    lead = folders.unlock(tmp_path, 0)
    cases.update_case(lead, case_id, cases.CaseEdit(summary=NOTES[0]))
    sync_folder.sync_with(lead, share)
    sessions.lock(lead)
    genuine = folders.files_under(share)
    (segment,) = share.glob("seg/g1/*/*.bts")
    damaged = bytearray(segment.read_bytes())
    damaged[-1] ^= 0x01  # the last byte of the tag
    place = folders.segment_place(segment.relative_to(share).as_posix())
    assert place is not None
    segment.unlink()
    renamed = segment.with_name(sync_segment.file_name(place[1], place[2], bytes(damaged)))
    renamed.write_bytes(bytes(damaged))
    if mutant:
        monkeypatch.setattr(sync_folder._Pull, "_read", _read_without_the_hash)
        monkeypatch.setattr(sync_segment, "open_sealed", folders.open_without_the_tag)
    counselor = folders.unlock(tmp_path, 1)
    try:
        offered = folders.intact_ops(folders.files_under(share), genuine)
        had = held_ops(counselor)
        report = sync_folder.sync_with(counselor, share)
        stray = held_ops(counselor) - had - offered
    finally:
        sessions.lock(counselor)
    if mutant:
        assert stray and report.received_ops == len(stray)  # the check sees it
    else:
        assert stray == set() and report.received_ops == 0
        assert [s.why for s in report.skipped] == [
            "it does not decrypt: damaged, or made with another key"
        ]


# -- the publisher writes again what no folder holds intact -------------------------------
def test_the_folder_repairs_itself_from_the_laptops_alone(template: Path, real_clock: None) -> None:
    """The machine with every fault, including names that claim a later run, healed only
    with the intact files still in some folder: a laptop must write again whatever of its
    ops no folder holds intact."""
    run_state_machine_as_test(
        bound(template, faults=FAULTS + MISLEADING, heal_from_memory=False),
        settings=FIND_ONE,
    )


# -- the same bug step by step, and two smaller ones -----------------------------------------
@pytest.fixture
def laptops(tmp_path: Path, pin_clock: PinClock) -> Iterator[tuple[list[Session], Path, str]]:
    """The lead's, the counselor's and the projector laptop, one case, and two empty folders
    (`share0`, `share1`)."""
    pin_clock(datetime(2027, 3, 15, 7, 10), "America/New_York")
    case_id = folders.make_team_file(tmp_path / "a.btam")
    for name in ("b.btam", "c.btam"):
        shutil.copytree(tmp_path / "a.btam", tmp_path / name)
    trio = [folders.unlock(tmp_path, r) for r in range(3)]
    for name in ("share0", "share1"):
        (tmp_path / name).mkdir()
    yield trio, tmp_path, case_id
    for s in trio:
        sessions.lock(s)


def _own_files(s: Session, folder: Path) -> list[Path]:
    origin = own_origin(s)
    assert origin is not None
    return sorted(sync_segment.folder_of(folder, 1, origin).glob("*.bts"))


@pytest.mark.parametrize("fault", ["truncated", "lost", "never carried"])
def test_a_hole_below_a_laptops_newest_segment_is_written_again(
    laptops: tuple[list[Session], Path, str], fault: str
) -> None:
    """The lead publishes two segments; the earlier one is then damaged or deleted in the
    folder (or a stick brought only the later one): the counselor's laptop waits for it, and
    only the lead's laptop has it, so its next sync must write it again."""
    (lead, counselor, _), root, case_id = laptops
    share, other = root / "share0", root / "share1"
    target = other if fault == "never carried" else share
    cases.update_case(lead, case_id, cases.CaseEdit(summary=NOTES[0]))
    sync_folder.sync_with(lead, target)
    manage.add_checkin(lead, case_id, date(2027, 3, 12), NOTES[1], "steady")
    sync_folder.sync_with(lead, target)
    first, second = _own_files(lead, target)[-2:]
    if fault == "truncated":
        first.write_bytes(first.read_bytes()[:100])
    elif fault == "lost":
        first.unlink()
    else:  # the lead synced with the other folder only; a stick brings its newest file
        place = sync_segment.folder_of(share, 1, second.parent.name)
        place.mkdir(parents=True)
        shutil.copyfile(second, place / second.name)
    assert sync_folder.sync_with(counselor, share).waiting >= 1  # control: there is a hole
    sync_folder.sync_with(lead, share)  # the lead's laptop syncs: it has what is missing
    report = sync_folder.sync_with(counselor, share)
    assert report.waiting == 0, "the counselor still waits for the lead's earlier segment"
    assert cases.get_case(counselor, case_id).case.summary == NOTES[0]


@pytest.mark.parametrize("fault", MISLEADING)
def test_a_name_claiming_a_later_run_does_not_stop_a_laptop_publishing(
    laptops: tuple[list[Session], Path, str], fault: str
) -> None:
    """A file under the counselor's origin folder claims more ops than the counselor wrote:
    the lead's segment copied there, the counselor's own renamed to a wider run keeping its
    digest, or another program's file named after its own digest. The counselor's later
    changes must still reach the folder (the reader refuses the file itself)."""
    (lead, counselor, _), root, case_id = laptops
    share = root / "share0"
    cases.update_case(lead, case_id, cases.CaseEdit(summary=NOTES[0]))
    sync_folder.sync_with(lead, share)
    manage.add_checkin(counselor, case_id, date(2027, 3, 12), NOTES[1], "steady")
    sync_folder.sync_with(counselor, share)
    (mine,) = _own_files(counselor, share)
    lead_file = _own_files(lead, share)[-1]
    rel = mine.relative_to(share).as_posix()
    if fault == "misplaced":  # the lead's file, copied into the counselor's folder
        rel = lead_file.relative_to(share).as_posix()
    others = {mine.parent.name}
    planted = folders.plant(share, rel, fault, 45, "0" * 16, others)
    assert planted  # control: the fault is in the counselor's folder
    assert all(p.startswith(f"seg/g1/{mine.parent.name}/") for p in planted)
    manage.add_checkin(counselor, case_id, date(2027, 3, 13), NOTES[2], "steady")
    sent = sync_folder.sync_with(counselor, share)
    sync_folder.sync_with(lead, share)
    notes = [c.observations for c in manage.checkins_of(lead, case_id)]
    assert sent.sent_ops >= 1 and NOTES[2] in notes, (sent, notes)


def test_a_file_where_an_origin_folder_would_be_is_not_ours(
    laptops: tuple[list[Session], Path, str],
) -> None:
    """Whatever another program leaves in the folder is not ours and is left alone, even a
    file with a name the layout gives to a laptop's folder: the sync still runs."""
    (lead, _, _), root, case_id = laptops
    share = root / "share0"
    stray = share / "seg" / "g1" / "0b7e3c52-1f4d-4c1a-9a38-2d0f5e6a7b91"
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"a file another program left where a folder would be\n")
    cases.update_case(lead, case_id, cases.CaseEdit(summary=NOTES[0]))
    report = sync_folder.sync_with(lead, share)
    assert report.sent_ops >= 1


def test_a_segment_in_another_laptops_folder_is_reported_as_such(
    laptops: tuple[list[Session], Path, str],
) -> None:
    """What `btam-desktop sync` prints for a segment a person copied into the wrong folder
    should say what is wrong with it."""
    (lead, counselor, _), root, case_id = laptops
    share = root / "share0"
    cases.update_case(lead, case_id, cases.CaseEdit(summary=NOTES[0]))
    sync_folder.sync_with(lead, share)
    manage.add_checkin(counselor, case_id, date(2027, 3, 12), NOTES[1], "steady")
    sync_folder.sync_with(counselor, share)
    (mine,) = _own_files(counselor, share)
    lead_file = _own_files(lead, share)[-1]
    shutil.copyfile(lead_file, mine.parent / lead_file.name)
    whys = [s.why for s in sync_folder.sync_with(lead, share).skipped]
    assert len(whys) == 1  # control: the copy is read and refused
    assert whys == ["its content does not match its name or folder"], whys


# -- kill -9 in the middle of `btam-desktop sync` ----------------------------------------------
KILL_POINTS = ("segment.tmp_written", "segment.replaced", "sync.import_committed")


def _sent(out: str) -> int:
    """How many changes the CLI says it sent (`Sent: N changes in ...`)."""
    line = next(line for line in out.splitlines() if line.startswith("Sent: "))
    return int(line.split()[1])


@pytest.mark.reliability(
    "S1", "A sync killed at each of its steps: nothing damaged, applied twice or half-read"
)
@pytest.mark.parametrize("step", KILL_POINTS)
def test_a_sync_killed_at_a_crash_point_damages_nothing_and_doubles_nothing(
    tmp_path: Path, pin_clock: PinClock, step: str, figures: dict[str, Any]
) -> None:
    """The lead's laptop syncs after the counselor published a check-in; the child process
    is killed at `step` (the segment's temporary file written; the segment renamed into
    place; the import committed, nothing published yet). Then: the case file opens clean
    and holds every op once; no reader applies a half-written file; the next sync sends
    what is missing exactly once; and the three laptops converge."""
    pin_clock(datetime(2027, 3, 15, 7, 10), "America/New_York")
    case_id = folders.make_team_file(tmp_path / "a.btam")
    for name in ("b.btam", "c.btam"):
        shutil.copytree(tmp_path / "a.btam", tmp_path / name)
    share = tmp_path / "share"
    share.mkdir()
    counselor = folders.unlock(tmp_path, 1)
    manage.add_checkin(counselor, case_id, date(2027, 3, 12), NOTES[1], "steady")
    sync_folder.sync_with(counselor, share)
    theirs = held_ops(counselor)
    sessions.lock(counselor)
    lead = folders.unlock(tmp_path, 0)
    cases.update_case(lead, case_id, cases.CaseEdit(summary=NOTES[0]))
    origin = own_origin(lead)
    assert origin is not None
    mine = held_ops(lead)
    sessions.lock(lead)
    place = sync_segment.folder_of(share, 1, origin)

    killed = run_sync(tmp_path, 0, share, step)
    # The positive control: the child died of SIGKILL at that very step.
    assert killed.returncode in (-signal.SIGKILL, 128 + signal.SIGKILL), killed
    assert "Sent:" not in killed.stdout, killed.stdout
    temporary = sorted(place.glob("*.tmp"))
    written = sorted(place.glob("*.bts"))
    if step == "segment.tmp_written":
        (tmp,) = temporary  # complete and synced, not yet renamed
        assert written == []
        assert folders.digest_of(tmp) == tmp.name.split("-")[2][:16]
    elif step == "segment.replaced":
        assert temporary == [] and len(written) == 1
    else:
        assert not place.exists()  # nothing published
    # The case file: it opens clean, holds the counselor's ops (the import committed before
    # publishing began) and its own, each once.
    lead = folders.unlock(tmp_path, 0)
    try:
        assert problems(files.check(lead)) - {"permissions"} == set(), files.check(lead)
        healthy(lead)
        assert twice_applied(lead) == []
        assert theirs | mine <= held_ops(lead)
        assert cases.get_case(lead, case_id).case.summary == NOTES[0]
    finally:
        sessions.lock(lead)

    # A reader of the folder now: the temporary file is never read, not even cut in half as
    # a kill during the write would leave it.
    for tmp in temporary:
        tmp.write_bytes(tmp.read_bytes()[: tmp.stat().st_size // 2])
    projector = folders.unlock(tmp_path, 2)
    try:
        before = held_ops(projector)
        report = sync_folder.sync_with(projector, share)
        got = held_ops(projector) - before
        assert report.skipped == () and report.ignored == len(temporary)
        lead_ops = {op for op in got if op[0] == origin}
        assert bool(lead_ops) == (step == "segment.replaced"), got
        assert twice_applied(projector) == []
    finally:
        sessions.lock(projector)

    # The lead's laptop syncs again, normally: what the folder lacks is sent, once.
    again = run_sync(tmp_path, 0, share)
    assert again.returncode == 0, (again.stdout, again.stderr)
    figures.update(
        crash_point=step,
        exit_status=killed.returncode,
        temporary_files_left=len(temporary),
        segments_in_place=len(written),
        sent_by_the_next_sync=_sent(again.stdout),
    )
    assert (_sent(again.stdout) == 0) == (step == "segment.replaced"), again.stdout
    runs = sorted((int(p.name[:8]), int(p.name[9:17])) for p in place.glob("*.bts"))
    assert all(a[1] < b[0] for a, b in itertools.pairwise(runs)), runs  # no op twice

    trio = [folders.unlock(tmp_path, r) for r in range(3)]
    try:
        for _ in range(2):
            for s in trio:
                sync_folder.sync_with(s, share)
        for s in trio:
            healthy(s)
            nothing_lost(s)
            assert twice_applied(s) == []
            assert cases.get_case(s, case_id).case.summary == NOTES[0]
            assert NOTES[1] in [c.observations for c in manage.checkins_of(s, case_id)]
        for other in trio[1:]:
            assert op_rows(other) == op_rows(trio[0])
            assert synced_tables(other) == synced_tables(trio[0])
            assert conflict_rows(other) == conflict_rows(trio[0])
            assert origin_chains(other) == origin_chains(trio[0])
    finally:
        for s in trio:
            sessions.lock(s)
