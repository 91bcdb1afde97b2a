"""`[statistics] min_cell`: the smallest count the statistics may show. Read, checked by
`packs check` with file, line and field, taken over by a district pack, 10 when unsaid."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from btam_desktop.packs.builtin import builtin_packs
from btam_desktop.packs.loader import PackError, parse
from btam_desktop.packs.snapshot import from_json, to_json
from tests.packs.test_packs import DISTRICT, VALID

STATS = "\n[statistics]\nmin_cell = 11\n"


def test_unsaid_it_is_ten_and_a_pack_may_raise_it() -> None:
    assert parse(VALID, "p.toml").min_cell is None
    assert parse(VALID, "p.toml").cell_minimum == 10
    assert parse(VALID + STATS, "p.toml").cell_minimum == 11
    assert all(p.cell_minimum == 10 for p in builtin_packs().values())


def test_a_district_pack_sets_it_or_keeps_its_base() -> None:
    base = replace(builtin_packs()["ntac"], min_cell=11)
    assert parse(DISTRICT, "d.toml", base).cell_minimum == 11
    child = parse(DISTRICT + STATS.replace("11", "5"), "d.toml", base)
    assert child.cell_minimum == 5
    assert from_json(to_json(child)).cell_minimum == 5


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("min_cell = 1", "statistics.min_cell: should be a whole number from 3 to 100"),
        ("min_cell = 101", "statistics.min_cell: should be a whole number from 3 to 100"),
        ('min_cell = "10"', "statistics.min_cell: should be a whole number, not text"),
        ("min_cell = true", "statistics.min_cell: should be a whole number, not"),
        ("minimum = 10", "statistics.minimum: is not a statistics setting (min_cell)"),
    ],
)
def test_a_bad_minimum_is_refused_with_its_line(body: str, message: str) -> None:
    text = VALID + "\n[statistics]\n" + body + "\n"
    with pytest.raises(PackError) as caught:
        parse(text, "p.toml")
    line = text.splitlines().index(body) + 1
    assert f"p.toml:{line}: {message}" in str(caught.value)


def test_packs_check_names_a_bad_minimum(tmp_path: Path) -> None:
    bad = tmp_path / "district.toml"
    bad.write_text(DISTRICT + "\n[statistics]\nmin_cell = 2\n", "utf-8")
    run = [sys.executable, "-m", "btam_desktop", "packs", "check", str(bad)]
    failed = subprocess.run(run, capture_output=True, text=True)
    assert failed.returncode == 1
    assert "statistics.min_cell: should be a whole number from 3 to 100" in failed.stderr
