"""The TOML line locator: every table, key and list element is found on the line it starts,
also inside inline tables and lists that span lines."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings

from btam_desktop.packs.builtin import builtin_dir
from btam_desktop.packs.locate import LineIndex, Path
from tests.packs.test_packs import packs_text

MIXED = """\
# a comment, then a table
[pack]
id = "p"   # trailing comment with = and [brackets]
"quoted key" = 'literal { not a table'
notes = \"\"\"several
lines with "quotes" and a \\\""" inside\"\"\"
dotted.key = 1

[[levels]]
id = "low"
notify = [
  "parents",   # one per line
  "staff",
]

[[levels]]
id = "high"
requires = [ { what = "plan", within = 2 },
             { what = "notify", within = 1 } ]

[[sections]]
id = "s"
questions = [
  { id = "a", type = "yes_no_unknown", text = "A?" },
  { id = "b", text = "B, a comma}", show_if = { question = "a", equals = ["yes", "no"] } },
]

[[sections]]
id = "t"

[[sections.questions]]
id = "c"
when = 2026-11-28 10:05:00Z
"""


def paths(value: Any, path: Path = ()) -> Iterator[Path]:
    """Every table, key and list element tomllib read, as a path."""
    if path:
        yield path
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from paths(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from paths(inner, (*path, index))


def where(text: str, path: Path) -> str:
    return text.splitlines()[LineIndex.of(text).line_of(path) - 1]


@pytest.mark.parametrize(
    ("path", "line"),
    [
        (("pack",), "[pack]"),
        (("pack", "id"), 'id = "p"'),
        (("pack", "quoted key"), '"quoted key"'),
        (("pack", "dotted", "key"), "dotted.key = 1"),
        (("levels", 0), "[[levels]]"),
        (("levels", 0, "notify", 1), '"staff",'),
        (("levels", 1, "id"), 'id = "high"'),
        (("levels", 1, "requires", 1, "what"), '{ what = "notify"'),
        (("sections", 0, "questions", 1, "text"), '{ id = "b"'),
        (("sections", 0, "questions", 1, "show_if", "equals", 1), '{ id = "b"'),
        (("sections", 1, "questions", 0), "[[sections.questions]]"),
        (("sections", 1, "questions", 0, "when"), "when = 2026-11-28"),
        (("sections", 1, "questions", 0, "missing"), "[[sections.questions]]"),  # its table
        (("nowhere",), "# a comment, then a table"),  # nothing around it: line 1
    ],
)
def test_each_part_is_found_on_its_line(path: Path, line: str) -> None:
    tomllib.loads(MIXED)  # the locator only ever reads what tomllib accepted
    assert where(MIXED, path).strip().startswith(line), (path, where(MIXED, path))


def test_every_part_of_the_builtin_packs_is_on_a_line_that_names_it() -> None:
    for file in sorted(builtin_dir().glob("*.toml")):
        text = file.read_text(encoding="utf-8")
        for path in paths(tomllib.loads(text)):
            shown = where(text, path)
            last = path[-1]
            dotted = ".".join(map(str, path))
            named = f"{last} =" in shown or f'"{last}" =' in shown or f"[{dotted}]" in shown
            # A table only named inside a dotted header: [labels] in [labels.es].
            inner = f"[{dotted}." in shown
            assert named or inner or isinstance(last, int) or f".{last}]" in shown, (
                file.name,
                path,
            )


@settings(max_examples=60, deadline=None)
@given(packs_text())
def test_every_key_of_a_generated_pack_is_on_its_own_line(generated: tuple[str, int]) -> None:
    text, _ = generated
    index = LineIndex.of(text)
    lines = text.splitlines()
    for path in paths(tomllib.loads(text)):
        if isinstance(path[-1], str):
            shown = lines[index.line_of(path) - 1]
            assert f"{path[-1]} =" in shown or f"{path[-1]}]" in shown, (path, shown)
