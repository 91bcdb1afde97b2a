"""Team sync through two real Syncthing instances on this machine's loopback (issue 17).

`test_folder.py` proves the folder transport against files the test writes itself. Here the
folder is carried by the program schools will actually use: two `syncthing serve` processes,
each with its own home and its own sync folder, introduced to each other by device id on
127.0.0.1 and allowed nothing else. Two replicas of one case file (the lead's laptop and the
counselor's) each sync with their own folder only, so every change that reaches the other
side went through Syncthing: its scans, its temporary files, its partial transfers.

Nightly tier only (`make test-long`): each test starts two processes and waits on real time.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pytest

from btam_desktop.services import cases, manage, members, session as sessions, sync, sync_folder
from btam_desktop.services.contracts.sync import FolderSync
from btam_desktop.services.session import TEST_KDF, Session
from tests.conftest import LEAD, PASSPHRASE, PinClock, folder_bytes, make_case_file
from tests.sync import syncthing
from tests.sync.replicas import conflict_rows, origin_chains, synced_tables
from tests.sync.syncthing import Syncthing

pytestmark = pytest.mark.nightly

COUNSELOR = "Marcus Test-Counselor"
COUNSELOR_PASSPHRASE = "a counselor's own fictional passphrase"
STUDENT = "Owen Petrakis-Lund"
#: A long wait for anything Syncthing does on loopback (it takes a second or two): only a
#: broken setup reaches it, and then the failure carries both instances' logs.
PATIENCE = 120.0
#: The large batch: one segment of about 0.85 MB, well past the 512 KiB a Syncthing rate
#: limiter lets through at once (`limiterBurstSize` in lib/connections/limiter.go), so at
#: `SEND_LIMIT` its transfer lasts about 5 s, and the other laptop is edited during it.
BATCH = 1500
SEND_LIMIT = 64  # KiB/s, from the lead's instance to the counselor's only
_WORDS = (
    *("calm", "steady", "lunch", "recess", "bus", "library", "mentor", "art", "quiet"),
    *("laughed", "soccer", "homework", "hallway", "tired", "joked", "drew", "planned"),
    *("chess", "music", "kind"),
)


@dataclass
class Laptop:
    """A replica of the case file, the Syncthing instance beside it, and every sync report
    it got (each checked at the end: nothing Syncthing wrote was ever skipped)."""

    session: Session
    syncthing: Syncthing
    reports: list[FolderSync] = field(default_factory=list)

    @property
    def folder(self) -> Path:
        return self.syncthing.folder

    def sync(self) -> FolderSync:
        report = sync_folder.sync_with(self.session, self.folder)
        self.reports.append(report)
        return report


@pytest.fixture
def syncthing_program() -> str:
    """The syncthing binary. The long tier installs it (Debian's package, `make test-long`),
    so there its absence fails the test; elsewhere it only skips it."""
    program = syncthing.binary()
    if program is None:
        why = "syncthing is not installed (apt-get install --no-install-recommends syncthing)"
        if os.environ.get("BTAM_NIGHTLY") == "1":
            pytest.fail(f"{why}: the long tier must run this test, not skip it")
        pytest.skip(why)
    return program


@pytest.fixture
def laptops(
    tmp_path: Path, pin_clock: PinClock, syncthing_program: str
) -> Iterator[tuple[Laptop, Laptop, str]]:
    """The lead's laptop and the counselor's, copies of one case file with one case, each
    with a running Syncthing instance connected to the other's. Both instances are stopped
    afterwards, whatever happened, and the test fails if a process of theirs is left."""
    pin_clock(datetime(2027, 3, 15, 7, 10), "America/New_York")
    first, _ = make_case_file(tmp_path / "a.btam")
    members.add_member(first, COUNSELOR, "counselor", COUNSELOR_PASSPHRASE, kdf=TEST_KDF)
    case, _ = cases.create_case(first, cases.NewCase(STUDENT, "7", summary="Base summary."))
    sessions.lock(first)
    shutil.copytree(tmp_path / "a.btam", tmp_path / "b.btam")
    lead_st = syncthing.generate(syncthing_program, "lead", tmp_path)
    counselor_st = syncthing.generate(syncthing_program, "counselor", tmp_path)
    syncthing.configure(lead_st, counselor_st)
    syncthing.configure(counselor_st, lead_st)
    opened: list[Session] = []
    try:
        opened.append(sessions.unlock(tmp_path / "a.btam", None, PASSPHRASE))
        opened.append(sessions.unlock(tmp_path / "b.btam", COUNSELOR, COUNSELOR_PASSPHRASE))
        syncthing.start(lead_st)
        syncthing.start(counselor_st)
        syncthing.wait_until(
            lambda: (
                syncthing.connected(lead_st, counselor_st)
                and syncthing.connected(counselor_st, lead_st)
            ),
            "the two instances to connect",
            PATIENCE,
            lead_st,
            counselor_st,
        )
        yield Laptop(opened[0], lead_st), Laptop(opened[1], counselor_st), case.id
    finally:
        for instance in (lead_st, counselor_st):
            syncthing.stop(instance)
        for s in opened:
            sessions.lock(s)
    left = {i.name: syncthing.group_pids(i) for i in (lead_st, counselor_st)}
    assert left == {"lead": [], "counselor": []}, f"syncthing processes left running: {left}"


# -- what the test waits for and compares ---------------------------------------------------
def _ours(folder: Path) -> dict[str, int]:
    """The files the transport itself wrote (FORMAT and segments), by path, with their sizes:
    not Syncthing's marker, ignore file or temporary files (all named with a leading dot)."""
    found = {}
    for path in folder.rglob("*"):
        name = str(path.relative_to(folder))
        if path.is_file() and not any(part.startswith(".") for part in Path(name).parts):
            found[name] = path.stat().st_size
    return found


def _carried(source: Laptop, target: Laptop) -> bool:
    """Every file of the source's folder is in the target's, complete."""
    theirs = _ours(target.folder)
    return all(theirs.get(name) == size for name, size in _ours(source.folder).items())


def _wait_carried(source: Laptop, target: Laptop) -> float:
    syncthing.rescan(source.syncthing)  # now, rather than after the watcher's delay
    return syncthing.wait_until(
        lambda: _carried(source, target),
        f"{source.syncthing.name}'s files to reach {target.syncthing.name}'s folder",
        PATIENCE,
        source.syncthing,
        target.syncthing,
    )


def _settle(a: Laptop, b: Laptop) -> None:
    """Both instances idle, each believing the other has everything, both folders alike."""
    for laptop in (a, b):
        syncthing.rescan(laptop.syncthing)
    syncthing.wait_until(
        lambda: (
            syncthing.idle(a.syncthing, b.syncthing)
            and syncthing.idle(b.syncthing, a.syncthing)
            and _ours(a.folder) == _ours(b.folder)
        ),
        "both instances to settle with the same files",
        PATIENCE,
        a.syncthing,
        b.syncthing,
    )


def _converge(a: Laptop, b: Laptop) -> int:
    """Sync both laptops, let Syncthing settle, again, until a round moves nothing; returns
    the number of rounds that still moved something."""
    for moved in range(6):
        _settle(a, b)
        round_ = [a.sync(), b.sync()]
        if all(r.sent_ops == r.received_ops == r.waiting == 0 for r in round_):
            _settle(a, b)
            return moved
    raise AssertionError("two laptops still exchanging changes after six rounds")


def _same(a: Laptop, b: Laptop) -> None:
    """Two replicas alike in everything that travels, and each one's audit chains whole;
    their folders alike byte for byte in what the transport wrote, with no conflict copy.

    Syncthing's own temporaries may stay: when a laptop writes a file Syncthing was still
    fetching (both laptops write the same FORMAT at their first sync), Syncthing drops that
    fetch and keeps its `.syncthing.FORMAT.tmp` for reuse (`keepTemporariesH`, 24 h). The
    transport must live with them; what it must never do is list one as skipped."""
    assert synced_tables(b.session) == synced_tables(a.session)
    assert conflict_rows(b.session) == conflict_rows(a.session)
    assert origin_chains(b.session) == origin_chains(a.session)
    for laptop in (a, b):
        assert laptop.session.ocf.audit.verify().ok
    strays = [
        str(p)
        for laptop in (a, b)
        for p in laptop.folder.rglob("*")
        if syncthing.CONFLICT_MARK in p.name
        or (p.name.endswith(".tmp") and not p.name.startswith(syncthing.TEMPORARY_PREFIX))
    ]
    assert strays == []  # no conflict copy, none of our own half-written files
    assert _written(a.folder) == _written(b.folder)
    assert any(name.endswith(".bts") for name in _written(a.folder))
    for laptop in (a, b):
        assert [r.skipped for r in laptop.reports if r.skipped] == []


def _written(folder: Path) -> dict[str, bytes]:
    """What the transport wrote in a folder, by path: no dot-file (Syncthing's marker,
    ignore file and temporaries)."""
    return {
        name: data
        for name, data in folder_bytes(folder).items()
        if not any(part.startswith(".") for part in Path(name).parts)
    }


def _note(n: int) -> str:
    """Check-in `n`'s words: fictional, and varied enough that the batch stays large after
    the segment's compression."""
    picked = [_WORDS[(n * 7 + i * (n % 5 + 3)) % len(_WORDS)] for i in range(30)]
    return f"Check-in {n}: " + " ".join(picked) + "."


# -- the tests -------------------------------------------------------------------------------
def test_the_instances_listen_on_loopback_only_and_contact_nothing_else(
    laptops: tuple[Laptop, Laptop, str],
) -> None:
    """What keeps the test off the network, as the running programs hold it and as the kernel
    sees their sockets: a settings file that did not take would otherwise go unnoticed."""
    a, b, _ = laptops
    for me, peer in ((a.syncthing, b.syncthing), (b.syncthing, a.syncthing)):
        assert syncthing.effective_settings(me) == {
            "gui": f"127.0.0.1:{me.gui_port}",
            "listen": [me.listen_address],
            "global discovery": False,
            "global servers": ["default"],  # put back by Syncthing, unused with the above
            "local discovery": False,
            "relays": False,
            "nat": False,
            "stun": 0,
            "usage reporting": -1,
            "crash reporting": False,
            "upgrades": 0,
            "browser": False,
            "devices": sorted(
                [(me.device_id, ("dynamic",)), (peer.device_id, (peer.listen_address,))]
            ),
            "folder": (syncthing.FOLDER_ID, str(me.folder), sorted([me.device_id, peer.device_id])),
        }
        status = me.get("/rest/system/status")
        assert list(status["connectionServiceStatus"]) == [me.listen_address]
        assert status["connectionServiceStatus"][me.listen_address]["error"] is None
        assert not status.get("discoveryEnabled") and me.get("/rest/system/discovery") == {}
        pids = syncthing.group_pids(me)
        held = [s for pid in pids for s in syncthing.inet_sockets(pid)]
        assert held, "no socket found: the check would pass on anything"
        assert [s for s in held if not s[3]] == [], held
        log = me.log_text()
        assert "Using discovery mechanism" not in log and "relay" not in log.lower(), log


def test_changes_cross_two_real_syncthing_instances_both_ways(
    laptops: tuple[Laptop, Laptop, str],
) -> None:
    """The lead's edit reaches the counselor only through Syncthing, and the counselor's
    check-in comes back the same way; then the two copies are one."""
    a, b, case_id = laptops
    cases.update_case(a.session, case_id, cases.CaseEdit(summary="Lead's summary, Monday."))
    sent = a.sync()
    # The change, and the shared history the copies were made from (the others have it).
    assert sent.sent_ops >= 1 and sent.sent_files >= 1
    _wait_carried(a, b)
    got = b.sync()
    assert got.received_ops >= 1 and got.received_from == (LEAD,)
    assert cases.get_case(b.session, case_id).case.summary == "Lead's summary, Monday."

    manage.add_checkin(b.session, case_id, date(2027, 3, 12), "Calm at lunch.", "steady")
    assert b.sync().sent_ops == 1
    _wait_carried(b, a)
    back = a.sync()
    assert (back.received_ops, back.received_from) == (1, (COUNSELOR,))
    assert [c.observations for c in manage.checkins_of(a.session, case_id)] == ["Calm at lunch."]

    assert _converge(a, b) <= 1
    _same(a, b)
    assert sync.conflicts(a.session) == sync.conflicts(b.session) == []


def test_a_laptop_edited_while_syncthing_carries_a_large_batch_converges(
    laptops: tuple[Laptop, Laptop, str],
) -> None:
    """The lead publishes a large batch; while Syncthing is still writing it into the
    counselor's folder (its `.syncthing.*.tmp` is there, the segment is not), the counselor
    edits and syncs again and again. Nothing half-carried is applied or even reported as
    damaged, and once Syncthing is done both copies hold everything, alike."""
    a, b, case_id = laptops
    # Slow the lead's sending only, so the batch's transfer lasts long enough to work during.
    a.syncthing.call("PATCH", "/rest/config/options", {"limitBandwidthInLan": True})
    a.syncthing.call(
        "PATCH", f"/rest/config/devices/{b.syncthing.device_id}", {"maxSendKbps": SEND_LIMIT}
    )
    for n in range(BATCH):
        manage.add_checkin(a.session, case_id, date(2027, 3, 1 + n % 14), _note(n), "steady")
    batch = a.sync()
    assert batch.sent_ops >= BATCH and batch.sent_files >= 1
    biggest = max(a.folder.glob("seg/g*/*/*.bts"), key=lambda p: p.stat().st_size)
    assert biggest.stat().st_size > 700 * 1024  # past the burst, or nothing is "during"
    arrived = b.folder / biggest.relative_to(a.folder)
    partial = arrived.with_name(f"{syncthing.TEMPORARY_PREFIX}{arrived.name}.tmp")
    syncthing.rescan(a.syncthing)
    syncthing.wait_until(
        partial.exists, "the batch's transfer to begin", PATIENCE, a.syncthing, b.syncthing
    )

    during: list[FolderSync] = []
    edits = 0
    deadline = time.monotonic() + PATIENCE
    while not arrived.exists():
        if time.monotonic() > deadline:
            raise syncthing.SyncthingError(
                f"the batch never arrived\n{a.syncthing.log_text()}\n{b.syncthing.log_text()}"
            )
        # Edited during the transfer: a summary (the lead's batch did not touch it) and a
        # check-in, then a sync that must leave Syncthing's partial file alone.
        edits += 1
        cases.update_case(
            b.session, case_id, cases.CaseEdit(summary=f"Counselor's summary, draft {edits}.")
        )
        manage.add_checkin(
            b.session, case_id, date(2027, 3, 14), f"Hallway check {edits}: calm.", "down"
        )
        in_transfer = partial.exists()
        report = b.sync()
        if in_transfer and partial.exists() and not arrived.exists():
            during.append(report)
        # The lead syncs too. The counselor's segments reach it after the batch, in practice:
        # the lead's request for them shares the one connection with the batch's throttled
        # blocks (Syncthing 1.19 keeps one connection per pair of devices).
        a.sync()
        time.sleep(0.25)
    assert len(during) >= 2, "the transfer ended before the counselor could work during it"
    for report in during:
        assert report.sent_ops == 2 and report.skipped == ()  # this round's two edits
        assert report.received_ops == 0 and report.ignored >= 1  # the partial file, unread

    rounds = _converge(a, b)
    assert rounds <= 2
    _same(a, b)
    for laptop in (a, b):
        detail = cases.get_case(laptop.session, case_id)
        assert detail.case.summary == f"Counselor's summary, draft {edits}."
        assert len(manage.checkins_of(laptop.session, case_id)) == BATCH + edits
        assert sync.conflicts(laptop.session) == []
