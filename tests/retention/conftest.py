"""A demo team ten years on, under a district pack with retention rules: every closed case
is due. One closed case's summary holds a distinctive text to look for after destruction."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from btam_desktop.domain.case import CaseStatus
from btam_desktop.services import assess, cases, demo, packs, session as sessions
from btam_desktop.services.session import TEST_KDF, Session
from tests.conftest import PASSPHRASE, PinClock

RULES = """
[pack]
id = "ridgeview-retention"
name = "Ridgeview NTAC with retention"
version = "1"
provenance = "test"
licence = "test"
extends = "ntac"

[[retention.rules]]
applies_to = "screened_out"
years = 3
then = "destroy"

[[retention.rules]]
applies_to = "no_plan"
years = 5
then = "destroy"

[[retention.rules]]
applies_to = "plan"
years = 5
then = "destroy"
source = "Board policy 5125"

[[retention.rules]]
applies_to = "low_level"
years = 1
then = "clear_level"
"""
SECRET = "Quillbottom-Zephyrine wrote 7731 on the gym wall"


def build_due_team(
    folder: Path, pin_clock: PinClock, passphrase: str = PASSPHRASE, cases_count: int = 12
) -> tuple[Session, str]:
    """The demo team made in 2026 under the rules above, read ten years on (the clock is
    pinned to 2036-09-01): (the open session, the closed case whose summary is SECRET)."""
    pin_clock(datetime(2026, 9, 1, 9, 0))
    s, _ = demo.build_demo(folder, passphrase, cases_count=cases_count, kdf=TEST_KDF)
    packs.import_district_pack(s, "ridgeview.toml", RULES)
    assess.set_team_pack(s, "ridgeview-retention")
    closed = [r for r in cases.list_cases(s) if r.status is CaseStatus.CLOSED]
    assert closed
    case_id = closed[0].id
    cases.update_case(s, case_id, cases.CaseEdit(summary=SECRET))
    cases.update_case(s, case_id, cases.CaseEdit(summary=SECRET + " (checked)"))
    pin_clock(datetime(2036, 9, 1, 9, 0))  # ten years on: every closed case is due
    return s, case_id


@pytest.fixture
def team(tmp_path: Path, pin_clock: PinClock) -> Iterator[Any]:
    s, case_id = build_due_team(tmp_path / "demo.btam", pin_clock)
    held = [s]
    yield s, case_id, tmp_path / "demo.btam", held
    sessions.lock(held[-1])
