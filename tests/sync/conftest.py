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

#: (member name, role, passphrase) of a laptop's member: None for the lead.
Laptop = tuple[str | None, str, str]
LEAD_AGAIN: Laptop = (None, "", PASSPHRASE)


def make_laptops(root: Path, others: tuple[Laptop, ...]) -> tuple[list[Session], str]:
    """The lead's laptop `a.btam` and one copy per laptop of `others` (b, c, …), each unlocked
    by its member (a member not yet in the file is added first); one case. Returns the
    sessions and the case's id."""
    first, _ = make_case_file(root / "a.btam")
    for name, role, passphrase in others:
        if name is not None:
            members.add_member(first, name, role, passphrase, kdf=TEST_KDF)
    case, _ = cases.create_case(first, cases.NewCase(STUDENT, "7", summary="Base summary."))
    sessions.lock(first)
    copies = [root / f"{letter}.btam" for letter in "bcdefg"[: len(others)]]
    for copy in copies:
        shutil.copytree(root / "a.btam", copy)
    opened = [sessions.unlock(root / "a.btam", None, PASSPHRASE)]
    for copy, (name, _, passphrase) in zip(copies, others, strict=True):
        opened.append(sessions.unlock(copy, name, passphrase))
    return opened, case.id


@pytest.fixture
def team(tmp_path: Path, pin_clock: PinClock) -> Iterator[tuple[list[Session], Path, str]]:
    """The lead's laptop, the counselor's and the projector laptop (the lead again), one case,
    and an empty sync folder."""
    pin_clock(datetime(2027, 3, 15, 7, 10), "America/New_York")
    trio, case_id = make_laptops(
        tmp_path, ((COUNSELOR, "counselor", COUNSELOR_PASSPHRASE), LEAD_AGAIN)
    )
    folder = tmp_path / "share"
    folder.mkdir()
    yield trio, folder, case_id
    for s in trio:
        sessions.lock(s)
