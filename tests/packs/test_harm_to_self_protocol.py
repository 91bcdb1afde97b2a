"""The school's suicide-risk protocol as pack data: read from `[harm_to_self]`, checked by
`packs check` with file, line and field, and a district's steps replacing the model's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from btam_desktop.domain.harm_to_self import Protocol, ProtocolStep
from btam_desktop.packs.builtin import builtin_packs
from btam_desktop.packs.loader import PackError, parse
from tests.packs.test_packs import DISTRICT, VALID

PROTOCOL = """
[harm_to_self]
protocol = "Ridgeview suicide-risk procedure"

[[harm_to_self.steps]]
id = "counselor"
label = "The counselor met the student"
usually = "School counselor"

[[harm_to_self.steps]]
id = "family"
label = "The family was called"
"""


def test_a_pack_names_its_protocol_steps_in_order() -> None:
    pack = parse(VALID + PROTOCOL, "p.toml")
    assert pack.harm_to_self == Protocol(
        "Ridgeview suicide-risk procedure",
        (
            ProtocolStep(
                id="counselor", label="The counselor met the student", usually="School counselor"
            ),
            ProtocolStep(id="family", label="The family was called"),
        ),
    )
    assert parse(VALID, "p.toml").harm_to_self is None


def test_every_builtin_pack_has_the_same_five_plain_steps() -> None:
    packs = builtin_packs().values()
    ids = {tuple(s.id for s in p.harm_to_self.steps) for p in packs if p.harm_to_self}
    assert ids == {("stay_with", "screen", "parents", "safety_plan", "follow_up")}
    assert all(p.harm_to_self for p in packs)
    words = " ".join(s.label for p in packs if p.harm_to_self for s in p.harm_to_self.steps)
    for clinical in ("score", "diagnos", "low risk", "high risk"):
        assert clinical not in words.lower()


def test_a_district_protocol_replaces_the_model_steps_whole() -> None:
    base = parse(VALID + PROTOCOL, "p.toml")
    district = DISTRICT.replace('extends = "ntac"', 'extends = "p"')
    own = '\n[harm_to_self]\nprotocol = "Ours"\n[[harm_to_self.steps]]\nid = "one"\nlabel = "x"\n'
    child = parse(district + own, "d.toml", base)
    assert child.harm_to_self == Protocol("Ours", (ProtocolStep(id="one", label="x"),))
    assert parse(district, "d.toml", base).harm_to_self == base.harm_to_self


DEFECTS = [
    ("no name", PROTOCOL.replace('protocol = "Ridgeview suicide-risk procedure"', ""),
     "harm_to_self.protocol", "is missing"),
    ("same id twice", PROTOCOL.replace('"family"', '"counselor"'),
     "harm_to_self.steps[1].id", "duplicate step id"),
    ("no label", PROTOCOL.replace('label = "The family was called"', ""),
     "harm_to_self.steps[1].label", "is missing"),
    ("unknown field", PROTOCOL + "minutes = 5\n", "harm_to_self.steps[1].minutes", "is not one of"),
    ("odd id", PROTOCOL.replace('"family"', '"the family"'),
     "harm_to_self.steps[1].id", "letters, digits"),
    ("no steps", '\n[harm_to_self]\nprotocol = "P"\nsteps = []\n',
     "harm_to_self.steps", "at least one step"),
    ("steps as text", '\n[harm_to_self]\nprotocol = "P"\nsteps = "all"\n',
     "harm_to_self.steps", "should be a list"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "field", "message"), DEFECTS, ids=[d[0] for d in DEFECTS])
def test_each_protocol_defect_names_its_field(
    name: str, text: str, field: str, message: str
) -> None:
    with pytest.raises(PackError) as caught:
        parse(VALID + text, "district.toml")
    assert [p for p in caught.value.problems if p.field == field and message in p.message], str(
        caught.value
    )


def test_packs_check_names_the_file_and_line_of_a_bad_step(tmp_path: Path) -> None:
    bad = tmp_path / "district.toml"
    text = VALID + PROTOCOL.replace('"family"', '"counselor"')
    bad.write_text(text, "utf-8")
    failed = subprocess.run(
        [sys.executable, "-m", "btam_desktop", "packs", "check", str(bad)],
        capture_output=True,
        text=True,
    )
    line = text.splitlines().index(
        'id = "counselor"', text.splitlines().index('id = "counselor"') + 1
    )
    assert failed.returncode == 1
    assert f"district.toml:{line + 1}: harm_to_self.steps[1].id: duplicate step id" in failed.stderr
