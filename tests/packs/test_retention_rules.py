"""Retention rules as pack data: read, checked by `packs check` with file, line and field,
and a district's schedule replacing the model's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from btam_desktop.domain.retention import Counted, RecordKind, RetentionRule, Then
from btam_desktop.packs.builtin import builtin_packs
from btam_desktop.packs.loader import PackError, parse
from tests.packs.test_packs import DISTRICT, VALID

RETENTION = """
[[retention.rules]]
applies_to = "screened_out"
years = 3
then = "destroy"
source = "District schedule item 12"

[[retention.rules]]
applies_to = "plan"
years = 5
after = "left_school"
"""


def test_a_pack_names_its_retention_rules() -> None:
    pack = parse(VALID + RETENTION, "p.toml")
    assert pack.retention == (
        RetentionRule(
            applies_to=RecordKind.SCREENED_OUT,
            years=3,
            then=Then.DESTROY,
            source="District schedule item 12",
        ),
        RetentionRule(applies_to=RecordKind.PLAN, years=5, after=Counted.LEFT_SCHOOL),
    )
    assert parse(VALID, "p.toml").retention == ()  # no rule: everything is kept


def test_a_district_schedule_replaces_the_base_one_whole() -> None:
    base = parse(VALID + RETENTION, "p.toml")
    own = '\n[[retention.rules]]\napplies_to = "no_plan"\nyears = 4\n'
    child = parse(DISTRICT.replace('extends = "ntac"', 'extends = "p"') + own, "d.toml", base)
    assert [r.applies_to for r in child.retention] == [RecordKind.NO_PLAN]
    quiet = parse(DISTRICT.replace('extends = "ntac"', 'extends = "p"'), "d.toml", base)
    assert quiet.retention == base.retention
    assert all(p.retention == () for p in builtin_packs().values())


DEFECTS = [
    (
        "unknown kind",
        RETENTION.replace('"screened_out"', '"old"'),
        "retention.rules[0].applies_to",
        "is not one of",
    ),
    (
        "twice",
        RETENTION.replace('"plan"', '"screened_out"'),
        "retention.rules[1].applies_to",
        "a second rule",
    ),
    (
        "negative years",
        RETENTION.replace("years = 3", "years = -1"),
        "retention.rules[0].years",
        "use 0 to 100",
    ),
    (
        "years as text",
        RETENTION.replace("years = 3", 'years = "3"'),
        "retention.rules[0].years",
        "should be",
    ),
    (
        "unknown then",
        RETENTION.replace('"destroy"', '"shred"'),
        "retention.rules[0].then",
        "is not one of",
    ),
    (
        "unknown after",
        RETENTION.replace('"left_school"', '"graduation"'),
        "retention.rules[1].after",
        "is not one of",
    ),
    ("unknown field", RETENTION + 'keep = "forever"\n', "retention.rules[1].keep", "is not one of"),
    (
        "label rule that destroys",
        '\n[[retention.rules]]\napplies_to = "low_level"\nyears = 1\nthen = "destroy"\n',
        "retention.rules[0].then",
        "can only clear_level",
    ),
    (
        "unknown level",
        '\n[[retention.rules]]\napplies_to = "low_level"\nyears = 1\n'
        'then = "clear_level"\nlevels = ["lowest"]\n',
        "retention.rules[0].levels[0]",
        "is not one of the levels",
    ),
]


@pytest.mark.parametrize(("name", "text", "field", "message"), DEFECTS, ids=[d[0] for d in DEFECTS])
def test_each_retention_defect_names_its_field(
    name: str, text: str, field: str, message: str
) -> None:
    with pytest.raises(PackError) as caught:
        parse(VALID + text, "district.toml")
    assert [p for p in caught.value.problems if p.field == field and message in p.message], str(
        caught.value
    )


def test_packs_check_names_the_line_of_a_bad_rule(tmp_path: Path) -> None:
    bad = tmp_path / "district.toml"
    text = VALID + RETENTION.replace("years = 3", "years = 300")
    bad.write_text(text, "utf-8")
    failed = subprocess.run(
        [sys.executable, "-m", "btam_desktop", "packs", "check", str(bad)],
        capture_output=True,
        text=True,
    )
    line = text.splitlines().index("years = 300") + 1
    assert failed.returncode == 1
    assert f"district.toml:{line}: retention.rules[0].years: is 300" in failed.stderr
