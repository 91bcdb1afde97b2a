"""Right at any hour: the demo, the agenda, My tasks and the review cadence at pinned clocks.

Each clock is a wall time in America/New_York (UTC-5 or -4): early enough that UTC is still
yesterday, late enough that UTC is already tomorrow, a leap day, New Year's Eve, and both days
the clocks change. A bug that reads UTC as local time, or stamps a record later than "now",
shows at one of them.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from btam_desktop.domain import clock
from btam_desktop.domain.local_time import local_day
from btam_desktop.domain.tasks import TaskGroup, grouped
from btam_desktop.services import (
    assess,
    cases,
    demo,
    intake,
    meetings,
    members,
    session as sessions,
    tasks,
)
from btam_desktop.services.session import TEST_KDF
from btam_desktop.storage.errors import AlreadyExistsError
from tests.conftest import PinClock

PASSPHRASE = "demo passphrase for the clock tests"

CLOCKS = {
    "00:05": datetime(2026, 10, 14, 0, 5),
    "06:30": datetime(2026, 10, 14, 6, 30),
    "11:59": datetime(2026, 10, 14, 11, 59),
    "23:55": datetime(2026, 10, 14, 23, 55),
    "29 February": datetime(2028, 2, 29, 7, 30),
    "31 December": datetime(2026, 12, 31, 23, 55),
    "spring forward": datetime(2027, 3, 14, 3, 5),  # 02:00-03:00 does not exist that day
    "fall back": datetime(2027, 11, 7, 1, 30),  # 01:00-02:00 happens twice that day
}


@pytest.fixture(params=list(CLOCKS.values()), ids=list(CLOCKS))
def pinned(request: pytest.FixtureRequest, pin_clock: PinClock) -> datetime:
    return pin_clock(request.param)


def test_the_demo_builds_and_holds_nothing_later_than_the_clock(
    pinned: datetime, tmp_path: Path
) -> None:
    s, _ = demo.build_demo(tmp_path / "demo.btam", PASSPHRASE, cases_count=12, kdf=TEST_KDF)
    try:
        now = clock.now()
        today = clock.today()
        assert today == pinned.date()
        rows = cases.list_cases(s)
        assert len(rows) == 12
        for row in rows:
            detail = cases.get_case(s, row.id)
            assert detail.case.opened_on <= today
            for referral in intake.referrals_of(s, row.id):
                assert referral.received_at <= now
                # A case opens on the day its first report came in, here, not in UTC.
            firsts = [r.received_at for r in intake.referrals_of(s, row.id)]
            if firsts:
                assert detail.case.opened_on == local_day(min(firsts))
            for event in cases.case_history(s, row.id):
                assert datetime.fromisoformat(event.ts) <= now
        # The next meeting is five days ahead, in local days.
        upcoming = meetings.next_meeting(s)
        assert upcoming is not None and upcoming.held_on == today + timedelta(days=5)
    finally:
        sessions.lock(s)


def test_agenda_and_my_tasks_read_local_days(pinned: datetime, tmp_path: Path) -> None:
    s, _ = demo.build_demo(tmp_path / "demo.btam", PASSPHRASE, cases_count=12, kdf=TEST_KDF)
    try:
        today = clock.today()
        upcoming = meetings.next_meeting(s)
        assert upcoming is not None
        agenda, _ = meetings.rebuild_agenda(s, upcoming.id)
        on_agenda = {item.case_id for item in agenda if item.case_id}
        for row in cases.list_cases(s):
            due_by_meeting = row.next_review is not None and row.next_review <= upcoming.held_on
            if due_by_meeting and row.status.value not in ("closed", "referral", "screening"):
                assert row.id in on_agenda, f"{row.number}: review {row.next_review} is missing"
        for member in members.list_members(s):
            groups = grouped(tasks.tasks_of(s, member.id), today)
            assert all(t.due_on is not None and t.due_on < today for t in groups[TaskGroup.OVERDUE])
            assert all(
                t.due_on is not None and today <= t.due_on <= today + timedelta(days=7)
                for t in groups[TaskGroup.THIS_WEEK]
            )
    finally:
        sessions.lock(s)


def test_the_review_cadence_counts_from_the_local_day(pinned: datetime, tmp_path: Path) -> None:
    """At 23:55 in New York it is already tomorrow in UTC: the next review must still count
    from today here."""
    s, _ = demo.build_demo(tmp_path / "demo.btam", PASSPHRASE, cases_count=1, kdf=TEST_KDF)
    try:
        case_id = cases.list_cases(s)[0].id
        form = assess.new_assessment_form(s, case_id)
        level = form.pack.levels[-1]
        answers = demo.plain_answers(form.pack, "Not known yet.")
        record = assess.AssessmentInput(
            form.pack.id, answers, level.id, "Rationale.", (s.member_id,)
        )
        assess.record_assessment(s, case_id, record)
        detail = cases.get_case(s, case_id)
        assert detail.case.next_review == clock.today() + timedelta(days=level.review_days)
    finally:
        sessions.lock(s)


@pytest.mark.parametrize("at", ["06:30", "23:55"])
def test_the_demo_command_works_at_any_hour(at: str, pin_clock: PinClock, tmp_path: Path) -> None:
    pin_clock(CLOCKS[at])
    folder = tmp_path / "demo.btam"
    done = subprocess.run(
        [sys.executable, "-m", "btam_desktop", "demo", str(folder), "--cases", "11"],
        capture_output=True,
        text=True,
        env=os.environ | {"BTAM_PASSPHRASE": PASSPHRASE},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.btam"]


# -- all or nothing ----------------------------------------------------------------------------


def test_a_failed_creation_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    added: list[str] = []
    real_add = demo._add_case

    def fail_on_the_fourth(*args: object, **kwargs: object) -> str:
        if len(added) == 3:
            raise OSError(28, "No space left on device")
        added.append(real_add(*args, **kwargs))  # type: ignore[arg-type]
        return added[-1]

    monkeypatch.setattr(demo, "_add_case", fail_on_the_fourth)
    with pytest.raises(OSError):
        demo.build_demo(tmp_path / "demo.btam", PASSPHRASE, cases_count=8, kdf=TEST_KDF)
    assert len(added) == 3  # positive control: the failure came halfway, after real work
    assert list(tmp_path.iterdir()) == []
    # The same path can be created afterwards.
    monkeypatch.undo()
    s, _ = demo.build_demo(tmp_path / "demo.btam", PASSPHRASE, cases_count=2, kdf=TEST_KDF)
    sessions.lock(s)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.btam"]


def test_creation_never_replaces_an_existing_folder(tmp_path: Path) -> None:
    (tmp_path / "demo.btam").mkdir()
    with pytest.raises(AlreadyExistsError):
        demo.build_demo(tmp_path / "demo.btam", PASSPHRASE, cases_count=2, kdf=TEST_KDF)
    assert [p.name for p in tmp_path.iterdir()] == ["demo.btam"]


def test_a_killed_creation_leaves_no_case_file_and_the_next_one_cleans_up(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "demo.btam"
    child = subprocess.Popen(
        [sys.executable, "-m", "btam_desktop", "demo", str(folder), "--cases", "60"],
        env=os.environ | {"BTAM_PASSPHRASE": PASSPHRASE},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # Wait (on the child) until the hidden folder being built holds some cases' worth of
        # data, so the kill lands halfway through the build.
        staged: list[Path] = []
        while child.poll() is None:
            staged = [p for p in tmp_path.iterdir() if p.name.startswith(".demo.btam.")]
            if staged and sum(f.stat().st_size for f in staged[0].glob("case.g1.db*")) > 400_000:
                break
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(timeout=0.05)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert staged, "the creation never started"
    assert not folder.exists()
    leftovers = [p.name for p in tmp_path.iterdir()]
    assert leftovers and all(name.startswith(".demo.btam.") for name in leftovers)
    s, _ = demo.build_demo(folder, PASSPHRASE, cases_count=2, kdf=TEST_KDF)
    sessions.lock(s)
    assert [p.name for p in tmp_path.iterdir()] == ["demo.btam"]


def test_the_clock_is_read_in_one_place() -> None:
    """No module but the clock reads the wall clock (Qt's "current date" included), and the
    tests and benchmarks read it through the clock too, so a pinned clock reaches them."""
    project = Path(__file__).resolve().parents[2]
    root = project / "btam_desktop"
    forbidden = (
        "datetime.now(",
        "date.today(",
        "datetime.today(",
        "datetime.utcnow(",
        ".currentDate(",
        ".currentDateTime(",
        "QDateTime.currentSecsSinceEpoch(",
        "time.localtime(",
        "time.gmtime(",
    )
    here = Path(__file__).resolve()
    scanned = [
        *root.rglob("*.py"),
        *(project / "tests").rglob("*.py"),
        *(project / "bench").rglob("*.py"),
    ]
    offenders = [
        f"{path.relative_to(project)}:{n}: {line.strip()}"
        for path in sorted(scanned)
        if path.name != "clock.py" and path != here and "no_qt" not in path.parts
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if any(word in line for word in forbidden)
    ]
    assert offenders == []
    # Positive control: the scan does see the one module that reads the wall clock.
    clock_source = (root / "domain" / "clock.py").read_text(encoding="utf-8")
    assert "datetime.now(" in clock_source


def test_a_pinned_clock_runs_on_and_travels_to_child_processes(pin_clock: PinClock) -> None:
    pinned = pin_clock(datetime(2027, 3, 14, 3, 5))
    first, second = clock.now(), clock.now()
    assert pinned <= first <= second < pinned + timedelta(seconds=30)
    code = "from btam_desktop.domain import clock; print(clock.today(), clock.local_now().hour)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == [date(2027, 3, 14).isoformat(), "3"]
