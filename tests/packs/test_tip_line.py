"""A pack's tip line: what the handouts for students and families print. Read, checked by
`packs check` with file, line and field, and taken over by a district pack."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from btam_desktop.domain.pack import TipLine
from btam_desktop.packs.builtin import builtin_packs
from btam_desktop.packs.loader import TIP_LINE_MAX, PackError, parse
from btam_desktop.packs.snapshot import from_json, to_json
from tests.packs.test_packs import DISTRICT, VALID

TIP = """
[tip_line]
name = "Ridgeview SafeLine"
phone = "(555) 555-0150"
web = "safeline.ridgeview.example"
note = "Open 24 hours."
"""


def test_a_pack_names_its_tip_line_and_the_ways_to_reach_it() -> None:
    pack = parse(VALID + TIP, "p.toml")
    assert pack.tip_line == TipLine(
        "Ridgeview SafeLine", "(555) 555-0150", "", "safeline.ridgeview.example", "Open 24 hours."
    )
    assert pack.tip_line.ways() == (
        ("phone", "(555) 555-0150"),
        ("web", "safeline.ridgeview.example"),
    )
    assert parse(VALID, "p.toml").tip_line is None  # most packs name none
    assert all(p.tip_line is None for p in builtin_packs().values())


def test_a_district_pack_brings_its_own_line_and_keeps_the_base_one_otherwise() -> None:
    base = builtin_packs()["ntac"]
    district = parse(DISTRICT + TIP, "d.toml", base)
    assert district.tip_line is not None and district.tip_line.name == "Ridgeview SafeLine"
    with_line = parse(VALID + TIP, "p.toml")
    child = parse(DISTRICT.replace('extends = "ntac"', 'extends = "p"'), "d.toml", with_line)
    assert child.tip_line == with_line.tip_line


def test_an_assessments_frozen_pack_still_reads_with_a_tip_line() -> None:
    pack = parse(VALID + TIP, "p.toml")
    assert from_json(to_json(pack)).sections == pack.sections


LONG = "R" * TIP_LINE_MAX
DEFECTS = [
    ("no name", TIP.replace('name = "Ridgeview SafeLine"\n', ""), "tip_line.name", "is missing"),
    (
        "no way to reach it",
        '\n[tip_line]\nname = "SafeLine"\nnote = "Call us"\n',
        "tip_line",
        "needs a phone, text or web",
    ),
    ("a number", TIP.replace('"(555) 555-0150"', "5550150"), "tip_line.phone", "should be text"),
    ("unknown field", TIP + 'email = "x@y.example"\n', "tip_line.email", "is not one of"),
    (
        "too long",
        TIP.replace("Ridgeview SafeLine", LONG + "R"),
        "tip_line.name",
        f"at most {TIP_LINE_MAX} fit",
    ),
]


@pytest.mark.parametrize(("name", "tip", "field", "message"), DEFECTS, ids=[d[0] for d in DEFECTS])
def test_each_tip_line_defect_names_its_field(
    name: str, tip: str, field: str, message: str
) -> None:
    with pytest.raises(PackError) as caught:
        parse(VALID + tip, "district.toml")
    assert [p for p in caught.value.problems if p.field == field and message in p.message], str(
        caught.value
    )


def test_the_longest_name_allowed_is_accepted() -> None:
    pack = parse(VALID + TIP.replace("Ridgeview SafeLine", LONG), "p.toml")
    assert pack.tip_line is not None and pack.tip_line.name == LONG


def test_packs_check_names_the_line_of_a_bad_tip_line(tmp_path: Path) -> None:
    bad = tmp_path / "district.toml"
    bad.write_text(VALID + TIP.replace('phone = "(555) 555-0150"', "phone = 5550150"), "utf-8")
    good = tmp_path / "good.toml"
    good.write_text(DISTRICT + TIP, "utf-8")
    run = [sys.executable, "-m", "btam_desktop", "packs", "check"]
    ok = subprocess.run([*run, str(good)], capture_output=True, text=True)
    assert ok.returncode == 0 and "ok" in ok.stdout, ok.stderr
    failed = subprocess.run([*run, str(bad)], capture_output=True, text=True)
    line = (VALID + TIP).splitlines().index('phone = "(555) 555-0150"') + 1
    assert failed.returncode == 1
    assert f"district.toml:{line}: tip_line.phone: should be text" in failed.stderr
