"""The demo file at the small end of `demo --cases N` (the command accepts 0 to 200000)."""

from __future__ import annotations

from pathlib import Path

from btam_desktop.services import cases, demo, meetings, session as sessions
from btam_desktop.services.session import TEST_KDF


def test_a_demo_without_cases_still_has_its_team_and_meetings(tmp_path: Path) -> None:
    """Its last meeting has no case on the agenda to decide on; that used to be an
    IndexError, a traceback for `btam-desktop demo PATH --cases 0`."""
    s, _ = demo.build_demo(tmp_path / "demo.btam", "demo passphrase", cases_count=0, kdf=TEST_KDF)
    try:
        assert cases.list_cases(s) == []
        held = meetings.list_meetings(s)
        assert len(held) == 2 and meetings.last_approved(s) is not None
    finally:
        sessions.lock(s)
