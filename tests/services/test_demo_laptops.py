"""`btam-desktop demo PATH --laptops N` (issue 18): the demo team on several laptops, made as
new laptops are (joined from a sync folder), with a conflict waiting, for a trainer."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from btam_desktop import cli
from btam_desktop.services import (
    conflicts,
    demo,
    demo_laptops,
    session as sessions,
    sync_settings,
)
from btam_desktop.services.session import TEST_KDF
from tests.conftest import PinClock

PASS = "fictional demo passphrase for the laptops test"


def test_three_laptops_each_hold_the_same_waiting_conflict(
    tmp_path: Path, pin_clock: PinClock
) -> None:
    pin_clock(datetime(2027, 3, 15, 7, 10), "America/New_York")
    lead_copy = tmp_path / "maple.btam"
    s, _ = demo.build_demo(lead_copy, PASS, cases_count=6, kdf=TEST_KDF)
    try:
        made = demo_laptops.make_laptops(s, PASS, 3)
    finally:
        sessions.lock(s)
    assert made.folder == tmp_path / "maple-sync"
    assert made.copies == (
        (tmp_path / "maple-laptop2.btam", "Marcus Feldspar"),
        (tmp_path / "maple-laptop3.btam", "Lucía Ferreira-Boyd"),
    )
    lines = []
    for copy, member in ((lead_copy, None), *made.copies):
        opened = sessions.unlock(copy, member, PASS)
        try:
            lines.append(conflicts.conflict_lines(opened))
            assert sync_settings.folder(opened) == made.folder  # syncs there once unlocked
        finally:
            sessions.lock(opened)
    (first,) = lines[0]
    assert all(found == [first] for found in lines)  # the same conflict on every laptop
    assert (first.case_number, first.what) == (made.conflict_case, "summary")
    assert set(first.members) == {"Marcus Feldspar", "Lucía Ferreira-Boyd"}


def test_the_option_is_checked_before_anything_is_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BTAM_PASSPHRASE", PASS)
    path = tmp_path / "maple.btam"
    assert cli.main(["demo", str(path), "--laptops", "7"]) == cli.EXIT_USAGE
    assert "--laptops must be between 1 and 6" in capsys.readouterr().err
    (tmp_path / "maple-laptop2.btam").mkdir()  # a copy of an earlier demo is not overwritten
    assert cli.main(["demo", str(path), "--laptops", "2"]) == cli.EXIT_USAGE
    assert "maple-laptop2.btam exists already" in capsys.readouterr().err
    assert not path.exists() and not (tmp_path / "maple-sync").exists()


def test_a_path_relative_to_the_current_folder_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a trainer types it: `btam-desktop demo maple.btam --laptops 2` in their folder."""
    monkeypatch.setenv("BTAM_PASSPHRASE", PASS)
    monkeypatch.chdir(tmp_path)
    assert cli.main(["demo", "maple.btam", "--laptops", "2", "--cases", "4"]) == cli.EXIT_OK
    assert "The copies sync through " in capsys.readouterr().out
    opened = sessions.unlock(tmp_path / "maple-laptop2.btam", "Marcus Feldspar", PASS)
    try:
        assert sync_settings.folder(opened) == tmp_path / "maple-sync"
    finally:
        sessions.lock(opened)
