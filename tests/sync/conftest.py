"""Fixtures of the sync tests: a team of three laptops made from one case file."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from btam_desktop.services import cases, members, session as sessions
from btam_desktop.services.session import TEST_KDF, Session
from tests.conftest import PASSPHRASE, PinClock, make_case_file
from tests.sync.folders import COUNSELOR, COUNSELOR_PASSPHRASE, STUDENT


@pytest.fixture
def team(tmp_path: Path, pin_clock: PinClock) -> Iterator[tuple[list[Session], Path, str]]:
    """The lead's laptop, the counselor's and the projector laptop (the lead again), one case,
    and an empty sync folder."""
    pin_clock(datetime(2027, 3, 15, 7, 10), "America/New_York")
    first, _ = make_case_file(tmp_path / "a.btam")
    members.add_member(first, COUNSELOR, "counselor", COUNSELOR_PASSPHRASE, kdf=TEST_KDF)
    case, _ = cases.create_case(first, cases.NewCase(STUDENT, "7", summary="Base summary."))
    sessions.lock(first)
    for name in ("b", "c"):
        shutil.copytree(tmp_path / "a.btam", tmp_path / f"{name}.btam")
    trio = [
        sessions.unlock(tmp_path / "a.btam", None, PASSPHRASE),
        sessions.unlock(tmp_path / "b.btam", COUNSELOR, COUNSELOR_PASSPHRASE),
        sessions.unlock(tmp_path / "c.btam", None, PASSPHRASE),
    ]
    folder = tmp_path / "share"
    folder.mkdir()
    yield trio, folder, case.id
    for s in trio:
        sessions.lock(s)
